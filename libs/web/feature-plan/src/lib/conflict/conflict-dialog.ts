import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { PlanDraft, PlanDraftInput } from '@tafel/shared/contracts';
import { PLAN_SECTION_LABELS } from '@tafel/web/ui';
import { conflictRows } from './conflict';

export interface ConflictDialogData {
  mine: PlanDraftInput;
  theirs: PlanDraft;
}

/** How the user settles a conflict: take the other person's draft, or save their own over it. */
export type ConflictChoice = 'theirs' | 'mine';

/**
 * Someone else saved the draft first (409). The dialog shows, per section, the user's text beside the
 * other person's; nothing is overwritten until the user chooses.
 */
@Component({
  selector: 'tafel-conflict-dialog',
  imports: [MatDialogModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './conflict-dialog.html',
  styleUrl: './conflict-dialog.scss',
})
export class ConflictDialog {
  protected readonly data = inject<ConflictDialogData>(MAT_DIALOG_DATA);
  protected readonly rows = conflictRows(this.data.mine, this.data.theirs);
  protected readonly by = this.data.theirs.updatedBy ?? $localize`:@@planConflict.someone:iemand anders`;

  protected readonly labels = PLAN_SECTION_LABELS;
}
