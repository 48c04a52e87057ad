import { CoopError, compareRational, rational, type Condition, type Grade, type Rational } from '@coop/model';
import { absentNumber, columnValue, dateNumber, INT_ABSENT, type Column } from './frame-columns.js';

/** Three-valued truth: a condition on a record can be true, false, or unknown (the data is missing). */
export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Truth = typeof FALSE | typeof TRUE | typeof UNKNOWN;
/** 1 for `TRUE`, else 0, by truth: for counting and filtering rows without a branch per row. */
export const IS_TRUE: Readonly<Uint8Array> = Uint8Array.of(0, 1, 0);
/** 1 for `UNKNOWN`, else 0, by truth. */
export const IS_UNKNOWN: Readonly<Uint8Array> = Uint8Array.of(0, 0, 1);

/** The grade named by each grade code of a frame (see `gradeFacts`): code 0 is "no grade known". */
export const GRADE_CODE_NAMES: readonly (Grade | 'not-rated' | undefined)[] = [undefined, 'good', 'fair', 'average', 'weak', 'not-rated'];

/**
 * A condition's truth for every row of a frame: `FALSE`, `TRUE` or `UNKNOWN` per row (see `Frame`).
 * Decided for all rows at once, one tight loop per leaf, and combined array by array.
 */
export type Truths = Uint8Array;

/** What a condition is decided against: the rows' field values, the effective grades, the grade codes. */
export interface ConditionInput {
  /** Number of rows. */
  readonly rows: number;
  /** The values of a field (dotted path) for every row. */
  readonly column: (path: string) => Column;
  readonly effective: readonly Grade[];
  /** The grade code of every row (read once, on the first grade leaf). */
  readonly gradeCodes: () => Uint8Array;
}

type Bound = { readonly op: 'gt' | 'gte' | 'lt' | 'lte'; readonly num: number | undefined; readonly exact: Rational | undefined; readonly text: string | undefined };

const compareWith = (value: unknown, bound: Bound): Truth => {
  let c: number;
  if (typeof value === 'number') {
    if (bound.num !== undefined) c = value < bound.num ? -1 : value > bound.num ? 1 : 0;
    else if (bound.exact !== undefined) c = compareRational(rational(value), bound.exact);
    else return UNKNOWN;
  } else if (typeof value === 'string' && bound.text !== undefined) {
    c = value < bound.text ? -1 : value > bound.text ? 1 : 0;
  } else return UNKNOWN;
  switch (bound.op) {
    case 'gt': return c > 0 ? TRUE : FALSE;
    case 'gte': return c >= 0 ? TRUE : FALSE;
    case 'lt': return c < 0 ? TRUE : FALSE;
    default: return c <= 0 ? TRUE : FALSE;
  }
};

const makeBound = (op: Bound['op'], raw: number | string): Bound => {
  if (typeof raw === 'number') return { op, num: raw, exact: undefined, text: undefined };
  // A numeric string is compared exactly; any other string (a date such as 2023-01-01) lexically.
  const numeric = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(raw.trim());
  return { op, num: undefined, exact: numeric ? rational(raw) : undefined, text: numeric ? undefined : raw };
};

/**
 * Deepest condition nesting compiled. Parsed indicators are already bounded (`parseIndicator` stops at
 * 64 levels of input nesting, i.e. about 32 nested conditions); the bound here keeps this recursion safe
 * whatever it is given.
 */
export const MAX_CONDITION_DEPTH = 64;

const tooDeep = (): never => {
  throw new CoopError('CONDITION_TOO_DEEP', `A condition is nested more than ${MAX_CONDITION_DEPTH} levels deep`, { limit: MAX_CONDITION_DEPTH });
};

/** Kleene `and`, `or` of two truths (index `a * 3 + b`) and `not` of one. */
const AND = Uint8Array.of(FALSE, FALSE, FALSE, FALSE, TRUE, UNKNOWN, FALSE, UNKNOWN, UNKNOWN);
const OR = Uint8Array.of(FALSE, TRUE, UNKNOWN, TRUE, TRUE, TRUE, UNKNOWN, TRUE, UNKNOWN);
const NOT = Uint8Array.of(TRUE, FALSE, UNKNOWN);

