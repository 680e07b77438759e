import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { Observable, of, throwError } from 'rxjs';
import { askConfirmation } from './confirm-dialog';

@Component({ selector: 'tafel-host', template: '' })
class Host {
  readonly dialog = inject(MatDialog);
}

describe('ConfirmDialog', () => {
  let loader: HarnessLoader;
  let dialog: MatDialog;
  let answers: string[];
  let sent: number;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const fixture = TestBed.createComponent(Host);
    dialog = fixture.componentInstance.dialog;
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    answers = [];
    sent = 0;
  });
  afterEach(() => dialog.closeAll());

  function open(send: () => Observable<string>): void {
    askConfirmation(dialog, {
      title: 'Account deactiveren?',
      intro: ['Rik kan niet meer inloggen.'],
      confirm: 'Deactiveren',
      action: {
        send: () => {
          sent++;
          return send();
        },
        problem: (error) => `Dat lukte niet (${(error as Error).message}).`,
      },
    }).subscribe((answer) => answers.push(answer));
  }

  const button = (text: string) => loader.getHarness(MatButtonHarness.with({ text }));
  const settle = () => new Promise((resolve) => setTimeout(resolve));

  it('says what will happen, and does nothing when the user goes back', async () => {
    open(() => of('gedaan'));
    const harness = await loader.getHarness(MatDialogHarness);
    expect(await harness.getTitleText()).toBe('Account deactiveren?');
    expect(await harness.getContentText()).toContain('Rik kan niet meer inloggen.');
    await (await button('Terug')).click();
    await settle();
    expect([sent, answers]).toEqual([0, []]);
    expect(await loader.getAllHarnesses(MatDialogHarness)).toHaveLength(0);
  });

  it('acts once confirmed and closes with the answer', async () => {
    open(() => of('gedaan'));
    await (await button('Deactiveren')).click();
    await settle();
    expect([sent, answers]).toEqual([1, ['gedaan']]);
    expect(await loader.getAllHarnesses(MatDialogHarness)).toHaveLength(0);
  });

  it('stays open with the problem when the action fails', async () => {
    open(() => throwError(() => new Error('boom')));
    await (await button('Deactiveren')).click();
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('Dat lukte niet (boom).');
    expect(answers).toEqual([]);
    expect(await loader.getAllHarnesses(MatDialogHarness)).toHaveLength(1);
  });
});
