import { compareRational, rational, type Rational, type YearlyRecord } from '@coop/model';
import type { Tiers } from '../rulebook.js';
import {
  compileCondition,
  evaluateCondition,
  fieldPath,
  readField,
  type CompiledCondition,
  type FieldPath,
} from './grade-read.js';
import { toHundredths } from './points.js';

interface CompiledEdge {
  readonly value: Rational;
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
  /** Every field the tiers read. */
  readonly fields: readonly string[];
}

const HUNDRED: Rational = { num: 100n, den: 1n };

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
        ? { value: rational(band.gte), inclusive: true }
        : band.gt !== undefined
          ? { value: rational(band.gt), inclusive: false }
          : undefined;
    return { lower, points: toHundredths(band.points) };
  });
  const cases = (tiers.cases ?? []).map((c) => ({ when: compileCondition(c.when), points: toHundredths(c.points) }));
  const fields = [
    ...cases.map((c) => c.when.field.path),
    ...[measure.field, measure.numerator, measure.denominator].filter((f): f is string => f !== undefined),
  ];
  return {
    cases,
    field: measure.field === undefined ? undefined : fieldPath(measure.field),
    numerator: measure.numerator === undefined ? undefined : fieldPath(measure.numerator),
    denominator: measure.denominator === undefined ? undefined : fieldPath(measure.denominator),
    percent: measure.unit === 'percent',
    bands: bands.reverse(),
    fields: [...new Set(fields)],
  };
};

const exact = (value: unknown): Rational | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? rational(value) : undefined;

/**
 * Computes a criterion's points from the record.
 *
 * @param tiers - compiled tiers
 * @param record - the record
 * @returns the points in hundredths, or `-1` when the record lacks a field the tiers need (or a
 * ratio's denominator is not positive)
 */
export const evaluateTiers = (tiers: CompiledTiers, record: YearlyRecord): number => {
  for (const c of tiers.cases) {
    const holds = evaluateCondition(c.when, record);
    if (holds === undefined) return -1;
    if (holds) return c.points;
  }
  let measure: Rational | undefined;
  if (tiers.field !== undefined) {
    measure = exact(readField(record, tiers.field));
  } else if (tiers.numerator !== undefined && tiers.denominator !== undefined) {
    const num = exact(readField(record, tiers.numerator));
    const den = exact(readField(record, tiers.denominator));
    if (num === undefined || den === undefined || den.num <= 0n) return -1;
    const factor = tiers.percent ? HUNDRED.num : 1n;
    measure = rational({ num: num.num * den.den * factor, den: num.den * den.num });
  }
  if (measure === undefined) return -1;
  for (const band of tiers.bands) {
    const lower = band.lower;
    if (lower === undefined) return band.points;
    const cmp = compareRational(measure, lower.value);
    if (cmp > 0 || (cmp === 0 && lower.inclusive)) return band.points;
  }
  return -1;
};
