// For a process manager and a load balancer (ADR 043): /api/health says the process answers
// (liveness: restart it when it does not), /api/ready says it can serve (readiness: send it
// requests only then). Neither says anything about a person, and neither needs a session.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { type Db, newestAppliedMigration, pingDatabase } from '../db/database';
import { MIGRATIONS_DIR } from '../db/migrate';

type Kind = 'embedded' | 'external';

const readiness = z.object({
  status: z.enum(['ready', 'unavailable']),
  database: z.enum(['embedded', 'external']),
  checks: z.object({
    database: z.enum(['ok', 'unavailable']),
    migrations: z.enum(['ok', 'behind', 'unknown']),
    stopping: z.boolean(),
  }),
});

/** The moment drizzle records for the newest migration this version ships (its journal's `when`). */
export function newestShippedMigration(dir = MIGRATIONS_DIR): number {
  const journal = JSON.parse(readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  return Math.max(0, ...journal.entries.map((entry) => entry.when));
}

export function healthRoutes(options: { db: Db; databaseKind: Kind }) {
  const { db, databaseKind } = options;
  const shipped = newestShippedMigration();

  return async (app: FastifyInstance) => {
    app.get(
      '/api/health',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'getHealth',
          summary: 'Liveness: the process answers (no database needed)',
          description:
            'For a process manager: 200 while the process can answer at all. It asks nothing of the database, so an outage of PostgreSQL does not get the app restarted; /api/ready says whether it can serve.',
          tags: ['health'],
          response: {
            200: z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'external']) }),
          },
        },
      },
      async () => ({ status: 'ok' as const, database: databaseKind }),
    );

    app.get(
      '/api/ready',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'getReadiness',
          summary: 'Readiness: the database answers, its migrations are applied, the process is not stopping',
          description:
            'For a load balancer: send requests to this process only while this answers 200; 503 otherwise.',
          tags: ['health'],
          response: { 200: readiness, 503: readiness },
        },
      },
      async (_request, reply) => {
        let database: 'ok' | 'unavailable' = 'ok';
        let migrations: 'ok' | 'behind' | 'unknown' = 'unknown';
        try {
          const latest = await newestAppliedMigration(db);
          migrations = latest >= shipped ? 'ok' : 'behind';
        } catch {
          // Not reachable, or drizzle's record not readable (a role without the grant): ask once more,
          // plainly, to tell the two apart.
          database = await pingDatabase(db)
            .then(() => 'ok' as const)
            .catch(() => 'unavailable' as const);
        }
        const stopping = app.isStopping();
        const ready = database === 'ok' && migrations === 'ok' && !stopping;
        return reply.status(ready ? 200 : 503).send({
          status: ready ? 'ready' : 'unavailable',
          database: databaseKind,
          checks: { database, migrations, stopping },
        });
      },
    );
  };
}
