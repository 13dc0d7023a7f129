// Logs hold no personal data (issue 10). A failing query carries its parameters — names,
// notes, a child's birth date — in `params`, in its message ("params: …") and stack; PostgreSQL
// puts values in `detail` ("Key (email)=(x@y) already exists", "Failing row contains (…)") and
// quotes them in some messages ('invalid input syntax for type uuid: "…"'). Query strings of
// URLs carry search terms. So errors and requests are logged by what identifies the problem
// (SQLSTATE, constraint, table, column, SQL text with placeholders), never by a value.

type Serialized = Record<string, unknown>;
type SerializedError = { type: string; message: string; stack: string; [key: string]: unknown };

// The SQLSTATE fields of a pg error that name a place, never a value.
const PG_FIELDS = [
  'code',
  'severity',
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
  'routine',
] as const;

const isSqlState = (code: unknown) => typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);

/** Quoted values ("…" and '…') and a drizzle "params: …" tail left out of a message. */
export function redactMessage(message: string): string {
  return message
    .replace(/\nparams: [\s\S]*$/, '\nparams: [redacted]')
    .replace(/"[^"\n]*"/g, '"[redacted]"')
    .replace(/'[^'\n]*'/g, "'[redacted]'");
}

/** The stack's frames only: its first lines repeat the message, values included. */
function framesOf(stack: unknown): string {
  if (typeof stack !== 'string') return '';
  return stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
}

/** Pino's `err` serializer: type, code, a redacted message, frames, and the cause the same way. */
export function serializeError(error: unknown, depth = 0): SerializedError {
  if (!(error instanceof Error) || depth > 5) return { type: typeof error, message: '[redacted]', stack: '' };
  const e = error as Error & Record<string, unknown>;
  const out: SerializedError = {
    type: e.constructor?.name ?? 'Error',
    message: redactMessage(e.message),
    stack: framesOf(e.stack),
  };
  // drizzle's DrizzleQueryError: the SQL text has placeholders ($1), so it is kept; params are not.
  if (typeof e.query === 'string') {
    out.query = e.query;
    out.message = 'Failed query (parameters not logged)';
  }
  if (isSqlState(e.code)) {
    for (const field of PG_FIELDS) if (e[field] !== undefined) out[field] = e[field];
  } else if (typeof e.code === 'string') out.code = e.code;
  if (typeof e.statusCode === 'number') out.statusCode = e.statusCode;
  if (e.cause !== undefined) out.cause = serializeError(e.cause, depth + 1);
  return out;
}

/** A request as logged: method and path, no query string (search terms), no body, no headers. */
export function serializeRequest(request: {
  id?: unknown;
  method?: string;
  url?: string;
  routeOptions?: { url?: string };
}): Serialized {
  return {
    id: request.id,
    method: request.method,
    url: (request.url ?? '').split('?')[0],
    ...(request.routeOptions?.url ? { route: request.routeOptions.url } : {}),
  };
}
