// Issue 15: which collaboration the code running now works in. The HTTP layer enters it once a
// session is known; background jobs and the platform's cross-collaboration work enter it explicitly,
// one collaboration at a time, so that PostgreSQL's row-level security (the second wall) can check
// every statement against it. Code that writes into another collaboration (a referral routed by
// municipality, a warm hand-over on moving out) says so by name: `inCollaboration(target, …)`.
import { AsyncLocalStorage } from 'node:async_hooks';

const current = new AsyncLocalStorage<string | null>();

/** Runs `work` in one collaboration; every statement it runs is checked against that tenant. */
export function inCollaboration<T>(collaborationId: string, work: () => Promise<T>): Promise<T> {
  // Awaited inside: a drizzle query is a lazy thenable that runs only when awaited, and it must
  // run here, not where the caller awaits it (outside the collaboration).
  return current.run(collaborationId, async () => await work());
}

/** Runs `work` outside every collaboration: tenant tables then show no rows at all. */
export function outsideCollaborations<T>(work: () => Promise<T>): Promise<T> {
  return current.run(null, async () => await work());
}

/** The collaboration the running code works in, or null outside one (sign-in, public routes). */
export function currentCollaboration(): string | null {
  return current.getStore() ?? null;
}

/**
 * Runs `work` synchronously in a collaboration (or outside every one, `null`) and returns what it
 * returns: for callback-style code such as a Fastify hook's `done`, where the rest of the request
 * continues inside the call.
 */
export function runInCollaboration<T>(collaborationId: string | null, work: () => T): T {
  return current.run(collaborationId, work);
}
