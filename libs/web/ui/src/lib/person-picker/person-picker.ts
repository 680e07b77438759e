import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormControl, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { PersonOption } from '@tafel/shared/contracts';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  Observable,
  of,
  startWith,
  switchMap,
} from 'rxjs';
import { checkOnControlEvents } from '../form-errors/check-on-control-events';
import { ROLE_LABELS } from '../labels/role-labels';

/** What the picker's control holds: the text typed so far, or the person chosen from the list. */
export type PersonPick = PersonOption | string | null;

/** A person must be chosen from the list; typed text alone is no choice. */
export function personChosen(control: AbstractControl<PersonPick>): ValidationErrors | null {
  const value = control.value;
  if (value === null || value === '') return { required: true };
  return typeof value === 'string' ? { notChosen: true } : null;
}

/** The chosen person, or null while only text is typed. */
export function chosenPerson(value: PersonPick): PersonOption | null {
  return value !== null && typeof value === 'object' ? value : null;
}

const MIN_LENGTH = 2;

/**
 * A people picker: type part of a name, choose the person from the list, which shows their
 * organisation. The search itself is given by the caller (need-to-know is the API's: it only finds
 * professionals). The control holds a `PersonPick`; validate it with `personChosen`.
 */
@Component({
  selector: 'tafel-person-picker',
  imports: [ReactiveFormsModule, MatAutocompleteModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" class="picker" [subscriptSizing]="'dynamic'">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [formControl]="control()"
        [matAutocomplete]="auto"
        autocomplete="off"
        spellcheck="false"
      />
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="display">
        @for (person of options(); track person.id) {
          <mat-option [value]="person">
            {{ person.displayName }} — {{ person.organisation ?? roleLabels[person.role] }}
          </mat-option>
        }
      </mat-autocomplete>
      <mat-hint i18n="@@personPicker.hint"
        >Typ minstens twee letters van de naam en kies uit de lijst.</mat-hint
      >
      @if (control().hasError('notChosen')) {
        <mat-error i18n="@@personPicker.notChosen">Kies een persoon uit de lijst.</mat-error>
      } @else {
        <mat-error i18n="@@personPicker.required">Zoek en kies een persoon.</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    /* The hint or error grows with its text (it wraps on a phone) instead of running over the next field. */
    .picker {
      width: 100%;
      margin-bottom: 1rem;
    }
  `,
})
export class PersonPicker {
  readonly label = input.required<string>();
  readonly control = input.required<FormControl<PersonPick>>();
  readonly search = input.required<(text: string) => Observable<PersonOption[]>>();

  protected readonly roleLabels = ROLE_LABELS;
  protected readonly display = (value: PersonPick): string =>
    typeof value === 'string' ? value : (value?.displayName ?? '');

  protected readonly options = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) => control.valueChanges.pipe(startWith(control.value))),
      map((value) => (typeof value === 'string' ? value.trim() : '')),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((text) =>
        text.length < MIN_LENGTH ? of([]) : this.search()(text).pipe(catchError(() => of([]))),
      ),
    ),
    { initialValue: [] as PersonOption[] },
  );

  constructor() {
    checkOnControlEvents(this.control);
  }
}
