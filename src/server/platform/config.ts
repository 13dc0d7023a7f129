// Configuration comes from the environment, read once at start (twelve-factor).
import { isIP } from 'node:net';
import path from 'node:path';

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | null;
  /** Runs migrations and grants; DATABASE_URL is then the application's role (ADR 025). */
  databaseOwnerUrl: string | null;
  dataDir: string;
  adminEmail: string | null;
  adminPassword: string | null;
  secureCookies: boolean;
  trustedProxies: string[];
  logLevel: string;
  webDir: string;
  /** EENPLAN_PUBLIC_URL: where people reach the app; links in mail and sign-in redirects start here. */
  publicUrl: string;
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT is not a port: ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || null,
    databaseOwnerUrl: env.DATABASE_OWNER_URL || null,
    dataDir: path.resolve(env.EENPLAN_DATA_DIR ?? './data'),
    adminEmail: env.EENPLAN_ADMIN_EMAIL || null,
    adminPassword: env.EENPLAN_ADMIN_PASSWORD || null,
    // Behind TLS (every real deployment) cookies are Secure; plain http on localhost needs them not to be.
    secureCookies: env.EENPLAN_SECURE_COOKIES === 'true',
    trustedProxies: readTrustedProxies(env.EENPLAN_TRUSTED_PROXIES),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDir: path.resolve(env.EENPLAN_WEB_DIR ?? 'dist/web'),
    publicUrl: readPublicUrl(env.EENPLAN_PUBLIC_URL, port),
  };
}

/** `10.0.0.1, 10.1.0.0/16`: the reverse proxies whose X-Forwarded-For is believed (ADR 018). */
export function readTrustedProxies(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address = '', bits, ...rest] = entry.split('/');
    const family = isIP(address);
    const maxBits = family === 6 ? 128 : 32;
    const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits);
    if (!family || !bitsOk || rest.length > 0)
      throw new Error(`EENPLAN_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
  }
  return entries;
}

/** The address people reach the app at, without a trailing slash; localhost when not set. */
export function readPublicUrl(value: string | undefined, port: number): string {
  const raw = value?.trim() || `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`EENPLAN_PUBLIC_URL: "${raw}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`EENPLAN_PUBLIC_URL: "${raw}" is not an http(s) URL`);
  return url.origin + url.pathname.replace(/\/+$/, '');
}
