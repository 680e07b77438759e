import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import { AuthStore, oidcStartUrl, PATHS, problemMessage, RETURN_PARAM, safeReturnUrl } from '@tafel/web/core';
import { formRules } from '@tafel/web/ui';
import { map } from 'rxjs';
import { isWrongCode, normaliseCode, recoveryCodeValidator, totpCodeValidator } from '../shared/codes';
import { DYNAMIC_SUBSCRIPT } from '../shared/form-field-options';

type Step = 'password' | 'code' | 'recovery';

/**
 * Sign in with e-mail address and password, then — for professionals — the code from the
 * authenticator app (or a recovery code). Afterwards go back to the page asked for, or home.
 * Someone who has not set up the app yet continues at /tweestapsverificatie.
 */
@Component({
  selector: 'tafel-login-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [DYNAMIC_SUBSCRIPT, formRules],
  templateUrl: './login.page.html',
  styleUrl: '../shared/auth-page.scss',
})
export class LoginPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly codeInput = viewChild<ElementRef<HTMLInputElement>>('codeInput');
  private readonly formBuilder = inject(NonNullableFormBuilder);

  protected readonly form = this.formBuilder.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly secondFactor = this.formBuilder.group({
    code: ['', totpCodeValidator],
    recoveryCode: [{ value: '', disabled: true }, recoveryCodeValidator],
  });
  protected readonly step = signal<Step>('password');
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  /** DigiD is offered only when the installation has it. */
  protected readonly oidc = toSignal(this.auth.loginMethods().pipe(map((methods) => methods.oidc)), {
    initialValue: false,
  });
  protected readonly digidUrl = oidcStartUrl();

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const result = await this.auth.login(this.form.getRawValue());
      switch (result.status) {
        case 'authenticated':
          await this.goOn();
          break;
        case 'totp_required':
          this.switchTo('code');
          break;
        case 'totp_enrolment_required': {
          const back = this.returnUrl();
          await this.router.navigate([PATHS.twoFactorSetup], {
            queryParams: back ? { [RETURN_PARAM]: back } : {},
          });
          break;
        }
      }
    } catch (error) {
      this.error.set(problemMessage(error));
    } finally {
      this.busy.set(false);
    }
  }

  /** The second step: the code from the app, or a recovery code. */
  protected async verify(): Promise<void> {
    if (this.busy()) return;
    if (this.secondFactor.invalid) {
      this.secondFactor.markAllAsTouched();
      return;
    }
    const recovery = this.step() === 'recovery';
    const { code, recoveryCode } = this.secondFactor.getRawValue();
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.auth.verifySecondFactor(
        recovery ? { recoveryCode: normaliseCode(recoveryCode) } : { code: normaliseCode(code) },
      );
      await this.goOn();
    } catch (error) {
      if (isWrongCode(error)) {
        this.error.set(
          recovery
            ? $localize`:@@login.recoveryCodeWrong:Deze herstelcode klopt niet, of is al gebruikt.`
            : $localize`:@@login.codeWrong:Deze code klopt niet. Vul de code in die de app nu laat zien.`,
        );
      } else if (error instanceof HttpErrorResponse && error.status === 401) {
        // The partial session has ended (it lasts only minutes): start again with the password.
        this.restart();
        this.error.set(problemMessage(error));
      } else {
        this.error.set(problemMessage(error));
      }
    } finally {
      this.busy.set(false);
    }
  }

  /** Switches between the code from the app and a recovery code, and puts the cursor in the field. */
  protected switchTo(step: 'code' | 'recovery'): void {
    const { code, recoveryCode } = this.secondFactor.controls;
    this.secondFactor.reset();
    if (step === 'code') {
      code.enable();
      recoveryCode.disable();
    } else {
      recoveryCode.enable();
      code.disable();
    }
    this.error.set(null);
    this.step.set(step);
    afterNextRender(() => this.codeInput()?.nativeElement.focus(), { injector: this.injector });
  }

  /** Back to the password: ends the half-finished session. */
  protected async cancel(): Promise<void> {
    this.restart();
    try {
      await this.auth.logout();
    } catch {
      // The partial session expires by itself within minutes.
    }
  }

  private restart(): void {
    this.form.controls.password.reset();
    this.secondFactor.reset();
    this.error.set(null);
    this.step.set('password');
  }

  private returnUrl(): string | null {
    return safeReturnUrl(this.route.snapshot.queryParamMap.get(RETURN_PARAM));
  }

  private async goOn(): Promise<void> {
    await this.router.navigateByUrl(this.returnUrl() ?? this.auth.homePath());
  }
}
