import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_FORM_FIELD_DEFAULT_OPTIONS,
  MatFormFieldDefaultOptions,
  MatFormFieldModule,
} from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  CaseMember,
  INVESTIGATION_ADVICES,
  Measure,
  MEASURE_END_REASONS,
  MEASURE_FOLLOW_UPS,
  MEASURE_TYPES,
  MilestoneType,
  OrganisationType,
  PersonOption,
} from '@tafel/shared/contracts';
import { dutchDate } from '@tafel/shared/util';
import { OrganisationsApi, PeopleApi, problemMessage } from '@tafel/web/core';
import {
  ADVICE_LABELS,
  Confirmation,
  END_REASON_LABELS,
  EVENT_LABELS,
  MEASURE_TYPE_LABELS,
  PersonPicker,
  ProblemAlert,
} from '@tafel/web/ui';
import { map, Observable } from 'rxjs';
import { ChainApi } from '../chain/chain.api';
import {
  applyMilestoneFields,
  MILESTONE_FIELDS,
  MilestoneField,
  milestoneForm,
  ownedMilestones,
  toMilestoneRequest,
} from './milestone-form';
import { FOLLOW_UP_LABELS } from './milestone-labels';

/**
 * "Mijlpaal vastleggen": a milestone the caller's organisation owns, with its real date (never in the
 * future) and the facts it needs. Emits when one is recorded.
 */
@Component({
  selector: 'tafel-milestone-recorder',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    PersonPicker,
    ProblemAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Each hint and error takes its own space below its field: a long hint never runs into the next label.
  providers: [
    {
      provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
      useValue: { appearance: 'outline', subscriptSizing: 'dynamic' } satisfies MatFormFieldDefaultOptions,
    },
  ],
  templateUrl: './milestone-recorder.html',
  styleUrl: './milestone-recorder.scss',
})
export class MilestoneRecorder {
  readonly caseId = input.required<string>();
  readonly organisationType = input.required<OrganisationType | null>();
  readonly members = input.required<readonly CaseMember[]>();
  readonly measures = input.required<readonly Measure[]>();
  readonly recorded = output<MilestoneType>();

  private readonly chain = inject(ChainApi);
  private readonly people = inject(PeopleApi);
  private readonly confirmation = inject(Confirmation);

  protected readonly form = milestoneForm();
  protected readonly today = dutchDate(new Date());
  protected readonly types = computed(() => ownedMilestones(this.organisationType()));
  protected readonly children = computed(() => this.members().filter((m) => m.kind === 'child'));
  protected readonly gis = toSignal(
    inject(OrganisationsApi)
      .list()
      .pipe(map((all) => all.filter((o) => o.type === 'gi'))),
    { initialValue: [] },
  );
  private readonly type = toSignal(this.form.controls.type.valueChanges, { initialValue: null });
  protected readonly asks = (field: MilestoneField): boolean => {
    const type = this.type();
    return type !== null && MILESTONE_FIELDS[type].includes(field);
  };
  protected readonly eventLabels = EVENT_LABELS;
  protected readonly measureTypes = MEASURE_TYPES;
  protected readonly measureTypeLabels = MEASURE_TYPE_LABELS;
  protected readonly advices = INVESTIGATION_ADVICES;
  protected readonly adviceLabels = ADVICE_LABELS;
  protected readonly endReasons = MEASURE_END_REASONS;
  protected readonly endReasonLabels = END_REASON_LABELS;
  protected readonly followUps = MEASURE_FOLLOW_UPS;
  protected readonly followUpLabels = FOLLOW_UP_LABELS;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly searchGiWorkers = (text: string): Observable<PersonOption[]> =>
    this.people.search({ q: text, organisationType: 'gi' });

  constructor() {
    this.form.controls.type.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      // The next milestone is started: the previous one's confirmation no longer covers the form.
      this.confirmation.dismiss();
      applyMilestoneFields(this.form);
    });
  }

  protected memberName(memberId: string): string {
    const member = this.members().find((m) => m.id === memberId);
    return member ? `${member.firstName} ${member.lastName}` : '';
  }

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.confirmation.dismiss();
      this.form.markAllAsTouched();
      return;
    }
    const request = toMilestoneRequest(this.form);
    this.busy.set(true);
    this.error.set(null);
    this.chain.recordMilestone(this.caseId(), request).subscribe({
      next: () => {
        this.busy.set(false);
        this.form.reset({ type: null, occurredOn: dutchDate(new Date()) });
        this.recorded.emit(request.type);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.confirmation.dismiss();
        this.error.set(problemMessage(error));
      },
    });
  }
}
