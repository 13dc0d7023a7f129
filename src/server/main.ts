// `npm start`: the database (embedded unless DATABASE_URL is set), migrations, first-run data,
// then one process serving the API and the web app. Stops cleanly on SIGINT/SIGTERM.
import { buildApp } from './app';
import { readConfig } from './platform/config';
import { connectDatabase } from './platform/db/database';
import { startEmbeddedPostgres } from './platform/db/embedded';
import { runMigrations } from './platform/db/migrate';
import { firstRun } from './setup/first-run';

async function main() {
  const config = readConfig();
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir);
  const url = config.databaseUrl ?? (embedded?.url as string);
  const database = connectDatabase(url);

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log(`eenplan: ${signal} received, stopping`);
    await app?.close().catch(() => {});
    await database.close().catch(() => {});
    await embedded?.stop().catch(() => {});
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;

  await runMigrations(url);
  const setup = await firstRun(database.db, {
    adminEmail: config.adminEmail,
    adminPassword: config.adminPassword,
  });
  app = await buildApp({
    database,
    databaseKind: embedded ? 'embedded' : 'external',
    logLevel: config.logLevel,
    webDir: config.webDir,
    secureCookies: config.secureCookies,
    trustedProxies: config.trustedProxies,
  });
  await app.listen({ port: config.port, host: config.host });

  console.log(
    `eenplan: listening on http://localhost:${config.port} (database: ${embedded ? `embedded, data in ${config.dataDir}` : 'external'})`,
  );
  if (setup.kind === 'demo') {
    console.log(
      `eenplan: demo collaboration loaded (${setup.referrals} fictional referrals). Demo logins, password "${setup.password}":`,
    );
    for (const login of setup.logins) console.log(`  ${login.email.padEnd(32)} ${login.roles.join(', ')}`);
  } else if (setup.kind === 'administrator') {
    console.log(
      `eenplan: administrator ${setup.email} created. Import the municipality table and set the zones (see README).`,
    );
  }
}

main().catch((error) => {
  console.error('eenplan: failed to start', error);
  process.exit(1);
});
