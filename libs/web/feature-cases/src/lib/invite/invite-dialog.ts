import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { EMAIL_MAX_LENGTH, InvitationCreated } from '@tafel/shared/contracts';
import { InvitationsApi, problemInvalidParams, problemMessage } from '@tafel/web/core';
import { formRules, ProblemAlert } from '@tafel/web/ui';

export interface InviteDialogData {
  caseId: string;
  memberId: string;
  /** "Mark de Vries", for the text of the dialog. */
  name: string;
  /** Invited before: the address of the last invitation, whose link the new one replaces. */
  previousEmail?: string | null;
}

/** The reason an invitation was refused, in words a coordinator can act on. */
function inviteProblem(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 409) {
      return $localize`:@@invite.conflict:Dat kan niet: deze persoon heeft al een account, of er is al een account met dit e-mailadres.`;
    }
    const invalid = problemInvalidParams(error).map((param) => param.name);
    if (invalid.includes('memberId')) {
      return $localize`:@@invite.notInvitable:Deze persoon kan (nog) geen account krijgen. Alleen ouders, en kinderen vanaf 12 jaar, krijgen een account.`;
    }
    if (invalid.includes('email')) {
      return $localize`:@@invite.emailRefused:Dit e-mailadres klopt niet. Controleer het en probeer het opnieuw.`;
    }
    if (error.status === 503) {
      return $localize`:@@invite.notSent:De e-mail kon niet worden verstuurd. Probeer het over een paar minuten opnieuw.`;
    }
  }
  return problemMessage(error);
}

/** "Uitnodiging versturen": e-mails a parent or child a link to set up their account. */
@Component({
  selector: 'tafel-invite-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    ProblemAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Created under the root injector, not the route's: the form rules of the app's pages, here too.
  providers: formRules,
  templateUrl: './invite-dialog.html',
  styleUrl: '../shared/dialog.scss',
})
export class InviteDialog {
  private readonly api = inject(InvitationsApi);
  private readonly dialogRef = inject<MatDialogRef<InviteDialog, InvitationCreated>>(MatDialogRef);
  protected readonly data = inject<InviteDialogData>(MAT_DIALOG_DATA);

  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: [
      this.data.previousEmail ?? '',
      [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)],
    ],
  });

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    const email = this.form.getRawValue().email.trim();
    this.api.create(this.data.caseId, { memberId: this.data.memberId, email }).subscribe({
      next: (created) => this.dialogRef.close(created),
      error: (error: unknown) => {
        this.error.set(inviteProblem(error));
        this.busy.set(false);
      },
    });
  }
}
