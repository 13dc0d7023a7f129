import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IntakeFigures } from './intake-figures';
import { intakeFiguresTable, suppressIntakeFigures } from './suppress-intake-figures';
import { type CountTable, suppressSmallCounts } from './suppress-small-counts';

/** A table of counts with row totals, column totals and a grand total, as a reader knows it. */
function crossTable(grid: number[][]): CountTable {
  const cells: Record<string, number> = {};
  const sums: CountTable['sums'][number][] = [];
  const cols = grid[0]?.length ?? 0;
  grid.forEach((row, r) => {
    row.forEach((n, c) => {
      cells[`${r},${c}`] = n;
    });
    cells[`row${r}`] = row.reduce((a, b) => a + b, 0);
    sums.push({ total: `row${r}`, parts: row.map((_, c) => `${r},${c}`) });
  });
  for (let c = 0; c < cols; c++) {
    cells[`col${c}`] = grid.reduce((a, row) => a + (row[c] as number), 0);
    sums.push({ total: `col${c}`, parts: grid.map((_, r) => `${r},${c}`) });
  }
  cells.all = grid.flat().reduce((a, b) => a + b, 0);
  sums.push({ total: 'all', parts: grid.map((_, r) => `row${r}`) });
  sums.push({ total: 'all', parts: Array.from({ length: cols }, (_, c) => `col${c}`) });
  return { cells, sums };
}

/**
 * The attacker of the issue: every sum with exactly one unknown is solved, again and again
 * until nothing more follows. Returns every cell it learnt.
 */
function deriveBySubtraction(table: CountTable, hidden: ReadonlySet<string>): Set<string> {
  const known = new Set(Object.keys(table.cells).filter((id) => !hidden.has(id)));
  for (let grew = true; grew; ) {
    grew = false;
    for (const sum of table.sums) {
      const unknown = [sum.total, ...sum.parts].filter((id) => !known.has(id));
      if (unknown.length === 1) {
        known.add(unknown[0] as string);
        grew = true;
      }
    }
  }
  return new Set([...hidden].filter((id) => known.has(id)));
}

/**
 * Brute force: is there another assignment of non-negative counts (up to the grand total) to
 * the hidden cells that agrees with everything shown and gives `target` another value?
 */
function hasAlternative(
  table: CountTable,
  hidden: ReadonlySet<string>,
  target: string,
  bound: number,
): boolean {
  const unknowns = [...hidden];
  const value: Record<string, number | undefined> = {};
  for (const [id, n] of Object.entries(table.cells)) if (!hidden.has(id)) value[id] = n;
  const consistent = () =>
    table.sums.every((sum) => {
      const parts = sum.parts.map((id) => value[id]);
      const total = value[sum.total];
      const knownParts = parts.filter((n): n is number => n !== undefined).reduce((a, b) => a + b, 0);
      if (total === undefined) return true;
      if (parts.every((n) => n !== undefined)) return knownParts === total;
      return knownParts <= total;
    });
  const search = (i: number): boolean => {
    if (i === unknowns.length) return value[target] !== table.cells[target];
    const id = unknowns[i] as string;
    for (let n = 0; n <= bound; n++) {
      value[id] = n;
      if (consistent() && search(i + 1)) return true;
    }
    value[id] = undefined;
    return false;
  };
  return search(0);
}

const grid = (rows: number, cols: number, max: number) =>
  fc.array(fc.array(fc.nat({ max }), { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  });
const anyGrid = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 6 }))
  .chain(([r, c]) => grid(r, c, 30).map((g) => g.map((row) => row.map((n) => (n > 12 ? n - 12 : n)))));

