import {
  type Issue,
  ceilRational,
  divideRational,
  floorRational,
  multiplyRational,
  rational,
  subtractRational,
  addRational,
  type Label,
  type Rational,
} from '@coop/model';
import { fail, guard, isObjectLike, makeIssue, ownField } from './internal/evaluation-guard.js';
import { readExact, readLevelComparator, readOptionalNumber } from './internal/evaluation-values.js';
import { constraintOf, exceedsConstraint, meetsLower, meetsUpper, violatedBound, type LevelComparator } from './semantics/comparators.js';

export type { LevelComparator };

/**
 * What a gap amount counts.
 *
 * @example
 * ```ts
 * import { targetGap, type GapUnit } from '@coop/rating';
 * // mean revenue ≥ 5 bn VND: two co-ops with 9 bn in all fall 1 bn short in total
 * const unit: GapUnit = 'vnd';
 * const gap = targetGap({ kind: '>=', value: 5_000_000_000 }, { numerator: 9_000_000_000, denominator: 2, unit, basis: 'population-total' });
 * gap.kind === 'change' && gap.amount; // 1000000000n
 * gap.kind === 'change' && gap.unit; // 'vnd'
 * ```
 */
export type GapUnit = 'organisations' | 'vnd' | 'members' | 'households' | 'persons' | 'hectares' | 'units';

/**
 * How far a target is from holding, in the target's own terms:
 * - `met`: nothing to do (`exceeded`: above the upper end of a development range or "about", which is
 *   not a limit unless the comparator cites a `ceiling`);
 * - `change`: the least whole `amount` of the numerator (organisations for a share, VND for a mean's
 *   population total …) to add (`more`) or remove (`fewer`) with today's denominator;
 * - `distance`: the value must move by `distance` to `boundary` (non-integral quantities, growth);
 * - `unreachable`: no whole change can make it hold (the band holds no whole number, or it would need
 *   more than the whole population);
 * - `units`: the failing units of a per-unit target; `years`: the years below a yearly-growth floor;
 * - `not-computable`: there is no value to measure from.
 * `boundary` is the comparator's edge in the indicator's unit and `distance` = |boundary − value|.
 *
 * @example
 * ```ts
 * import { targetGap, type TargetGap } from '@coop/rating';
 * const say = (gap: TargetGap): string =>
 *   gap.kind === 'met' ? 'met'
 *   : gap.kind === 'change' ? `${gap.amount} ${gap.change} ${gap.unit}`
 *   : gap.kind;
 * say(targetGap({ kind: '>', value: 60 }, { numerator: 6, denominator: 10, factor: 100, limit: 10 })); // '1 more organisations'
 * say(targetGap({ kind: 'range', min: 20, max: 25 }, { numerator: 27 })); // 'met' — exceeded, not "2 fewer"
 * const ceiling = { document: 'Quy chế', phrase: 'không quá 25' };
 * say(targetGap({ kind: 'range', min: 20, max: 25, ceiling }, { numerator: 27 })); // '2 fewer organisations'
 * say(targetGap({ kind: '>=', value: 60 }, { numerator: 7, denominator: 10, factor: 100 })); // 'met'
 * ```
 */
export type TargetGap =
  | { readonly kind: 'met'; readonly exceeded?: true }
  | {
      readonly kind: 'change';
      readonly change: 'more' | 'fewer';
      readonly amount: bigint;
      readonly unit: GapUnit;
      /** `numerator`: the numerator itself changes; `population-total`: a mean's total over the population. */
      readonly basis: 'numerator' | 'population-total';
      readonly boundary: Rational;
      readonly distance: Rational;
    }
  | { readonly kind: 'distance'; readonly change: 'more' | 'fewer'; readonly boundary: Rational; readonly distance: Rational }
  | { readonly kind: 'unreachable'; readonly reason: Label; readonly boundary: Rational; readonly distance: Rational }
  | { readonly kind: 'units'; readonly failing: readonly string[]; readonly meeting: number; readonly total: number }
  | { readonly kind: 'years'; readonly failing: readonly number[] }
  | { readonly kind: 'not-computable'; readonly reason: Label };

