import { describe, expect, it } from 'vitest';
import { postgresDataException } from './error-handler';

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
