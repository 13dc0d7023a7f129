// The servers a benchmark run measures, in one child process so the load generator does not
// share their event loop: eenplan's app as it runs in production (sessions, access, audit), and
// beside it a raw Fastify + pg app doing the same reads and writes with hand-written SQL — the
// ceiling on this machine. Prints one line `{"app":port,"raw":port}` when both listen.
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../../src/server/app';
import { connectDatabase } from '../../src/server/platform/db/database';
import { RAW_SQL } from './raw-sql';

const url = process.env.BENCH_DATABASE_URL as string;
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

async function main() {
  const database = connectDatabase(url);
  const app = await buildApp({ database, databaseKind: 'external' });
  await app.listen({ port: 0, host: '127.0.0.1' });

  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const raw = Fastify({ logger: false });
  const one = async (text: string, values: unknown[]) => (await pool.query(text, values)).rows[0] ?? null;
  const all = async (text: string, values: unknown[]) => (await pool.query(text, values)).rows;
  raw.get<{ Params: { id: string } }>('/raw/families/:id', async (req) =>
    one(RAW_SQL.family, [req.params.id]),
  );
  raw.post<{ Querystring: { c: string; u: string } }>('/raw/referrals', async (req, reply) =>
    reply.code(201).send(await one(RAW_SQL.registerReferral, [req.query.c, req.query.u])),
  );
  raw.get<{ Querystring: { c: string } }>('/raw/referrals', async (req) =>
    all(RAW_SQL.intakeList, [req.query.c]),
  );
  raw.get<{ Querystring: { u: string } }>('/raw/week', async (req) => all(RAW_SQL.week, [req.query.u]));
  raw.get<{ Querystring: { c: string } }>('/raw/waiting-list', async (req) =>
    all(RAW_SQL.waitingList, [req.query.c]),
  );
  raw.get<{ Querystring: { c: string; from: string; to: string } }>('/raw/figures', async (req) =>
    one(RAW_SQL.figures, [req.query.c, req.query.from, req.query.to]),
  );
  raw.get<{ Querystring: { c: string; from: string; to: string } }>(
    '/raw/figures.csv',
    async (req, reply) => {
      const figures = (await one(RAW_SQL.figures, [req.query.c, req.query.from, req.query.to])) as {
        figures: Record<string, unknown>;
      };
      const lines = ['figure,key,value'];
      for (const [figure, value] of Object.entries(figures.figures)) {
        if (value && typeof value === 'object')
          for (const [key, n] of Object.entries(value)) lines.push(`${figure},${key},${n}`);
        else lines.push(`${figure},,${value}`);
      }
      return reply.type('text/csv; charset=utf-8').send(`${lines.join('\n')}\n`);
    },
  );
  await raw.listen({ port: 0, host: '127.0.0.1' });

  const port = (server: { server: { address: () => unknown } }) =>
    (server.server.address() as { port: number }).port;
  console.log(JSON.stringify({ app: port(app), raw: port(raw) }));
  process.on('SIGTERM', async () => {
    await Promise.allSettled([app.close(), raw.close()]);
    await Promise.allSettled([database.close(), pool.end()]);
    process.exit(0);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
