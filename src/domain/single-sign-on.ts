// Organisational single sign-on (issue #12, ADR 038): which issuers a collaboration may trust and
// which answers of a provider count as a sign-in. Pure: no network, no clock.

export type IssuerProblem = 'ISSUER_NOT_URL' | 'ISSUER_NOT_HTTPS' | 'ISSUER_MULTI_TENANT';

// Endpoints that accept people of *any* tenant (Microsoft's /common, /organizations and /consumers,
// or a `{tenantid}` template). Trusting one would let any outside account that knows a worker's
// address sign in as that worker: an organisation is configured with its own tenant's issuer.
const MULTI_TENANT_SEGMENTS = new Set(['common', 'organizations', 'consumers']);

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** Why an issuer cannot be configured, or null when it can. Plain http only on this machine (tests). */
export function issuerProblem(issuer: string): IssuerProblem | null {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return 'ISSUER_NOT_URL';
  }
  if (url.search || url.hash || url.username || url.password) return 'ISSUER_NOT_URL';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname)))
    return 'ISSUER_NOT_HTTPS';
  const segments = url.pathname.split('/').map((s) => decodeURIComponent(s).toLowerCase());
  if (segments.some((s) => MULTI_TENANT_SEGMENTS.has(s) || s.includes('{') || s.includes('}')))
    return 'ISSUER_MULTI_TENANT';
  return null;
}

export function allowsInsecureHttp(issuer: string): boolean {
  const url = new URL(issuer);
  return url.protocol === 'http:' && isLoopback(url.hostname);
}

/**
 * Whether the provider says it used more than one factor (RFC 8176 `amr`): the value `mfa`, or two
 * different methods (a password and a one-time code). A provider that says nothing did not.
 */
export function providerUsedSecondFactor(amr: unknown): boolean {
  if (!Array.isArray(amr)) return false;
  const methods = new Set(amr.filter((m): m is string => typeof m === 'string'));
  return methods.has('mfa') || methods.size >= 2;
}

export type ExternalSignIn = {
  email: unknown;
  emailVerified: unknown;
};

/**
 * The first sign-in of a person links their outside identity to the eenplan account with the same
 * address — only when the provider vouches for the address; later sign-ins follow the link.
 */
export function linkableEmail(claims: ExternalSignIn): string | null {
  if (claims.emailVerified !== true || typeof claims.email !== 'string') return null;
  const email = claims.email.trim().toLowerCase();
  return email.includes('@') ? email : null;
}
