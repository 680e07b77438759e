import { DestroyRef, inject, signal, WritableSignal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { catchError, map, Observable, of, startWith, switchMap } from 'rxjs';
import { problemMessage } from '../errors/problem-message';

/** What a page shows while it loads its data: a wait message, the data, or the problem in words. */
export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly value: T }
  | { readonly status: 'failed'; readonly message: string };

/** Loading first, then the value, or the problem in the user's language. */
export function toLoadState<T>(source: Observable<T>): Observable<LoadState<T>> {
  return source.pipe(
    map((value): LoadState<T> => ({ status: 'loaded', value })),
    catchError((error: unknown) => of<LoadState<T>>({ status: 'failed', message: problemMessage(error) })),
    startWith<LoadState<T>>({ status: 'loading' }),
  );
}

/** The value of a loaded state, or null while loading or after a failure. */
export function loadedValue<T>(state: LoadState<T>): T | null {
  return state.status === 'loaded' ? state.value : null;
}

/**
 * A page's data as a signal, in an injection context: `loadResource(() => api.list())` loads once;
 * `loadResource(params$, (params) => api.list(params))` loads again, from "loading", each time the
 * parameters change, and drops an answer that a newer change has overtaken. The signal is writable,
 * so a page can show what a save answered without loading again. The subscription ends with the page.
 */
export function loadResource<T>(load: () => Observable<T>): WritableSignal<LoadState<T>>;
export function loadResource<P, T>(
  params: Observable<P>,
  load: (params: P) => Observable<T>,
): WritableSignal<LoadState<T>>;
export function loadResource<P, T>(
  first: Observable<P> | (() => Observable<T>),
  load?: (params: P) => Observable<T>,
): WritableSignal<LoadState<T>> {
  const state = signal<LoadState<T>>({ status: 'loading' });
  const states =
    first instanceof Observable && load
      ? first.pipe(switchMap((params) => toLoadState(load(params))))
      : toLoadState((first as () => Observable<T>)());
  states.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((next) => state.set(next));
  return state;
}
