import { HttpClient, HttpInterceptorFn, HttpResponse } from '@angular/common/http';
import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import { API_PREFIX, API_ROUTES, SessionInfo } from '@tafel/shared/contracts';
import { firstValueFrom, tap } from 'rxjs';
import { apiUrl } from '../paths';

/** The warning comes this long before the session ends. */
export const SESSION_WARNING_MS = 60_000;
/** The API writes "last seen" at most every 30 s, so its idle end may be this much earlier than ours. */
const TOUCH_SLACK_MS = 30_000;

/**
 * Knows when the session ends — after the idle time since the last API call, or at its absolute
 * end — and raises `endsAt` a minute before, so the shell can warn. `stay()` asks the API, which
 * counts as activity and so extends an idle session; the absolute end cannot be moved.
 */
@Injectable({ providedIn: 'root' })
export class SessionWatch {
  private readonly http = inject(HttpClient);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private idleMs = 0;
  private absoluteEnd = 0;
  private readonly ending = signal<Date | null>(null);
  /** When the session will end, while the warning is due; null otherwise. */
  readonly endsAt = this.ending.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Asks the API when the session ends and plans the warning; null when there is no session. */
  async refresh(): Promise<SessionInfo | null> {
    try {
      const info = await firstValueFrom(this.http.get<SessionInfo>(apiUrl(API_ROUTES.session)));
      this.idleMs = info.idleSeconds * 1000;
      this.absoluteEnd = new Date(info.expiresAt).getTime();
      this.plan(new Date(info.idleExpiresAt).getTime());
      return info;
    } catch {
      this.stop();
      return null;
    }
  }

  /** "Blijf ingelogd". True when the session now lasts beyond the warning. */
  async stay(): Promise<boolean> {
    return (await this.refresh()) !== null && this.ending() === null;
  }

  /** An API call succeeded just now: the idle end moves on (conservatively). */
  noteActivity(): void {
    if (!this.timer && !this.ending()) return; // not watching
    this.plan(Date.now() + this.idleMs - TOUCH_SLACK_MS);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.ending.set(null);
  }

  private plan(idleEnd: number): void {
    clearTimeout(this.timer);
    const end = Math.min(idleEnd, this.absoluteEnd);
    const warnIn = end - SESSION_WARNING_MS - Date.now();
    this.ending.set(warnIn <= 0 ? new Date(end) : null);
    this.timer = setTimeout(() => this.ending.set(new Date(end)), Math.max(0, warnIn));
  }
}

/** Every successful API answer is activity that keeps the session alive; SessionWatch hears of it. */
export const sessionActivityInterceptor: HttpInterceptorFn = (request, next) => {
  const watch = inject(SessionWatch);
  const api = request.url.startsWith(`/${API_PREFIX}/`) && request.url !== apiUrl(API_ROUTES.session);
  return next(request).pipe(
    tap((event) => {
      if (api && event instanceof HttpResponse) watch.noteActivity();
    }),
  );
};
