// The journeys run the server as `npm start` does: the compiled bundle in dist/server, with the
// web app from dist/web (ADR 042). Built here once per run, and only what changed since the last
// build (the build's own stamp), so a run after an edit tests that edit and not an old bundle.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export default function buildOnce() {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
}
