import type { ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { superviseServer } from './embedded-supervisor';

const fakeProcess = () => new EventEmitter() as unknown as ChildProcess;

function until(lines: string[], pattern: RegExp) {
  return new Promise<void>((resolve) => {
    const check = () => (lines.some((line) => pattern.test(line)) ? resolve() : setTimeout(check, 1));
    check();
  });
}

// Issue 16 point 5: the app starts its embedded PostgreSQL again when it dies.
describe('the supervisor of the embedded PostgreSQL', () => {
  it('starts a server that died again, trying until it comes up, and watches the new one', async () => {
    let current = fakeProcess();
    const lines: string[] = [];
    let tries = 0;
    const supervisor = superviseServer({
      current: () => current,
      restart: async () => {
        tries++;
        if (tries === 1) throw new Error('shared memory block still in use');
        current = fakeProcess();
      },
      log: (line) => lines.push(line),
      firstDelayMs: 1,
    });

    current.emit('exit', null, 'SIGKILL');
    await until(lines, /runs again/);
    expect(lines).toEqual([
      'the embedded PostgreSQL stopped unexpectedly (signal SIGKILL); starting it again',
      'the embedded PostgreSQL did not start (attempt 1); next try in 2 ms',
      'the embedded PostgreSQL runs again (attempt 2)',
    ]);

    // The new process is watched too.
    current.emit('exit', 1, null);
    await until(lines, /attempt 1\)$/);
    expect(lines).toContain('the embedded PostgreSQL stopped unexpectedly (exit code 1); starting it again');
    expect(tries).toBe(3);
    supervisor.stop();
  });

  it('leaves a server alone that stops because the app stops it', async () => {
    const current = fakeProcess();
    const lines: string[] = [];
    let tries = 0;
    const supervisor = superviseServer({
      current: () => current,
      restart: async () => {
        tries++;
      },
      log: (line) => lines.push(line),
      firstDelayMs: 1,
    });
    supervisor.stop();
    current.emit('exit', 0, null);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect([tries, lines]).toEqual([0, []]);
  });
});
