import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  CaseDetail,
  OrganisationType,
  ParticipantInput,
  PersonOption,
  TafelDetail,
  TafelRole,
} from '@tafel/shared/contracts';
import { PeopleApi, problemInvalidParams, problemMessage, TafelsApi } from '@tafel/web/core';
import { chosenPerson, PersonPick, PersonPicker, personChosen, TAFEL_ROLE_LABELS } from '@tafel/web/ui';
import { Observable } from 'rxjs';
import { describeInvalidParams } from '../../shared/invalid-params';

/** Roles filled by a chain partner, found by name; a seat of an organisation type searches only there. */
const CHAIN_ROLES: readonly TafelRole[] = ['raad', 'vtt', 'gi', 'professional'];
const ORGANISATION_OF_ROLE: Partial<Record<TafelRole, OrganisationType>> = {
  raad: 'raad',
  vtt: 'veilig_thuis',
  gi: 'gi',
};

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
    PersonPicker,
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
  private readonly people = inject(PeopleApi);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly chainRoles = CHAIN_ROLES;
  protected readonly roleLabels = TAFEL_ROLE_LABELS;
  protected readonly busy = signal(false);
  protected readonly error = signal<{ message: string; details: string[] } | null>(null);
  protected readonly confidantForm = this.fb.group({
    memberId: ['', Validators.required],
    forMemberId: ['', Validators.required],
  });
  protected readonly chainForm = this.fb.group({
    role: this.fb.control<TafelRole | ''>('', Validators.required),
    person: new FormControl<PersonPick>(null, personChosen),
  });
  /** Professionals by name; for a Raad, Veilig Thuis or GI seat only those of such an organisation. */
  protected readonly searchPeople = (q: string): Observable<PersonOption[]> => {
    const role = this.chainForm.controls.role.value;
    const organisationType = role ? ORGANISATION_OF_ROLE[role] : undefined;
    return this.people.search({ q, organisationType });
  };

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
    this.send({ role: 'confidant', memberId, confidantForMemberId: forMemberId }, () =>
      this.confidantForm.reset(),
    );
  }

  protected addChainPartner(): void {
    if (this.chainForm.invalid) {
      this.chainForm.markAllAsTouched();
      return;
    }
    const { role, person } = this.chainForm.getRawValue();
    const userId = chosenPerson(person)?.id;
    if (!userId) return;
    this.send({ role: role as TafelRole, userId }, () => this.chainForm.reset());
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
