import type { YearlyRecord } from '@coop/model';
import type { Tiers } from '../rulebook.js';
import {
  compileCondition,
  decideCondition,
  fieldPath,
  readField,
  type CompiledCondition,
  type FieldPath,
  type FieldRead,
} from './grade-read.js';
import { toHundredths } from './points.js';

/** An exact fraction `num / den` (`den > 0`). */
type Fraction = readonly [num: bigint, den: bigint];

/**
 * The exact value of a finite double, read as the decimal it prints as (`0.1` is 1/10), like
 * `rational()` of `@coop/model` (kept local so that grading does not load the model's helpers).
 */
const fraction = (x: number): Fraction => {
  if (Number.isSafeInteger(x)) return [BigInt(x), 1n];
  const [mantissa = '0', exponent = '0'] = String(x).split('e');
  const [whole = '0', decimals = ''] = mantissa.split('.');
  const exp = Number(exponent) - decimals.length;
  const digits = BigInt(whole + decimals);
  return exp >= 0 ? [digits * 10n ** BigInt(exp), 1n] : [digits, 10n ** BigInt(-exp)];
};

interface CompiledEdge {
  readonly value: number;
  readonly exact: Fraction;
  readonly inclusive: boolean;
}

interface CompiledTierBand {
  readonly lower: CompiledEdge | undefined;
  readonly points: number;
}

/** Tiers prepared for evaluation: edges as exact rationals, points in hundredths. */
export interface CompiledTiers {
  readonly cases: ReadonlyArray<{ readonly when: CompiledCondition; readonly points: number }>;
  readonly field: FieldPath | undefined;
  readonly numerator: FieldPath | undefined;
  readonly denominator: FieldPath | undefined;
  readonly percent: boolean;
  /** Highest band first. */
  readonly bands: readonly CompiledTierBand[];
}


/**
 * Prepares a criterion's tiers (assumed valid: contiguous, exhaustive bands, lowest first).
 *
 * @param tiers - tiers from a rulebook
 * @returns compiled tiers
 */
export const compileTiers = (tiers: Tiers): CompiledTiers => {
  const measure = tiers.measure as { field?: string; numerator?: string; denominator?: string; unit?: string };
  const bands = tiers.bands.map((band): CompiledTierBand => {
    const lower =
      band.gte !== undefined
        ? { value: band.gte, exact: fraction(band.gte), inclusive: true }
        : band.gt !== undefined
          ? { value: band.gt, exact: fraction(band.gt), inclusive: false }
          : undefined;
    return { lower, points: toHundredths(band.points) };
  });
  const cases = (tiers.cases ?? []).map((c) => ({ when: compileCondition(c.when), points: toHundredths(c.points) }));
  return {
    cases,
    field: measure.field === undefined ? undefined : fieldPath(measure.field),
    numerator: measure.numerator === undefined ? undefined : fieldPath(measure.numerator),
    denominator: measure.denominator === undefined ? undefined : fieldPath(measure.denominator),
    percent: measure.unit === 'percent',
    bands: bands.reverse(),
  };
};

const finite = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/**
 * Computes a criterion's points from the record. A field measure is compared with the band edges as
 * doubles (two doubles compare exactly); a ratio is compared exactly as integers:
 * `num × factor × edgeDen` against `edgeNum × den`.
 *
 * @param tiers - compiled tiers
 * @param record - the record
 * @param read - how a field of the record is read (default: {@link readField})
 * @returns the points in hundredths, or `-1` when the record lacks a field the tiers need (or a
 * ratio's denominator is not positive)
 */
export const evaluateTiers = (tiers: CompiledTiers, record: YearlyRecord, read: FieldRead = readField): number => {
  for (const c of tiers.cases) {
    const holds = decideCondition(c.when, read(record, c.when.field));
    if (holds === undefined) return -1;
    if (holds) return c.points;
  }
  let cmp: (edge: CompiledEdge) => number;
  if (tiers.field !== undefined) {
    const value = finite(read(record, tiers.field));
    if (value === undefined) return -1;
    cmp = (edge) => (value < edge.value ? -1 : value > edge.value ? 1 : 0);
  } else if (tiers.numerator !== undefined && tiers.denominator !== undefined) {
    const n = finite(read(record, tiers.numerator));
    const d = finite(read(record, tiers.denominator));
    if (n === undefined || d === undefined || !(d > 0)) return -1;
    const [nn, nd] = fraction(n);
    const [dn, dd] = fraction(d);
    // measure = (nn / nd) / (dn / dd) × factor = nn·dd·factor / (nd·dn), with nd·dn > 0
    const top = nn * dd * (tiers.percent ? 100n : 1n);
    const bottom = nd * dn;
    cmp = (edge) => {
      const left = top * edge.exact[1];
      const right = edge.exact[0] * bottom;
      return left < right ? -1 : left > right ? 1 : 0;
    };
  } else return -1;
  for (const band of tiers.bands) {
    const lower = band.lower;
    if (lower === undefined) return band.points;
    const c = cmp(lower);
    if (c > 0 || (c === 0 && lower.inclusive)) return band.points;
  }
  return -1;
};
