// Once per test run: a server, and one migrated template database that every test file
// clones (CREATE DATABASE … TEMPLATE) — a fresh, real database per file in milliseconds.
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { upsertMunicipalityRows } from '../../src/server/modules/network';
import { connectDatabase } from '../../src/server/platform/db/database';
import { runMigrations } from '../../src/server/platform/db/migrate';
import { DEMO_MUNICIPALITIES } from '../../src/server/seed/demo-region';
import { startTestServer, withDatabase } from './postgres-server';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
    databaseKind: 'embedded' | 'external';
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  const template = `eenplan_template_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query(`create database "${template}"`);
  const templateUrl = withDatabase(server.adminUrl, template);
  await runMigrations(templateUrl);
  const database = connectDatabase(templateUrl, { max: 1 });
  await upsertMunicipalityRows(database.db, DEMO_MUNICIPALITIES);
  await database.close();

  project.provide('adminUrl', server.adminUrl);
  project.provide('templateDatabase', template);
  project.provide('databaseKind', server.kind);

  return async () => {
    const { rows } = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like 'eenplan_t_%' or datname = $1`,
      [template],
    );
    for (const row of rows) await admin.query(`drop database if exists "${row.datname}" with (force)`);
    await admin.end();
    await server.stop();
  };
}
