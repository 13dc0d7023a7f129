// Configuration comes from the environment, read once at start (twelve-factor).
import { isIP } from 'node:net';
import path from 'node:path';
import { fromAppRoot } from './app-root';
import type { SmtpConfig } from './mail/smtp-transport';

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
  /** Null without EENPLAN_SMTP_HOST: mails are then held in the outbox (ADR 032). */
  smtp: SmtpConfig | null;
  /** Delivery attempts of one mail before it is marked failed. */
  mailMaxAttempts: number;
  /** EENPLAN_DRAIN_SECONDS: on SIGTERM, how long requests in flight may take to finish (ADR 043). */
  drainSeconds: number;
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
    // The build's output in the project's folder, wherever the process was started from (ADR 042).
    webDir: env.EENPLAN_WEB_DIR ? path.resolve(env.EENPLAN_WEB_DIR) : fromAppRoot('dist', 'web'),
    smtp: readSmtpConfig(env),
    mailMaxAttempts: readMailMaxAttempts(env.EENPLAN_MAIL_MAX_ATTEMPTS),
    publicUrl: readPublicUrl(env.EENPLAN_PUBLIC_URL, port),
    drainSeconds: readDrainSeconds(env.EENPLAN_DRAIN_SECONDS),
  };
}

/** EENPLAN_SMTP_*: where mail goes. A host without a sender is a mistake found at start, not at the first mail. */
function readSmtpConfig(env: NodeJS.ProcessEnv): SmtpConfig | null {
  const host = env.EENPLAN_SMTP_HOST?.trim();
  if (!host) return null;
  const secure = readFlag('EENPLAN_SMTP_SECURE', env.EENPLAN_SMTP_SECURE);
  const port = Number(env.EENPLAN_SMTP_PORT ?? (secure ? 465 : 587));
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    throw new Error(`EENPLAN_SMTP_PORT is not a port: ${env.EENPLAN_SMTP_PORT}`);
  const from = env.EENPLAN_MAIL_FROM?.trim();
  if (!from) throw new Error('EENPLAN_SMTP_HOST is set but EENPLAN_MAIL_FROM (the sender) is not');
  return {
    host,
    port,
    secure,
    requireTls: readFlag('EENPLAN_SMTP_REQUIRE_TLS', env.EENPLAN_SMTP_REQUIRE_TLS),
    user: env.EENPLAN_SMTP_USER || null,
    password: env.EENPLAN_SMTP_PASSWORD || null,
    from,
  };
}

function readFlag(name: string, value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new Error(`${name} is neither true nor false: ${value}`);
}

/** graphile-worker gives a job at most 25 attempts; with backoff e^n seconds, 10 span about 3½ hours. */
function readMailMaxAttempts(value: string | undefined): number {
  const attempts = Number(value ?? 10);
  if (!Number.isInteger(attempts) || attempts < 1 || attempts > 25)
    throw new Error(`EENPLAN_MAIL_MAX_ATTEMPTS is not a number from 1 to 25: ${value}`);
  return attempts;
}

/**
 * 10 seconds by default, longer than any request of eenplan takes. The service manager's own stop
 * timeout must leave a few seconds more for the workers and the database to stop (systemd's 90 s
 * does; Docker's 10 s does not: give it `--stop-timeout 20`).
 */
function readDrainSeconds(value: string | undefined): number {
  const seconds = Number(value || 10);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 600)
    throw new Error(`EENPLAN_DRAIN_SECONDS is not a number of seconds from 0 to 600: ${value}`);
  return seconds;
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
