import { compareRational, divideRational, multiplyRational, rational, rationalToNumber, subtractRational, type Rational } from '@coop/model';
import { allOf, truthOf, UNKNOWN, type Truth } from './truth.js';

/*
 * Growth (domain note "targets"): growth from a base value to a later one is
 * `(now ÷ base − 1) × 100` per cent, exactly; it is defined only for a base above zero. A `growth`
 * target is met when the growth since its baseline year is at least `minPercent`; a `yearly-growth`
 * target when every year's growth over the year before is at least `minPercent`. A year without both
 * values cannot be measured: its truth is unknown, so the target is not met only when a measured year
 * falls short, and otherwise unknown while a year is unmeasured (Kleene `all`, `truth.ts`). Progress towards growth is judged on the
 * levels: the level aimed at is `base × (1 + minPercent ÷ 100)`.
 */

/**
 * Growth in per cent from `base` to `now`, exactly; `undefined` when the base is not above zero.
 *
 * @example
 * ```ts
 * import { rational, rationalToNumber } from '@coop/model';
 * import { growthPercent } from '../../src/semantics/growth.js';
 * rationalToNumber(growthPercent(rational(100), rational(112))!); // 12
 * ```
 */
export const growthPercent = (base: Rational, now: Rational): Rational | undefined =>
  base.num <= 0n ? undefined : multiplyRational(subtractRational(divideRational(now, base), rational(1)), rational(100));

/** Does a growth reach the minimum (at least `minPercent`)? */
export const growthMeets = (percent: Rational, minPercent: number): boolean => compareRational(percent, rational(minPercent)) >= 0;

/** The level a growth target aims at: `base × (1 + minPercent ÷ 100)`, exactly. */
export const growthAim = (base: Rational, minPercent: number): Rational => multiplyRational(base, subtractRational(rational(1), rational(-minPercent, 100)));

/** One year of a yearly-growth target: its growth over the year before (undefined: not measurable) and whether it meets the minimum. */
export interface YearGrowth {
  readonly year: number;
  readonly percent: Rational | undefined;
  readonly met: boolean | undefined;
}

/**
 * The growth of every year after `fromYear` up to `lastYear` over the year before.
 *
 * @param values - the value of each observed year
 * @param fromYear - the start year
 * @param lastYear - the last observed year
 * @param minPercent - the yearly minimum
 * @returns one entry a year, in order
 * @example
 * ```ts
 * import { rational } from '@coop/model';
 * import { yearlyGrowth } from '../../src/semantics/growth.js';
 * yearlyGrowth(new Map([[2020, rational(100)], [2021, rational(110)]]), 2020, 2021, 5)[0]?.met; // true
 * ```
 */
export const yearlyGrowth = (values: ReadonlyMap<number, Rational>, fromYear: number, lastYear: number, minPercent: number): YearGrowth[] => {
  const out: YearGrowth[] = [];
  for (let year = fromYear + 1; year <= lastYear; year += 1) {
    const before = values.get(year - 1);
    const now = values.get(year);
    const percent = before === undefined || now === undefined ? undefined : growthPercent(before, now);
    out.push({ year, percent, met: percent === undefined ? undefined : growthMeets(percent, minPercent) });
  }
  return out;
};

/**
 * Did every year reach the minimum? Kleene `all` over the years ({@link yearlyGrowth}): FALSE when a
 * measured year falls short, else UNKNOWN when a year cannot be measured, else TRUE. Missing data is
 * never a failed year.
 *
 * @param years - the years of a yearly-growth target
 * @returns TRUE, FALSE or UNKNOWN
 * @example
 * ```ts
 * import { rational } from '@coop/model';
 * import { yearlyGrowth, yearlyGrowthTruth } from '../../src/semantics/growth.js';
 * yearlyGrowthTruth(yearlyGrowth(new Map([[2020, rational(100)], [2022, rational(121)]]), 2020, 2022, 5)); // 2 — UNKNOWN (2021 is missing)
 * ```
 */
export const yearlyGrowthTruth = (years: readonly YearGrowth[]): Truth => allOf(years.map((y) => (y.met === undefined ? UNKNOWN : truthOf(y.met))));

/**
 * Compound yearly growth in per cent from `base` (in `fromYear`) to `now` (in `year`), as a float (for
 * information and for progress); `undefined` unless the base is above zero, the later value not below
 * zero and the years in order.
 *
 * @example
 * ```ts
 * import { rational } from '@coop/model';
 * import { compoundGrowth } from '../../src/semantics/growth.js';
 * Math.round(compoundGrowth(rational(100), 2020, rational(121), 2022)!); // 10
 * ```
 */
export const compoundGrowth = (base: Rational, fromYear: number, now: Rational, year: number): number | undefined => {
  if (year <= fromYear || base.num <= 0n || now.num < 0n) return undefined;
  return ((rationalToNumber(now) / rationalToNumber(base)) ** (1 / (year - fromYear)) - 1) * 100;
};
