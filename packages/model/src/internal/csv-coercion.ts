import type * as z from 'zod/mini';
import { recordValueIndex } from '../yearly-record.js';
import { parseCsvBoolean, parseCsvNumber, readCsvDate, readCsvEnum } from './csv.js';
import { QUIET, safeParse, type Coercion, type Validation } from './parse-core.js';
import type { RawIssue } from './issue-codes.js';
import { pathKey, setAt, valueAt, type Snapshot } from './snapshot.js';
import { coercionCandidates, type ZodIssueLike } from './zod-issues.js';

/** The labels `{ coerce: 'csv' }` reads for kinds, sectors and grades (the table `@coop/sheets` reads too). */
const VALUE_INDEX = /* @__PURE__ */ recordValueIndex();

/**
 * `{ coerce: 'csv' }`: validates the value at `base` in the snapshot with `schema`; where it fails on
 * a text cell the schema wants as a number, a yes/no, a label or a date, converts the cell (in place,
 * in the fresh snapshot) and validates again, up to four rounds. Ambiguous numbers (`1.5`, `1,500`) go
 * to `extra` as `ambiguous_number` and their paths are blocked, never guessed.
 *
 * The `parse…` functions hand it to the parse core (`parse.ts`); checks that never coerce
 * (`buildAreaIndex`, `checkData`) do not, so a bundle of those carries no CSV reading.
 *
 * @param schema - the zod schema of the value
 * @param snap - the fresh snapshot of the input (cells are converted in it)
 * @param base - where the value is in the snapshot
 * @param extra - collects the `ambiguous_number` issues
 * @returns zod's validation of the converted value
 */
export const coerceCsv: Coercion = <S extends z.ZodMiniType>(
  schema: S,
  snap: Snapshot,
  base: ReadonlyArray<string | number>,
  extra: RawIssue[],
): Validation<z.output<S>> => {
  const read = (): unknown => (base.length === 0 ? snap.value : valueAt(snap.value, base).value);
  // CSV cells are mostly text where numbers are wanted: the first validation usually fails, so it runs
  // with the context at once (its issues say what to coerce) rather than twice.
  let result: Validation<z.output<S>> = schema.safeParse(read(), QUIET);
  const tried = new Set<string>();
  for (let round = 0; round < 4 && !result.success; round += 1) {
    let changed = false;
    for (const candidate of coercionCandidates(result.error.issues as unknown as ZodIssueLike[], base)) {
      const { path, want } = candidate;
      const key = `${pathKey(path)}|${want}|${candidate.want === 'enum' ? candidate.values.join(',') : ''}`;
      if (tried.has(key)) continue;
      tried.add(key);
      const at = valueAt(snap.value, path);
      if (!at.present || typeof at.value !== 'string') continue;
      const label = candidate.want === 'enum' ? readCsvEnum(at.value, candidate.values, VALUE_INDEX) : candidate.want === 'date' ? readCsvDate(at.value) : undefined;
      if (label !== undefined && label !== at.value) {
        setAt(snap.value, path, label);
        changed = true;
        continue;
      }
      if (want === 'enum' || want === 'date') continue;
      if (want === 'boolean') {
        const flag = parseCsvBoolean(at.value);
        if (flag === undefined) continue;
        setAt(snap.value, path, flag);
        changed = true;
        continue;
      }
      const number = parseCsvNumber(at.value);
      if (number.kind === 'ok') {
        setAt(snap.value, path, number.value);
        changed = true;
      } else if (number.kind === 'ambiguous') {
        extra.push({ path, code: 'ambiguous_number', expected: 'number', received: JSON.stringify(at.value) });
        snap.blocked.add(pathKey(path));
      }
    }
    if (!changed) break;
    result = safeParse(schema, read());
  }
  return result;
};
