// Configuration comes from the environment, read once at start (twelve-factor).
import path from 'node:path';

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | null;
  /** Runs migrations and grants; DATABASE_URL is then the application's role (ADR 018). */
  databaseOwnerUrl: string | null;
  dataDir: string;
  adminEmail: string | null;
  adminPassword: string | null;
  secureCookies: boolean;
  logLevel: string;
  webDir: string;
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
    logLevel: env.LOG_LEVEL ?? 'info',
    webDir: path.resolve(env.EENPLAN_WEB_DIR ?? 'dist/web'),
  };
}
