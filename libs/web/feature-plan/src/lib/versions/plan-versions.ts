import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  LOCALE_ID,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { PlanComparison, PlanVersionSummary } from '@tafel/shared/contracts';
import { problemMessage } from '@tafel/web/core';
import { PlansApi } from '@tafel/web/core/plans';
import { formatDate, Loading, ProblemAlert } from '@tafel/web/ui';
import { PlanDiff } from './plan-diff';

/** The published versions, newest first, and the comparison of any two of them per section. */
@Component({
  selector: 'tafel-plan-versions',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    PlanDiff,
    ProblemAlert,
    Loading,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-versions.html',
  styleUrl: './plan-versions.scss',
})
export class PlanVersions {
  readonly caseId = input.required<string>();
  readonly versions = input.required<readonly PlanVersionSummary[]>();

  private readonly api = inject(PlansApi);
  private readonly locale = inject(LOCALE_ID);

  protected readonly from = signal(0);
  protected readonly to = signal(0);
  protected readonly comparison = signal<PlanComparison | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly canCompare = computed(() => this.versions().length > 1);

  constructor() {
    // The newest version against the one before it, until the user picks others.
    effect(() => {
      const [newest, previous] = this.versions();
      this.to.set(newest?.number ?? 0);
      this.from.set(previous?.number ?? 0);
      this.comparison.set(null);
    });
  }

  protected published(v: PlanVersionSummary): string {
    return formatDate(this.locale, v.publishedAt);
  }

  protected compare(): void {
    this.busy.set(true);
    this.error.set(null);
    this.api.compare(this.caseId(), this.from(), this.to()).subscribe({
      next: (comparison) => {
        this.comparison.set(comparison);
        this.busy.set(false);
      },
      error: (error: unknown) => {
        this.error.set(problemMessage(error));
        this.busy.set(false);
      },
    });
  }
}
