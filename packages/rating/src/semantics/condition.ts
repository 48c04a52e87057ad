import { CoopError, compareRational, rational, type Condition, type Grade, type Rational } from '@coop/model';
import { and, not, or, truthOf, FALSE, TRUE, UNKNOWN, type Truth } from './truth.js';

/*
 * Conditions over one organisation-year (an indicator's `where`), read as the domain note states them:
 * - an absent field, or a grade that is not known, is UNKNOWN — never "no";
 * - "not rated" is a known grade: it is in no grade set, so a grade condition is FALSE for it;
 * - `eq` / `in` compare with `===` (a flag compared with a number is a known "no");
 * - `gt` / `gte` / `lt` / `lte` compare a number exactly (a numeric-text bound as an exact decimal),
 *   a text (a date `YYYY-MM-DD`) lexically against a text bound; a value and a bound that do not
 *   compare (a number against a date …) give UNKNOWN. Several bounds must all hold; the first that
 *   does not decides;
 * - `all` / `any` / `not` follow Kleene logic (`truth.ts`).
 */

/** What a condition reads of one organisation-year. */
export interface ConditionRow {
  /** A record field by dotted path (`revenue`, `flags.highTech`); `undefined` when absent. */
  readonly value: (path: string) => unknown;
  /**
   * A field's date as its number `YYYYMMDD` ({@link dateNumber}), for a row that keeps dates as numbers;
   * `undefined` when the field holds no date (then `value` is read). A row without it is read as text.
   */
  readonly date?: (path: string) => number | undefined;
  /** The organisation-year's grade as read (sheet or data): a grade, "not rated", or not known. */
  readonly grade: () => Grade | 'not-rated' | undefined;
}

/**
 * Deepest condition nesting decided. Parsed indicators are already bounded (`parseIndicator` stops at
 * 64 levels of input nesting); this bound keeps the recursion safe whatever it is given.
 */
export const MAX_CONDITION_DEPTH = 64;

const tooDeep = (): never => {
  throw new CoopError('CONDITION_TOO_DEEP', `A condition is nested more than ${MAX_CONDITION_DEPTH} levels deep`, { limit: MAX_CONDITION_DEPTH });
};

/**
 * A `YYYY-MM-DD` text (ASCII digits, the form the record check accepts) as the number `YYYYMMDD`, or
 * `-1` for anything else. The numbers of two such texts compare as the texts do.
 *
 * @param value - any value
 * @returns the number, or -1
 */
