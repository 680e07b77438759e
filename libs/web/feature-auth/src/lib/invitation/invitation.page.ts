import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { INVITATION_PASSWORD_MIN_LENGTH, InvitationInfo } from '@tafel/shared/contracts';
import { AuthStore, InvitationsApi, oidcStartUrl, PATHS, problemMessage } from '@tafel/web/core';
import { formRules, Loading } from '@tafel/web/ui';
import { catchError, map, Observable, of, startWith, switchMap } from 'rxjs';
import { DYNAMIC_SUBSCRIPT } from '../shared/form-field-options';

type PageState =
  | { status: 'loading' }
  | { status: 'invalid' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; info: InvitationInfo };

/** 404 (unknown or used) and 410 (expired or replaced) both mean: ask for a new invitation. */
function isInvalidInvitation(error: unknown): boolean {
  return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 410);
}

/** The repeated password must be the same as the first. */
function sameAsPassword(control: AbstractControl<string>): ValidationErrors | null {
  const password = control.parent?.get('password')?.value as string | undefined;
  return control.value && password !== undefined && control.value !== password ? { mismatch: true } : null;
}

/**
 * /uitnodiging/:token — the link from the invitation e-mail. An invited parent or child chooses a
 * password (or uses DigiD), and is then signed in.
 */
@Component({
  selector: 'tafel-invitation-page',
  imports: [ReactiveFormsModule, RouterLink, MatFormFieldModule, MatInputModule, MatButtonModule, Loading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [DYNAMIC_SUBSCRIPT, formRules],
  templateUrl: './invitation.page.html',
  styleUrl: '../shared/auth-page.scss',
})
export class InvitationPage {
  /** The token from the e-mail, bound from the route parameter. */
  readonly token = input.required<string>();

  private readonly api = inject(InvitationsApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  protected readonly loginPath = PATHS.login;
  protected readonly minLength = INVITATION_PASSWORD_MIN_LENGTH;
  protected readonly state = signal<PageState>({ status: 'loading' });
  /** Children are addressed with "je" and "jij". */
  protected readonly informal = computed(() => {
    const state = this.state();
    return state.status === 'ready' && state.info.role === 'child';
  });
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly oidc = toSignal(this.auth.loginMethods().pipe(map((methods) => methods.oidc)), {
    initialValue: false,
  });
  protected readonly digidUrl = computed(() => oidcStartUrl(this.token()));
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', [Validators.required, Validators.minLength(INVITATION_PASSWORD_MIN_LENGTH)]],
    repeat: ['', [Validators.required, sameAsPassword]],
  });

  constructor() {
    toObservable(this.token)
      .pipe(
        switchMap((token) => this.load(token)),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.state.set(state));
    // A changed first password re-checks the repeated one.
    this.form.controls.password.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.repeat.updateValueAndValidity({ emitEvent: false }));
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.auth.acceptInvitation(this.token(), { password: this.form.getRawValue().password });
      // A staff account may still need its second factor before it is fully signed in.
      await this.router.navigateByUrl(this.auth.isLoggedIn() ? this.auth.homePath() : PATHS.twoFactorSetup);
    } catch (error) {
      if (isInvalidInvitation(error)) {
        this.state.set({ status: 'invalid' });
      } else {
        this.error.set(problemMessage(error));
      }
    } finally {
      this.busy.set(false);
    }
  }

  private load(token: string): Observable<PageState> {
    return this.api.info(token).pipe(
      map((info): PageState => ({ status: 'ready', info })),
      catchError((error: unknown) =>
        of<PageState>(
          isInvalidInvitation(error)
            ? { status: 'invalid' }
            : { status: 'failed', message: problemMessage(error) },
        ),
      ),
      startWith<PageState>({ status: 'loading' }),
    );
  }
}
