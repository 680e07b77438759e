import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { precompressedAssets } from './precompressed';

const LOCALES = ['en'];

/** A file whose name carries its content hash (Angular's `main-ABCD1234.js`) never changes. */
const HASHED = /-[A-Z0-9]{8,}\.(?:js|css|woff2?|ttf|svg|png|jpe?g|webp)$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built Angular app on the API's own address: Dutch at `/`, other locales under
 * `/<locale>/`, and index.html for deep links. API paths are left to Nest. Hashed assets are cached
 * for a year as immutable, other files for an hour; index.html is revalidated on every load (no-cache),
 * so a new release is picked up at once. Compression is the app-wide middleware's (bootstrap), except
 * for hashed assets once they have been compressed at brotli's highest quality (precompressed.ts).
 */
export function serveWebApp(app: Express, webRoot: string): boolean {
  if (!existsSync(join(webRoot, 'index.html'))) return false;
  app.use(precompressedAssets(webRoot, HASHED, IMMUTABLE));
  app.use(
    express.static(webRoot, {
      index: false,
      maxAge: '1h',
      setHeaders: (res, path) => {
        if (HASHED.test(path)) res.setHeader('Cache-Control', IMMUTABLE);
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api/') || !req.accepts('html')) return next();
    const locale = LOCALES.find((l) => req.path === `/${l}` || req.path.startsWith(`/${l}/`));
    res.sendFile(join(webRoot, locale ?? '', 'index.html'), { headers: { 'Cache-Control': 'no-cache' } });
  });
  return true;
}
