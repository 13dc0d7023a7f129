// A fresh clone with nothing beside it must pass its tests and start: no source, test, benchmark
// or script reads a path outside the repository (the reference data ships inside it).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCANNED = ['src', 'tests', 'bench', 'scripts', '.ci'];
const TEXT = /\.(ts|tsx|js|cjs|mjs|json|sh)$|^run$/;
// A relative path in a string literal, like an old test path into the folder beside the checkout.
const RELATIVE = /['"`]((?:\.\.\/)+[^'"`\s]*)['"`]/g;
// vite resolves outDir from its root (src/web): '../../dist/web' is the repository's dist/web.
const RELATIVE_TO_ELSEWHERE = new Set(['vite.config.ts: ../../dist/web']);
// Absolute paths of the machine the project happens to be developed on.
const ABSOLUTE = /['"`](\/work\/[^'"`\s]*)['"`]/g;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(full);
      return TEXT.test(entry.name) ? [full] : [];
    }),
  );
  return nested.flat();
}

describe('the repository is self-contained', () => {
  it('no file of src, tests, bench or scripts refers to a path outside the repository', async () => {
    const files = (await Promise.all(SCANNED.map((d) => filesUnder(path.join(ROOT, d))))).flat();
    const rootFiles = (await readdir(ROOT)).filter((f) => /\.(ts|json|cjs)$/.test(f));
    const outside: string[] = [];
    for (const file of [...files, ...rootFiles.map((f) => path.join(ROOT, f))]) {
      const text = await readFile(file, 'utf8');
      const where = path.relative(ROOT, file);
      for (const [, relative] of text.matchAll(RELATIVE)) {
        const target = path.resolve(path.dirname(file), relative as string);
        const found = `${where}: ${relative}`;
        if (path.relative(ROOT, target).startsWith('..') && !RELATIVE_TO_ELSEWHERE.has(found))
          outside.push(found);
      }
      for (const [, absolute] of text.matchAll(ABSOLUTE)) outside.push(`${where}: ${absolute}`);
    }
    expect(files.length).toBeGreaterThan(100);
    expect(outside).toEqual([]);
  });
});
