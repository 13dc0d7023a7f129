// Each web feature owns its data (ADR 030): its query keys are written once, in its
// api/<x>-queries.ts, under one root of its own; nothing else writes a key by hand, and no
// feature refreshes another's data. Pages fill a feature's after-save slot for that.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const WEB = join(import.meta.dirname, '..');
const FEATURES = join(WEB, 'features');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join(dir, file));
}

const read = (file: string) => readFileSync(file, 'utf8');
const where = (file: string) => relative(WEB, file);
const features = readdirSync(FEATURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const keysFileOf = (feature: string) =>
  sourcesUnder(join(FEATURES, feature, 'api')).filter((file) => file.endsWith('-queries.ts'));

/** Array literals that start with a string: how a query key is written by hand. */
const STRING_LED_ARRAY = /\[\s*['"`]([^'"`]+)['"`]/g;

describe('query keys', () => {
  it('are never written as a literal where a query is asked or refreshed', () => {
    const literal = /queryKey:\s*\[\s*['"`]/;
    const offenders = sourcesUnder(WEB).filter((file) => literal.test(read(file)));
    expect(offenders.map(where)).toEqual([]);
  });

  it("each live under their feature's one root, written once in its queries file", () => {
    const roots = new Map<string, string[]>();
    for (const feature of features) {
      const asks = sourcesUnder(join(FEATURES, feature)).some((file) => read(file).includes('useQuery('));
      if (asks) expect(keysFileOf(feature), `${feature} asks queries`).toHaveLength(1);
      for (const file of keysFileOf(feature)) {
        const literals = [...read(file).matchAll(STRING_LED_ARRAY)].map((match) => match[1]);
        // Only `all: ['<root>']`; every other key is built from it.
        expect(literals, where(file)).toHaveLength(1);
        roots.set(literals[0] as string, [...(roots.get(literals[0] as string) ?? []), feature]);
      }
    }
    const shared = [...roots].filter(([, owners]) => owners.length > 1);
    expect(shared).toEqual([]);
  });

  it("are not made up in a feature's hooks, outside its queries file", () => {
    const offenders = features
      .flatMap((feature) => {
        try {
          return sourcesUnder(join(FEATURES, feature, 'hooks'));
        } catch {
          return [];
        }
      })
      .filter((file) => read(file).match(STRING_LED_ARRAY) !== null);
    expect(offenders.map(where)).toEqual([]);
  });
});

describe('a feature', () => {
  it("never refreshes every query: what else a save changes is the page's to say", () => {
    const everything = /invalidateQueries\(\s*\)|invalidateQueries\(\{\s*predicate/;
    const offenders = features
      .flatMap((feature) => sourcesUnder(join(FEATURES, feature)))
      .filter((file) => everything.test(read(file)));
    expect(offenders.map(where)).toEqual([]);
  });

  it('has its after-save slots filled by a page or the app', () => {
    const appText = sourcesUnder(join(WEB, 'app')).map(read).join('\n');
    const slots = sourcesUnder(FEATURES).flatMap((file) =>
      [...read(file).matchAll(/export const (\w+) = afterSaveSlot/g)].map((match) => match[1] as string),
    );
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.filter((slot) => !appText.includes(`<${slot}.Provider`))).toEqual([]);
  });
});
