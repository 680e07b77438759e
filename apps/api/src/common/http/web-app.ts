import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { precompressedAssets } from './precompressed';

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
 * revalidated on every load (no-cache), so a new release is picked up at once. Compression is the
 * app-wide middleware's (bootstrap), except for hashed assets once they have been compressed at
 * brotli's highest quality (precompressed.ts).
 */
export function serveWebApp(app: Express, webRoot: string): boolean {
  if (!existsSync(join(webRoot, APP_INDEX))) return false;
  const pages = prerenderedPages(webRoot);
  app.use(precompressedAssets(webRoot, HASHED, IMMUTABLE));
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
    const page = pages.get(req.path.replace(/\/+$/, ''));
    const locale = LOCALES.find((l) => req.path === `/${l}` || req.path.startsWith(`/${l}/`));
    res.sendFile(page ?? join(webRoot, locale ?? '', APP_INDEX), {
      headers: { 'Cache-Control': REVALIDATE },
    });
  });
  return true;
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
