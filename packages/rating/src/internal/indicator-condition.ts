import type { Condition, Grade } from '@coop/model';
import { compileCondition, compiledTruth, conditionFields, conditionUsesGrades, type CompiledCondition, type ConditionRow } from '../semantics/condition.js';
import { columnValue, INT_ABSENT, type Column } from './frame-columns.js';

/*
 * The engine's side of conditions: the truth of a condition for every row of a frame, each row decided
 * by the rule in `semantics/condition.ts` over the values the frame read once into columns.
 */

/** 1 for `TRUE`, else 0, by truth: for counting and filtering rows without a branch per row. */
export const IS_TRUE: Readonly<Uint8Array> = Uint8Array.of(0, 1, 0);
/** 1 for `UNKNOWN`, else 0, by truth. */
export const IS_UNKNOWN: Readonly<Uint8Array> = Uint8Array.of(0, 0, 1);

/** The grade named by each grade code of a frame (see `gradeFacts`): code 0 is "no grade known". */
export const GRADE_CODE_NAMES: readonly (Grade | 'not-rated' | undefined)[] = [undefined, 'good', 'fair', 'average', 'weak', 'not-rated'];

/**
 * A condition's truth (`FALSE`, `TRUE` or `UNKNOWN` of `semantics/truth.ts`) for every row of a frame,
 * two bits a row (row `i` at bits `2 × (i mod 4)` of byte `i ÷ 4`; read with {@link truthAt}): a frame
 * keeps one per condition, and a plan has a dozen conditions over up to a million rows.
 */
export type Truths = Uint8Array;

/** Room for the truths of `rows` rows. */
const newTruths = (rows: number): Truths => new Uint8Array((rows + 3) >>> 2);

/** Writes a row's truth (into room that is still 0 for it). */
const setTruth = (truths: Truths, row: number, truth: number): void => {
  truths[row >>> 2] = (truths[row >>> 2] as number) | (truth << ((row & 3) << 1));
};

/**
 * A row's truth.
 *
 * @param truths - the truths of a frame's rows
 * @param row - the row
 * @returns `FALSE`, `TRUE` or `UNKNOWN`
 */
export const truthAt = (truths: Truths, row: number): number => ((truths[row >>> 2] as number) >>> ((row & 3) << 1)) & 3;

/** What a condition is decided against: the rows' field values, the effective grades, the grade codes. */
export interface ConditionInput {
  /** Number of rows. */
  readonly rows: number;
  /** The values of a field (dotted path) for every row (asked row after row: to be quick when read already). */
  readonly column: (path: string) => Column;
  readonly effective: readonly Grade[];
  /** The grade code of every row (read once, on the first grade leaf). */
  readonly gradeCodes: () => ArrayLike<number>;
}

/**
 * Decides a condition for every row (see `conditionTruth`), compiled once. A condition that reads only
 * flags and the grade — most of a plan's — is decided once per combination of the values it reads (a
 * flag is true, false or absent; a grade one of a handful of codes), by the same rule, and each row
 * then reads its truth from that table; any other is decided row by row.
 *
 * @param condition - the condition
 * @param input - the rows, the grades that count as "effective", the grade codes
 * @returns the truths of the rows (new)
 */
export const decideTruths = (condition: Condition, input: ConditionInput): Truths => {
  const compiled = compileCondition(condition, input.effective);
  return byValues(condition, compiled, input) ?? byRows(compiled, input);
};

/** Each row decided in turn, its values read back from the columns. */
const byRows = (compiled: CompiledCondition, input: ConditionInput): Truths => {
  const columnOf = input.column;
  let codes: ArrayLike<number> | undefined;
  let row = 0;
  const view: ConditionRow = {
    value: (path) => columnValue(columnOf(path), row),
    date: (path) => {
      const column = columnOf(path);
      const v = column.kind === 'dates' ? (column.values[row] as number) : INT_ABSENT;
      return v === INT_ABSENT ? undefined : v;
    },
    grade: () => {
      codes ??= input.gradeCodes();
      return GRADE_CODE_NAMES[codes[row] as number];
    },
  };
  const out = newTruths(input.rows);
  for (row = 0; row < input.rows; row += 1) setTruth(out, row, compiledTruth(compiled, view));
  return out;
};

/** Every value a flag column holds, by its code (0 false, 1 true, 2 absent): decoded by `columnValue`. */
const FLAG_VALUES: Column = { kind: 'flags', values: Uint8Array.of(0, 1, 2) };
/** Most combinations decided for one table (3 flags and the grade: 162). */
const MAX_COMBINATIONS = 729;

/**
 * The truths of a condition that reads only flag columns and the grade, decided once per combination
 * of their codes — the combination's number is the codes as digits (base 3 for a flag, then the grade
 * code) —, or `undefined` for any other condition.
 */
const byValues = (condition: Condition, compiled: CompiledCondition, input: ConditionInput): Truths | undefined => {
  const paths = new Set<string>();
  conditionFields(condition, paths);
  const flags = [...paths].map((path) => input.column(path));
  if (!flags.every((column) => column.kind === 'flags')) return undefined;
  const gradeCodes = conditionUsesGrades(condition) ? input.gradeCodes() : undefined;
  const place = flags.map((_, f) => 3 ** f);
  const combinations = 3 ** flags.length * (gradeCodes === undefined ? 1 : GRADE_CODE_NAMES.length);
  if (combinations > MAX_COMBINATIONS) return undefined;
  const index = new Map([...paths].map((path, f) => [path, f]));
  let combination = 0;
  const view: ConditionRow = {
    value: (path) => columnValue(FLAG_VALUES, Math.floor(combination / (place[index.get(path) as number] as number)) % 3),
    grade: () => GRADE_CODE_NAMES[Math.floor(combination / 3 ** flags.length)],
  };
  const table = new Uint8Array(combinations);
  for (combination = 0; combination < combinations; combination += 1) table[combination] = compiledTruth(compiled, view);
  const codes = flags.map((column) => column.values as Uint8Array);
  const gradePlace = 3 ** flags.length;
  const out = newTruths(input.rows);
  for (let row = 0; row < input.rows; row += 1) {
    let c = gradeCodes === undefined ? 0 : (gradeCodes[row] as number) * gradePlace;
    for (let f = 0; f < codes.length; f += 1) c += ((codes[f] as Uint8Array)[row] as number) * (place[f] as number);
    setTruth(out, row, table[c] as number);
  }
  return out;
};
