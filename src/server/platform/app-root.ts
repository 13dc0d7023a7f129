// Files eenplan reads at run time (migrations, the shipped municipality table) are found from the
// project's folder, not from the file asking: the same code runs as TypeScript from
// src/server/... (tsx, tests) and bundled into dist/server/main.js (`npm start`, ADR 042), where a
// path relative to import.meta.dirname would point elsewhere. Never process.cwd(): a service
// manager may start eenplan from any folder.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The nearest folder above this module's that holds package.json: the checkout eenplan runs from. */
function findAppRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`eenplan: no package.json above ${start}`);
  }
}

export const APP_ROOT = findAppRoot(import.meta.dirname);

/** A path inside the project's folder, e.g. fromAppRoot('migrations'). */
export function fromAppRoot(...segments: string[]): string {
  return path.join(APP_ROOT, ...segments);
}
