import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { HandoverRequest, PersonOption, REASON_MAX_LENGTH, REASON_MIN_LENGTH } from '@tafel/shared/contracts';
import { Observable, catchError, filter, map, of, shareReplay } from 'rxjs';
import { formRules } from '../form-errors/form-rules';
import { chosenPerson, PersonPick, PersonPicker, personChosen } from '../person-picker/person-picker';
import { ProblemAlert } from '../problem-alert/problem-alert';
import { DIALOG_SIZE } from '../reason/reason-dialog';
import { ReasonField } from '../reason/reason-field';
import { textValidator } from '../reason/text-validator';

/**
 * Who may take over regie: people the API finds for the typed text (`search`), or one list loaded when
 * the dialog opens (`candidates`), searched here by name or organisation, with what to say (`none`)
 * when it is empty.
 */
export type HandoverPeople =
  | { search(text: string): Observable<PersonOption[]> }
  | { candidates: Observable<PersonOption[]>; none: string };

/** What the dialog does with the choice: send the hand-over, and say in words why it failed. */
export interface HandoverAction<R> {
  send(request: HandoverRequest): Observable<R>;
  problem(error: unknown): string;
}

export interface HandoverDialogData<R> {
  title: string;
  /** Paragraphs: what the hand-over does, in plain words. */
  intro: readonly string[];
  /** The button that sends it. */
  confirm: string;
  people: HandoverPeople;
  /** Sent on confirmation; the dialog stays open with the problem when it fails, and closes with the answer. */
  action: HandoverAction<R>;
}

const matches = (person: PersonOption, wanted: string) =>
  `${person.displayName} ${person.organisation ?? ''}`.toLocaleLowerCase('nl').includes(wanted);

/**
 * "Regie overdragen": choose the new coordinator with the people picker and say why (the reason goes
 * on the timeline the family reads). How people are found and what is sent are the caller's: a
 * family's coordinator, or all families of a deactivated coordinator at once.
 */
@Component({
  selector: 'tafel-handover-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, PersonPicker, ProblemAlert, ReasonField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Created under the root injector, not the route's: the form rules of the app's pages, here too.
  providers: formRules,
  templateUrl: './handover-dialog.html',
})
export class HandoverDialog<R> {
  private readonly dialogRef = inject<MatDialogRef<HandoverDialog<R>, R>>(MatDialogRef);
  protected readonly data = inject<HandoverDialogData<R>>(MAT_DIALOG_DATA);
  protected readonly minLength = REASON_MIN_LENGTH;
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    coordinator: new FormControl<PersonPick>(null, personChosen),
    reason: ['', textValidator(REASON_MIN_LENGTH, REASON_MAX_LENGTH)],
  });

  private readonly candidates$ =
    'candidates' in this.data.people
      ? this.data.people.candidates.pipe(
          catchError((error: unknown) => {
            this.error.set(this.data.action.problem(error));
            return of<PersonOption[]>([]);
          }),
          shareReplay(1),
        )
      : null;
  /** Loaded as the dialog opens: a list that turns out empty is said at once. */
  protected readonly candidates = toSignal(this.candidates$ ?? of(null));
  protected readonly none = 'none' in this.data.people ? this.data.people.none : '';

  protected readonly search = (text: string): Observable<PersonOption[]> => {
    const people = this.data.people;
    if ('search' in people) return people.search(text);
    const wanted = text.toLocaleLowerCase('nl');
    return (this.candidates$ ?? of([])).pipe(map((all) => all.filter((c) => matches(c, wanted))));
  };

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { coordinator, reason } = this.form.getRawValue();
    const coordinatorId = chosenPerson(coordinator)?.id;
    if (!coordinatorId) return;
    this.busy.set(true);
    this.error.set(null);
    const { action } = this.data;
    action.send({ coordinatorId, reason: reason.trim() }).subscribe({
      next: (answer) => this.dialogRef.close(answer),
      error: (error: unknown) => {
        this.error.set(action.problem(error));
        this.busy.set(false);
      },
    });
  }
}

/** Opens the hand-over; emits the action's answer once, and nothing when cancelled. */
export function askHandover<R>(dialog: MatDialog, data: HandoverDialogData<R>): Observable<R> {
  return dialog
    .open<HandoverDialog<R>, HandoverDialogData<R>, R>(HandoverDialog, { ...DIALOG_SIZE, data })
    .afterClosed()
    .pipe(filter((answer): answer is R => answer !== undefined));
}
