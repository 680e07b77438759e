import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import {
  AcceptInvitationRequest,
  API_ROUTES,
  LoginMethods,
  LoginRequest,
  LoginResult,
  Me,
  MFA_ROLES,
  Permission,
  TotpConfirmRequest,
  TotpConfirmResult,
  TotpEnrolment,
  TotpVerifyRequest,
  isClientRole,
} from '@tafel/shared/contracts';
import { catchError, firstValueFrom, Observable, of } from 'rxjs';
import { apiUrl, PATHS } from '../paths';

/**
 * Who is signed in. The session itself is an httpOnly cookie that the browser sends along.
 *
 * Signing in may take two steps: after the password the API can ask for the second factor (a code
 * from an authenticator app, or setting one up first). Until that is done the session is partial and
 * `me` stays empty; the calls of the second step then fill it.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly http = inject(HttpClient);
  private readonly current = signal<Me | null>(null);

  readonly me = this.current.asReadonly();
  readonly isLoggedIn = computed(() => this.current() !== null);
  /**
   * Where a user lands after signing in: "Mijn gezin" for a parent, child or confidant; "Mijn
   * gezinnen" for a coordinator and a professional of the chain (what needs them: their families,
   * the norms their organisation must keep); their agenda for the chair and the secretary; the case list; the access log for the privacy officer; the start page for other roles without cases.
   */
  readonly homePath = computed(() => {
    const role = this.current()?.role;
    if (role && isClientRole(role)) return PATHS.myFamily;
    if (this.hasPermission('dashboard:read')) return PATHS.myFamilies;
    if (role === 'chair' || role === 'secretary') return PATHS.agenda;
    if (this.hasPermission('case:read')) return PATHS.cases;
    if (this.hasPermission('accesslog:read')) return PATHS.accessLog;
    if (this.hasPermission('monitor:read')) return PATHS.monitor;
    if (this.hasPermission('user:manage')) return PATHS.admin;
    return PATHS.start;
  });

  hasPermission(permission: Permission): boolean {
    return this.current()?.permissions.includes(permission) ?? false;
  }

  /** The signed-in user is this case's active coordinator (whose actions on the case are theirs alone). */
  coordinates(theCase: { coordinator: { userId: string } | null } | null | undefined): boolean {
    const me = this.current()?.id;
    return !!me && theCase?.coordinator?.userId === me;
  }

  /** Which ways to sign in the installation offers; password only when the API cannot say. */
  loginMethods(): Observable<LoginMethods> {
    return this.http
      .get<LoginMethods>(apiUrl(API_ROUTES.authMethods))
      .pipe(catchError(() => of<LoginMethods>({ password: true, oidc: false })));
  }

  /** The password step. Signed in at once, or a second factor is due (see LoginResult). */
  async login(request: LoginRequest): Promise<LoginResult> {
    const result = await firstValueFrom(this.http.post<LoginResult>(apiUrl(API_ROUTES.login), request));
    this.current.set(result.status === 'authenticated' ? result.me : null);
    return result;
  }

  /** The second step: a code from the authenticator app, or a single-use recovery code. */
  async verifySecondFactor(request: TotpVerifyRequest): Promise<Me> {
    const me = await firstValueFrom(this.http.post<Me>(apiUrl(API_ROUTES.totpVerify), request));
    this.current.set(me);
    return me;
  }

  /** Starts setting up the authenticator app: a new secret and its QR code. */
  startTotpEnrolment(): Promise<TotpEnrolment> {
    return firstValueFrom(this.http.post<TotpEnrolment>(apiUrl(API_ROUTES.totpEnrolment), null));
  }

  /** Confirms the set-up with a first code; signs in and hands out the recovery codes (shown once). */
  async confirmTotpEnrolment(code: string): Promise<TotpConfirmResult> {
    const body: TotpConfirmRequest = { code };
    const result = await firstValueFrom(
      this.http.post<TotpConfirmResult>(apiUrl(API_ROUTES.totpEnrolmentConfirm), body),
    );
    this.current.set(result.me);
    return result;
  }

  /**
   * Creates the account of an invited person with a password, and signs them in. A staff account
   * that needs a second factor is signed in only partly: `isLoggedIn` stays false until it is set up.
   */
  async acceptInvitation(token: string, request: AcceptInvitationRequest): Promise<Me> {
    const url = apiUrl(API_ROUTES.invitationAccept, { token });
    const me = await firstValueFrom(this.http.post<Me>(url, request));
    if (MFA_ROLES.includes(me.role)) await this.loadMe();
    else this.current.set(me);
    return me;
  }

  /** Ends the session. A 401 means it had already ended; any other failure is rethrown. */
  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>(apiUrl(API_ROUTES.logout), null));
    } catch (error) {
      if (!(error instanceof HttpErrorResponse && error.status === 401)) throw error;
    }
    this.current.set(null);
  }

  /** Asks the API who is signed in; null when nobody is or the API cannot be reached. */
  async loadMe(): Promise<Me | null> {
    try {
      const me = await firstValueFrom(this.http.get<Me>(apiUrl(API_ROUTES.me)));
      this.current.set(me);
      return me;
    } catch {
      this.current.set(null);
      return null;
    }
  }

  /** Forgets the user locally, e.g. after the API answered 401 because the session expired. */
  clear(): void {
    this.current.set(null);
  }
}
