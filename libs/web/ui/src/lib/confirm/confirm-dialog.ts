import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { Observable, filter } from 'rxjs';
import { ProblemAlert } from '../problem-alert/problem-alert';
import { DIALOG_SIZE } from '../reason/reason-dialog';

/** What the dialog does once confirmed: act, and say in words why it failed. */
export interface ConfirmAction<R> {
  send(): Observable<R>;
  problem(error: unknown): string;
}

export interface ConfirmDialogData<R> {
  title: string;
  /** Paragraphs: what will happen, in plain words. */
  intro: readonly string[];
  /** The button that does it, naming the action ("Deactiveren"). */
  confirm: string;
  /** Sent on confirmation; the dialog stays open with the problem when it fails, and closes with the answer. */
  action: ConfirmAction<R>;
}

/**
 * "Weet u het zeker?" before an action that cannot simply be undone (deactivating an account,
 * wiping a second factor). For an action that needs a reason, see the reason dialog.
 */
@Component({
  selector: 'tafel-confirm-dialog',
  imports: [MatDialogModule, MatButtonModule, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      @for (paragraph of data.intro; track $index) {
        <p>{{ paragraph }}</p>
      }
      <tafel-problem-alert [message]="error()" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" (click)="back()" i18n="@@confirmDialog.back">Terug</button>
      <button mat-flat-button type="button" [attr.aria-busy]="busy()" (click)="confirm()">
        {{ data.confirm }}
      </button>
    </mat-dialog-actions>
  `,
})
export class ConfirmDialog<R> {
  private readonly dialogRef = inject<MatDialogRef<ConfirmDialog<R>, R>>(MatDialogRef);
  protected readonly data = inject<ConfirmDialogData<R>>(MAT_DIALOG_DATA);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected back(): void {
    this.dialogRef.close();
  }

  protected confirm(): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.data.action.send().subscribe({
      next: (answer) => this.dialogRef.close(answer),
      error: (error: unknown) => {
        this.error.set(this.data.action.problem(error));
        this.busy.set(false);
      },
    });
  }
}

/** Opens the confirmation; emits the action's answer once, and nothing when the user goes back. */
export function askConfirmation<R>(dialog: MatDialog, data: ConfirmDialogData<R>): Observable<R> {
  return dialog
    .open<ConfirmDialog<R>, ConfirmDialogData<R>, R>(ConfirmDialog, { ...DIALOG_SIZE, data })
    .afterClosed()
    .pipe(filter((answer): answer is R => answer !== undefined));
}
