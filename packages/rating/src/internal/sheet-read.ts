/**
 * Reading a scoring sheet's points for the grading fast pass.
 *
 * A sheet reader copies the points of a rulebook's scored (leaf) criteria, in leaf order, into a
 * `Float64Array`: a number as is, anything else (absent, a string, a bigint…) as `NaN`, which the fast
 * pass rejects so that the general pass can report it.
 *
 * The general reader ({@link keyedSheetReader}) reads `points[id]` with every id at one place in the code,
 * which engines serve through a slow generic lookup that also boxes each decimal point it returns. Bulk
 * grading uses a prepared reader when one exists for the rulebook's leaf layout (see
 * `scripts/sheet-readers.ts`): one place in the code per criterion, served directly, and the typed array
 * keeps the points as raw doubles.
 */

/** Reads the leaf points of a sheet into `out`, in leaf order (see the module note). */
export type SheetReader = (points: Readonly<Record<PropertyKey, unknown>>, out: Float64Array) => void;

/**
 * A point as the fast pass sees it.
 *
 * @param value - a sheet entry
 * @returns the number, or `NaN` when it is not a number
 */
export const pointValue = (value: unknown): number => (typeof value === 'number' ? value : NaN);

/**
 * The general reader for any leaf layout: one keyed read per leaf.
 *
 * @param ids - the leaf criterion ids, in leaf order
 * @returns a reader
 */
export const keyedSheetReader = (ids: readonly string[]): SheetReader => {
  const n = ids.length;
  return (points, out) => {
    for (let i = 0; i < n; i++) out[i] = pointValue(points[ids[i]!]);
  };
};
