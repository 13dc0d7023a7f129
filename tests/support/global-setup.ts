// Once per test run: a server, and one migrated template database that every test file
// clones (CREATE DATABASE … TEMPLATE) — a fresh, real database per file in milliseconds.
// The app connects as this run's own application role, as in production (ADR 018). Roles are
// cluster-wide and other runs share the server: names carry the run's id, and only what this
// run made is dropped.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { upsertMunicipalityRows } from '../../src/server/modules/network';
import { connectDatabase } from '../../src/server/platform/db/database';
import { runMigrations } from '../../src/server/platform/db/migrate';
import { ensureAppRole, grantAppRole } from '../../src/server/platform/db/roles';
import { DEMO_MUNICIPALITIES } from '../../src/server/seed/demo-region';
import { startTestServer, withDatabase } from './postgres-server';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
    /** Test databases of this run start with it. */
    databasePrefix: string;
    appRole: string;
    appPassword: string;
    databaseKind: 'embedded' | 'external';
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  const runId = `${process.pid}_${randomBytes(4).toString('hex')}`;
  // Every database of this run starts with its prefix; no other run's pattern matches it.
  const prefix = `eenplan_run_${runId}_`;
  const template = `${prefix}template`;
  const appRole = `eenplan_app_t_${runId}`;
  const appPassword = randomBytes(18).toString('base64url');
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query(`create database "${template}"`);
  const templateUrl = withDatabase(server.adminUrl, template);
  await runMigrations(templateUrl);
  await ensureAppRole(templateUrl, appRole, appPassword);
  await grantAppRole(templateUrl, appRole);
  const database = connectDatabase(templateUrl, { max: 1 });
  await upsertMunicipalityRows(database.db, DEMO_MUNICIPALITIES);
  await database.close();

  project.provide('adminUrl', server.adminUrl);
  project.provide('templateDatabase', template);
  project.provide('databasePrefix', prefix);
  project.provide('appRole', appRole);
  project.provide('appPassword', appPassword);
  project.provide('databaseKind', server.kind);

  return async () => {
    const { rows } = await admin.query<{ datname: string }>(
      `select datname from pg_database where starts_with(datname, $1)`,
      [prefix],
    );
    for (const row of rows) await admin.query(`drop database if exists "${row.datname}" with (force)`);
    await admin.query(`drop role if exists "${appRole}"`).catch((error) => {
      console.warn(`test run: role ${appRole} not dropped: ${error.message}`);
    });
    await admin.end();
    await server.stop();
  };
}