/** Each code of `codes` read through `table`: a truth per row. */
const lookUp = (table: Uint8Array, codes: ArrayLike<number>, rows: number): Truths => {
  const out = new Uint8Array(rows);
  for (let i = 0; i < rows; i += 1) out[i] = table[codes[i] as number] as number;
  return out;
};

/** Folds the truths of the parts of an `all` / `any` with a Kleene table. */
const fold = (parts: readonly Condition[], table: Uint8Array, input: ConditionInput, depth: number): Truths => {
  if (parts.length === 0) return new Uint8Array(input.rows).fill(table === AND ? TRUE : FALSE); // never parsed: `all`/`any` need a part
  const out = decideTruths(parts[0] as Condition, input, depth + 1).slice();
  for (let p = 1; p < parts.length; p += 1) {
    const next = decideTruths(parts[p] as Condition, input, depth + 1);
    for (let i = 0; i < out.length; i += 1) out[i] = table[(out[i] as number) * 3 + (next[i] as number)] as number;
  }
  return out;
};

/** Truths of `eq` / `in` (a set of accepted values) over a column. */
const membership = (column: Column, rows: number, accepts: (value: unknown) => boolean): Truths => {
  // A flag: decide false and true once; absent is unknown.
  if (column.kind === 'flags') return lookUp(Uint8Array.of(accepts(false) ? TRUE : FALSE, accepts(true) ? TRUE : FALSE, UNKNOWN), column.values, rows);
  const out = new Uint8Array(rows);
  for (let i = 0; i < rows; i += 1) {
    const v = columnValue(column, i);
    out[i] = v === undefined ? UNKNOWN : accepts(v) ? TRUE : FALSE;
  }
  return out;
};

/** Truths of the bounds of a comparison leaf over a column: every bound must hold. */
const comparison = (column: Column, rows: number, bounds: readonly Bound[]): Truths => {
  const out = new Uint8Array(rows);
  const one = bounds.length === 1 ? (bounds[0] as Bound) : undefined;
  // The common cases, one bound against a packed column — a number against a number, a date against a
  // date (the numbers `YYYYMMDD` compare as the texts do) —: no value is boxed.
  const limit = one === undefined ? undefined : column.kind === 'numbers' ? one.num : column.kind === 'dates' && one.text !== undefined ? dateNumber(one.text) : undefined;
  if (one !== undefined && limit !== undefined && limit !== -1 && (column.kind === 'numbers' || column.kind === 'dates')) {
    const values = column.values;
    const absent = column.kind === 'dates' ? INT_ABSENT : absentNumber(column.values);
    const holds = one.op === 'gt' ? (v: number) => v > limit : one.op === 'gte' ? (v: number) => v >= limit : one.op === 'lt' ? (v: number) => v < limit : (v: number) => v <= limit;
    for (let i = 0; i < rows; i += 1) {
      const v = values[i] as number;
      out[i] = v !== v || v === absent ? UNKNOWN : holds(v) ? TRUE : FALSE;
    }
    return out;
  }
  if (column.kind === 'values' && one?.text !== undefined) {
    // A text against one text bound: compared as strings, as `compareWith` does.
    const values = column.values;
    for (let i = 0; i < rows; i += 1) {
      const v = values[i];
      out[i] = v === undefined ? UNKNOWN : compareWith(v, one);
    }
    return out;
  }
  for (let i = 0; i < rows; i += 1) {
    const v = columnValue(column, i);
    let t: Truth = TRUE;
    if (v === undefined) t = UNKNOWN;
    else {
      for (const bound of bounds) {
        t = compareWith(v, bound);
        if (t !== TRUE) break;
      }
    }
    out[i] = t;
  }
  return out;
};

