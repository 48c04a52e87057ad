import type { Condition, Grade } from '@coop/model';
import { compileCondition, compiledTruth, type ConditionRow } from '../semantics/condition.js';
import { columnValue, type Column } from './frame-columns.js';

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

/** A condition's truth (`FALSE`, `TRUE` or `UNKNOWN` of `semantics/truth.ts`) for every row of a frame. */
export type Truths = Uint8Array;

/** What a condition is decided against: the rows' field values, the effective grades, the grade codes. */
export interface ConditionInput {
  /** Number of rows. */
  readonly rows: number;
  /** The values of a field (dotted path) for every row. */
  readonly column: (path: string) => Column;
  readonly effective: readonly Grade[];
  /** The grade code of every row (read once, on the first grade leaf). */
  readonly gradeCodes: () => ArrayLike<number>;
}

/**
 * Decides a condition for every row (see `conditionTruth`), compiled once.
 *
 * @param condition - the condition
 * @param input - the rows, the grades that count as "effective", the grade codes
 * @returns a new array of truths, one per row
 */
export const decideTruths = (condition: Condition, input: ConditionInput): Truths => {
  const columns = new Map<string, Column>();
  let codes: ArrayLike<number> | undefined;
  let row = 0;
  const view: ConditionRow = {
    value: (path) => {
      let column = columns.get(path);
      if (column === undefined) {
        column = input.column(path);
        columns.set(path, column);
      }
      return columnValue(column, row);
    },
    grade: () => {
      codes ??= input.gradeCodes();
      return GRADE_CODE_NAMES[codes[row] as number];
    },
  };
  const compiled = compileCondition(condition, input.effective);
  const out = new Uint8Array(input.rows);
  for (row = 0; row < input.rows; row += 1) out[row] = compiledTruth(compiled, view);
  return out;
};
