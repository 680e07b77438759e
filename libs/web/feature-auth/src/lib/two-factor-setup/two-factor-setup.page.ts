import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TotpEnrolment } from '@tafel/shared/contracts';
import { AuthStore, PATHS, problemMessage, RETURN_PARAM, safeReturnUrl } from '@tafel/web/core';
import { formRules, Loading } from '@tafel/web/ui';
import { isWrongCode, normaliseCode, totpCodeValidator } from '../shared/codes';
import { DYNAMIC_SUBSCRIPT } from '../shared/form-field-options';

type PageState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'setup'; enrolment: TotpEnrolment }
  | { status: 'done'; recoveryCodes: string[] };

/**
 * /tweestapsverificatie — right after the password, for a professional who has no authenticator app
 * yet: scan the QR code, confirm with a first code, then keep the recovery codes (shown only here).
 */
@Component({
  selector: 'tafel-two-factor-setup-page',
  imports: [ReactiveFormsModule, RouterLink, MatFormFieldModule, MatInputModule, MatButtonModule, Loading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [DYNAMIC_SUBSCRIPT, formRules],
  templateUrl: './two-factor-setup.page.html',
  styleUrls: ['../shared/auth-page.scss', './two-factor-setup.page.scss'],
})
export class TwoFactorSetupPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly codesHeading = viewChild<ElementRef<HTMLElement>>('codesHeading');

  protected readonly loginPath = PATHS.login;
  protected readonly state = signal<PageState>({ status: 'loading' });
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({ code: ['', totpCodeValidator] });
  /** The secret in groups of four, easier to type over ("KRQW MZLM …"); apps ignore the spaces. */
  protected readonly secretForReading = computed(() => {
    const state = this.state();
    return state.status === 'setup' ? (state.enrolment.secret.match(/.{1,4}/g) ?? []).join(' ') : '';
  });

  constructor() {
    void this.start();
  }

  protected async activate(): Promise<void> {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const { recoveryCodes } = await this.auth.confirmTotpEnrolment(
        normaliseCode(this.form.getRawValue().code),
      );
      this.state.set({ status: 'done', recoveryCodes });
      afterNextRender(() => this.codesHeading()?.nativeElement.focus(), { injector: this.injector });
    } catch (error) {
      this.error.set(
        isWrongCode(error)
          ? $localize`:@@totpSetup.codeWrong:Deze code klopt niet. Controleer of u de QR-code van deze pagina heeft gescand, en vul de code in die de app nu laat zien.`
          : problemMessage(error),
      );
    } finally {
      this.busy.set(false);
    }
  }

  protected async continue(): Promise<void> {
    const back = safeReturnUrl(this.route.snapshot.queryParamMap.get(RETURN_PARAM));
    await this.router.navigateByUrl(back ?? this.auth.homePath());
  }

  private async start(): Promise<void> {
    try {
      this.state.set({ status: 'setup', enrolment: await this.auth.startTotpEnrolment() });
    } catch (error) {
      const message =
        error instanceof HttpErrorResponse && error.status === 409
          ? $localize`:@@totpSetup.alreadySet:De tweestapsverificatie is voor uw account al ingesteld. Log in met de code uit uw app.`
          : problemMessage(error);
      this.state.set({ status: 'failed', message });
    }
  }
}
