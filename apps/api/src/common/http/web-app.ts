import { createHash } from 'node:crypto';
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
 * revalidated on every load (no-cache), so a new release is picked up at once, asks for its scripts
 * at low priority and runs them through the app's starter (appStarter). Hashed assets are sent from memory, scripts with V8's compile hint
 * in front and at brotli's highest quality once compressed (hashed-assets.ts); everything else is
 * compressed by the app-wide middleware (bootstrap).
 */
export function serveWebApp(app: Express, webRoot: string): boolean {
  if (!existsSync(join(webRoot, APP_INDEX))) return false;
  const pages = prerenderedPages(webRoot);
  const html = new Map<string, string>();
  const starter = appStarter(webRoot);
  /** A page's HTML as sent, read once (the build does not change under a running server). */
  const page = (file: string) => {
    let body = html.get(file);
    if (body === undefined) html.set(file, (body = starter(readFileSync(file, 'utf8'))));
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

/** The app's starter (`apps/web/public/start.js`), copied by the build next to each locale's index. */
const STARTER = 'start.js';
/** A module script as the build writes it: `<script src="main-ABCD1234.js" type="module"></script>`. */
const MODULE_SCRIPT = /<script\b(?=[^>]*\btype="module")[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g;

/**
 * A page's module scripts are run by the app's starter, which holds a form sent before they have run
 * instead of letting the browser send it natively (a reload that loses what was typed). They are still
 * fetched as the page is parsed, as module preloads, and like the build's own module preloads at low
 * priority: on a slow connection the page's HTML and stylesheet come first. The starter's address carries
 * its content's hash, as the build's own files do; a build without it keeps its scripts as built.
 * Angular's build has no option for any of it.
 */
function appStarter(webRoot: string): (html: string) => string {
  const file = join(webRoot, STARTER);
  if (!existsSync(file)) return (html) => html;
  const version = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);
  return (html) => {
    const modules = [...html.matchAll(MODULE_SCRIPT)].map(([, src]) => src as string);
    if (modules.length === 0) return html;
    const starter = `<script src="${STARTER}?v=${version}" defer data-modules="${modules.join(' ')}"></script>`;
    return html
      .replace(/<link\b(?=[^>]*\brel="modulepreload")(?![^>]*fetchpriority)/g, '<link fetchpriority="low"')
      .replace(
        MODULE_SCRIPT,
        (_, src: string) =>
          `${src === modules[0] ? starter : ''}<link fetchpriority="low" rel="modulepreload" href="${src}">`,
      );
  };
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
