import { CoopError, compareRational, rational, type Condition, type Grade, type Rational } from '@coop/model';
import type { Column } from './frame-columns.js';

/** Three-valued truth: a condition on a record can be true, false, or unknown (the data is missing). */
export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Truth = typeof FALSE | typeof TRUE | typeof UNKNOWN;

/** Reads the grade of the row at an index (memoised by the caller); `undefined` = no grade known. */
export type GradeReader = (row: number) => Grade | 'not-rated' | undefined;

/** A compiled condition over the rows of one year (see `Frame`): the truth for the row at an index. */
export type Predicate = (row: number) => Truth;

/** What a condition is compiled against: the rows' field values, the effective grades, the grade reader. */
export interface ConditionInput {
  /** The values of a field (dotted path) for every row. */
  readonly column: (path: string) => Column;
  readonly effective: readonly Grade[];
  readonly readGrade: GradeReader;
  /** Called once per grade leaf compiled (to report the grade sources and effective grades used). */
  readonly onGradeUse: (effectiveUsed: boolean) => void;
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

/**
 * Compiles a condition into a three-valued predicate over row indices. Absent fields and unknown grades
 * give `UNKNOWN`; "not rated" is a known "no" for every grade set. `all`/`any`/`not` follow Kleene logic.
 *
 * @param condition - the condition
 * @param input - the rows, the grades that count as "effective", the grade reader
 * @param depth - the nesting depth (throws `CONDITION_TOO_DEEP` beyond {@link MAX_CONDITION_DEPTH})
 */
export const compileCondition = (condition: Condition, input: ConditionInput, depth = 0): Predicate => {
  if (depth > MAX_CONDITION_DEPTH) return tooDeep();
  if ('all' in condition) {
    const parts = condition.all.map((c) => compileCondition(c, input, depth + 1));
    return (row) => {
      let unknown = false;
      for (const part of parts) {
        const t = part(row);
        if (t === FALSE) return FALSE;
        if (t === UNKNOWN) unknown = true;
      }
      return unknown ? UNKNOWN : TRUE;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => compileCondition(c, input, depth + 1));
    return (row) => {
      let unknown = false;
      for (const part of parts) {
        const t = part(row);
        if (t === TRUE) return TRUE;
        if (t === UNKNOWN) unknown = true;
      }
      return unknown ? UNKNOWN : FALSE;
    };
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not, input, depth + 1);
    return (row) => {
      const t = inner(row);
      return t === UNKNOWN ? UNKNOWN : t === TRUE ? FALSE : TRUE;
    };
  }
  if ('grade' in condition) {
    const set = new Set<string>(condition.grade === 'effective' ? input.effective : condition.grade);
    input.onGradeUse(condition.grade === 'effective');
    const readGrade = input.readGrade;
    return (row) => {
      const g = readGrade(row);
      if (g === undefined) return UNKNOWN;
      return set.has(g) ? TRUE : FALSE;
    };
  }
  const valueOf = input.column(condition.field);
  if ('eq' in condition) {
    const expected = condition.eq;
    return (row) => {
      const v = valueOf(row);
      return v === undefined ? UNKNOWN : v === expected ? TRUE : FALSE;
    };
  }
  if ('in' in condition) {
    const set = new Set<unknown>(condition.in);
    return (row) => {
      const v = valueOf(row);
      return v === undefined ? UNKNOWN : set.has(v) ? TRUE : FALSE;
    };
  }
  const bounds: Bound[] = [];
  if (condition.gt !== undefined) bounds.push(makeBound('gt', condition.gt));
  if (condition.gte !== undefined) bounds.push(makeBound('gte', condition.gte));
  if (condition.lt !== undefined) bounds.push(makeBound('lt', condition.lt));
  if (condition.lte !== undefined) bounds.push(makeBound('lte', condition.lte));
  return (row) => {
    const v = valueOf(row);
    if (v === undefined) return UNKNOWN;
    for (const bound of bounds) {
      const t = compareWith(v, bound);
      if (t !== TRUE) return t;
    }
    return TRUE;
  };
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
