// ADR 027: the server reads the time from the Clock it was given, so every date rule can run on any
// date and the demo can be loaded as of a chosen day. One file may read the machine's clock.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SERVER = path.resolve(__dirname, '../..');
const SYSTEM_CLOCK = path.join(__dirname, 'system-clock.ts');

// The machine's day or instant: todayIso(), new Date() without an argument, Date.now().
const READS_THE_MACHINE = /\btodayIso\s*\(|\bnew Date\(\s*\)|\bDate\.now\s*\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith('.ts') && !full.endsWith('.test.ts') ? [full] : [];
  });
}

/** `file:line: code` for each line of server code that reads the machine's clock. */
function machineClockReads(files: string[]): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => {
        const code = line.replace(/\/\/.*$/, '').trim();
        if (code.startsWith('*') || !READS_THE_MACHINE.test(code)) return [];
        return [`${path.relative(SERVER, file)}:${index + 1}: ${code}`];
      }),
  );
}

describe('time is a dependency (ADR 027)', () => {
  it('no server code but the system clock reads the machine time: take actor.clock or the caller clock', () => {
    const files = sourceFiles(SERVER).filter((file) => file !== SYSTEM_CLOCK);
    expect(files.length).toBeGreaterThan(100);
    expect(machineClockReads(files)).toEqual([]);
  });

  it('sees a read when there is one', () => {
    expect(machineClockReads([SYSTEM_CLOCK])).toHaveLength(2);
  });
});
