import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import {
  API_PREFIX,
  API_ROUTES,
  PLAN_ATTACHMENT_MAX_BYTES,
  PlanAttachmentType,
} from '@tafel/shared/contracts';
import { DomainError } from '../../common/problem/domain-error';

/** Where a file is sent as the raw request body (the JSON body parser refuses anything else). */
export const FILE_UPLOAD_PATHS = [`/${API_PREFIX}/${API_ROUTES.casePlanAttachments}`];

/**
 * The body of a file upload: the bytes as they are, up to the file limit (413), without content
 * encoding (415). Whatever type the client claims, the content decides (see `sniffFileType`).
 */
export function fileBody(limit = PLAN_ATTACHMENT_MAX_BYTES): RequestHandler {
  const parse = express.raw({ type: () => true, limit, inflate: false });
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'POST') return next();
    parse(req, res, (error?: unknown) => {
      if (error === undefined) return next();
      const type = typeof error === 'object' && error !== null && 'type' in error ? error.type : undefined;
      if (type === 'entity.too.large')
        return next(new DomainError('payload_too_large', 'The file exceeds the limit'));
      if (type === 'encoding.unsupported')
        return next(new DomainError('unsupported_media_type', 'Send the file without content encoding'));
      return next(new DomainError('malformed_body', 'The file could not be read'));
    });
  };
}

/** Whether an earlier parser already took the body (a file upload). */
export const bodyTaken = (req: Request): boolean => Buffer.isBuffer(req.body);

const SIGNATURES: { type: PlanAttachmentType; bytes: number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** The file's type by its first bytes (magic numbers), or null for anything else. */
export function sniffFileType(content: Buffer): PlanAttachmentType | null {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => content[i] === b))?.type ?? null;
}
