import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { ProblemAlert } from '../problem-alert/problem-alert';
import { DIALOG_SIZE } from '../reason/reason-dialog';

export interface SessionWarningData {
  /** When the session ends. */
  endsAt: Date;
  /** "Blijf ingelogd": true when the session now lasts longer. */
  stay(): Promise<boolean>;
}

/**
 * A minute before the session ends: how long is left, and "Blijf ingelogd". When it cannot be
 * extended (the absolute end of the working day), the dialog says to save now.
 */
@Component({
  selector: 'tafel-session-warning',
  imports: [MatDialogModule, MatButtonModule, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title i18n="@@session.warning.title">U wordt bijna uitgelogd</h2>
    <mat-dialog-content>
      <p i18n="@@session.warning.text">
        Over {{ seconds() }} seconden eindigt uw sessie. Wat u nog niet heeft opgeslagen, bewaren we in dit
        tabblad tot u weer bent ingelogd.
      </p>
      <tafel-problem-alert [message]="problem()" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close i18n="@@session.warning.close">Sluiten</button>
      <button
        mat-flat-button
        type="button"
        cdkFocusInitial
        [attr.aria-busy]="busy()"
        (click)="stay()"
        i18n="@@session.warning.stay"
      >
        Blijf ingelogd
      </button>
    </mat-dialog-actions>
  `,
})
export class SessionWarning {
  private readonly data = inject<SessionWarningData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<SessionWarning, boolean>>(MatDialogRef);
  private readonly now = signal(Date.now());
  protected readonly seconds = computed(() =>
    Math.max(0, Math.round((this.data.endsAt.getTime() - this.now()) / 1000)),
  );
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);

  constructor() {
    const tick = setInterval(() => this.now.set(Date.now()), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(tick));
  }

  protected async stay(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    const extended = await this.data.stay();
    this.busy.set(false);
    if (extended) this.dialogRef.close(true);
    else
      this.problem.set(
        $localize`:@@session.warning.cannotExtend:Uw sessie kan niet langer duren. Sla uw werk nu op en log daarna opnieuw in.`,
      );
  }
}

/** Opens the session warning once; a second call while it is open does nothing. */
export function warnSessionEnding(dialog: MatDialog, data: SessionWarningData): void {
  if (dialog.openDialogs.some((ref) => ref.componentInstance instanceof SessionWarning)) return;
  dialog.open(SessionWarning, { ...DIALOG_SIZE, data, role: 'alertdialog' });
}
