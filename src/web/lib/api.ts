// The one fetch client: JSON in and out, the session's CSRF token on every state-changing
// request, the UI language in Accept-Language (the server translates error messages), and
// error bodies turned into an ApiError the forms can show field by field.
import { type FieldProblem, fieldProblem } from '../../contracts/common';
import { currentLocale, i18n } from './i18n';

const API_BASE = '/api/v1';

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** For VALIDATION_FAILED: which field has which problem, already in the user's language. */
  get fieldProblems(): FieldProblem[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.flatMap((d) => {
      const parsed = fieldProblem.safeParse(d);
      return parsed.success ? [parsed.data] : [];
    });
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

type Query = Record<string, string | number | null | undefined>;

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: Query;
  json?: unknown;
  text?: { body: string; contentType: string };
};

export type ApiResponse<T> = { data: T; headers: Headers };

export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; details?: unknown };
    };
    if (body.error?.code) {
      return new ApiError(
        response.status,
        body.error.code,
        body.error.message ?? body.error.code,
        body.error.details,
      );
    }
  } catch {
    // Not our JSON (a proxy page, an empty body): fall through to a generic message.
  }
  const code = response.status === 429 ? 'TOO_MANY_REQUESTS' : 'INTERNAL_ERROR';
  return new ApiError(response.status, code, i18n.t(`errors:${code}`));
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLocale() };
  let body: string | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.text) {
    headers['Content-Type'] = options.text.contentType;
    body = options.text.body;
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', i18n.t('app:common.networkError'));
  }
  if (!response.ok) throw await toApiError(response);
  const isJson = response.headers.get('content-type')?.includes('application/json');
  const data = (response.status === 204 || !isJson ? undefined : await response.json()) as T;
  return { data, headers: response.headers };
}

export const api = {
  get: async <T>(path: string, query?: Query) => (await apiRequest<T>(path, { query })).data,
  post: async <T>(path: string, json?: unknown) => (await apiRequest<T>(path, { method: 'POST', json })).data,
  put: async <T>(path: string, json?: unknown) => (await apiRequest<T>(path, { method: 'PUT', json })).data,
  delete: async <T>(path: string) => (await apiRequest<T>(path, { method: 'DELETE' })).data,
};
