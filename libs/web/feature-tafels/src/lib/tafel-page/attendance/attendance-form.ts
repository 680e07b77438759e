import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  ABSENCE_REASON_MIN_LENGTH,
  ATTENDANCE,
  Attendance,
  AttendanceInput,
  SHORT_TEXT_MAX_LENGTH,
  TafelDetail,
} from '@tafel/shared/contracts';
import { problemMessage, TafelsApi } from '@tafel/web/core';
import { ATTENDANCE_LABELS, TAFEL_ROLE_LABELS, textValidator } from '@tafel/web/ui';

interface Row {
  participantId: string;
  attendance: Attendance | '';
  absenceReason: string;
}

/** Section "Aanwezigheid": the chair or secretary records who was there, per participant. */
@Component({
  selector: 'tafel-attendance-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attendance-form.html',
  styleUrl: './attendance-form.scss',
})
export class AttendanceForm {
  readonly tafel = input.required<TafelDetail>();
  readonly changed = output<TafelDetail>();

  private readonly api = inject(TafelsApi);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly options = ATTENDANCE;
  protected readonly labels = ATTENDANCE_LABELS;
  protected readonly roles = TAFEL_ROLE_LABELS;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal(false);
  protected readonly form = this.fb.group({ rows: this.fb.array<ReturnType<AttendanceForm['row']>>([]) });
  /** The participants in the same order as the rows. */
  protected readonly people = signal<TafelDetail['participants']>([]);

  constructor() {
    effect(() => {
      const invited = this.tafel().participants.filter((p) => p.invitation !== 'not_invited');
      this.people.set(invited);
      const rows = this.form.controls.rows;
      rows.clear();
      for (const p of invited) {
        rows.push(
          this.row({
            participantId: p.id,
            attendance: p.attendance ?? '',
            absenceReason: p.absenceReason ?? '',
          }),
        );
      }
    });
  }

  protected save(): void {
    if (this.busy()) return;
    this.saved.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const items: AttendanceInput[] = this.form
      .getRawValue()
      .rows.filter((row): row is Row & { attendance: Attendance } => row.attendance !== '')
      .map(({ participantId, attendance, absenceReason }) => ({
        participantId,
        attendance,
        ...(attendance === 'absent' ? { absenceReason: absenceReason.trim() } : {}),
      }));
    this.busy.set(true);
    this.error.set(null);
    this.api.recordAttendance(this.tafel().id, items).subscribe({
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

  /** One participant; the reason field counts only while "absent" is chosen. */
  private row(value: Row) {
    const group = this.fb.group({
      participantId: [value.participantId],
      attendance: this.fb.control<Attendance | ''>(value.attendance),
      absenceReason: [
        { value: value.absenceReason, disabled: value.attendance !== 'absent' },
        textValidator(ABSENCE_REASON_MIN_LENGTH, SHORT_TEXT_MAX_LENGTH),
      ],
    });
    const reason = group.controls.absenceReason;
    group.controls.attendance.valueChanges.subscribe((attendance) =>
      attendance === 'absent' ? reason.enable() : reason.disable(),
    );
    return group;
  }
}
