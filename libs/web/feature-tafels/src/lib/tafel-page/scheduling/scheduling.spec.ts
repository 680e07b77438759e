import { HttpTestingController } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { SlotProposal, TafelDetail } from '@tafel/shared/contracts';
import { detail, signIn } from '../../../testing/fixtures';
import { Scheduling } from './scheduling';

const proposals: SlotProposal[] = [
  {
    sittingId: 's1',
    startsAt: '2026-04-14T07:00:00Z',
    endsAt: '2026-04-14T08:00:00Z',
    location: 'Stadskantoor Enschede',
    normBroken: false,
  },
  {
    sittingId: 's2',
    startsAt: '2026-04-28T07:00:00Z',
    endsAt: '2026-04-28T08:00:00Z',
    location: 'Stadskantoor Enschede',
    normBroken: true,
  },
];

describe('Scheduling', () => {
  let fixture: ComponentFixture<Scheduling>;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  const emitted: TafelDetail[] = [];

  async function render(tafel: TafelDetail, slots = proposals): Promise<HTMLElement> {
    emitted.length = 0;
    http = await signIn('coordinator');
    fixture = TestBed.createComponent(Scheduling);
    fixture.componentRef.setInput('tafel', tafel);
    fixture.componentInstance.changed.subscribe((updated) => emitted.push(updated));
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
    http.expectOne('/api/v1/tafels/t1/slot-proposals').flush(slots);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => http.verify());

  it('names each slot in its button, and says in words which slots break the norm', async () => {
    const element = await render(detail());
    const buttons = Array.from(element.querySelectorAll('button')).map((b) =>
      b.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(buttons).toEqual([
      'Kies dit tijdstip: dinsdag 14 april 2026, 09:00–10:00',
      'Kies dit tijdstip: dinsdag 28 april 2026, 09:00–10:00',
      'Tafel annuleren',
    ]);
    const items = element.querySelectorAll('li');
    expect(items[0].textContent).not.toContain('buiten de norm');
    expect(items[1].textContent).toContain('buiten de norm');
  });

  it('books the chosen slot and shows the warnings the API returns', async () => {
    const element = await render(detail());
    await (await loader.getAllHarnesses(MatButtonHarness.with({ text: /^Kies dit tijdstip/ })))[1].click();
    const request = http.expectOne({ method: 'PUT', url: '/api/v1/tafels/t1/schedule' });
    expect(request.request.body).toEqual({ sittingId: 's2', startsAt: '2026-04-28T07:00:00Z' });
    const scheduled = detail({ status: 'scheduled', startsAt: '2026-04-28T07:00:00Z' });
    request.flush({
      tafel: scheduled,
      warnings: ['regionale norm: meer dan 10 werkdagen tussen verzoek en tafel'],
    });
    await fixture.whenStable();
    expect(emitted).toEqual([scheduled]);
    expect(element.textContent).toContain(
      'Let op: regionale norm: meer dan 10 werkdagen tussen verzoek en tafel',
    );
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
      'De tafel is gepland op dinsdag 28 april 2026',
    );
  });

  it('groups the slots per day, with the day as a heading', async () => {
    const element = await render(detail());
    const days = Array.from(element.querySelectorAll('h3')).map((h) => h.textContent?.trim());
    expect(days).toEqual(['dinsdag 14 april 2026', 'dinsdag 28 april 2026']);
    expect(element.querySelector('li .when')?.textContent?.trim()).toBe('09:00–10:00');
  });

  it('shows the first three days, and the others on request with the focus on the first of them', async () => {
    const days = ['2026-04-14', '2026-04-16', '2026-04-21', '2026-04-23', '2026-04-28'];
    const element = await render(
      detail(),
      days.map((day, i) => ({
        ...proposals[0],
        sittingId: `s${i}`,
        startsAt: `${day}T07:00:00Z`,
        endsAt: `${day}T08:00:00Z`,
      })),
    );
    const headings = () => Array.from(element.querySelectorAll('h3')).map((h) => h.textContent?.trim());
    expect(headings()).toEqual(['dinsdag 14 april 2026', 'donderdag 16 april 2026', 'dinsdag 21 april 2026']);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Meer dagen tonen (2)' }))).click();
    await fixture.whenStable();
    expect(headings()).toHaveLength(5);
    expect(document.activeElement?.textContent?.trim()).toBe('donderdag 23 april 2026');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /^Meer dagen tonen/ }))).toHaveLength(
      0,
    );
  });

  it('says before the slots which role is still missing, offers the picker for it and holds the slots', async () => {
    const element = await render(detail({ missingRoles: ['raad'] }));
    const text = element.textContent ?? '';
    expect(text).toContain('Nog nodig aan tafel: Raad voor de Kinderbescherming');
    expect(text.indexOf('Nog nodig aan tafel')).toBeLessThan(text.indexOf('dinsdag 14 april 2026'));
    expect(element.querySelector('tafel-person-picker')?.textContent).toContain(
      'Naam (Raad voor de Kinderbescherming)',
    );
    const choose = await loader.getAllHarnesses(MatButtonHarness.with({ text: /^Kies dit tijdstip/ }));
    expect(await Promise.all(choose.map((b) => b.isDisabled()))).toEqual([true, true]);
  });

  it('names the missing participant when the API refuses to schedule', async () => {
    const element = await render(detail());
    await (await loader.getAllHarnesses(MatButtonHarness.with({ text: /^Kies dit tijdstip/ })))[0].click();
    http.expectOne({ method: 'PUT', url: '/api/v1/tafels/t1/schedule' }).flush(
      {
        code: 'participants_incomplete',
        status: 422,
        invalidParams: [{ name: 'participants', reason: 'needs a raad' }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    const alert = element.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).toContain('Nog niet alle deelnemers die nodig zijn, zijn uitgenodigd.');
    expect(alert).toContain('Nog nodig aan tafel: Raad voor de Kinderbescherming');
    expect(emitted).toEqual([]);
  });

  it('asks why before moving a scheduled tafel, and leaves its own slot out', async () => {
    const element = await render(detail({ status: 'scheduled', startsAt: '2026-04-14T07:00:00Z' }));
    expect(element.querySelector('h2')?.textContent).toContain('Verplaatsen');
    expect(element.textContent).toContain('De tafel is gepland op dinsdag 14 april 2026');
    const choose = await loader.getAllHarnesses(
      MatButtonHarness.with({ text: /^Verplaats naar dit tijdstip/ }),
    );
    expect(choose).toHaveLength(1);
    await choose[0].click();
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Tafel verplaatsen');
    await (await dialog.getHarness(MatInputHarness)).setValue('De voorzitter is ziek');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Verplaatsen' }))).click();
    await fixture.whenStable();
    const request = http.expectOne({ method: 'PUT', url: '/api/v1/tafels/t1/schedule' });
    expect(request.request.body).toEqual({
      sittingId: 's2',
      startsAt: '2026-04-28T07:00:00Z',
      reason: 'De voorzitter is ziek',
    });
    request.flush({ tafel: detail({ status: 'scheduled' }), warnings: [] });
    expect(element.textContent).not.toContain('Let op');
  });
});
