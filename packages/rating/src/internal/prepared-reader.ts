import type { CompiledRulebook } from './grade-compile.js';
import type { SheetReader } from './sheet-read.js';
import { PREPARED_SHEET_READERS } from './sheet-readers.generated.js';

const chosen = new WeakMap<CompiledRulebook, SheetReader>();

const sameIds = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * The sheet reader for bulk grading: the prepared reader of a built-in leaf layout when the rulebook's
 * leaf ids are exactly that layout (a user's copy of a built-in rulebook included), else the rulebook's
 * general keyed reader. Both read the same values; the prepared one is faster (see
 * `scripts/sheet-readers.ts`). Chosen once per compiled rulebook.
 *
 * @param c - a compiled rulebook
 * @returns its bulk sheet reader
 */
export const bulkSheetReader = (c: CompiledRulebook): SheetReader => {
  let read = chosen.get(c);
  if (read === undefined) {
    read = PREPARED_SHEET_READERS.find((prepared) => sameIds(prepared.ids, c.leafIds))?.read ?? c.readSheet;
    chosen.set(c, read);
  }
  return read;
};
