// Requests as a browser sends them, for the sign-in tests that follow cookies step by step (password,
// second factor, passkey): the session cookie each answer sets, and the CSRF token of the session.
import { TEST_PASSWORD, type TestApp } from './test-app';

export type Client = { cookie: string; csrf: string };
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type From = { userAgent?: string; remoteAddress?: string };

/** `from`: the browser and address every request comes from, unless a call names its own. */
export function browserClient(t: Pick<TestApp, 'app'>, from: From = {}) {
  async function send(
    method: Method,
    url: string,
    client: Partial<Client> = {},
    body?: unknown,
    options: From = {},
  ) {
    const userAgent = options.userAgent ?? from.userAgent;
    const remoteAddress = options.remoteAddress ?? from.remoteAddress;
    const res = await t.app.inject({
      method,
      url,
      ...(remoteAddress ? { remoteAddress } : {}),
      headers: {
        ...(userAgent ? { 'user-agent': userAgent } : {}),
        ...(client.cookie ? { cookie: client.cookie } : {}),
        ...(client.csrf ? { 'x-csrf-token': client.csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    const setCookie = res.headers['set-cookie'];
    const cookie = setCookie ? String(setCookie).split(';')[0] : undefined;
    return { status: res.statusCode, body: res.body ? res.json() : null, cookie };
  }

  /** The password step: a session cookie that is full, or half signed in with a step due. */
  async function signIn(email: string, options: From = {}) {
    const res = await send('POST', '/api/v1/auth/login', {}, { email, password: TEST_PASSWORD }, options);
    if (res.status !== 200) throw new Error(`sign-in of ${email} answered ${res.status}`);
    return { client: { cookie: res.cookie as string, csrf: res.body.csrfToken as string }, body: res.body };
  }

  return { send, signIn };
}
