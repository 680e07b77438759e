import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonModule } from '@angular/material/button';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputModule } from '@angular/material/input';
import { MatInputHarness } from '@angular/material/input/testing';
import { formRules } from './form-rules';

@Component({
  selector: 'tafel-host',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="form.markAllAsTouched()" novalidate>
      <mat-form-field>
        <mat-label>Naam</mat-label>
        <input matInput formControlName="name" />
        <mat-error>Vul de naam in.</mat-error>
      </mat-form-field>
      <button mat-button type="submit">Opslaan</button>
    </form>
  `,
})
class Host {
  readonly form = new FormGroup({ name: new FormControl('', Validators.required) });
}

describe('formRules', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      providers: [formRules, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    }),
  );

  const render = () => {
    const fixture = TestBed.createComponent(Host);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    return {
      fixture,
      field: () => loader.getHarness(MatFormFieldHarness),
      input: () => loader.getHarness(MatInputHarness),
      send: async () => (await loader.getHarness(MatButtonHarness.with({ text: 'Opslaan' }))).click(),
    };
  };

  it('leaves an empty field that was only tabbed through without an error', async () => {
    const { fixture, field, input } = render();
    await (await input()).focus();
    await (await input()).blur();
    expect(fixture.componentInstance.form.controls.name.touched).toBe(true);
    expect(await (await field()).isControlValid()).toBe(false);
    expect(await (await field()).getTextErrors()).toEqual([]);
  });

  it('shows the error once the form is sent, also after tabbing through the field', async () => {
    const { field, input, send } = render();
    await (await input()).focus();
    await (await input()).blur();
    await send();
    expect(await (await field()).getTextErrors()).toEqual(['Vul de naam in.']);
  });

  it('shows the error after typing and clearing, before the form is sent', async () => {
    const { field, input } = render();
    await (await input()).setValue('x');
    await (await input()).setValue('');
    expect(await (await field()).getTextErrors()).toEqual(['Vul de naam in.']);
  });
});