/**
 * Decides a condition for every row. Absent fields and unknown grades give `UNKNOWN`; "not rated" is a
 * known "no" for every grade set. `all`/`any`/`not` follow Kleene logic.
 *
 * @param condition - the condition
 * @param input - the rows, the grades that count as "effective", the grade codes
 * @param depth - the nesting depth (throws `CONDITION_TOO_DEEP` beyond {@link MAX_CONDITION_DEPTH})
 * @returns a new array of truths, one per row
 */
export const decideTruths = (condition: Condition, input: ConditionInput, depth = 0): Truths => {
  if (depth > MAX_CONDITION_DEPTH) return tooDeep();
  const rows = input.rows;
  if ('all' in condition) return fold(condition.all, AND, input, depth);
  if ('any' in condition) return fold(condition.any, OR, input, depth);
  if ('not' in condition) {
    const out = decideTruths(condition.not, input, depth + 1).slice();
    for (let i = 0; i < rows; i += 1) out[i] = NOT[out[i] as number] as number;
    return out;
  }
  if ('grade' in condition) {
    const set = new Set<string | undefined>(condition.grade === 'effective' ? input.effective : condition.grade);
    const decided = Uint8Array.from(GRADE_CODE_NAMES, (name) => (name === undefined ? UNKNOWN : set.has(name) ? TRUE : FALSE));
    return lookUp(decided, input.gradeCodes(), rows);
  }
  const column = input.column(condition.field);
  if ('eq' in condition) {
    const expected = condition.eq;
    return membership(column, rows, (v) => v === expected);
  }
  if ('in' in condition) {
    const set = new Set<unknown>(condition.in);
    return membership(column, rows, (v) => set.has(v));
  }
  const bounds: Bound[] = [];
  if (condition.gt !== undefined) bounds.push(makeBound('gt', condition.gt));
  if (condition.gte !== undefined) bounds.push(makeBound('gte', condition.gte));
  if (condition.lt !== undefined) bounds.push(makeBound('lt', condition.lt));
  if (condition.lte !== undefined) bounds.push(makeBound('lte', condition.lte));
  return comparison(column, rows, bounds);
};

/**
 * Adds the record fields a condition reads to a set.
 *
 * @param condition - the condition (absent: nothing)
 * @param into - the set to fill
 * @param depth - the nesting depth (throws `CONDITION_TOO_DEEP` beyond {@link MAX_CONDITION_DEPTH})
 */
export const conditionFields = (condition: Condition | undefined, into: Set<string>, depth = 0): void => {
  if (condition === undefined) return;
  if (depth > MAX_CONDITION_DEPTH) return tooDeep();
  if ('all' in condition) for (const c of condition.all) conditionFields(c, into, depth + 1);
  else if ('any' in condition) for (const c of condition.any) conditionFields(c, into, depth + 1);
  else if ('not' in condition) conditionFields(condition.not, into, depth + 1);
  else if ('field' in condition) into.add(condition.field);
};

/** Tells whether a condition (or any part of it) reads grades. */
export const conditionUsesGrades = (condition: Condition | undefined, depth = 0): boolean => {
  if (condition === undefined) return false;
  if (depth > MAX_CONDITION_DEPTH) return tooDeep();
  if ('grade' in condition) return true;
  if ('all' in condition) return condition.all.some((c) => conditionUsesGrades(c, depth + 1));
  if ('any' in condition) return condition.any.some((c) => conditionUsesGrades(c, depth + 1));
  if ('not' in condition) return conditionUsesGrades(condition.not, depth + 1);
  return false;
};

/** Tells whether a condition (or any part of it) reads the effective grades. */
export const conditionUsesEffective = (condition: Condition | undefined, depth = 0): boolean => {
  if (condition === undefined) return false;
  if (depth > MAX_CONDITION_DEPTH) return tooDeep();
  if ('grade' in condition) return condition.grade === 'effective';
  if ('all' in condition) return condition.all.some((c) => conditionUsesEffective(c, depth + 1));
  if ('any' in condition) return condition.any.some((c) => conditionUsesEffective(c, depth + 1));
  if ('not' in condition) return conditionUsesEffective(condition.not, depth + 1);
  return false;
};
