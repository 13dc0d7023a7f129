/** The session cookie's options: unreadable by scripts, sent on top-level navigation, HTTPS-only when configured. */
export function sessionCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
}
