import {
  ArgumentsHost,
  BadRequestException,
  MethodNotAllowedException,
  NotAcceptableException,
  NotFoundException,
} from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ProblemDetails } from '@tafel/shared/contracts';
import { DomainError } from './domain-error';
import { ProblemFilter } from './problem.filter';

function capture(exception: unknown): { status: number; type: string; body: ProblemDetails } {
  const out = { status: 0, type: '', body: {} as ProblemDetails };
  const response = {
    status(code: number) {
      out.status = code;
      return this;
    },
    type(t: string) {
      out.type = t;
      return this;
    },
    json(b: ProblemDetails) {
      out.body = b;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  new ProblemFilter().catch(exception, host);
  return out;
}

describe('ProblemFilter', () => {
  it('cuts off a streamed answer that fails after its headers went out, instead of appending a problem', () => {
    let destroyed = false;
    const response = {
      headersSent: true,
      destroy: () => (destroyed = true),
      status: () => {
        throw new Error('a second status line');
      },
    };
    const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
    new ProblemFilter().catch(new Error('connection lost'), host);
    expect(destroyed).toBe(true);
  });

  it('maps a domain error to its status with the invalid params', () => {
    const out = capture(new DomainError('validation_failed', 'bad', [{ name: 'x', reason: 'y' }]));
    expect(out).toMatchObject({ status: 400, type: 'application/problem+json' });
    expect(out.body.invalidParams).toEqual([{ name: 'x', reason: 'y' }]);
  });

  it('does not take an unknown error with a status for an answer (body errors come as domain errors)', () => {
    expect(capture({ type: 'entity.parse.failed', status: 400 }).status).toBe(500);
  });

  it('maps Nest HTTP exceptions and database errors without leaking internals', () => {
    expect(capture(new NotFoundException()).body.code).toBe('not_found');
    const framework = capture(new BadRequestException('Unexpected token } in "geheim"'));
    expect(framework.status).toBe(400);
    expect(JSON.stringify(framework.body)).not.toContain('geheim');
    const method = capture(new MethodNotAllowedException('Cannot TRACE /geheim'));
    expect(method).toMatchObject({
      status: 405,
      body: { code: 'method_not_allowed', title: 'Method not allowed' },
    });
    expect(JSON.stringify(method.body)).not.toContain('geheim');
    const unmapped = capture(new NotAcceptableException('Cannot serve /geheim'));
    expect(unmapped).toMatchObject({ status: 406, body: { status: 406, title: 'Request refused' } });
    expect(JSON.stringify(unmapped.body)).not.toContain('geheim');
    const unique = new QueryFailedError('INSERT', [], Object.assign(new Error('dup'), { code: '23505' }));
    expect(capture(unique).status).toBe(409);
    const nul = new QueryFailedError(
      'SELECT',
      [],
      Object.assign(new Error('invalid byte'), { code: '22021' }),
    );
    expect(capture(nul).status).toBe(400);
    const crash = capture(new Error('secret connection string postgres://u:p@h'));
    expect(crash.status).toBe(500);
    expect(JSON.stringify(crash.body)).not.toContain('postgres://');
  });
});
