import { RenderMode, ServerRoute } from '@angular/ssr';

/**
 * Pages whose frame is built into HTML at build time (`outputMode: "static"`), so a phone on a slow
 * connection sees the page's heading and text before the app's JavaScript has arrived: the login page,
 * and the frames of the coordinator's case list and the family's home (header, heading, filters, the
 * loading state — never data: no API is called while prerendering). The app then hydrates the page in
 * the browser (app.config.ts), keeping its DOM. Everything else is the client-side app (index.csr.html).
 */
export const serverRoutes: ServerRoute[] = [
  { path: 'login', renderMode: RenderMode.Prerender },
  { path: 'gezinnen', renderMode: RenderMode.Prerender },
  { path: 'mijn-gezin', renderMode: RenderMode.Prerender },
  { path: '**', renderMode: RenderMode.Client },
];