/**
 * The quantities behind a value `factor × numerator ÷ denominator`.
 *
 * @example
 * ```ts
 * import { targetGap, type GapQuantities } from '@coop/rating';
 * // 6 of 10 co-ops good or fair, as a percentage; at most all 10 can be
 * const quantities: GapQuantities = { numerator: 6, denominator: 10, factor: 100, limit: 10 };
 * const gap = targetGap({ kind: '>', value: 60 }, quantities);
 * gap.kind === 'change' && gap.amount; // 1n — 7 of 10 is over 60 %
 * targetGap({ kind: '>', value: 60 }, { ...quantities, integral: false }).kind; // 'distance'
 * ```
 */
export interface GapQuantities {
  /** The numerator quantity (a count, a sum, or a mean's population total). */
  readonly numerator: Rational | number | bigint | string;
  /** The divisor (the denominator, or the record count of a mean); default 1. */
  readonly denominator?: Rational | number | bigint | string;
  /** The indicator factor (100 for a percentage); default 1. */
  readonly factor?: number;
  /** The largest the numerator can be (a share's denominator: at most every organisation). */
  readonly limit?: Rational | number | bigint | string;
  /** Whether the numerator moves in whole steps (organisations, VND); default true. */
  readonly integral?: boolean;
  /**
   * Whether the numerator can be negative (a total of after-tax profits can; a count of organisations
   * cannot); default false: a change that would take it below zero is `unreachable`.
   */
  readonly signed?: boolean;
  /** What the numerator counts (reported back); default `organisations`. */
  readonly unit?: GapUnit;
  /** Reported back: `population-total` for a mean. */
  readonly basis?: 'numerator' | 'population-total';
}

const abs = (r: Rational): Rational => (r.num < 0n ? { num: -r.num, den: r.den } : r);

/**
 * The least change to a numerator that makes a level comparator hold with today's denominator.
 *
 * For "more than 60 %" of 10 co-ops with 6 good or fair, 7 are needed: the gap is 1 more. The answer
 * is exact and minimal: with `amount` the target holds, with `amount − 1` it does not. For `<`, `<=`
 * and `= 0` targets the change is "fewer". For ranges and approximately, the lower edge is aimed at; the
 * upper edge only where the comparator cites a `ceiling` (else a value above it is met, and exceeded).
 *
 * @param comparator - `>`, `>=`, `<`, `<=`, `=`, `range` or `approximately`
 * @param quantities - numerator, denominator, factor (and optional limit, unit)
 * @param options - `tolerance` for an approximately comparator without its own
 * @returns the gap (see {@link TargetGap})
 * @throws CoopError `MISSING_TOLERANCE` for an approximately comparator without any tolerance;
 *   `INVALID_ARGUMENT` (with `details.issues`) for a malformed comparator, quantity or option
 * @example
 * ```ts
 * import { targetGap } from '@coop/rating';
 * targetGap({ kind: '>', value: 60 }, { numerator: 6, denominator: 10, factor: 100, limit: 10 });
 * // { kind: 'change', change: 'more', amount: 1n, unit: 'organisations', … }
 * ```
 */
export const targetGap = (
  comparator: LevelComparator,
  quantities: GapQuantities,
  options: { readonly tolerance?: number } = {},
): TargetGap => {
  const checked = guard('INVALID_ARGUMENT', 'arguments', () => [], () => checkGapArguments(comparator, quantities, options));
  const constraint = constraintOf(checked.comparator, checked.tolerance);
  const q = checked.numerator;
  const d = checked.denominator ?? rational(1);
  const f = rational(checked.factor ?? 1);
  if (d.num === 0n) {
    return { kind: 'not-computable', reason: { vi: 'Mẫu số bằng 0', en: 'The denominator is zero' } };
  }
  const valueOf = (numerator: Rational): Rational => multiplyRational(divideRational(numerator, d), f);
  const toQuantity = (v: Rational): Rational => divideRational(multiplyRational(v, d), f);
  const value = valueOf(q);
  const edge = violatedBound(constraint, value);
  if (edge === undefined) return exceedsConstraint(constraint, value) ? { kind: 'met', exceeded: true } : { kind: 'met' };
  const integral = checked.integral ?? true;
  const unit = checked.unit ?? 'organisations';
  const basis = checked.basis ?? 'numerator';
  const limit = checked.limit;
  const more = edge.change === 'more';
  const boundary = edge.bound;
  const distance = abs(subtractRational(boundary, value));
  if (!integral) return { kind: 'distance', change: more ? 'more' : 'fewer', boundary, distance };
  const room = more ? subtractRational(toQuantity(boundary), q) : subtractRational(q, toQuantity(boundary));
  const amount = edge.strict ? floorRational(room) + 1n : ceilRational(room);
  const moved = more ? addRational(q, rational(amount)) : subtractRational(q, rational(amount));
  const unreachable = (vi: string, en: string): TargetGap => ({ kind: 'unreachable', reason: { vi, en }, boundary, distance });
  if (!checked.signed && moved.num < 0n) return unreachable('Không thể giảm xuống dưới 0', 'It cannot go below zero');
  if (limit !== undefined && more && addRational(q, rational(amount)).num * limit.den > limit.num * addRational(q, rational(amount)).den) {
    return unreachable('Cần nhiều hơn toàn bộ tổng thể', 'It would need more than the whole population');
  }
  const movedValue = valueOf(moved);
  if (!(more ? meetsUpper(constraint, movedValue) : meetsLower(constraint, movedValue))) {
    return unreachable('Không có số nguyên nào nằm trong khoảng mục tiêu', 'No whole number lands within the target band');
  }
  return { kind: 'change', change: more ? 'more' : 'fewer', amount, unit, basis, boundary, distance };
};

