import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { PersonOption } from '@tafel/shared/contracts';
import { Observable, of } from 'rxjs';
import { formRules } from '../form-errors/form-rules';
import { chosenPerson, PersonPick, PersonPicker, personChosen } from './person-picker';
import { until } from '../testing/until';

const anouk: PersonOption = {
  id: 'u-raad',
  displayName: 'Anouk Smit',
  role: 'professional',
  organisation: 'Raad voor de Kinderbescherming',
  organisationType: 'raad',
};

@Component({
  imports: [PersonPicker],
  template: `<tafel-person-picker label="Naam" [control]="control" [search]="search" />`,
})
class Host {
  readonly control = new FormControl<PersonPick>(null, personChosen);
  readonly asked = signal<string[]>([]);
  readonly search = (text: string): Observable<PersonOption[]> => {
    this.asked.update((all) => [...all, text]);
    return of([anouk]);
  };
}

describe('PersonPicker', () => {
  let fixture: ComponentFixture<Host>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  it('searches as one types, shows name and organisation, and holds the chosen person', async () => {
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const autocomplete = await loader.getHarness(MatAutocompleteHarness);
    await autocomplete.enterText('a');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fixture.componentInstance.asked()).toEqual([]);
    await autocomplete.enterText('no');
    await until(() => fixture.componentInstance.asked().length > 0);
    await fixture.whenStable();
    expect(fixture.componentInstance.asked()).toEqual(['ano']);
    await autocomplete.blur();
    await autocomplete.focus();
    const options = await autocomplete.getOptions();
    expect(await options[0]?.getText()).toBe('Anouk Smit — Raad voor de Kinderbescherming');
    await autocomplete.selectOption({ text: /Anouk/ });
    expect(chosenPerson(fixture.componentInstance.control.value)).toEqual(anouk);
    expect(fixture.componentInstance.control.valid).toBe(true);
    expect(await autocomplete.getValue()).toBe('Anouk Smit');
  });

  it('treats typed text without a choice as no choice', () => {
    const control = fixture.componentInstance.control;
    control.setValue('Anouk');
    expect(control.errors).toEqual({ notChosen: true });
    control.setValue(null);
    expect(control.errors).toEqual({ required: true });
    expect(chosenPerson('Anouk')).toBeNull();
  });
});

@Component({
  imports: [ReactiveFormsModule, MatButtonModule, PersonPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="form.markAllAsTouched()" novalidate>
      <tafel-person-picker label="Naam" [control]="form.controls.person" [search]="search" />
      <button mat-button type="submit">Versturen</button>
    </form>
  `,
})
class FormHost {
  readonly form = new FormGroup({ person: new FormControl<PersonPick>(null, personChosen) });
  readonly search = (): Observable<PersonOption[]> => of([]);
}

describe('PersonPicker in a form', () => {
  it('shows its error once the form is sent, also when it was tabbed through before', async () => {
    TestBed.configureTestingModule({
      providers: [formRules, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const fixture = TestBed.createComponent(FormHost);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const autocomplete = await loader.getHarness(MatAutocompleteHarness);
    await autocomplete.focus();
    await autocomplete.blur();
    const field = await loader.getHarness(MatFormFieldHarness);
    expect(await field.getTextErrors()).toEqual([]);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Versturen' }))).click();
    expect(await field.getTextErrors()).toEqual(['Zoek en kies een persoon.']);
  });
});
