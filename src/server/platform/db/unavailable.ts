// When PostgreSQL is away (restarting, stopped, unreachable) a query fails with a connection
// error, not with a fault of the request: the API then says "try again shortly" (503), not 500,
// and the pool reconnects by itself on a later query (ADR 043).

/** Socket errors of a connection that could not be made or was cut. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);

/**
 * SQLSTATEs of a server that is going or not there yet: class 08 (connection exception), 57P01
 * admin_shutdown (a fast stop, pg_terminate_backend), 57P02 crash_shutdown (another backend
 * crashed), 57P03 cannot_connect_now (starting up or in recovery), 53300 too_many_connections
 * (every connection slot taken, or the database's connection limit lowered during maintenance).
 */
function isUnavailableState(code: string): boolean {
  return /^08[0-9A-Z]{3}$/.test(code) || ['57P01', '57P02', '57P03', '53300'].includes(code);
}

/** node-postgres says these in words only (no code) when the socket ends under a client. */
const CUT_MESSAGES = [
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'timeout exceeded when trying to connect',
  'Client was closed and is not queryable',
];

/**
 * True when the error (or the cause drizzle wraps it in, a few levels deep) says the database
 * did not answer, so the same request may well succeed in a moment.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (
    let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 4;
    depth++
  ) {
    if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || isUnavailableState(e.code))) return true;
    const message = e.message;
    if (typeof message === 'string' && CUT_MESSAGES.some((m) => message.startsWith(m))) return true;
    // Several addresses tried (IPv4 and IPv6 of localhost): each refused.
    if (e instanceof AggregateError && e.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    e = e.cause as typeof e;
  }
  return false;
}

/**
 * A library's promise that rejects unhandled because the database went away (graphile-worker
 * leaves some unawaited) must not end the process: the pool, the job queue and the embedded
 * server's supervisor recover from the outage (ADR 043). Any other unhandled rejection still ends
 * it, as Node does by default.
 */
export function surviveDatabaseOutages(
  warn: (message: string) => void = (m) => console.warn(`eenplan: ${m}`),
) {
  process.on('unhandledRejection', (reason) => {
    if (isDatabaseUnavailable(reason)) {
      warn('a background task lost its database connection; it runs again when the database is back');
      return;
    }
    throw reason;
  });
}
