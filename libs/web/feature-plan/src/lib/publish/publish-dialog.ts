import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';

/** Asks before the draft becomes version N: a published version can no longer change. */
@Component({
  selector: 'tafel-publish-dialog',
  imports: [MatDialogModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title i18n="@@planPublish.title">Versie {{ number }} publiceren?</h2>
    <mat-dialog-content>
      <p i18n="@@planPublish.intro">
        Het concept wordt versie {{ number }}. Die kan daarna niet meer veranderen. Het gezin krijgt een
        e-mail (zonder inhoud) en kan de versie lezen en erop antwoorden.
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close i18n="@@planPublish.back">Terug</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" i18n="@@planPublish.confirm">
        Publiceren
      </button>
    </mat-dialog-actions>
  `,
})
export class PublishDialog {
  protected readonly number = inject<number>(MAT_DIALOG_DATA);
}