describe('complementary suppression of small counts', () => {
  it('hides only what it must in a table without small counts', () => {
    const { hidden } = suppressSmallCounts(
      crossTable([
        [10, 20],
        [30, 40],
      ]),
    );
    expect(hidden.size).toBe(0);
  });

  it('a single small count beside a shown total gets a complement in its row and column', () => {
    // 3 is small; left alone, 3 = row total 23 − 20.
    const table = crossTable([
      [3, 20],
      [30, 40],
    ]);
    const { hidden, primary } = suppressSmallCounts(table);
    expect([...primary]).toEqual(['0,0']);
    expect(hidden).toEqual(new Set(['0,0', '0,1', '1,0', '1,1']));
    expect(deriveBySubtraction(table, hidden).size).toBe(0);
  });

  it('hides a total when a small count is its only part', () => {
    const table: CountTable = {
      cells: { month: 2, received: 2 },
      sums: [{ total: 'received', parts: ['month'] }],
    };
    expect(suppressSmallCounts(table).hidden).toEqual(new Set(['month', 'received']));
  });

  it('no small count follows by subtraction from rows, columns and totals (property)', () => {
    fc.assert(
      fc.property(anyGrid, (g) => {
        const table = crossTable(g);
        const { hidden, primary } = suppressSmallCounts(table);
        const learnt = deriveBySubtraction(table, hidden);
        expect([...learnt].filter((id) => primary.has(id))).toEqual([]);
        // Every sum with a hidden cell hides at least two.
        for (const sum of table.sums) {
          const n = [sum.total, ...sum.parts].filter((id) => hidden.has(id)).length;
          expect(n === 0 || n >= 2).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('no small count is pinned down by any solution of small tables (brute force)', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 3 }))
          .chain(([r, c]) => grid(r, c, 6)),
        (g) => {
          const table = crossTable(g);
          const { hidden, primary } = suppressSmallCounts(table);
          const bound = table.cells.all as number;
          for (const id of primary) expect(hasAlternative(table, hidden, id, bound), id).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

const figures = (over: Partial<IntakeFigures>): IntakeFigures => ({
  received: 40,
  started: 20,
  notStarted: 10,
  waiting: 6,
  open: 4,
  notStartedByReason: { noCapacity: 7, familyDeclined: 3 },
  receivedByMonth: { '2026-09': 18, '2026-10': 22 },
  byRegistrantKind: { clb: 30, cgg: 10 },
  byReferredThrough: { naft: 2 },
  byPrimaryCareZone: { elz57: 39, elz29: 1 },
  timeToAnswerDays: { median: 2, p90: 8 },
  overQuotaSignals: 0,
  ...over,
});

describe('intake figures outside the team', () => {
  it('hides a small zone with a complement, so the total no longer gives it away', () => {
    const out = suppressIntakeFigures(figures({}));
    expect(out.byPrimaryCareZone).toEqual({ elz57: null, elz29: null });
    expect(out.received).toBe(40);
    // The 4 open referrals are small; the smallest other outcome hides with them.
    expect(out.open).toBeNull();
    expect(out.waiting).toBeNull();
    expect(out.started).toBe(20);
    expect(out.notStartedByReason).toEqual({ noCapacity: null, familyDeclined: null });
    // Referrals that came through no partner are not published: they protect NAFT's 2.
    expect(out.byReferredThrough).toEqual({ naft: null });
  });

  it('hides a median of fewer than 5 answer times', () => {
    const few = figures({ received: 6, started: 2, notStarted: 1, waiting: 0, open: 3 });
    expect(suppressIntakeFigures(few).timeToAnswerDays).toEqual({ median: null, p90: null });
    expect(suppressIntakeFigures(figures({})).timeToAnswerDays).toEqual({ median: 2, p90: 8 });
  });

  it('no hidden small count of the figures follows from what is shown (property)', () => {
    const counts = (keys: string[]) =>
      fc
        .tuple(...keys.map(() => fc.nat({ max: 14 })))
        .map((ns) => Object.fromEntries(keys.map((k, i) => [k, ns[i] as number])));
    const arbitrary = fc
      .record({
        outcomes: counts(['started', 'notStarted', 'waiting', 'open']),
        months: fc.integer({ min: 1, max: 4 }),
        kinds: counts(['clb', 'cgg', 'school']),
        zones: counts(['elz57', 'elz29']),
        seed: fc.nat(),
      })
      .map(({ outcomes, months, seed }) => {
        const received = Object.values(outcomes).reduce((a, b) => a + b, 0);
        // Spread the received referrals over months, kinds, zones and reasons (deterministic).
        const spread = (n: number, keys: string[], withRest = false) => {
          const out: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
          for (let i = 0; i < n; i++) {
            const slot = (i * 7 + seed) % (keys.length + (withRest ? 1 : 0));
            if (slot < keys.length) out[keys[slot] as string] = (out[keys[slot] as string] as number) + 1;
          }
          return out;
        };
        return figures({
          ...outcomes,
          received,
          receivedByMonth: spread(received, ['2026-01', '2026-02', '2026-03', '2026-04'].slice(0, months)),
          notStartedByReason: spread(outcomes.notStarted as number, ['noCapacity', 'familyDeclined'], true),
          byRegistrantKind: spread(received, ['clb', 'cgg', 'school']),
          byReferredThrough: spread(received, ['naft', 'huisVanHetKind'], true),
          byPrimaryCareZone: spread(received, ['elz57', 'elz29'], true),
          overQuotaSignals: seed % 3,
        });
      });
    fc.assert(
      fc.property(arbitrary, (f) => {
        const table = intakeFiguresTable(f);
        const { hidden, primary } = suppressSmallCounts(table);
        const learnt = deriveBySubtraction(table, hidden);
        expect([...learnt].filter((id) => primary.has(id))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