export const dateNumber = (value: unknown): number => {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  let n = 0;
  for (let i = 0; i < 10; i += 1) {
    if (i === 4 || i === 7) continue;
    const d = value.charCodeAt(i) - 48; // an ASCII digit 0–9, else not a date
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
};

/**
 * A comparison bound, parsed once: a number, an exact decimal given as text, or a text compared
 * lexically — with, for a `YYYY-MM-DD` date, its number (`-1` for any other text).
 */
type Bound =
  | { readonly kind: 'number'; readonly number: number }
  | { readonly kind: 'exact'; readonly exact: Rational }
  | { readonly kind: 'text'; readonly text: string; readonly date: number };

const NUMERIC_TEXT = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** A bound as given in a condition: a numeric text is an exact decimal, any other text (a date) stays text. */
const boundOf = (raw: number | string): Bound =>
  typeof raw === 'number' ? { kind: 'number', number: raw } : NUMERIC_TEXT.test(raw.trim()) ? { kind: 'exact', exact: rational(raw) } : { kind: 'text', text: raw, date: dateNumber(raw) };

/** −1, 0 or 1 as the value compares with the bound, or `undefined` when they do not compare. */
const compareToBound = (value: unknown, bound: Bound): number | undefined => {
  if (typeof value === 'number') {
    if (bound.kind === 'number') return value < bound.number ? -1 : value > bound.number ? 1 : 0;
    if (bound.kind === 'exact') return compareRational(rational(value), bound.exact);
    return undefined;
  }
  if (typeof value === 'string' && bound.kind === 'text') return value < bound.text ? -1 : value > bound.text ? 1 : 0;
  return undefined;
};

/** The comparison operators, in the order their bounds are checked, with what each accepts of a −1/0/1 comparison. */
const OPERATORS = {
  gt: (c: number) => c > 0,
  gte: (c: number) => c >= 0,
  lt: (c: number) => c < 0,
  lte: (c: number) => c <= 0,
} as const;

/** One bound of a comparison: what the operator accepts, and the bound parsed. */
interface BoundTest {
  readonly accepts: (comparison: number) => boolean;
  readonly bound: Bound;
}

const truthAgainst = (value: unknown, test: BoundTest): Truth => {
  const c = compareToBound(value, test.bound);
  return c === undefined ? UNKNOWN : truthOf(test.accepts(c));
};

/** One comparison bound against a value. */
export const compareTruth = (value: unknown, op: keyof typeof OPERATORS, raw: number | string): Truth =>
  truthAgainst(value, { accepts: OPERATORS[op], bound: boundOf(raw) });

/**
 * A condition ready to decide row after row: bounds parsed and "effective" resolved to its grades, once
 * (see {@link compileCondition}); decided by {@link compiledTruth}.
 */
export type CompiledCondition =
  | { readonly op: 'all' | 'any'; readonly parts: readonly CompiledCondition[] }
  | { readonly op: 'not'; readonly part: CompiledCondition }
  | { readonly op: 'grade'; readonly grades: readonly string[] }
  | { readonly op: 'eq'; readonly field: string; readonly value: unknown }
  | { readonly op: 'in'; readonly field: string; readonly values: readonly unknown[] }
  /** `dates`: every bound is a date (a row's date number then compares without its text). */
  | { readonly op: 'compare'; readonly field: string; readonly bounds: readonly BoundTest[]; readonly dates: boolean };

/**
 * Compiles a condition (throws `CONDITION_TOO_DEEP` beyond {@link MAX_CONDITION_DEPTH} levels).
 *
 * @param condition - the condition
 * @param effective - the grades that count as "effective" for `{ grade: 'effective' }`
 * @returns the compiled condition
 */
export const compileCondition = (condition: Condition, effective: readonly Grade[], depth = 0): CompiledCondition => {
  if (depth > MAX_CONDITION_DEPTH) return tooDeep();
  const part = (c: Condition) => compileCondition(c, effective, depth + 1);
  if ('all' in condition) return { op: 'all', parts: condition.all.map(part) };
  if ('any' in condition) return { op: 'any', parts: condition.any.map(part) };
  if ('not' in condition) return { op: 'not', part: part(condition.not) };
  if ('grade' in condition) return { op: 'grade', grades: condition.grade === 'effective' ? effective : condition.grade };
  if ('eq' in condition) return { op: 'eq', field: condition.field, value: condition.eq };
  if ('in' in condition) return { op: 'in', field: condition.field, values: condition.in };
  const bounds = (Object.keys(OPERATORS) as (keyof typeof OPERATORS)[]).flatMap((op) => {
    const raw = condition[op];
    return raw === undefined ? [] : [{ accepts: OPERATORS[op], bound: boundOf(raw) }];
  });
  const dates = bounds.length > 0 && bounds.every(({ bound }) => bound.kind === 'text' && bound.date >= 0);
  return { op: 'compare', field: condition.field, bounds, dates };
};

/**
 * Decides a compiled condition on one organisation-year (the rules above).
 *
 * @param condition - the condition, compiled
 * @param row - the organisation-year's fields and grade
 * @returns TRUE, FALSE or UNKNOWN
 */
export const compiledTruth = (condition: CompiledCondition, row: ConditionRow): Truth => {
  switch (condition.op) {
    case 'all': {
      let t: Truth = TRUE;
      for (let i = 0; i < condition.parts.length && t !== FALSE; i += 1) t = and(t, compiledTruth(condition.parts[i] as CompiledCondition, row));
      return t;
    }
    case 'any': {
      let t: Truth = FALSE;
      for (let i = 0; i < condition.parts.length && t !== TRUE; i += 1) t = or(t, compiledTruth(condition.parts[i] as CompiledCondition, row));
      return t;
    }
    case 'not':
      return not(compiledTruth(condition.part, row));
    case 'grade': {
      const grade = row.grade();
      return grade === undefined ? UNKNOWN : truthOf(condition.grades.includes(grade));
    }
  }
  // A date the row keeps as its number compares with date bounds as numbers: the order of their texts.
  const date = condition.op === 'compare' && condition.dates ? row.date?.(condition.field) : undefined;
  const value = date ?? row.value(condition.field);
  if (value === undefined) return UNKNOWN;
  if (condition.op === 'eq') return truthOf(value === condition.value);
  if (condition.op === 'in') return truthOf(condition.values.includes(value));
  // Several bounds must all hold; the first that does not decides.
  for (let i = 0; i < condition.bounds.length; i += 1) {
    const test = condition.bounds[i] as BoundTest;
    const t = date === undefined ? truthAgainst(value, test) : truthOf(test.accepts(Math.sign(date - (test.bound as { readonly date: number }).date)));
    if (t !== TRUE) return t;
  }
  return TRUE;
};

/**
 * Decides a condition on one organisation-year ({@link compileCondition}, then {@link compiledTruth}).
 *
 * @param condition - the condition
 * @param row - the organisation-year's fields and grade
 * @param effective - the grades that count as "effective" for `{ grade: 'effective' }`
 * @returns TRUE, FALSE or UNKNOWN
 * @example
 * ```ts
 * import { conditionTruth } from '../../src/semantics/condition.js';
 * conditionTruth({ field: 'revenue', gte: 80 }, { value: () => 79.99, grade: () => undefined }, ['good']); // 0 — FALSE
 * conditionTruth({ field: 'revenue', gte: 80 }, { value: () => undefined, grade: () => undefined }, ['good']); // 2 — UNKNOWN
 * ```
 */
export const conditionTruth = (condition: Condition, row: ConditionRow, effective: readonly Grade[]): Truth =>
  compiledTruth(compileCondition(condition, effective), row);

/** The parts of a composite condition (none for a leaf). */
const partsOf = (condition: Condition): readonly Condition[] =>
  'all' in condition ? condition.all : 'any' in condition ? condition.any : 'not' in condition ? [condition.not] : [];

/** Does the condition, or any part of it, satisfy `leaf`? (Bounded by {@link MAX_CONDITION_DEPTH}.) */
const someLeaf = (condition: Condition | undefined, leaf: (c: Condition) => boolean, depth = 0): boolean => {
  if (condition === undefined) return false;
  if (depth > MAX_CONDITION_DEPTH) return tooDeep();
  return leaf(condition) || partsOf(condition).some((part) => someLeaf(part, leaf, depth + 1));
};

/**
 * Adds the record fields a condition reads to a set.
 *
 * @param condition - the condition (absent: nothing)
 * @param into - the set to fill
 */
export const conditionFields = (condition: Condition | undefined, into: Set<string>): void => {
  someLeaf(condition, (c) => {
    if ('field' in c) into.add(c.field);
    return false;
  });
};

/** Tells whether a condition (or any part of it) reads grades. */
export const conditionUsesGrades = (condition: Condition | undefined): boolean => someLeaf(condition, (c) => 'grade' in c);

/** Tells whether a condition (or any part of it) reads the effective grades. */
export const conditionUsesEffective = (condition: Condition | undefined): boolean => someLeaf(condition, (c) => 'grade' in c && c.grade === 'effective');
