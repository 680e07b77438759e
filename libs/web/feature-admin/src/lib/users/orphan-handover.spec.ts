import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { Component, inject } from '@angular/core';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { AdminUser, UserResponsibilities } from '@tafel/shared/contracts';
import { askHandover } from '@tafel/web/ui';
import { until } from '@tafel/web/ui/testing';
import { AdminApi } from '../admin.api';
import { orphanHandover } from './orphan-handover';

@Component({ selector: 'tafel-host', template: '' })
class Host {
  readonly dialog = inject(MatDialog);
}

const account = (id: string, displayName: string, extra: Partial<AdminUser> = {}): AdminUser => ({
  id,
  email: `${id}@tafel.example`,
  displayName,
  role: 'coordinator',
  organisation: { id: 'o1', name: 'Wijkteam Hengelo' },
  active: true,
  secondFactor: true,
  invitationOpen: false,
  ...extra,
});
const leaving = account('u1', 'Rik Huttenhuis', { active: false });

// The people picker waits for its debounce; the shared test machine can be slow.
jest.setTimeout(20_000);

describe('the hand-over of a deactivated coordinator’s families (orphanHandover)', () => {
  let http: HttpTestingController;
  let loader: HarnessLoader;
  let dialog: MatDialog;
  let closedWith: UserResponsibilities[];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(Host);
    dialog = fixture.componentInstance.dialog;
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    closedWith = [];
    askHandover(dialog, orphanHandover(TestBed.inject(AdminApi), leaving, 3)).subscribe((carries) =>
      closedWith.push(carries),
    );
    await fixture.whenStable();
  });
  afterEach(() => {
    dialog.closeAll();
    http.verify();
  });

  /** Types in the picker and answers the account search with these accounts. */
  async function find(text: string, accounts: AdminUser[]): Promise<MatAutocompleteHarness> {
    const picker = await loader.getHarness(MatAutocompleteHarness);
    await picker.enterText(text);
    const search = await until(() => http.match((r) => r.url === '/api/v1/admin/users')[0]);
    expect(search.request.params.get('q')).toBe(text);
    // Only coordinators are asked for: no family member's account reaches the administrator's screen.
    expect(search.request.params.get('role')).toBe('coordinator');
    search.flush(accounts);
    await until(() => picker.isOpen());
    return picker;
  }

  it('says how many families, and nothing else of them', () => {
    const text = document.querySelector('mat-dialog-container')?.textContent ?? '';
    expect(text).toContain('Regie van Rik Huttenhuis overdragen');
    expect(text).toContain('Rik Huttenhuis is gedeactiveerd en nog regievoerder van gezinnen: 3.');
  });

  it('offers only active coordinators, and hands over with the reason', async () => {
    const picker = await find('bra', [
      account('u2', 'Bram Smit'),
      account('u3', 'Bram Voorzitter', { role: 'chair' }),
      account('u4', 'Bram Weg', { active: false }),
    ]);
    const options = await picker.getOptions();
    expect(await Promise.all(options.map((o) => o.getText()))).toEqual(['Bram Smit — Wijkteam Hengelo']);
    await picker.selectOption({ text: /Bram Smit/ });
    const reason = (await (
      await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Reden' }))
    ).getControl(MatInputHarness)) as MatInputHarness;
    await reason.setValue('  Rik is uit dienst.  ');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Regie overdragen' }))).click();
    const req = http.expectOne({ method: 'POST', url: '/api/v1/admin/users/u1/hand-over' });
    expect(req.request.body).toEqual({ coordinatorId: 'u2', reason: 'Rik is uit dienst.' });
    req.flush({ families: 0, tafelsToChair: 0, tafelsToMinute: 0 });
    await until(() => closedWith.length > 0);
    expect(closedWith).toEqual([{ families: 0, tafelsToChair: 0, tafelsToMinute: 0 }]);
  });

  it('sends nothing without a coordinator and a reason', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Regie overdragen' }))).click();
    http.expectNone({ method: 'POST' });
    expect(closedWith).toEqual([]);
  });
});
