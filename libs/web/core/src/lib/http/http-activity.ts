import { HttpInterceptorFn } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { finalize } from 'rxjs';

/** How many API calls are under way; the shell shows one progress bar while any is. */
@Injectable({ providedIn: 'root' })
export class HttpActivity {
  private readonly pending = signal(0);
  readonly busy = computed(() => this.pending() > 0);

  begin(): void {
    this.pending.update((n) => n + 1);
  }

  end(): void {
    this.pending.update((n) => Math.max(0, n - 1));
  }
}

/** Counts every request from start to answer (or failure, or cancellation) in HttpActivity. */
export const activityInterceptor: HttpInterceptorFn = (request, next) => {
  const activity = inject(HttpActivity);
  activity.begin();
  return next(request).pipe(finalize(() => activity.end()));
};
