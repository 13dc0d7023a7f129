// `npm start`: the database (embedded unless DATABASE_URL is set), migrations as the owner,
// first-run data, then one process serving the API and the web app as the application's role.
// Stops cleanly on SIGINT/SIGTERM.
import { buildApp } from './app';
import { startMailDelivery } from './modules/messages';
import { systemClock } from './platform/clock/system-clock';
import { readConfig } from './platform/config';
import { connectDatabase } from './platform/db/database';
import { prepareDatabase } from './platform/db/prepare-database';
import type { JobQueue } from './platform/jobs/job-queue';
import { firstRun } from './setup/first-run';

async function main() {
  const config = readConfig();
  const prepared = await prepareDatabase(config);
  const database = connectDatabase(prepared.appUrl);

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log(`eenplan: ${signal} received, stopping`);
    // The worker first: a mail being sent finishes and is recorded before the pool closes.
    await mailDelivery?.stop().catch(() => {});
    await app?.close().catch(() => {});
    await database.close().catch(() => {});
    await prepared.stop().catch(() => {});
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  let mailDelivery: JobQueue | undefined;

  const setup = await firstRun(database.db, {
    adminEmail: config.adminEmail,
    adminPassword: config.adminPassword,
    clock: systemClock,
  });
  app = await buildApp({
    database,
    databaseKind: prepared.kind,
    logLevel: config.logLevel,
    webDir: config.webDir,
    secureCookies: config.secureCookies,
    trustedProxies: config.trustedProxies,
    clock: systemClock,
    publicUrl: config.publicUrl,
  });
  await app.listen({ port: config.port, host: config.host });
  mailDelivery = await startMailDelivery({
    db: database.db,
    connectionString: prepared.appUrl,
    smtp: config.smtp,
    maxAttempts: config.mailMaxAttempts,
    clock: systemClock,
  });
  if (!config.smtp)
    console.log(
      'eenplan: no SMTP server configured (EENPLAN_SMTP_HOST): mails are held in the outbox (page Beheer)',
    );

  console.log(
    `eenplan: listening on http://localhost:${config.port} (database: ${prepared.kind === 'embedded' ? `embedded, data in ${config.dataDir}` : 'external'})`,
  );
  if (setup.kind === 'demo') {
    console.log(
      `eenplan: demo collaboration loaded (${setup.referrals} fictional referrals). Demo logins, password "${setup.password}":`,
    );
    for (const login of setup.logins) console.log(`  ${login.email.padEnd(32)} ${login.roles.join(', ')}`);
  } else if (setup.kind === 'administrator') {
    console.log(
      `eenplan: administrator ${setup.email} created. The municipality table (March 2026) is loaded: choose the zones you serve (page Beheer).`,
    );
  }
}

main().catch((error) => {
  console.error('eenplan: failed to start', error);
  process.exit(1);
});
