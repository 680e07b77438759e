import { LoggerService } from '@nestjs/common';
import pino, { DestinationStream, Logger } from 'pino';

/** Never written, whatever a caller passes in: credentials, tokens and session cookies. */
export const REDACTED_PATHS = [
  'password',
  'token',
  'secret',
  'cookie',
  'authorization',
  '*.password',
  '*.token',
  '*.secret',
  '*.cookie',
  '*.authorization',
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
];

export function createPino(level: string, destination?: DestinationStream): Logger {
  return pino(
    { level, base: { app: 'tafel' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    destination,
  );
}

/** Structured JSON logs for Nest (pino); messages, never case content or stack traces of user data. */
export class AppLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  log(message: unknown, context?: string): void {
    this.pino.info({ context }, String(message));
  }

  error(message: unknown, _trace?: string, context?: string): void {
    this.pino.error({ context }, String(message));
  }

  warn(message: unknown, context?: string): void {
    this.pino.warn({ context }, String(message));
  }

  debug(message: unknown, context?: string): void {
    this.pino.debug({ context }, String(message));
  }

  verbose(message: unknown, context?: string): void {
    this.pino.trace({ context }, String(message));
  }
}
