import { addRational, divideRational, multiplyRational, rational, type Aggregate, type MissingPolicy, type Rational } from '@coop/model';
import { FALSE, TRUE, UNKNOWN, type Truth } from './truth.js';

/*
 * Aggregates over a population and the missing-value policies (domain note "indicators"):
 * - a count counts the organisations its `where` holds for; one the `where` cannot decide is missing;
 * - a sum or mean reads one field: a number is itself, a flag is 1 (true) or 0 (false), anything else
 *   (absent, a date, a text) is missing; an organisation its `where` cannot decide is missing too;
 * - `skip-if-any-missing`: no value when any organisation is missing;
 *   `skip-if-all-missing`: aggregate what is there, no value when every eligible one is missing;
 *   `missing-as-zero`: a missing value counts as 0 (and a missing organisation counts for a mean);
 * - a mean of no record has no value (`no-records` when none was eligible, else `all-missing`);
 * - sums are exact (integers beyond 2^53, decimals as rationals).
 */

/**
 * One side (numerator or denominator) of a computed indicator.
 *
 * @example
 * ```ts
 * import { KTTT_GOOD_OR_FAIR_SHARE } from '@coop/model';
 * import { computeIndicator, type IndicatorSide } from '@coop/rating';
 * const base = { year: 2024, kind: 'cooperative', sector: 'trade-services', areaCode: 'X' } as const;
 * const result = computeIndicator(KTTT_GOOD_OR_FAIR_SHARE, [
 *   { ...base, organisationId: 'a', grade: 'good' },
 *   { ...base, organisationId: 'b' }, // no grade: missing, not "not good"
 * ], { year: 2024 });
 * const numerator: IndicatorSide = result.numerator;
 * numerator.op; // 'count'
 * numerator.records; // 1
 * numerator.missing; // 1
 * ```
 */
export interface IndicatorSide {
  /** The aggregate: `count`, `sum`, `mean` or `external`. */
  readonly op: Aggregate['op'];
  /** `ok`: a value; `skipped`: the missing-value policy (or an empty sub-population) left no value. */
  readonly status: 'ok' | 'skipped';
  /** Why the side has no value. */
  readonly reason?: 'any-missing' | 'all-missing' | 'no-records';
  /** The count, the sum, the mean, or the external input. */
  readonly value: Rational | undefined;
  /** For a mean: the sum it divides (the total the population would have to change). */
  readonly total?: Rational;
  /** Records that contributed to the value. */
  readonly records: number;
  /** Records that lacked the field (or for which the `where` condition could not be decided). */
  readonly missing: number;
  /** The dotted field read by a sum or mean. */
  readonly field?: string;
  /** The external input read, for `op: 'external'`. */
  readonly input?: string;
}

/**
 * The policy's verdict: why the side has no value, or `undefined` when it has one.
 *
 * @param policy - the side's missing-value policy
 * @param eligible - organisations the side reads (its `where` does not rule them out)
 * @param missing - those among them without the data
 */
export const policyReason = (policy: MissingPolicy, eligible: number, missing: number): 'any-missing' | 'all-missing' | undefined => {
  if (policy === 'skip-if-any-missing' && missing > 0) return 'any-missing';
  if (policy === 'skip-if-all-missing' && missing > 0 && missing === eligible) return 'all-missing';
  return undefined;
};

/** What a field's value adds to a sum: a number itself, a flag 1 or 0, anything else nothing (missing). */
export const quantityOf = (value: unknown): number | undefined => (typeof value === 'number' ? value : typeof value === 'boolean' ? Number(value) : undefined);

/**
 * Exact running sum: whole numbers as a bigint — in a plain number while the running total stays a
 * safe integer, where every sum is exact —, any other number as an exact rational.
 */
export class ExactSum {
  private safe = 0;
  private whole = 0n;
  private fraction: Rational | undefined = undefined;
  add(v: number): void {
    if (Number.isInteger(v)) {
      const next = this.safe + v;
      if (Number.isSafeInteger(next)) this.safe = next; // a rounded sum is safe only when the exact one is: then it is exact
      else this.whole += BigInt(v);
      return;
    }
    const r = rational(v);
    this.fraction = this.fraction === undefined ? r : addRational(this.fraction, r);
  }
  value(): Rational {
    const whole: Rational = { num: this.whole + BigInt(this.safe), den: 1n };
    return this.fraction === undefined ? whole : addRational(whole, this.fraction);
  }
}

/** What an aggregate reads of the population: its rows, a row's field value, and a row's `where` truth. */
export interface SideInput {
  readonly rows: ArrayLike<number>;
  readonly value: (row: number) => unknown;
  /** The truth of the side's `where` for a row; absent when the side has no `where`. */
  readonly where: ((row: number) => Truth) | undefined;
}

