// Stopping without dropping a request (ADR 043). A service manager's SIGTERM (a deploy, a
// restart) must not reset connections: new connections are no longer accepted, requests in
// flight finish (within a limit), and a request that still arrives on a kept-alive connection is
// answered 503 SHUTTING_DOWN with `Connection: close`, so its client retries elsewhere or later.
import net from 'node:net';
import type { FastifyInstance } from 'fastify';
import { translateError } from '../i18n/error-messages';
import { requestLocale } from './error-handler';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Stops accepting connections, lets the requests in flight finish for at most `drainMs`, cuts
     * those still running after it (their number is returned), then closes the server.
     */
    stopServing: (options: { drainMs: number }) => Promise<{ unfinished: number }>;
    /** True from the start of stopServing: readiness answers 503 so a load balancer looks elsewhere. */
    isStopping: () => boolean;
  }
}

/** How long a client waits before it tries again: a restart of the process takes about this long. */
const RETRY_AFTER_SECONDS = 5;

/** Registered before every other hook, so a request refused while stopping touches nothing. */
export function allowGracefulStop(app: FastifyInstance) {
  let stopping = false;
  let inFlight = 0;
  let onIdle: (() => void) | null = null;

  // Counted on the Node server itself: every request, also those a hook answers or that fail.
  app.server.on('request', (_request, response) => {
    inFlight++;
    response.once('close', () => {
      inFlight--;
      if (inFlight === 0) onIdle?.();
    });
  });

  app.addHook('onRequest', (request, reply, done) => {
    if (!stopping) return done();
    const body = {
      error: { code: 'SHUTTING_DOWN', message: translateError(requestLocale(request), 'SHUTTING_DOWN') },
    };
    // A string is sent as it is: no route's response schema applies to this answer.
    reply
      .status(503)
      .header('connection', 'close')
      .header('retry-after', String(RETRY_AFTER_SECONDS))
      .header('content-type', 'application/json; charset=utf-8')
      .send(JSON.stringify(body));
  });
  // An answer that finishes while stopping closes its connection: the client's next request then
  // opens a new one (to another process) instead of racing the close of this one.
  app.addHook('onSend', async (_request, reply) => {
    if (stopping) reply.header('connection', 'close');
  });

  app.decorate('isStopping', () => stopping);
  app.decorate('stopServing', async ({ drainMs }: { drainMs: number }) => {
    stopping = true;
    // net.Server's close, not http.Server's: the latter also closes idle kept-alive connections at
    // once (Node ≥ 19), and a request a client is sending on one just then would meet a reset.
    if (app.server.listening) net.Server.prototype.close.call(app.server);
    if (inFlight > 0) {
      await new Promise<void>((resolve) => {
        const limit = setTimeout(resolve, drainMs);
        onIdle = () => {
          clearTimeout(limit);
          resolve();
        };
      });
    }
    const unfinished = inFlight;
    app.server.closeIdleConnections();
    // Past the limit: the requests still running are cut (the stop must end before the service
    // manager's own kill); their transactions roll back.
    if (unfinished > 0) app.server.closeAllConnections();
    await app.close();
    return { unfinished };
  });
}
