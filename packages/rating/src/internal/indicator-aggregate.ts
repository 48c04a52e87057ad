import { addRational, divideRational, rational, type Aggregate, type MissingPolicy, type Rational } from '@coop/model';
import { absentNumber, FLAG_ABSENT, type Column } from './frame-columns.js';
import type { IndicatorSide } from '../compute-indicator.js';
import { FALSE, IS_TRUE, IS_UNKNOWN, UNKNOWN, type Truths } from './indicator-condition.js';

/** The computed value of one side of an indicator over a population (the public `IndicatorSide`). */
export type SideValue = IndicatorSide;

const TWO_POW_52 = 2 ** 52;

/** Exact running sum: safe integers in a number, spilled to bigint before precision is lost; fractions as rationals. */
class ExactSum {
  small = 0;
  big = 0n;
  micro = 0n;
  fraction: Rational | undefined = undefined;
  add(v: number): void {
    if (Number.isInteger(v)) {
      if (Math.abs(this.small) >= TWO_POW_52 || Math.abs(v) >= TWO_POW_52) {
        this.big += BigInt(this.small);
        this.small = 0;
        if (Math.abs(v) >= TWO_POW_52) {
          this.big += BigInt(v);
          return;
        }
      }
      this.small += v;
    } else {
      // A decimal with up to 6 digits (hectares such as 12.5): exact as an integer count of 10^-6.
      const scaled = v * 1e6;
      if (Number.isInteger(scaled) && scaled / 1e6 === v && Math.abs(scaled) < TWO_POW_52) {
        this.micro += BigInt(scaled);
        return;
      }
      const r = rational(v);
      this.fraction = this.fraction === undefined ? r : addRational(this.fraction, r);
    }
  }
  value(): Rational {
    let whole: Rational = { num: this.big + BigInt(this.small), den: 1n };
    if (this.micro !== 0n) whole = addRational(whole, { num: this.micro, den: 1_000_000n });
    return this.fraction === undefined ? whole : addRational(whole, this.fraction);
  }
}

const applyPolicy = (
  policy: MissingPolicy,
  op: Aggregate['op'],
  eligible: number,
  missing: number,
): 'any-missing' | 'all-missing' | undefined => {
  if (policy === 'skip-if-any-missing' && missing > 0) return 'any-missing';
  if (policy === 'skip-if-all-missing' && missing > 0 && missing === eligible) return 'all-missing';
  void op;
  return undefined;
};

/** What a sum or mean side has read: the records with a value, those without, and those eligible. */
interface Tally {
  records: number;
  missing: number;
  eligible: number;
}

/**
 * Adds the values of a column over the rows of a population that its `where` does not rule out (an
 * undecided `where` counts as eligible but missing). Each column kind has its own loop, so no value is
 * boxed and every row is a few typed-array reads.
 */
const tally = (column: Column, population: ArrayLike<number>, where: Truths | undefined, asZero: boolean, sum: ExactSum): Tally => {
  const t: Tally = { records: 0, missing: 0, eligible: 0 };
  const intAbsent = column.kind === 'numbers' ? absentNumber(column.values) : Number.NaN;
  /** Counts a row without a value. */
  const absent = (): void => {
    t.missing += 1;
    if (asZero) t.records += 1;
  };
  for (let i = 0; i < population.length; i += 1) {
    const row = population[i] as number;
    if (where !== undefined) {
      const truth = where[row];
      if (truth === FALSE) continue;
      if (truth === UNKNOWN) {
        t.eligible += 1;
        t.missing += 1;
        continue;
      }
    }
    t.eligible += 1;
    if (column.kind === 'dates') {
      absent(); // a date is not a quantity
      continue;
    }
    if (column.kind === 'values') {
      const v = column.values[row];
      if (typeof v === 'number') {
        sum.add(v);
        t.records += 1;
      } else if (typeof v === 'boolean') {
        if (v) sum.add(1);
        t.records += 1;
      } else absent();
      continue;
    }
    const v = column.values[row] as number;
    if (column.kind === 'flags') {
      if (v === FLAG_ABSENT) absent();
      else {
        if (v === 1) sum.add(1);
        t.records += 1;
      }
    } else if (v !== v || v === intAbsent) absent(); // `v !== v`: NaN
    else {
      sum.add(v);
      t.records += 1;
    }
  }
  return t;
};

/**
 * How many rows of a population a `where` holds for, and how many it could not decide — without a
 * branch per row (see `populationOf`). A function of its own: V8 optimises its loop apart from the
 * rest of a side's computation.
 */
const countTruths = (where: Truths, population: ArrayLike<number>): { count: number; missing: number } => {
  let count = 0;
  let missing = 0;
  for (let i = 0; i < population.length; i += 1) {
    const t = where[population[i] as number] as number;
    count += IS_TRUE[t] as number;
    missing += IS_UNKNOWN[t] as number;
  }
  return { count, missing };
};

/**
 * Computes a count, sum or mean side over a population (row indices into the field columns). Missing values follow
 * the side's policy:
 * `skip-if-any-missing` → no value when any record lacks the data; `skip-if-all-missing` → aggregate
 * what is there, no value when nothing is; `missing-as-zero` → an absent number is 0 and an absent
 * flag (or undecidable `where`) is "no".
 */
export const computeSide = (
  aggregate: Exclude<Aggregate, { op: 'external' }>,
  column: (path: string) => Column,
  population: ArrayLike<number>,
  where: Truths | undefined,
): SideValue => {
  const policy = aggregate.missing;
  if (aggregate.op === 'count') {
    if (where === undefined) {
      return { op: 'count', status: 'ok', value: rational(population.length), records: population.length, missing: 0 };
    }
    const { count, missing } = countTruths(where, population);
    const reason = applyPolicy(policy, 'count', population.length, missing);
    if (reason !== undefined) return { op: 'count', status: 'skipped', reason, value: undefined, records: count, missing };
    return { op: 'count', status: 'ok', value: rational(count), records: count, missing };
  }
  const sum = new ExactSum();
  const { records, missing, eligible } = tally(column(aggregate.field), population, where, policy === 'missing-as-zero', sum);
  const base = { op: aggregate.op, field: aggregate.field, records, missing } as const;
  const reason = applyPolicy(policy, aggregate.op, eligible, missing);
  if (reason !== undefined) return { ...base, status: 'skipped', reason, value: undefined };
  const total = sum.value();
  if (aggregate.op === 'sum') return { ...base, status: 'ok', value: total, total };
  if (records === 0) return { ...base, status: 'skipped', reason: eligible === 0 ? 'no-records' : 'all-missing', value: undefined, total };
  return { ...base, status: 'ok', value: divideRational(total, rational(records)), total };
};
