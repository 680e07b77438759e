import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';

const LOCALES = ['en'];

/**
 * Serves the built Angular app on the API's own address: Dutch at `/`, other locales under
 * `/<locale>/`, and index.html for deep links. API paths are left to Nest.
 */
export function serveWebApp(app: Express, webRoot: string): boolean {
  if (!existsSync(join(webRoot, 'index.html'))) return false;
  app.use(express.static(webRoot, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api/') || !req.accepts('html')) return next();
    const locale = LOCALES.find((l) => req.path === `/${l}` || req.path.startsWith(`/${l}/`));
    res.sendFile(join(webRoot, locale ?? '', 'index.html'), { headers: { 'Cache-Control': 'no-cache' } });
  });
  return true;
}
