import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { Observable, of, Subject, throwError } from 'rxjs';
import { askReason, ReasonDialogData } from './reason-dialog';

@Component({ selector: 'tafel-host', template: '' })
class Host {
  readonly dialog = inject(MatDialog);
}

describe('ReasonDialog', () => {
  let loader: HarnessLoader;
  let dialog: MatDialog;
  let answers: unknown[];

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const fixture = TestBed.createComponent(Host);
    dialog = fixture.componentInstance.dialog;
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    answers = [];
  });

  afterEach(() => dialog.closeAll());

  function open<R>(data: Partial<ReasonDialogData<R>>): void {
    askReason<R>(dialog, {
      title: 'Tafel annuleren',
      intro: ['De tafel gaat niet door.', 'Deelnemers krijgen bericht.'],
      label: 'Waarom?',
      confirm: 'Bevestigen',
      minLength: 5,
      ...data,
    }).subscribe((answer) => answers.push(answer));
  }

  const field = () => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Waarom?' }));
  const type = async (text: string) =>
    ((await (await field()).getControl(MatInputHarness)) as MatInputHarness).setValue(text);
  const confirm = async () =>
    (await loader.getHarness(MatButtonHarness.with({ text: 'Bevestigen' }))).click();
  const settle = () => new Promise((resolve) => setTimeout(resolve));

  it('shows the title and every paragraph of the intro', async () => {
    open({});
    const harness = await loader.getHarness(MatDialogHarness);
    expect(await harness.getTitleText()).toBe('Tafel annuleren');
    expect(await harness.getContentText()).toContain('Deelnemers krijgen bericht.');
  });

  it('refuses an empty reason and one shorter than the minimum, in Dutch', async () => {
    open({});
    await confirm();
    expect(await (await field()).getTextErrors()).toEqual(['Vul een reden in.']);

    await type('  kort  ');
    await confirm();
    expect(await (await field()).getTextErrors()).toEqual(['Schrijf minstens 5 tekens.']);
    expect(answers).toEqual([]);
  });

  it("uses the caller's words when the field is empty", async () => {
    open({ requiredMessage: 'Schrijf uw beoordeling op.' });
    await confirm();
    expect(await (await field()).getTextErrors()).toEqual(['Schrijf uw beoordeling op.']);
  });

  it('closes with the trimmed reason when it has no action', async () => {
    open({});
    await type('  Voorzitter is ziek  ');
    await confirm();
    await settle();
    expect(answers).toEqual(['Voorzitter is ziek']);
    expect(await loader.getAllHarnesses(MatDialogHarness)).toHaveLength(0);
  });

  it('emits nothing when cancelled', async () => {
    open({});
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Terug' }))).click();
    await settle();
    expect(answers).toEqual([]);
    expect(await loader.getAllHarnesses(MatDialogHarness)).toHaveLength(0);
  });

  it('sends the reason through its action, busy while it runs, and closes with the answer', async () => {
    const response = new Subject<{ id: string }>();
    const sent: string[] = [];
    open<{ id: string }>({
      action: {
        send: (reason): Observable<{ id: string }> => {
          sent.push(reason);
          return response;
        },
        problem: () => 'mislukt',
      },
    });
    await type('Gezin verhuist');
    await confirm();
    const button = await loader.getHarness(MatButtonHarness.with({ text: 'Bevestigen' }));
    expect(await (await button.host()).getAttribute('aria-busy')).toBe('true');
    await confirm();
    expect(sent).toEqual(['Gezin verhuist']);

    response.next({ id: 'a1' });
    response.complete();
    await settle();
    expect(answers).toEqual([{ id: 'a1' }]);
  });

  it('stays open and shows the problem when the action fails, and can try again', async () => {
    let attempt = 0;
    open<string>({
      action: {
        send: () => (++attempt === 1 ? throwError(() => new Error('boom')) : of('gelukt')),
        problem: (error) => `Dat lukte niet (${(error as Error).message}).`,
      },
    });
    await type('Gezin verhuist');
    await confirm();
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('Dat lukte niet (boom).');
    expect(answers).toEqual([]);

    await confirm();
    await settle();
    expect(answers).toEqual(['gelukt']);
  });
});
