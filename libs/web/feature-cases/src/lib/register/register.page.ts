import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { GEMEENTEN } from '@tafel/shared/contracts';
import { CasesApi, PATHS, problemMessage } from '@tafel/web/core';
import { ProblemAlert } from '@tafel/web/ui';
import { concatMap, from, last, switchMap } from 'rxjs';
import { memberForm, RegisterKind, registerForm, toCaseRequest, toMemberRequest } from './register-form';

/**
 * /gezinnen/nieuw — a coordinator registers a new family: the case, its parents (with gezag) and
 * children (with birth dates), and whose address is confidential from the other parent. The caller
 * becomes the family's coordinator.
 */
@Component({
  selector: 'tafel-register-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    ProblemAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './register.page.html',
  styleUrl: './register.page.scss',
})
export class RegisterPage {
  private readonly api = inject(CasesApi);
  private readonly router = inject(Router);

  protected readonly casesPath = PATHS.cases;
  protected readonly gemeenten = GEMEENTEN;
  protected readonly form = registerForm();
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  /** The family is registered but a person was refused: the case page, to go on from there. */
  protected readonly createdId = signal<string | null>(null);

  protected add(kind: RegisterKind): void {
    this.form.controls.members.push(memberForm(kind));
  }

  protected remove(index: number): void {
    this.form.controls.members.removeAt(index);
  }

  protected submit(): void {
    if (this.busy() || this.createdId()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const members = this.form.controls.members.controls.map(toMemberRequest);
    this.busy.set(true);
    this.error.set(null);
    this.api
      .create(toCaseRequest(this.form))
      .pipe(
        switchMap((created) => {
          this.createdId.set(created.id);
          return members.length
            ? from(members).pipe(
                concatMap((member) => this.api.addMember(created.id, member)),
                last(),
              )
            : [created];
        }),
      )
      .subscribe({
        next: (detail) => void this.router.navigate([PATHS.cases, detail.id]),
        error: (error: unknown) => {
          this.busy.set(false);
          this.error.set(problemMessage(error));
        },
      });
  }
}
