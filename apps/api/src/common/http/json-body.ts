import { isUtf8 } from 'node:buffer';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';
import { DomainError, invalid } from '../problem/domain-error';
import { PLAIN_NAME } from '../problem/validation';

/** Deeper JSON than this is refused before it is parsed (no request contract nests near it). */
export const MAX_JSON_DEPTH = 32;

/**
 * A body refused by one of the rules below; its message is the problem's detail (never the body).
 * The parser strips an error's own fields, so the offending field's name is kept aside.
 */
class UnacceptableBody extends Error {}
const FIELD = new WeakMap<UnacceptableBody, string>();
const refuse = (field: string, reason: string): UnacceptableBody => {
  const error = new UnacceptableBody(reason);
  FIELD.set(error, field);
  return error;
};

const OPEN = new Set([0x7b, 0x5b]); // { [
const CLOSE = new Set([0x7d, 0x5d]); // } ]
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LONE_SURROGATE = /\p{Cs}/u;

/** Field names that reach an object's prototype when code copies or merges a parsed body. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Checks the raw bytes before JSON.parse: well-formed UTF-8 (the decoder would otherwise put U+FFFD
 * in place of a bad byte and save it), and nesting counted outside strings, so a deep body is never parsed.
 */
function refuseUnacceptableBytes(_req: Request, _res: Response, body: Buffer): void {
  if (!isUtf8(body)) throw refuse('body', 'must be well-formed UTF-8');
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i] as number;
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (OPEN.has(byte) && ++depth > MAX_JSON_DEPTH) {
      throw refuse('body', `must not be nested deeper than ${MAX_JSON_DEPTH} levels`);
    } else if (CLOSE.has(byte)) depth--;
  }
}

/**
 * Rules for every value of every JSON body. `null`: optional means absent — no request contract
 * takes null, so leave the field out. No field is named after the prototype (`__proto__`, `constructor`,
 * `prototype`), at any depth. Text must be well-formed Unicode (no unpaired surrogate) and not only
 * white space.
 */
function refuseUnacceptableValues(key: string, value: unknown): unknown {
  if (PROTOTYPE_KEYS.has(key)) throw refuse('body', 'has a field name that is reserved');
  if (LONE_SURROGATE.test(key)) throw refuse('body', 'has a field name that is not well-formed text');
  const name = PLAIN_NAME.test(key) ? key : 'body';
  if (value === null) throw refuse(name, 'must not be null; leave an optional field out');
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) throw refuse(name, 'must be well-formed text (no unpaired surrogate)');
    if (value.length > 0 && value.trim() === '') throw refuse(name, 'must not be only white space');
  }
  return value;
}

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)/i;

/** A body-parser failure as a domain error, so that no message of the parser (which can quote the body) leaves. */
function toDomainError(error: unknown): unknown {
  if (error instanceof UnacceptableBody) {
    return invalid([{ name: FIELD.get(error) ?? 'body', reason: error.message }]);
  }
  const type = typeof error === 'object' && error !== null && 'type' in error ? error.type : undefined;
  switch (type) {
    case 'entity.too.large':
      return new DomainError('payload_too_large', 'The request body exceeds the limit');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new DomainError('unsupported_media_type', 'Send the body as uncompressed UTF-8 JSON');
    case 'entity.parse.failed':
    case 'entity.verify.failed':
    case 'request.aborted':
    case 'request.size.invalid':
      return new DomainError('malformed_body', 'The request body is not valid JSON');
    default:
      return error;
  }
}

/**
 * The one body parser: JSON in UTF-8 without content encoding only (else 415), a size limit (413), well-formed
 * UTF-8, a nesting limit, and the value rules above (400) — each a problem+json answer that never echoes the body.
 */
export function jsonBody(limit: string): RequestHandler {
  const parse = express.json({
    limit,
    inflate: false,
    verify: refuseUnacceptableBytes,
    reviver: refuseUnacceptableValues,
  });
  return (req: Request, res: Response, next: NextFunction): void => {
    const hasBody = req.get('transfer-encoding') !== undefined || Number(req.get('content-length') ?? 0) > 0;
    const charset = CHARSET.exec(req.get('content-type') ?? '')?.[1]?.toLowerCase();
    const json = req.is(['application/json', 'application/*+json']);
    if ((hasBody && !json) || (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')) {
      return next(new DomainError('unsupported_media_type', 'Send the body as uncompressed UTF-8 JSON'));
    }
    parse(req, res, (error?: unknown) => next(error === undefined ? undefined : toDomainError(error)));
  };
}
