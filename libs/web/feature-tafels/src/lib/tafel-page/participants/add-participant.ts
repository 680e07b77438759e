import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { CaseDetail, ParticipantInput, TafelDetail } from '@tafel/shared/contracts';
import { problemInvalidParams, problemMessage, TafelsApi } from '@tafel/web/core';
import { Confirmation } from '@tafel/web/ui';
import { describeInvalidParams } from '../../shared/invalid-params';
import { ChainPartnerForm } from './chain-partner-form';

/**
 * "Deelnemer toevoegen": a confidant from the family's network for a parent or child, and a chain
 * partner chosen by name and organisation (the people picker).
 */
@Component({
  selector: 'tafel-add-participant',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ChainPartnerForm,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './add-participant.html',
  styleUrl: './add-participant.scss',
})
export class AddParticipant {
  readonly tafel = input.required<TafelDetail>();
  readonly theCase = input<CaseDetail | null>(null);
  readonly changed = output<TafelDetail>();

  private readonly api = inject(TafelsApi);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly confirmation = inject(Confirmation);

  protected readonly busy = signal(false);
  protected readonly error = signal<{ message: string; details: string[] } | null>(null);
  /** The form's directive: resetting through it also forgets that it was submitted, so no field turns red. */
  private readonly formDirective = viewChild.required(FormGroupDirective);
  protected readonly confidantForm = this.fb.group({
    memberId: ['', Validators.required],
    forMemberId: ['', Validators.required],
  });
  /** Network members of the family who are not at the tafel yet. */
  protected readonly network = computed(() => {
    const seated = new Set(this.tafel().participants.map((p) => p.memberId));
    return (this.theCase()?.members ?? []).filter((m) => m.kind === 'network' && !seated.has(m.id));
  });
  /** Parents and children at the tafel who have no confidant yet. */
  protected readonly supported = computed(() => {
    const participants = this.tafel().participants;
    const taken = new Set(participants.map((p) => p.confidantForMemberId));
    return participants.filter(
      (p) => (p.role === 'parent' || p.role === 'child') && p.memberId && !taken.has(p.memberId),
    );
  });

  protected addConfidant(): void {
    if (this.confidantForm.invalid) {
      this.confidantForm.markAllAsTouched();
      return;
    }
    const { memberId, forMemberId } = this.confidantForm.getRawValue();
    this.send({ role: 'confidant', memberId, confidantForMemberId: forMemberId }, () => {
      this.formDirective().resetForm();
      this.confirmation.show(
        $localize`:@@addParticipant.confidantAdded:De vertrouwenspersoon zit nu aan tafel.`,
      );
    });
  }

  private send(input: ParticipantInput, done: () => void): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.api.addParticipant(this.tafel().id, input).subscribe({
      next: (updated) => {
        this.busy.set(false);
        done();
        this.changed.emit(updated);
      },
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
