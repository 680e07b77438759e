import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Confirmation } from '@tafel/web/ui';
import { MilestoneRecorder } from './milestone-recorder';

describe('MilestoneRecorder', () => {
  async function render() {
    const dismiss = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: Confirmation, useValue: { show: jest.fn(), dismiss } },
      ],
    });
    const fixture = TestBed.createComponent(MilestoneRecorder);
    fixture.componentRef.setInput('caseId', 'c1');
    fixture.componentRef.setInput('organisationType', 'raad');
    fixture.componentRef.setInput('members', []);
    fixture.componentRef.setInput('measures', []);
    TestBed.inject(HttpTestingController)
      .expectOne('/api/v1/organisations')
      .flush([{ id: 'g1', name: 'Jeugdbescherming Overijssel', type: 'gi', gemeente: null, parentId: null }]);
    await fixture.whenStable();
    return { fixture, dismiss, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('takes the previous confirmation away when the next milestone is started or the form shows an error', async () => {
    const { fixture, dismiss, loader } = await render();
    const [type] = await loader.getAllHarnesses(MatSelectHarness);
    await type?.clickOptions({ text: 'Uitspraak van de kinderrechter' });
    expect(dismiss).toHaveBeenCalledTimes(1);
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
    expect(dismiss).toHaveBeenCalledTimes(2);
  });

  it('gives every hint its own space below its field (a phone: no hint over the next label)', async () => {
    const { fixture, loader } = await render();
    const [type] = await loader.getAllHarnesses(MatSelectHarness);
    await type?.clickOptions({ text: 'Uitspraak van de kinderrechter' });
    const host = fixture.nativeElement as HTMLElement;
    const fields = host.querySelectorAll('mat-form-field');
    expect(fields.length).toBeGreaterThan(4);
    expect(host.querySelectorAll('.mat-mdc-form-field-subscript-dynamic-size')).toHaveLength(fields.length);
    expect(host.textContent).toContain('Een OTS duurt hoogstens 12 maanden');
  });
});
