import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { LoginRequest, Me, Permission } from '@tafel/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { apiUrl, PATHS } from '../paths';

/** Who is signed in. The session itself is an httpOnly cookie that the browser sends along. */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly http = inject(HttpClient);
  private readonly current = signal<Me | null>(null);

  readonly me = this.current.asReadonly();
  readonly isLoggedIn = computed(() => this.current() !== null);
  /** Where a user lands after signing in: the case list, or the start page for roles without cases. */
  readonly homePath = computed(() => (this.hasPermission('case:read') ? PATHS.cases : PATHS.start));

  hasPermission(permission: Permission): boolean {
    return this.current()?.permissions.includes(permission) ?? false;
  }

  async login(request: LoginRequest): Promise<Me> {
    const me = await firstValueFrom(this.http.post<Me>(apiUrl('auth/login'), request));
    this.current.set(me);
    return me;
  }

  /** Ends the session. A 401 means it had already ended; any other failure is rethrown. */
  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>(apiUrl('auth/logout'), null));
    } catch (error) {
      if (!(error instanceof HttpErrorResponse && error.status === 401)) throw error;
    }
    this.current.set(null);
  }

  /** Asks the API who is signed in; null when nobody is or the API cannot be reached. */
  async loadMe(): Promise<Me | null> {
    try {
      const me = await firstValueFrom(this.http.get<Me>(apiUrl('me')));
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
