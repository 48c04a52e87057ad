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

/** A comparison bound: a number, an exact decimal given as text, or a text compared lexically. */
type Bound = number | { readonly exact: Rational } | { readonly text: string };

const NUMERIC_TEXT = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** A bound as given in a condition: a numeric text is an exact decimal, any other text (a date) stays text. */
const boundOf = (raw: number | string): Bound => (typeof raw === 'number' ? raw : NUMERIC_TEXT.test(raw.trim()) ? { exact: rational(raw) } : { text: raw });

/** −1, 0 or 1 as the value compares with the bound, or `undefined` when they do not compare. */
const compareToBound = (value: unknown, bound: Bound): number | undefined => {
  if (typeof value === 'number') {
    if (typeof bound === 'number') return value < bound ? -1 : value > bound ? 1 : 0;
    if ('exact' in bound) return compareRational(rational(value), bound.exact);
    return undefined;
  }
  if (typeof value === 'string' && typeof bound === 'object' && 'text' in bound) return value < bound.text ? -1 : value > bound.text ? 1 : 0;
  return undefined;
};

/** The comparison operators, in the order their bounds are checked, with what each accepts of a −1/0/1 comparison. */
const OPERATORS = [
  ['gt', (c: number) => c > 0],
  ['gte', (c: number) => c >= 0],
  ['lt', (c: number) => c < 0],
  ['lte', (c: number) => c <= 0],
] as const;

/** One comparison bound against a value. */
export const compareTruth = (value: unknown, op: 'gt' | 'gte' | 'lt' | 'lte', raw: number | string): Truth => {
  const c = compareToBound(value, boundOf(raw));
  if (c === undefined) return UNKNOWN;
  return truthOf((OPERATORS.find(([name]) => name === op) as (typeof OPERATORS)[number])[1](c));
};

/**
 * Decides a condition on one organisation-year.
 *
 * @param condition - the condition
 * @param row - the organisation-year's fields and grade
 * @param effective - the grades that count as "effective" for `{ grade: 'effective' }`
 * @param depth - the nesting depth (throws `CONDITION_TOO_DEEP` beyond {@link MAX_CONDITION_DEPTH})
 * @returns TRUE, FALSE or UNKNOWN
 * @example
 * ```ts
 * import { conditionTruth } from '../../src/semantics/condition.js';
 * conditionTruth({ field: 'revenue', gte: 80 }, { value: () => 79.99, grade: () => undefined }, ['good']); // 0 — FALSE
 * conditionTruth({ field: 'revenue', gte: 80 }, { value: () => undefined, grade: () => undefined }, ['good']); // 2 — UNKNOWN
 * ```
 */
export const conditionTruth = (condition: Condition, row: ConditionRow, effective: readonly Grade[], depth = 0): Truth => {
  if (depth > MAX_CONDITION_DEPTH) return tooDeep();
  if ('all' in condition) return condition.all.reduce<Truth>((t, part) => and(t, conditionTruth(part, row, effective, depth + 1)), TRUE);
  if ('any' in condition) return condition.any.reduce<Truth>((t, part) => or(t, conditionTruth(part, row, effective, depth + 1)), FALSE);
  if ('not' in condition) return not(conditionTruth(condition.not, row, effective, depth + 1));
  if ('grade' in condition) {
    const grade = row.grade();
    if (grade === undefined) return UNKNOWN;
    const set: readonly string[] = condition.grade === 'effective' ? effective : condition.grade;
    return truthOf(set.includes(grade));
  }
  const value = row.value(condition.field);
  if (value === undefined) return UNKNOWN;
  if ('eq' in condition) return truthOf(value === condition.eq);
  if ('in' in condition) return truthOf((condition.in as readonly unknown[]).includes(value));
  for (const [op] of OPERATORS) {
    const raw = condition[op];
    if (raw === undefined) continue;
    const t = compareTruth(value, op, raw);
    if (t !== TRUE) return t;
  }
  return TRUE;
};

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
