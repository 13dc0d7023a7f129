import { describe, expect, it } from 'vitest';
import { redactMessage, serializeError, serializeRequest } from './log-redaction';

function pgError(message: string, fields: Record<string, unknown>) {
  return Object.assign(new Error(message), fields);
}

describe('log lines without personal data', () => {
  it('keeps a pg error by its code and constraint, never its detail or quoted values', () => {
    const error = pgError('duplicate key value violates unique constraint "users_email_key"', {
      code: '23505',
      constraint: 'users_email_key',
      table: 'users',
      detail: 'Key (email)=(an.peeters@example.test) already exists.',
    });
    const out = serializeError(error);
    expect(out).toMatchObject({ code: '23505', constraint: 'users_email_key', table: 'users' });
    expect(JSON.stringify(out)).not.toContain('an.peeters');
    expect(redactMessage('invalid input syntax for type date: "Jan Peeters"')).not.toContain('Peeters');
  });

  it('drops the parameters of a failing query from its message, stack and fields', () => {
    const error = Object.assign(new Error('Failed query: insert into x values ($1)\nparams: Lotte,Peeters'), {
      query: 'insert into x values ($1)',
      params: ['Lotte', 'Peeters'],
      cause: pgError('value too long', { code: '22001' }),
    });
    const out = serializeError(error);
    expect(JSON.stringify(out)).not.toMatch(/Lotte|Peeters/);
    expect(out).toMatchObject({ query: 'insert into x values ($1)', cause: { code: '22001' } });
  });

  it('logs a request by its path, without the query string', () => {
    expect(
      serializeRequest({ id: 'req-1', method: 'GET', url: '/api/v1/families/search?familyName=Peeters' }),
    ).toEqual({
      id: 'req-1',
      method: 'GET',
      url: '/api/v1/families/search',
    });
  });
});
