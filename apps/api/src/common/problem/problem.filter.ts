import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { ErrorCode, ProblemDetails } from '@tafel/shared/contracts';
import { DomainError } from './domain-error';
import { problem } from './problem';

const HTTP_CODES: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: 'validation_failed',
  [HttpStatus.UNAUTHORIZED]: 'unauthenticated',
  [HttpStatus.FORBIDDEN]: 'forbidden',
  [HttpStatus.NOT_FOUND]: 'not_found',
  [HttpStatus.METHOD_NOT_ALLOWED]: 'method_not_allowed',
  [HttpStatus.CONFLICT]: 'conflict',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'payload_too_large',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'unsupported_media_type',
};

/** Every error leaves the API as application/problem+json; nothing internal is ever echoed. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toProblem(exception);
    // The kind of failure only: messages of database errors can quote client data.
    if (body.status >= 500) {
      this.logger.error(`Unhandled ${exception instanceof Error ? exception.name : typeof exception}`);
    }
    // A failure in the middle of a streamed answer (an export): the transfer is cut off, so that a partial
    // file never looks complete.
    if (response.headersSent) response.destroy();
    else response.status(body.status).type('application/problem+json').json(body);
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof DomainError)
      return {
        ...problem(exception.code, exception.detail, exception.invalidParams),
        ...exception.extensions,
      };
    if (exception instanceof HttpException) {
      // The framework's own message can quote the request (a path, a parser's complaint): the answer
      // is fixed per status, its title from the code, a detail only where it is a fixed sentence.
      const status = exception.getStatus();
      const code = HTTP_CODES[status];
      if (!code) return { ...problem('internal'), status, title: 'Request refused' };
      return problem(code, status === HttpStatus.NOT_FOUND ? 'No such resource' : undefined);
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string }).code;
      if (code === '23505') return problem('conflict', 'This conflicts with existing data');
      // SQLSTATE class 22 is "data exception": a value the database cannot take (format, range, NUL byte).
      if (code?.startsWith('22')) return problem('validation_failed', 'A value has the wrong format');
    }
    return problem('internal', 'Something went wrong; the error has been logged');
  }
}
