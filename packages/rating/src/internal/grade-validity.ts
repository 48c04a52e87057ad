import type { Rulebook } from '../rulebook.js';

/**
 * The day an evaluation year is judged on: its closing day, 31 December.
 *
 * @param year - the evaluation year
 * @returns `YYYY-12-31`
 */
export const yearEnd = (year: number): string => `${String(year).padStart(4, '0')}-12-31`;

/**
 * Tells whether a rulebook is in force on a civil date (inclusive at both ends).
 *
 * @param rulebook - the rulebook
 * @param date - a civil date `YYYY-MM-DD`
 * @returns `true` when `effectiveFrom ≤ date ≤ effectiveTo` (no end: open)
 */
export const inForceOn = (rulebook: Pick<Rulebook, 'effectiveFrom' | 'effectiveTo'>, date: string): boolean =>
  rulebook.effectiveFrom <= date && (rulebook.effectiveTo === undefined || date <= rulebook.effectiveTo);

/**
 * Tells whether a rulebook is in force for an evaluation year: in force on 31 December of that year.
 *
 * @param rulebook - the rulebook
 * @param year - the evaluation year
 * @returns `true` when in force on the year's closing day
 */
export const inForceForYear = (rulebook: Pick<Rulebook, 'effectiveFrom' | 'effectiveTo'>, year: number): boolean =>
  inForceOn(rulebook, yearEnd(year));
