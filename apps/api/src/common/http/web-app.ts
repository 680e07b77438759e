import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { hashedAssets } from './hashed-assets';

const LOCALES = ['en'];

/** Angular's client-side index (the build names it so because it also prerenders pages). */
const APP_INDEX = 'index.csr.html';
/** A prerendered page: `<route>/index.html`, per locale (`en/login/index.html`). */
const PAGE_INDEX = 'index.html';

/** A file whose name carries its content hash (Angular's `main-ABCD1234.js`) never changes. */
const HASHED = /-[A-Z0-9]{8,}\.(?:js|css|woff2?|ttf|svg|png|jpe?g|webp)$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/**
 * Serves the built Angular app on the API's own address: Dutch at `/`, other locales under
 * `/<locale>/`. A page the build prerendered (`/login`, `/en/login`: its frame and text already in the
 * HTML) gets its own `index.html`; every other deep link gets the app's `index.csr.html`. API paths are
 * left to Nest. Hashed assets are cached for a year as immutable, other files for an hour; the HTML is
 * revalidated on every load (no-cache), so a new release is picked up at once, and asks for its scripts
 * at low priority (lowPriorityScripts). Hashed assets are sent from memory, scripts with V8's compile hint
 * in front and at brotli's highest quality once compressed (hashed-assets.ts); everything else is
 * compressed by the app-wide middleware (bootstrap).
 */
export function serveWebApp(app: Express, webRoot: string): boolean {
  if (!existsSync(join(webRoot, APP_INDEX))) return false;
  const pages = prerenderedPages(webRoot);
  const html = new Map<string, string>();
  /** A page's HTML as sent, read once (the build does not change under a running server). */
  const page = (file: string) => {
    let body = html.get(file);
    if (body === undefined) html.set(file, (body = lowPriorityScripts(readFileSync(file, 'utf8'))));
    return body;
  };
  app.use(hashedAssets(webRoot, HASHED, IMMUTABLE));
  app.use(
    express.static(webRoot, {
      index: false,
      // A prerendered page's folder (`/login`) is the page below, not a redirect to `/login/`.
      redirect: false,
      maxAge: '1h',
      setHeaders: (res, path) => {
        if (HASHED.test(path)) res.setHeader('Cache-Control', IMMUTABLE);
        else if (path.endsWith('.html')) res.setHeader('Cache-Control', REVALIDATE);
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api/') || !req.accepts('html')) return next();
    const prerendered = pages.get(req.path.replace(/\/+$/, ''));
    const locale = LOCALES.find((l) => req.path === `/${l}` || req.path.startsWith(`/${l}/`));
    res
      .type('html')
      .set('Cache-Control', REVALIDATE)
      .send(page(prerendered ?? join(webRoot, locale ?? '', APP_INDEX)));
  });
  return true;
}

/**
 * The app's scripts in a page (its module scripts and their modulepreloads) are fetched at low priority,
 * after the page's HTML and stylesheet: on a slow connection the prerendered page paints before the
 * scripts that take it over have arrived, instead of sharing the bandwidth with them. Angular's build has
 * no option for it.
 */
function lowPriorityScripts(html: string): string {
  return html.replace(
    /<(script|link)\b(?=[^>]*(?:type="module"|rel="modulepreload"))(?![^>]*fetchpriority)/g,
    '<$1 fetchpriority="low"',
  );
}

/** The prerendered pages by the path they answer (`/login` → `<webRoot>/login/index.html`), read once. */
function prerenderedPages(webRoot: string): Map<string, string> {
  const pages = new Map<string, string>();
  const visit = (path: string) => {
    for (const entry of readdirSync(join(webRoot, path), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const child = `${path}/${entry.name}`;
      const file = join(webRoot, child, PAGE_INDEX);
      if (existsSync(file)) pages.set(child, file);
      visit(child);
    }
  };
  visit('');
  return pages;
}
