import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { HandoverRequest, PersonOption } from '@tafel/shared/contracts';
import { Observable, of, throwError } from 'rxjs';
import { until } from '../testing/until';
import { askHandover, HandoverPeople } from './handover-dialog';

@Component({ selector: 'tafel-host', template: '' })
class Host {
  readonly dialog = inject(MatDialog);
}

const person = (id: string, displayName: string, organisation: string | null): PersonOption => ({
  id,
  displayName,
  organisation,
  role: 'coordinator',
  organisationType: null,
});
const bram = person('u2', 'Bram Smit', 'Wijkteam Hengelo');
const carla = person('u3', 'Carla Mulder', null);

// The people picker waits for its debounce; the shared test machine can be slow.
jest.setTimeout(20_000);

describe('HandoverDialog', () => {
  let loader: HarnessLoader;
  let dialog: MatDialog;
  let answers: string[];
  let sent: HandoverRequest[];
  let searched: string[];

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const fixture = TestBed.createComponent(Host);
    dialog = fixture.componentInstance.dialog;
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    answers = [];
    sent = [];
    searched = [];
  });
  afterEach(() => dialog.closeAll());

  /** Finds people by asking the caller's search with the typed text. */
  const searching: HandoverPeople = {
    search: (text) => {
      searched.push(text);
      return of([bram, carla]);
    },
  };

  function open(people: HandoverPeople, send: () => Observable<string> = () => of('overgedragen')): void {
    askHandover(dialog, {
      title: 'Regie overdragen',
      intro: ['De nieuwe regievoerder neemt de regie direct over.'],
      confirm: 'Overdracht bevestigen',
      people,
      action: {
        send: (request) => {
          sent.push(request);
          return send();
        },
        problem: (error) => `Dat lukte niet (${(error as Error).message}).`,
      },
    }).subscribe((answer) => answers.push(answer));
  }

  const reasonField = () => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Reden' }));
  const reason = async () => (await (await reasonField()).getControl(MatInputHarness)) as MatInputHarness;
  const confirm = async () =>
    (await loader.getHarness(MatButtonHarness.with({ text: 'Overdracht bevestigen' }))).click();
  const settle = () => new Promise((resolve) => setTimeout(resolve));

  async function options(text: string): Promise<string[]> {
    const picker = await loader.getHarness(MatAutocompleteHarness);
    await picker.enterText(text);
    await until(() => picker.isOpen());
    return Promise.all((await picker.getOptions()).map((o) => o.getText()));
  }

  async function choose(text: string, option: RegExp): Promise<void> {
    await options(text);
    await (await loader.getHarness(MatAutocompleteHarness)).selectOption({ text: option });
  }

  it('says what the hand-over does, under the caller’s title', async () => {
    open(searching);
    const harness = await loader.getHarness(MatDialogHarness);
    expect(await harness.getTitleText()).toBe('Regie overdragen');
    expect(await harness.getContentText()).toContain('De nieuwe regievoerder neemt de regie direct over.');
  });

  it('offers whom the caller’s search finds for the typed text', async () => {
    open(searching);
    expect(await options('bra')).toEqual(['Bram Smit — Wijkteam Hengelo', 'Carla Mulder — Regievoerder']);
    expect(searched).toEqual(['bra']);
  });

  it('searches a given list by a part of the name or the organisation', async () => {
    open({ candidates: of([bram, carla]), none: 'Er is niemand.' });
    expect(await options('hengelo')).toEqual(['Bram Smit — Wijkteam Hengelo']);
    expect(await (await loader.getHarness(MatDialogHarness)).getContentText()).not.toContain(
      'Er is niemand.',
    );
  });

  it('says so at once when the list is empty, and shows why it could not be loaded', async () => {
    open({ candidates: of([]), none: 'Er is geen andere regievoerder beschikbaar.' });
    await until(async () =>
      (await (await loader.getHarness(MatDialogHarness)).getContentText()).includes(
        'Er is geen andere regievoerder beschikbaar.',
      ),
    );
    dialog.closeAll();
    open({ candidates: throwError(() => new Error('403')), none: 'Er is niemand.' });
    await until(() =>
      document.querySelector('[role="alert"]')?.textContent?.includes('Dat lukte niet (403).'),
    );
  });

  it('sends nothing without a person and a reason of at least 5 characters', async () => {
    open(searching);
    await confirm();
    expect(await (await reasonField()).getTextErrors()).toEqual(['Vul een reden in.']);
    await choose('bra', /Bram Smit/);
    await (await reason()).setValue(' ok  ');
    await confirm();
    expect(await (await reasonField()).getTextErrors()).toEqual(['Schrijf minstens 5 tekens.']);
    expect([sent, answers]).toEqual([[], []]);
  });

  it('sends the chosen person and the trimmed reason, then closes with the answer', async () => {
    open(searching);
    await choose('bra', /Bram Smit/);
    await (await reason()).setValue('  Gezin verhuist naar Hengelo  ');
    await confirm();
    await settle();
    expect(sent).toEqual([{ coordinatorId: 'u2', reason: 'Gezin verhuist naar Hengelo' }]);
    expect(answers).toEqual(['overgedragen']);
    expect(await loader.getAllHarnesses(MatDialogHarness)).toHaveLength(0);
  });

  it('stays open with the problem in words when sending fails', async () => {
    open(searching, () => throwError(() => new Error('boom')));
    await choose('bra', /Bram Smit/);
    await (await reason()).setValue('Gezin verhuist naar Hengelo');
    await confirm();
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('Dat lukte niet (boom).');
    expect(answers).toEqual([]);
    expect(await loader.getAllHarnesses(MatDialogHarness)).toHaveLength(1);
  });
});
