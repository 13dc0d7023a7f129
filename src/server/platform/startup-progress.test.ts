import { describe, expect, it } from 'vitest';
import { startupProgress } from './startup-progress';

describe('the start’s progress', () => {
  it('prints a step when it begins and with its duration when it ends, timed from the process start', async () => {
    const lines: string[] = [];
    let now = 1_200;
    const progress = startupProgress(
      (line) => lines.push(line),
      () => now,
    );
    const result = await progress.step('migrations: applying 3 of 23', async () => {
      now += 2_500;
      return 'done';
    });
    progress.note('ready');
    expect(result).toBe('done');
    expect(lines).toEqual([
      'eenplan [  1.2 s] migrations: applying 3 of 23…',
      'eenplan [  3.7 s] migrations: applying 3 of 23: done in 2.5 s',
      'eenplan [  3.7 s] ready',
    ]);
    expect(progress.elapsed()).toBe('3.7 s');
  });

  it('prints nothing after a step that failed, and passes the failure on', async () => {
    const lines: string[] = [];
    const progress = startupProgress(
      (line) => lines.push(line),
      () => 0,
    );
    await expect(
      progress.step('embedded PostgreSQL: starting', async () => {
        throw new Error('port in use');
      }),
    ).rejects.toThrow('port in use');
    expect(lines).toEqual(['eenplan [  0.0 s] embedded PostgreSQL: starting…']);
  });
});