/**
 * Computes a count, sum or mean side over a population (the rules above).
 *
 * @param aggregate - the side (not an external input)
 * @param input - the population's rows, their values of the side's field, and the side's `where`
 * @returns the side's value with its counts
 * @example
 * ```ts
 * import { aggregateSide } from '../../src/semantics/aggregate.js';
 * const side = aggregateSide({ op: 'mean', field: 'revenue', missing: 'missing-as-zero' }, { rows: [0, 1], value: (r) => [5, undefined][r], where: undefined });
 * side.records; // 2 — the absent revenue counts as 0
 * side.missing; // 1
 * side.value?.num; // 5n
 * side.value?.den; // 2n
 * ```
 */
export const aggregateSide = (aggregate: Exclude<Aggregate, { op: 'external' }>, input: SideInput): IndicatorSide => {
  const { rows, where } = input;
  const policy = aggregate.missing;
  if (aggregate.op === 'count') {
    if (where === undefined) return { op: 'count', status: 'ok', value: rational(rows.length), records: rows.length, missing: 0 };
    let count = 0;
    let missing = 0;
    for (let k = 0; k < rows.length; k += 1) {
      const t = where(rows[k] as number);
      if (t === TRUE) count += 1;
      else if (t === UNKNOWN) missing += 1;
    }
    const reason = policyReason(policy, rows.length, missing);
    return reason === undefined
      ? { op: 'count', status: 'ok', value: rational(count), records: count, missing }
      : { op: 'count', status: 'skipped', reason, value: undefined, records: count, missing };
  }
  const asZero = policy === 'missing-as-zero';
  const sum = new ExactSum();
  let records = 0;
  let missing = 0;
  let eligible = 0;
  for (let k = 0; k < rows.length; k += 1) {
    const row = rows[k] as number;
    const t = where === undefined ? TRUE : where(row);
    if (t === FALSE) continue;
    eligible += 1;
    const q = t === UNKNOWN ? undefined : quantityOf(input.value(row));
    if (q === undefined) {
      missing += 1;
      // An undecided `where` is missing whatever the policy; an absent value counts as 0 under missing-as-zero.
      if (asZero && t === TRUE) records += 1;
      continue;
    }
    sum.add(q);
    records += 1;
  }
  const base = { op: aggregate.op, field: aggregate.field, records, missing } as const;
  const reason = policyReason(policy, eligible, missing);
  if (reason !== undefined) return { ...base, status: 'skipped', reason, value: undefined };
  const total = sum.value();
  if (aggregate.op === 'sum') return { ...base, status: 'ok', value: total, total };
  if (records === 0) return { ...base, status: 'skipped', reason: eligible === 0 ? 'no-records' : 'all-missing', value: undefined, total };
  return { ...base, status: 'ok', value: divideRational(total, rational(records)), total };
};

/** Why an indicator has no value (the public `NoValueReason` codes). */
export type NoValueCode = 'empty-population' | 'all-missing' | 'skipped-by-policy' | 'zero-denominator';

/** An indicator's value, or why it has none (and which side is to blame). */
export type IndicatorValue =
  | { readonly value: Rational }
  | { readonly code: NoValueCode; readonly side?: 'numerator' | 'denominator' };

/**
 * An indicator's value, `factor × numerator ÷ denominator`, exactly — never a division by zero. In
 * this order: no value when the population is empty (unless every side is an external input); when
 * the numerator, then the denominator, has no value (its policy skipped it: `skipped-by-policy`;
 * nothing to aggregate: `all-missing`); when the denominator is zero.
 *
 * @param numerator - the numerator side
 * @param denominator - the denominator side, if any
 * @param populationSize - organisations in the population
 * @param factor - the indicator's factor (100 for a percentage)
 * @returns the value, or the reason for none
 * @example
 * ```ts
 * import { rational } from '@coop/model';
 * import { indicatorValue } from '../../src/semantics/aggregate.js';
 * const side = (n: number) => ({ op: 'count' as const, status: 'ok' as const, value: rational(n), records: n, missing: 0 });
 * 'value' in indicatorValue(side(3), side(4), 4, 100); // true — 75 %
 * 'code' in indicatorValue(side(0), side(0), 0, 100); // true — empty population
 * ```
 */
export const indicatorValue = (numerator: IndicatorSide, denominator: IndicatorSide | undefined, populationSize: number, factor: number): IndicatorValue => {
  const readsRecords = numerator.op !== 'external' || (denominator !== undefined && denominator.op !== 'external');
  if (populationSize === 0 && readsRecords) return { code: 'empty-population' };
  for (const [side, value] of [['numerator', numerator], ['denominator', denominator]] as const) {
    if (value !== undefined && value.value === undefined) {
      return { code: value.reason === 'any-missing' ? 'skipped-by-policy' : 'all-missing', side };
    }
  }
  const num = numerator.value as Rational;
  const den = denominator?.value;
  if (den !== undefined && den.num === 0n) return { code: 'zero-denominator', side: 'denominator' };
  return { value: multiplyRational(den === undefined ? num : divideRational(num, den), rational(factor)) };
};
