import { Provider } from '@angular/core';
import { ErrorStateMatcher, ShowOnDirtyErrorStateMatcher } from '@angular/material/core';

/**
 * When a form field shows its error: once the person changed it (typed, chose something) or tried to
 * send the form — not when they merely tab through an empty field (Material's default is "touched").
 *
 * For the `providers` of every lazy feature route with forms, never the app config: importing
 * `@angular/material/core` there puts Material's option, ripple and a11y code into the first load
 * (over the initial budget in `apps/web/project.json`). A dialog is created under the root injector,
 * not the route's: a dialog with fields lists `formRules` in its own component `providers`.
 */
export const formRules: Provider[] = [{ provide: ErrorStateMatcher, useClass: ShowOnDirtyErrorStateMatcher }];
