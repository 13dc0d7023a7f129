// `npm start`: the database (embedded unless DATABASE_URL is set), migrations as the owner,
// first-run data, then one process serving the API and the web app as the application's role.
// Stops cleanly on SIGINT/SIGTERM.
import { buildApp } from './app';
import { systemClock } from './platform/clock/system-clock';
import { readConfig } from './platform/config';
import { connectDatabase } from './platform/db/database';
import { prepareDatabase } from './platform/db/prepare-database';
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
    await app?.close().catch(() => {});
    await database.close().catch(() => {});
    await prepared.stop().catch(() => {});
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;

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
    publicUrl: config.publicUrl,
    clock: systemClock,
  });
  await app.listen({ port: config.port, host: config.host });

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
