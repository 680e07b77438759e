import { ChangeDetectorRef, DestroyRef, effect, inject, Signal } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { Subscription } from 'rxjs';

/**
 * For an OnPush field component whose control comes from the form around it: the form marks the
 * control touched on submit, and the field must then be checked again to show its error. Call in the
 * constructor.
 */
export function checkOnControlEvents(control: Signal<AbstractControl>): void {
  const changes = inject(ChangeDetectorRef);
  let subscription: Subscription | undefined;
  effect(() => {
    subscription?.unsubscribe();
    subscription = control().events.subscribe(() => changes.markForCheck());
  });
  inject(DestroyRef).onDestroy(() => subscription?.unsubscribe());
}
