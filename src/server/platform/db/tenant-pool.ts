// The second wall (issue 15, ADR 053): every statement the application sends runs with
// `eenplan.collaboration_id` set to the collaboration the running code works in
// (tenant-context.ts), so that PostgreSQL's row-level security checks it. Cheaply: each connection
// remembers the collaboration it was last set to, and the setting is sent again only when the code
// on it works in another one. An installation mostly serves one collaboration, so nearly every
// statement goes out without an extra round trip.
import pg from 'pg';
import { currentCollaboration } from './tenant-context';

/** The name the policies of migration `row-level-security` read. */
const COLLABORATION_SETTING = 'eenplan.collaboration_id';
const SET = `select set_config('${COLLABORATION_SETTING}', $1, false)`;

type Tenancy = {
  /** What the connection's setting holds now ('' outside every collaboration); undefined: not known. */
  setTo: string | undefined;
  /** Statements sent in this checkout; a change after the first one may be undone by a rollback. */
  sent: number;
  /** The setting changed in the middle of a checkout (inside a transaction): forget it at release. */
  changedInside: boolean;
  /** How often the setting was sent on this connection (what the round-trip test counts). */
  sets: number;
};

const tenancy = new WeakMap<pg.ClientBase, Tenancy>();
const TENANCY_AWARE = Symbol('eenplan.tenancyAware');

/** How many times the setting was sent on the pool's connections: the cost, for the tests. */
export function settingsSent(pool: pg.Pool): number {
  let total = 0;
  // biome-ignore lint/suspicious/noExplicitAny: pg-pool keeps its clients in a private field
  for (const client of ((pool as any)._clients ?? []) as pg.ClientBase[])
    total += tenancy.get(client)?.sets ?? 0;
  return total;
}

/**
 * Makes a client send the setting before a statement when the code around it works in another
 * collaboration than the connection was last set to. The setting and the statement are queued
 * together (pg sends a client's queries in order), so that a concurrent statement on the same
 * client cannot slip in between.
 */
function makeTenancyAware(client: pg.PoolClient) {
  if ((client as unknown as Record<symbol, boolean>)[TENANCY_AWARE]) return;
  const state: Tenancy = { setTo: undefined, sent: 0, changedInside: false, sets: 0 };
  tenancy.set(client, state);
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as Record<symbol, boolean>)[TENANCY_AWARE] = true;
  // biome-ignore lint/suspicious/noExplicitAny: pg's query has many overloads; all are passed on
  (client as any).query = (...args: unknown[]) => {
    const wanted = currentCollaboration() ?? '';
    const first = state.sent === 0;
    state.sent += 1;
    // A callback or a submittable (cursor) is not how eenplan queries; passed on after the setting.
    if (state.setTo === wanted) return query(...args);
    if (!first) state.changedInside = true;
    state.setTo = wanted;
    state.sets += 1;
    const set = query(SET, [wanted]) as Promise<unknown>;
    const result = query(...args);
    if (!(result instanceof Promise)) {
      set.catch(() => {});
      return result;
    }
    return Promise.all([set, result]).then(([, rows]) => rows);
  };
}

/** At checkout: count this checkout's statements afresh, and forget a setting a rollback may have undone. */
function checkedOut(client: pg.PoolClient): pg.PoolClient {
  makeTenancyAware(client);
  const state = tenancy.get(client) as Tenancy;
  state.sent = 0;
  state.changedInside = false;
  const release = client.release.bind(client);
  client.release = (error?: Error | boolean) => {
    if (state.changedInside) state.setTo = undefined;
    return release(error);
  };
  return client;
}

/**
 * The application's pool. drizzle (node-postgres) sends a single statement through `pool.query`
 * and a transaction through `pool.connect`: both go through a tenancy-aware client.
 */
export class TenantPool extends pg.Pool {
  // biome-ignore lint/suspicious/noExplicitAny: the overloads of pg.Pool#connect
  override connect(callback?: any): any {
    if (callback)
      return super.connect((error, client, done) => callback(error, client && checkedOut(client), done));
    return super.connect().then(checkedOut);
  }

  // biome-ignore lint/suspicious/noExplicitAny: the overloads of pg.Pool#query
  override query(...args: any[]): any {
    if (typeof args[args.length - 1] === 'function' || typeof args[0]?.submit === 'function')
      throw new Error('eenplan queries the pool with promises only (row-level security needs the setting)');
    return this.connect().then(async (client: pg.PoolClient) => {
      try {
        const result = await client.query(...(args as [string]));
        client.release();
        return result;
      } catch (error) {
        // A statement PostgreSQL refused leaves the connection usable; a broken one is dropped.
        client.release(error instanceof pg.DatabaseError ? undefined : (error as Error));
        throw error;
      }
    });
  }
}
