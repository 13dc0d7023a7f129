// fast-check values shaped by a route's zod contract: valid-looking requests to mutate one field
// of, so bad input reaches past the first check. Reads zod 4's schema definitions (`_zod.def`,
// `_zod.bag`); kinds it does not know become arbitrary JSON.
import fc from 'fast-check';
import type { z } from 'zod';

type Def = { type: string; [key: string]: unknown };
type Bag = { minimum?: number; maximum?: number; format?: string; patterns?: Set<RegExp> };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const bagOf = (schema: z.ZodType) => (schema as unknown as { _zod: { bag: Bag } })._zod.bag ?? {};

/** Real values the database holds, so ids and codes in a body point at something. */
export type Pools = { ids: string[]; fundingLines: string[]; idsFor: (key: string) => string[] };

const KNOWN_PATTERNS: [RegExp, string[]][] = [
  [/^\^\\d\{5\}\$$/, ['46021', '44021', '11002']],
  [/elz/, ['elz57', 'elz29']],
  [/\[01\]/, ['09:00', '14:30']],
];

function stringArbitrary(schema: z.ZodType, key: string, pools: Pools): fc.Arbitrary<string> {
  const bag = bagOf(schema);
  if (bag.format === 'uuid' || bag.format === 'guid') {
    const ids = pools.idsFor(key);
    return ids.length > 0
      ? fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...ids) }, fc.uuid())
      : fc.uuid();
  }
  if (bag.format === 'date')
    return fc
      .date({ min: new Date('2024-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  if (bag.format === 'datetime') return fc.constant(new Date().toISOString());
  if (bag.format === 'email') return fc.constantFrom('test@example.test', 'x@example.be');
  for (const pattern of bag.patterns ?? []) {
    const known = KNOWN_PATTERNS.find(([p]) => p.test(pattern.source));
    if (known) return fc.constantFrom(...known[1]);
  }
  if (/fundingLine|^code$/.test(key) && pools.fundingLines.length > 0)
    return fc.constantFrom(...pools.fundingLines);
  const min = Math.max(bag.minimum ?? 0, 1);
  const max = Math.max(min, Math.min(bag.maximum ?? 40, 40));
  return fc.string({ minLength: min, maxLength: max, unit: 'grapheme-ascii' }).map((s) => s.padEnd(min, 'x'));
}

/** An arbitrary of values the schema (mostly) accepts. */
export function arbitraryOf(schema: z.ZodType, pools: Pools, key = '', depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 8) return fc.constant(null);
  const inner = (s: unknown, k = key) => arbitraryOf(s as z.ZodType, pools, k, depth + 1);
  switch (def.type) {
    case 'string':
      return stringArbitrary(schema, key, pools);
    case 'number': {
      const bag = bagOf(schema);
      const min = Math.max(bag.minimum ?? 0, -1_000_000);
      const max = Math.min(bag.maximum ?? 1000, 1_000_000_000);
      return fc.integer({ min: Math.ceil(min), max: Math.max(Math.ceil(min), Math.floor(max)) });
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'null':
      return fc.constant(null);
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType);
    case 'nullable':
      return fc.oneof(
        { weight: 4, arbitrary: inner(def.innerType) },
        { weight: 1, arbitrary: fc.constant(null) },
      );
    case 'pipe':
      return inner(def.in);
    case 'lazy':
      return inner((def.getter as () => unknown)());
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((o) => inner(o)));
    case 'array': {
      const bag = bagOf(schema);
      key = key.replace(/s$/, '');
      const minLength = bag.minimum ?? 0;
      return fc.array(inner(def.element), {
        minLength,
        maxLength: Math.max(minLength, Math.min(bag.maximum ?? 3, 3)),
      });
    }
    case 'record':
      return fc.dictionary(fc.constantFrom('a', 'b'), inner(def.valueType), { maxKeys: 2 });
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const required = Object.keys(shape).filter((k) => defOf(shape[k] as z.ZodType).type !== 'optional');
      return fc.record(Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, inner(s, k)])), {
        requiredKeys: required,
      });
    }
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

/** Values that have broken something before: NUL bytes, far dates, overflowing numbers, wrong types. */
export const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'Naam\u0000met nul',
    '\u0001\u001b[31m',
    '9999-12-31',
    '0001-01-01',
    '2026-02-30',
    '20260101',
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53,
    1e308,
    -1,
    0.5,
    'x'.repeat(100_000),
    [],
    {},
    true,
    null,
    'onbekende-waarde',
    '00000000-0000-0000-0000-000000000000',
    'not-a-uuid',
  ),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.constant(Array.from({ length: 5000 }, () => 'x')),
);

/** The paths of an object or array value, to pick one to spoil. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return prefix.length > 0 ? [prefix] : [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  const own = prefix.length > 0 ? [prefix] : [];
  return [...own, ...entries.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

/** A copy of `value` with the value at `path` replaced. */
export function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = replaceAt(copy[head], rest, replacement);
  return copy;
}
