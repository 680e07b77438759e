import type { NextFunction, Request, Response } from 'express';
import { API_VERSION } from '@tafel/shared/contracts';

/** Dutch API Design Rules: every response names the API version. */
export function apiVersionHeader(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('API-Version', API_VERSION);
  next();
}
