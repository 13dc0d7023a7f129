// Figures that leave the team must not point to a family: a count of 1–4 could. Hiding the
// small count alone is not enough when its total is shown beside the other cells — the reader
// subtracts. So, as statistical offices do, small counts are hidden (primary suppression) and
// then other cells are hidden too (secondary, complementary suppression) until no hidden small
// count can be derived from what is shown. See ADR 021-complementary-suppression.

/** Counts of 1 to 4 are small; 0 is not (it points to nobody). */
export const SMALL_COUNT_THRESHOLD = 5;

export const isSmallCount = (n: number, threshold = SMALL_COUNT_THRESHOLD) => n > 0 && n < threshold;

/** One additive relation a reader knows: `total` is the sum of `parts`. */
export type CountSum = { total: string; parts: readonly string[] };

export type CountTable = {
  /** Every count by id, the totals included. */
  cells: Readonly<Record<string, number>>;
  sums: readonly CountSum[];
  /**
   * Cells that are never published but follow from a sum (a remainder such as "no zone
   * recorded"). A reader derives them when all else is shown, so they are suppressed like any
   * cell; hiding them costs nothing, so they are the first choice as a complement.
   */
  unpublished?: readonly string[];
};

export type Suppression = { hidden: ReadonlySet<string>; primary: ReadonlySet<string> };

const cellsOf = (sum: CountSum) => [sum.total, ...sum.parts];

/**
 * The cheapest complement in a sum: an unpublished cell, then a part (a total sits in other
 * sums and hiding it cascades), the smallest first. Zeros are never chosen: a reader may know
 * a zero is structural, so it protects nothing; every sum with a hidden count has a positive
 * cell left (at least its total or a part).
 */
function complementIn(table: CountTable, sum: CountSum, hidden: ReadonlySet<string>): string | undefined {
  const unpublished = new Set(table.unpublished ?? []);
  const rank = (id: string) => [unpublished.has(id) ? 0 : 1, id === sum.total ? 1 : 0, table.cells[id] ?? 0];
  return cellsOf(sum)
    .filter((id) => !hidden.has(id) && (table.cells[id] ?? 0) > 0)
    .sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return (ra[i] as number) - (rb[i] as number);
      return a < b ? -1 : a > b ? 1 : 0;
    })[0];
}

/**
 * Which hidden cells the sums pin down exactly (over the reals): x is determined when the unit
 * vector of x lies in the row space of the sums restricted to the hidden cells, which in reduced
 * row echelon form means one row is that unit vector.
 */
export function determinedCells(table: CountTable, hidden: ReadonlySet<string>): Set<string> {
  const unknowns = [...hidden];
  const column = new Map(unknowns.map((id, i) => [id, i]));
  const rows = table.sums
    .map((sum) => {
      const row = new Array<number>(unknowns.length).fill(0);
      const at = (id: string, coefficient: number) => {
        const i = column.get(id);
        if (i !== undefined) row[i] = (row[i] as number) + coefficient;
      };
      at(sum.total, 1);
      for (const part of sum.parts) at(part, -1);
      return row;
    })
    .filter((row) => row.some((v) => v !== 0));
  const eps = 1e-9;
  let pivotRow = 0;
  for (let col = 0; col < unknowns.length && pivotRow < rows.length; col++) {
    const found = rows.findIndex((r, i) => i >= pivotRow && Math.abs(r[col] as number) > eps);
    if (found < 0) continue;
    [rows[pivotRow], rows[found]] = [rows[found] as number[], rows[pivotRow] as number[]];
    const pivot = rows[pivotRow] as number[];
    const p = pivot[col] as number;
    for (let k = 0; k < pivot.length; k++) pivot[k] = (pivot[k] as number) / p;
    for (const [i, r] of rows.entries()) {
      const f = r[col] as number;
      if (i === pivotRow || Math.abs(f) < eps) continue;
      for (let k = 0; k < r.length; k++) r[k] = (r[k] as number) - f * (pivot[k] as number);
    }
    pivotRow++;
  }
  const determined = new Set<string>();
  for (const r of rows) {
    const nonZero = r.flatMap((v, i) => (Math.abs(v) > eps ? [i] : []));
    if (nonZero.length === 1) determined.add(unknowns[nonZero[0] as number] as string);
  }
  return determined;
}

/**
 * Primary suppression of the small counts, then complements until stable: every sum with a
 * hidden cell has at least two (its total may be one of them), and no small count is pinned
 * down by combining sums. Hiding a cell never reveals another, so the loop ends.
 */
export function suppressSmallCounts(table: CountTable, threshold = SMALL_COUNT_THRESHOLD): Suppression {
  const primary = new Set(
    Object.keys(table.cells).filter((id) => isSmallCount(table.cells[id] ?? 0, threshold)),
  );
  const hidden = new Set(primary);
  for (;;) {
    let grew = false;
    for (const sum of table.sums) {
      if (cellsOf(sum).filter((id) => hidden.has(id)).length !== 1) continue;
      const complement = complementIn(table, sum, hidden);
      if (complement !== undefined) {
        hidden.add(complement);
        grew = true;
      }
    }
    if (grew) continue;
    const exposed = [...determinedCells(table, hidden)].filter((id) => primary.has(id));
    if (exposed.length === 0) break;
    // Widen the sum around the first exposed count that hides the fewest cells.
    const around = table.sums
      .filter((sum) => cellsOf(sum).includes(exposed[0] as string))
      .sort(
        (a, b) =>
          cellsOf(a).filter((id) => hidden.has(id)).length - cellsOf(b).filter((id) => hidden.has(id)).length,
      );
    const complement =
      around.map((sum) => complementIn(table, sum, hidden)).find((id) => id !== undefined) ??
      // Everything around it is hidden already: widen anywhere (the smallest shown count).
      Object.keys(table.cells)
        .filter((id) => !hidden.has(id) && (table.cells[id] ?? 0) > 0)
        .sort((a, b) => (table.cells[a] ?? 0) - (table.cells[b] ?? 0))[0];
    if (complement === undefined) break;
    hidden.add(complement);
  }
  return { hidden, primary };
}
