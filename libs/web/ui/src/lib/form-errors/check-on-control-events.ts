import { ChangeDetectorRef, DestroyRef, effect, inject, Signal } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { merge, Subscription } from 'rxjs';

/**
 * For an OnPush field component whose control comes from the form around it: the field must be checked
 * again when the control changes from outside (marked touched or dirty, reset) and when the form is
 * sent — the form's submit event arrives only on its root group — to show or hide its error. Call in
 * the constructor.
 */
export function checkOnControlEvents(control: Signal<AbstractControl>): void {
  const changes = inject(ChangeDetectorRef);
  let subscription: Subscription | undefined;
  effect(() => {
    subscription?.unsubscribe();
    const own = control();
    const events = own.root === own ? own.events : merge(own.events, own.root.events);
    subscription = events.subscribe(() => changes.markForCheck());
  });
  inject(DestroyRef).onDestroy(() => subscription?.unsubscribe());
}
