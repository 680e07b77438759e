import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { LOCATION_MAX_LENGTH, LOCATION_MIN_LENGTH, Sitting } from '@tafel/shared/contracts';
import { problemInvalidParams, problemMessage, TafelsApi } from '@tafel/web/core';
import { amsterdamInstant, formRules, textValidator } from '@tafel/web/ui';
import { describeInvalidParams } from '../shared/invalid-params';
import { Person } from './agenda-week';

export interface SittingDialogData {
  /** The chair is the signed-in chair themselves, or one of the chairs seen in the agenda. */
  chairs: Person[];
  /** Secretaries seen in the agenda: there is no user search, so these are the ones to choose from. */
  secretaries: Person[];
  /** The date the form starts with (yyyy-mm-dd). */
  date: string;
}

const SLOT_MINUTES = [45, 60, 75, 90];

/** The end of the sitting leaves room for at least one slot. */
function endAfterStart(group: AbstractControl): ValidationErrors | null {
  const { startTime, endTime, slotMinutes } = group.value as {
    startTime: string;
    endTime: string;
    slotMinutes: number;
  };
  if (!startTime || !endTime) return null;
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return minutes(endTime) - minutes(startTime) >= slotMinutes ? null : { tooShort: true };
}

/** "Zitting toevoegen": a day part in which tafels can be planned, in slots of 45–90 minutes. */
@Component({
  selector: 'tafel-sitting-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Created under the root injector, not the route's: the form rules of the app's pages, here too.
  providers: formRules,
  templateUrl: './sitting-dialog.html',
  styleUrl: './sitting-dialog.scss',
})
export class SittingDialog {
  private readonly api = inject(TafelsApi);
  private readonly dialogRef = inject<MatDialogRef<SittingDialog, Sitting>>(MatDialogRef);
  protected readonly data = inject<SittingDialogData>(MAT_DIALOG_DATA);

  protected readonly slotOptions = SLOT_MINUTES;
  protected readonly busy = signal(false);
  protected readonly error = signal<{ message: string; details: string[] } | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      chairId: [this.data.chairs.length === 1 ? this.data.chairs[0].id : '', Validators.required],
      date: [this.data.date, Validators.required],
      startTime: ['09:00', Validators.required],
      endTime: ['12:00', Validators.required],
      slotMinutes: [60, Validators.required],
      location: ['', textValidator(LOCATION_MIN_LENGTH, LOCATION_MAX_LENGTH)],
      secretaryId: ['', Validators.required],
    },
    { validators: endAfterStart },
  );

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsDirty(); // the choices' own errors show from here, as fields' do (formRules)
      return;
    }
    const value = this.form.getRawValue();
    this.busy.set(true);
    this.error.set(null);
    this.api
      .createSitting({
        chairId: value.chairId,
        secretaryId: value.secretaryId,
        startsAt: amsterdamInstant(value.date, value.startTime).toISOString(),
        endsAt: amsterdamInstant(value.date, value.endTime).toISOString(),
        slotMinutes: value.slotMinutes,
        location: value.location.trim(),
      })
      .subscribe({
        next: (sitting) => this.dialogRef.close(sitting),
        error: (error: unknown) => {
          this.busy.set(false);
          this.error.set({
            message: problemMessage(error),
            details: describeInvalidParams(problemInvalidParams(error)),
          });
        },
      });
  }
}
