import { ChangeDetectionStrategy, Component, computed, inject, LOCALE_ID, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ACCESS_LOG_SEARCH_MAX_LENGTH, AccessLogQuery, AccessLogRow } from '@tafel/shared/contracts';
import { AccessLogApi, problemMessage } from '@tafel/web/core';
import { accessEventLabel, addDays, amsterdamInstant, Loading, TIME_ZONE } from '@tafel/web/ui';
import { roleLabel } from '../file-viewings/viewing-texts';
import { EmergencyReviews } from './emergency-reviews';

type Results =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; rows: AccessLogRow[]; total: number };

/** The API matches a part of at least two characters. */
const SEARCH_TEXT = [Validators.minLength(2), Validators.maxLength(ACCESS_LOG_SEARCH_MAX_LENGTH)];

/** NEN 7513 action codes in words. */
const ACTION_LABELS: Readonly<Record<AccessLogRow['action'], string>> = {
  C: $localize`:@@accessLog.action.C:Toegevoegd`,
  R: $localize`:@@accessLog.action.R:Bekeken`,
  U: $localize`:@@accessLog.action.U:Gewijzigd`,
  D: $localize`:@@accessLog.action.D:Verwijderd`,
  E: $localize`:@@accessLog.action.E:Geëxporteerd`,
};

/** 'Tot en met' may not lie before 'Van'. */
function notBeforeFrom(control: AbstractControl<string>): ValidationErrors | null {
  const from = control.parent?.get('from')?.value as string | undefined;
  return control.value && from && control.value < from ? { beforeFrom: true } : null;
}

/**
 * /toegangslog — the privacy officer searches the access log by family (name or case number), person,
 * user, period and emergency access, exports the same search as CSV, and reviews the open emergency
 * accesses. Rows name the family and the person, and say the event in words.
 */
@Component({
  selector: 'tafel-access-log-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatCheckboxModule,
    EmergencyReviews,
    Loading,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './access-log.page.html',
  styleUrl: './access-log.page.scss',
})
export class AccessLogPage {
  private readonly api = inject(AccessLogApi);
  private readonly timeFormat = new Intl.DateTimeFormat(inject(LOCALE_ID), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: TIME_ZONE,
  });

  protected readonly actionLabels = ACTION_LABELS;
  protected readonly roleLabel = roleLabel;
  protected readonly eventLabel = accessEventLabel;
  protected readonly form = inject(NonNullableFormBuilder).group({
    family: ['', SEARCH_TEXT],
    person: ['', SEARCH_TEXT],
    user: ['', SEARCH_TEXT],
    emergencyOnly: [false],
    from: [''],
    to: ['', notBeforeFrom],
  });
  protected readonly busy = signal(false);
  private readonly applied = signal<AccessLogQuery>({});
  protected readonly exportUrl = computed(() => this.api.exportUrl(this.applied()));
  protected readonly results = signal<Results>({ status: 'loading' });

  constructor() {
    this.form.controls.from.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.to.updateValueAndValidity({ emitEvent: false }));
    this.run({});
  }

  protected search(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { family, person, user, emergencyOnly, from, to } = this.form.getRawValue();
    this.run({
      family: family.trim() || undefined,
      person: person.trim() || undefined,
      user: user.trim() || undefined,
      emergencyOnly: emergencyOnly || undefined,
      // Whole days in Dutch time: from the start of 'Van' to the end of 'Tot en met'.
      from: from ? amsterdamInstant(from, '00:00').toISOString() : undefined,
      to: to ? amsterdamInstant(addDays(to, 1), '00:00').toISOString() : undefined,
    });
  }

  protected formatTime(occurredAt: string): string {
    return this.timeFormat.format(new Date(occurredAt));
  }

  private run(query: AccessLogQuery): void {
    this.applied.set(query);
    this.busy.set(true);
    this.results.set({ status: 'loading' });
    this.api.search(query).subscribe({
      next: ({ items, total }) => {
        this.results.set({ status: 'ready', rows: items, total });
        this.busy.set(false);
      },
      error: (error: unknown) => {
        this.results.set({ status: 'failed', message: problemMessage(error) });
        this.busy.set(false);
      },
    });
  }
}
