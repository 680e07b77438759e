import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

const compress = promisify(brotliCompress);

/**
 * V8's explicit compile hint (Chromium 136 on; other browsers read a comment): compile every function of
 * the script while it is downloaded and parsed off the main thread, instead of each one on the main thread
 * the first time it runs. The app's scripts are nearly all run at its start, so the start's long tasks on
 * the main thread get shorter (docs/performance.md, "Compile hints"). Esbuild drops such a comment from
 * the source, and Angular's build has no option for a banner, so it is added here, in front of the file.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

interface Asset {
  /** The file as sent: a script with the compile hint in front. */
  body: Buffer;
  /** The body at brotli's highest quality, once compressed. */
  brotli?: Buffer;
}

/**
 * Files that never change (their name carries their content hash), sent from memory: read once, a script
 * with COMPILE_HINT in front, and brotli-compressed at the highest quality instead of the app-wide
 * middleware's quick quality 4 — about 15% fewer bytes for the app's scripts, which is what a phone on a
 * slow connection waits for. Quality 11 is too slow to run per request (about a second for the largest
 * chunk), so until it is done in the background (zlib's thread pool) the body is compressed on the fly by
 * that middleware, as every other answer is. Only what browsers ask for is kept, once per process.
 */
export function hashedAssets(webRoot: string, hashed: RegExp, cacheControl: string): RequestHandler {
  const assets = new Map<string, Promise<Asset | null>>();

  const load = async (file: string): Promise<Asset | null> => {
    const raw = await readFile(file).catch(() => null);
    if (!raw) {
      // Not kept: a missing file is express.static's to answer (404), and made-up names must not pile up.
      assets.delete(file);
      return null;
    }
    const asset: Asset = {
      body: extname(file) === '.js' ? Buffer.concat([Buffer.from(COMPILE_HINT), raw]) : raw,
    };
    compress(asset.body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } })
      .then((brotli) => (asset.brotli = brotli))
      // Without it the body is compressed on the fly, as before.
      .catch(() => undefined);
    return asset;
  };

  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !hashed.test(req.path)) return next();
    const file = normalize(join(webRoot, req.path));
    if (!file.startsWith(webRoot + sep)) return next();
    let asset = assets.get(file);
    if (!asset) assets.set(file, (asset = load(file)));
    asset
      .then((found) => {
        if (!found) return next();
        res.vary('Accept-Encoding');
        res.type(extname(file));
        res.set('Cache-Control', cacheControl);
        // Brotli whenever the browser accepts it, as the app-wide middleware chooses.
        if (!found.brotli || req.acceptsEncodings('br') !== 'br') return res.send(found.body);
        res.set({ 'Content-Encoding': 'br', 'Content-Length': String(found.brotli.length) });
        res.end(req.method === 'HEAD' ? undefined : found.brotli);
      })
      .catch(next);
  };
}
