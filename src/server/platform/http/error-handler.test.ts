import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { errorHandler, postgresDataException } from './error-handler';

// Issue 10: data PostgreSQL refuses (class 22) is bad input, not a server fault.
describe('a PostgreSQL data exception', () => {
  it('is recognised on the error or the cause drizzle wraps it in', () => {
    expect(postgresDataException({ code: '22P05' })).toBe('22P05');
    expect(postgresDataException({ message: 'Failed query', cause: { code: '22008' } })).toBe('22008');
    expect(postgresDataException({ cause: { cause: { code: '22003' } } })).toBe('22003');
  });

  it('other errors are not', () => {
    expect(postgresDataException({ code: '23505' })).toBeNull(); // a unique violation is a conflict
    expect(postgresDataException({ code: 'FST_ERR_CTP_EMPTY_JSON_BODY' })).toBeNull();
    expect(postgresDataException(new Error('boom'))).toBeNull();
  });
});

// Issue 16 point 5: when PostgreSQL is away the caller hears "try again shortly", in its language.
describe('an error of a database that does not answer', () => {
  function answer(error: unknown, acceptLanguage = 'en') {
    const sent: { status?: number; headers: Record<string, string>; body?: unknown } = { headers: {} };
    const reply = {
      status(code: number) {
        sent.status = code;
        return reply;
      },
      header(name: string, value: string) {
        sent.headers[name] = value;
        return reply;
      },
      send(body: unknown) {
        sent.body = body;
        return reply;
      },
    };
    const request = {
      headers: { 'accept-language': acceptLanguage },
      actor: null,
      log: { warn() {}, error() {} },
    };
    errorHandler(
      error as FastifyError,
      request as unknown as FastifyRequest,
      reply as unknown as FastifyReply,
    );
    return sent;
  }

  it('is a 503 DATABASE_UNAVAILABLE with Retry-After, not a 500', () => {
    const sent = answer(new Error('Failed query: select 1', { cause: { code: '57P01' } }), 'nl');
    expect(sent.status).toBe(503);
    expect(sent.headers['retry-after']).toBe('5');
    expect(sent.body).toEqual({
      error: {
        code: 'DATABASE_UNAVAILABLE',
        message: 'Eenplan kan de gegevens even niet bereiken. Probeer het over enkele seconden opnieuw.',
      },
    });
  });

  it('leaves other failures a 500', () => {
    expect(answer(new Error('boom')).status).toBe(500);
  });
});