const GAP_UNITS: ReadonlySet<unknown> = new Set<GapUnit>(['organisations', 'vnd', 'members', 'households', 'persons', 'hectares', 'units']);

/** Validates the arguments of {@link targetGap} into exact values (`INVALID_ARGUMENT` with issues). */
const checkGapArguments = (comparator: unknown, quantities: unknown, options: unknown) => {
  const issues: Issue[] = [];
  const c = readLevelComparator(comparator, ['comparator'], issues);
  if (!isObjectLike(quantities)) {
    issues.push(makeIssue(['quantities'], 'invalid_type', 'Cần { numerator, … }', 'Expected { numerator, … }', { received: quantities }));
    return fail('INVALID_ARGUMENT', 'arguments', issues);
  }
  const read = (key: string): Rational | undefined => {
    const raw = ownField(quantities, key);
    return raw === undefined ? undefined : readExact(raw, ['quantities', key], issues);
  };
  const numerator = read('numerator');
  if (ownField(quantities, 'numerator') === undefined) issues.push(makeIssue(['quantities', 'numerator'], 'missing', 'Thiếu tử số', 'The numerator is required'));
  const denominator = read('denominator');
  const limit = read('limit');
  const factor = readOptionalNumber(ownField(quantities, 'factor'), ['quantities', 'factor'], issues);
  const flag = (key: 'integral' | 'signed'): boolean | undefined => {
    const value = ownField(quantities, key);
    if (value !== undefined && typeof value !== 'boolean') issues.push(makeIssue(['quantities', key], 'invalid_type', 'Cần true/false', 'Expected true or false', { received: value }));
    return value as boolean | undefined;
  };
  const integral = flag('integral');
  const signed = flag('signed');
  const unit = ownField(quantities, 'unit');
  if (unit !== undefined && !GAP_UNITS.has(unit)) issues.push(makeIssue(['quantities', 'unit'], 'invalid_enum', 'Đơn vị không hợp lệ', 'Unknown unit', { received: unit }));
  const basis = ownField(quantities, 'basis');
  if (basis !== undefined && basis !== 'numerator' && basis !== 'population-total') {
    issues.push(makeIssue(['quantities', 'basis'], 'invalid_enum', 'Cần numerator hoặc population-total', 'Expected numerator or population-total', { received: basis }));
  }
  let tolerance: number | undefined;
  // `options` defaults to {} in targetGap: never undefined here
  if (!isObjectLike(options)) issues.push(makeIssue(['options'], 'invalid_type', 'Cần { tolerance? }', 'Expected { tolerance? }', { received: options }));
  else tolerance = readOptionalNumber(ownField(options, 'tolerance'), ['options', 'tolerance'], issues, 0);
  if (issues.length > 0 || c === undefined || numerator === undefined) return fail('INVALID_ARGUMENT', 'arguments', issues);
  return {
    comparator: c,
    numerator,
    denominator,
    limit,
    factor,
    integral,
    signed: signed === true,
    unit: unit as GapUnit | undefined,
    basis: basis as 'numerator' | 'population-total' | undefined,
    tolerance,
  };
};
