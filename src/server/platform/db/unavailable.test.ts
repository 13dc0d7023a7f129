import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './unavailable';

// Issue 16 point 5: PostgreSQL away is "try again shortly" (503), not a fault of the request (500).
describe('a database that does not answer', () => {
  it('is recognised by the socket error of a refused or cut connection', () => {
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable({ code: 'ECONNRESET' })).toBe(true);
    // localhost tried on IPv4 and IPv6, both refused
    expect(
      isDatabaseUnavailable(new AggregateError([{ code: 'ECONNREFUSED' }, { code: 'ECONNREFUSED' }])),
    ).toBe(true);
  });

  it('is recognised by the SQLSTATE of a server stopping, crashed or starting', () => {
    expect(isDatabaseUnavailable({ code: '57P01' })).toBe(true); // admin_shutdown, pg_terminate_backend
    expect(isDatabaseUnavailable({ code: '57P02' })).toBe(true); // crash_shutdown
    expect(isDatabaseUnavailable({ code: '57P03' })).toBe(true); // cannot_connect_now
    expect(isDatabaseUnavailable({ code: '53300' })).toBe(true); // too_many_connections
    expect(isDatabaseUnavailable({ code: '08006' })).toBe(true); // connection_failure
    expect(isDatabaseUnavailable({ code: '08P01' })).toBe(true); // protocol_violation
  });

  it("is recognised by node-postgres's words when the socket ends under a query", () => {
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated'))).toBe(true);
    expect(
      isDatabaseUnavailable(new Error('Client has encountered a connection error and is not queryable')),
    ).toBe(true);
  });

  it('is recognised through the query error drizzle wraps it in', () => {
    const drizzleError = new Error('Failed query: select 1', { cause: { code: '57P01' } });
    expect(isDatabaseUnavailable(drizzleError)).toBe(true);
    expect(isDatabaseUnavailable({ cause: { cause: new Error('Connection terminated unexpectedly') } })).toBe(
      true,
    );
  });

  it('is not a fault of the request or of the data', () => {
    expect(isDatabaseUnavailable({ code: '23505' })).toBe(false); // unique violation
    expect(isDatabaseUnavailable({ code: '22P05' })).toBe(false); // data exception
    expect(isDatabaseUnavailable({ code: '40001' })).toBe(false); // serialization failure
    expect(isDatabaseUnavailable({ code: '57014' })).toBe(false); // query_canceled (a timeout)
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
