import { ExpressAdapter } from '@nestjs/platform-express';
import express, {
  type Express,
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import { DomainError } from '../problem/domain-error';

/** The order in which an `Allow` header lists methods. */
const METHOD_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * A route as Express 5's router keeps it in its stack (router 2.x): `match` is the router's own
 * path matcher (strict routing, case sensitivity, parameters), `route.stack` one layer per method
 * handler (`method` undefined for `all`). Express's types leave `match` out.
 */
interface RouteLayer {
  route?: { stack: { method?: string }[] };
  match(path: string): unknown;
}

/**
 * The Express instance under Nest, with two Dutch API Design Rules by mechanism rather than per route:
 *
 * - **Strict routing** (API-48, no trailing slashes): `/api/v1/me/` is not `/api/v1/me`, so it matches
 *   no route and gets Nest's 404 (problem+json). Strict routing concerns routes only; the web app is
 *   served by middleware (`web-app.ts`) and is not affected.
 * - **405 with `Allow`**: a request that no route took, on a path that routes do match with other
 *   methods, is answered 405 Method Not Allowed (problem+json, `method_not_allowed`) with an `Allow` header
 *   listing them; an OPTIONS request on such a path (one the CORS middleware did not answer) gets 204 with
 *   the same `Allow`. A path no route matches stays 404. The check is the last handler before Nest's
 *   not-found handler, so a request a route takes never pays for it.
 */
export function createHttpAdapter(): ExpressAdapter {
  const instance = express();
  // Before anything touches `instance.router`: Express creates its router with the setting once.
  instance.set('strict routing', true);
  return new ApiExpressAdapter(instance);
}

class ApiExpressAdapter extends ExpressAdapter {
  /** Nest registers its not-found handler right after the routes; the method check goes just before it. */
  override setNotFoundHandler(handler: RequestHandler, prefix?: string): unknown {
    this.use(methodNotAllowed(this.getInstance<Express>()));
    return super.setNotFoundHandler(handler, prefix);
  }
}

/** The fall-through handler: 405 (or 204 for OPTIONS) with `Allow` for a known path, else on to the 404. */
function methodNotAllowed(app: Express) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const allowed = allowedMethods(app, req.path);
    if (allowed.length === 0 || (allowed.includes(req.method) && req.method !== 'OPTIONS')) return next();
    res.setHeader('Allow', allowed.join(', '));
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next(
      new DomainError(
        'method_not_allowed',
        'This resource does not support the method; see the Allow header',
      ),
    );
  };
}

/** The methods of every route matching the path (as the router matches it); empty for an unknown path. */
function allowedMethods(app: Express, path: string): string[] {
  const methods = new Set<string>();
  for (const layer of app.router.stack as unknown as RouteLayer[]) {
    if (!layer.route || !matches(layer, path)) continue;
    for (const { method } of layer.route.stack) if (method) methods.add(method.toUpperCase());
  }
  if (methods.size === 0) return [];
  if (methods.has('GET')) methods.add('HEAD');
  methods.add('OPTIONS');
  return [...methods].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function matches(layer: RouteLayer, path: string): boolean {
  try {
    return Boolean(layer.match(path));
  } catch {
    // A parameter that does not decode (`%E0`): the router refused the request already.
    return false;
  }
}

const rank = (method: string) => {
  const i = METHOD_ORDER.indexOf(method);
  return i === -1 ? METHOD_ORDER.length : i;
};
