// The embedded PostgreSQL is a child of the app: when it dies (killed, out of memory, a crash)
// nobody else starts it again, so the app does (ADR 043). Meanwhile the API answers 503
// DATABASE_UNAVAILABLE and the pools reconnect by themselves once it runs again.
import type { ChildProcess } from 'node:child_process';

export type Supervisor = {
  /** Before a stop of our own: an exit from then on is expected, not restarted. */
  stop: () => void;
};

export type SuperviseOptions = {
  /** The server's process as it runs now (a new one after every restart). */
  current: () => ChildProcess | undefined;
  /** Starts the server again; rejects when it did not come up (the next try follows later). */
  restart: () => Promise<void>;
  /** Lines for the operator: exit codes and attempts only, never the server's own log (it may quote data). */
  log: (message: string) => void;
  firstDelayMs?: number;
  maxDelayMs?: number;
};

export function superviseServer(options: SuperviseOptions): Supervisor {
  const first = options.firstDelayMs ?? 500;
  const max = options.maxDelayMs ?? 30_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const watch = (child: ChildProcess | undefined) => {
    child?.once('exit', (code, signal) => {
      if (stopped) return;
      options.log(
        `the embedded PostgreSQL stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}); starting it again`,
      );
      attempt(1, first);
    });
  };

  // Backoff: a server killed with its backends still running refuses to start until they are
  // gone ("shared memory block still in use"); that takes a moment, never a busy loop.
  const attempt = (n: number, delayMs: number) => {
    timer = setTimeout(async () => {
      if (stopped) return;
      try {
        await options.restart();
        if (stopped) return;
        options.log(`the embedded PostgreSQL runs again (attempt ${n})`);
        watch(options.current());
      } catch {
        if (stopped) return;
        const next = Math.min(delayMs * 2, max);
        options.log(`the embedded PostgreSQL did not start (attempt ${n}); next try in ${next} ms`);
        attempt(n + 1, next);
      }
    }, delayMs);
  };

  watch(options.current());
  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
