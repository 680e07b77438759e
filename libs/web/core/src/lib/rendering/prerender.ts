import { HttpInterceptorFn } from '@angular/common/http';
import { inject, PLATFORM_ID } from '@angular/core';
import { isPlatformServer } from '@angular/common';
import { EMPTY } from 'rxjs';

/**
 * True while the build prerenders a page's frame (apps/web/src/app/app.routes.server.ts). There is no
 * session and no API then: guards let the frame through and no request leaves (noApiWhilePrerendering).
 */
export function prerendering(): boolean {
  return isPlatformServer(inject(PLATFORM_ID));
}

/**
 * While prerendering, no API call is made: each completes at once without an answer, so a page stays in
 * its loading state (its skeleton) and no client data can ever end up in the built HTML.
 */
export const noApiWhilePrerendering: HttpInterceptorFn = (request, next) =>
  prerendering() ? EMPTY : next(request);
