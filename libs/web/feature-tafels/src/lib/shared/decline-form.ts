import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { DECLINE_REASON_MAX_LENGTH, TafelDetail, TafelParticipant } from '@tafel/shared/contracts';
import { problemMessage, TafelsApi } from '@tafel/web/core';

/**
 * After "Ik kom niet": an optional short reason and "Ik wil graag een ander moment", for the
 * professionals of the tafel (never for the rest of the family, and never in a mail).
 */
@Component({
  selector: 'tafel-decline-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './decline-form.html',
  styles: `
    form {
      display: grid;
      gap: 0.5rem;
      max-width: 36rem;
      margin-top: 1rem;
    }
    button {
      justify-self: start;
    }
  `,
})
export class DeclineForm {
  readonly tafelId = input.required<string>();
  /** The signed-in participant's own seat, answered "Ik kom niet". */
  readonly participant = input.required<TafelParticipant>();
  /** Children are addressed with "je" instead of "u". */
  readonly informal = input(false);
  readonly changed = output<TafelDetail>();

  private readonly api = inject(TafelsApi);

  protected readonly maxLength = DECLINE_REASON_MAX_LENGTH;
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = new FormGroup({
    declineReason: new FormControl('', {
      nonNullable: true,
      validators: Validators.maxLength(DECLINE_REASON_MAX_LENGTH),
    }),
    wantsOtherMoment: new FormControl(false, { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const { declineReason, wantsOtherMoment } = this.participant();
      this.form.reset({ declineReason: declineReason ?? '', wantsOtherMoment });
    });
  }

  protected send(): void {
    if (this.busy() || this.form.invalid) return;
    const { declineReason, wantsOtherMoment } = this.form.getRawValue();
    this.busy.set(true);
    this.saved.set(false);
    this.error.set(null);
    this.api
      .rsvp(this.tafelId(), {
        response: 'declined',
        declineReason: declineReason.trim() || null,
        wantsOtherMoment,
      })
      .subscribe({
        next: (updated) => {
          this.busy.set(false);
          this.saved.set(true);
          this.changed.emit(updated);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.error.set(problemMessage(error));
        },
      });
  }
}
