import { isCivilDate } from './civil-date.js';
import { CoopError } from './errors.js';
import type { Lang } from './label.js';
import { compareRational, multiplyRational, rational, type Rational } from './ratio.js';
import { checkDecimals, checkLang, roundScaled, writeScaled } from './internal/digits.js';
import { readOptions } from './internal/guard.js';
import { describeSafely } from './internal/snapshot.js';

/*
 * Digits are written here, not by `Intl`, so that results are the same on every Node/ICU version and
 * in every browser. Rounding is **half away from zero** (2.25 → 2.3, −2.25 → −2.3, like Excel's ROUND
 * and Vietnamese accounting practice), done exactly on rationals, never on floats. Numbers given as
 * JavaScript `number`s are read as the decimal they print as (`0.1` is exactly one tenth).
 */

/**
 * Options of {@link formatNumber}.
 *
 * @example
 * ```ts
 * import { formatNumber, type FormatNumberOptions } from '@coop/model';
 * const twoDecimals: FormatNumberOptions = { minDecimals: 2, maxDecimals: 2 };
 * formatNumber(5, 'en', twoDecimals); // '5.00'
 * formatNumber(2 / 3, 'vi', twoDecimals); // '0,67'
 * ```
 */
export interface FormatNumberOptions {
  /** Most decimals shown (default 3); trailing zeros beyond `minDecimals` are dropped. */
  readonly maxDecimals?: number;
  /** Decimals always shown (default 0). */
  readonly minDecimals?: number;
}

/**
 * Formats a number with the language's separators: `1.234.567,5` in Vietnamese, `1,234,567.5` in
 * English. Rounds half away from zero to `maxDecimals`.
 *
 * @param value - a finite number, a bigint or a rational
 * @param lang - `vi` or `en`
 * @param options - decimals shown
 * @returns the formatted number
 * @throws CoopError `INVALID_NUMBER` for NaN or ±Infinity; `INVALID_ARGUMENT` for a bad language or decimals
 * @example
 * ```ts
 * import { formatNumber, rational } from '@coop/model';
 * formatNumber(1234567.5, 'vi'); // '1.234.567,5'
 * formatNumber(1234567.5, 'en'); // '1,234,567.5'
 * formatNumber(rational(2, 3), 'vi', { maxDecimals: 2 }); // '0,67'
 * ```
 */
export const formatNumber = (value: number | bigint | Rational, lang: Lang, options: FormatNumberOptions = {}): string => {
  checkLang(lang);
  const read = readOptions(options, ['maxDecimals', 'minDecimals'], 'options');
  const max = checkDecimals(read.maxDecimals ?? 3, 'maxDecimals');
  const min = Math.min(checkDecimals(read.minDecimals ?? 0, 'minDecimals'), max);
  return writeScaled(roundScaled(rational(value), max), max, lang, min);
};

/**
 * Formats a percentage — a value already in percent, such as an indicator with unit `percent` or a
 * target's threshold — with a fixed number of decimals: `58,3 %` in Vietnamese (decimal comma, a space
 * before `%`), `58.3%` in English. For a fraction (7/12), use {@link formatShare}.
 *
 * @param value - the percentage (58.3 means 58.3 %)
 * @param lang - `vi` or `en`
 * @param decimals - decimals shown, trailing zeros kept (default 1)
 * @returns the formatted percentage
 * @throws CoopError `INVALID_NUMBER` for NaN or ±Infinity; `INVALID_ARGUMENT` for a bad language or decimals
 * @example
 * ```ts
 * import { formatPercent, rational } from '@coop/model';
 * formatPercent(rational(700, 12), 'vi'); // '58,3 %'
 * formatPercent(rational(700, 12), 'en'); // '58.3%'
 * formatPercent(60, 'vi', 0); // '60 %'
 * ```
 */
export const formatPercent = (value: Rational | number, lang: Lang, decimals = 1): string => {
  checkLang(lang);
  const places = checkDecimals(decimals, 'decimals');
  const digits = writeScaled(roundScaled(rational(value), places), places, lang, places);
  return lang === 'vi' ? `${digits} %` : `${digits}%`;
};

/**
 * Formats a fraction (a share such as 7 of 12) as a percentage: `formatShare(x)` is
 * `formatPercent(x × 100)`.
 *
 * @param value - the fraction (0.583 means 58.3 %)
 * @param lang - `vi` or `en`
 * @param decimals - decimals shown (default 1)
 * @returns the formatted percentage
 * @throws CoopError `INVALID_NUMBER` for NaN or ±Infinity; `INVALID_ARGUMENT` for a bad language or decimals
 * @example
 * ```ts
 * import { formatShare, rational } from '@coop/model';
 * formatShare(rational(7, 12), 'vi'); // '58,3 %'
 * formatShare(rational(6, 10), 'en', 0); // '60%'
 * ```
 */
export const formatShare = (value: Rational | number, lang: Lang, decimals = 1): string =>
  formatPercent(multiplyRational(rational(value), { num: 100n, den: 1n }), lang, decimals);

/**
 * Options of {@link formatVnd}.
 *
 * @example
 * ```ts
 * import { formatVnd, type FormatVndOptions } from '@coop/model';
 * const everyDigit: FormatVndOptions = { compact: false };
 * formatVnd(1_250_000_000, 'en'); // 'VND 1.25 billion'
 * formatVnd(1_250_000_000, 'en', everyDigit); // 'VND 1,250,000,000'
 * ```
 */
export interface FormatVndOptions {
  /** `true` (default): billions and millions in words; `false`: every digit, grouped. */
  readonly compact?: boolean;
}

const BILLION: Rational = { num: 1_000_000_000n, den: 1n };
const MILLION: Rational = { num: 1_000_000n, den: 1n };
const THOUSAND_UNITS = 1000n * 100n; // 1 000 units, at two decimals

const unitText = (lang: Lang, digits: string, unit: 'billion' | 'million' | 'dong'): string => {
  if (lang === 'vi') return `${digits} ${unit === 'billion' ? 'tỷ đồng' : unit === 'million' ? 'triệu đồng' : 'đồng'}`;
  return unit === 'dong' ? `VND ${digits}` : `VND ${digits} ${unit}`;
};

/**
 * Formats an amount of đồng. Compact (default): from 1 billion, billions (`5 tỷ đồng`, `VND 5 billion`);
 * from 1 million, millions (`250 triệu đồng`, `VND 250 million`); both with at most two decimals,
 * trailing zeros trimmed (`1,5 tỷ đồng`, `VND 1.25 billion`); below 1 million, whole đồng
 * (`950.000 đồng`, `VND 950,000`). A value that rounds up to 1 000 of a unit moves to the next unit
 * (999 999 999 → `1 tỷ đồng`). With `{ compact: false }`, whole đồng with every digit
 * (`5.000.000.000 đồng`, `VND 5,000,000,000`). The sign belongs to the number (`-5 tỷ đồng`,
 * `VND -5 billion`). Rounding is half away from zero, exact.
 *
 * @param amount - đồng as a number, bigint or rational (e.g. a mean)
 * @param lang - `vi` or `en`
 * @param options - `{ compact: false }` for every digit
 * @returns the formatted amount
 * @throws CoopError `INVALID_NUMBER` for NaN or ±Infinity; `INVALID_ARGUMENT` for a bad language
 * @example
 * ```ts
 * import { formatVnd } from '@coop/model';
 * formatVnd(5_000_000_000, 'vi'); // '5 tỷ đồng'
 * formatVnd(1_500_000_000n, 'en'); // 'VND 1.5 billion'
 * formatVnd(250_000_000, 'vi'); // '250 triệu đồng'
 * formatVnd(950_000, 'en'); // 'VND 950,000'
 * formatVnd(5_000_000_000, 'vi', { compact: false }); // '5.000.000.000 đồng'
 * ```
 */
export const formatVnd = (amount: number | bigint | Rational, lang: Lang, options: FormatVndOptions = {}): string => {
  checkLang(lang);
  const { compact } = readOptions(options, ['compact'], 'options');
  const value = rational(amount);
  const whole = roundScaled(value, 0);
  if (compact === false) return unitText(lang, writeScaled(whole, 0, lang, 0), 'dong');
  const magnitude: Rational = { num: value.num < 0n ? -value.num : value.num, den: value.den };
  const inUnit = (unit: Rational): bigint => roundScaled({ num: value.num * unit.den, den: value.den * unit.num }, 2);
  const billions = (): string => unitText(lang, writeScaled(inUnit(BILLION), 2, lang, 0), 'billion');
  if (compareRational(magnitude, BILLION) >= 0) return billions();
  const wholeMagnitude = whole < 0n ? -whole : whole;
  if (compareRational(magnitude, MILLION) >= 0 || wholeMagnitude >= MILLION.num) {
    const millions = inUnit(MILLION);
    if ((millions < 0n ? -millions : millions) >= THOUSAND_UNITS) return billions();
    return unitText(lang, writeScaled(millions, 2, lang, 0), 'million');
  }
  return unitText(lang, writeScaled(whole, 0, lang, 0), 'dong');
};

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Formats a civil date: `20/06/2025` in Vietnamese (dd/mm/yyyy), `20 June 2025` in English.
 *
 * @param date - a civil date `YYYY-MM-DD`
 * @param lang - `vi` or `en`
 * @returns the formatted date
 * @throws CoopError `INVALID_DATE` when `date` is not a real calendar date; `INVALID_ARGUMENT` for a bad language
 * @example
 * ```ts
 * import { formatDate } from '@coop/model';
 * formatDate('2025-06-20', 'vi'); // '20/06/2025'
 * formatDate('2025-07-01', 'en'); // '1 July 2025'
 * ```
 */
export const formatDate = (date: string, lang: Lang): string => {
  checkLang(lang);
  if (!isCivilDate(date)) {
    throw new CoopError('INVALID_DATE', `Not a civil date: ${describeSafely(date)}`, { received: describeSafely(date) });
  }
  const [year, month, day] = date.split('-') as [string, string, string];
  if (lang === 'vi') return `${day}/${month}/${year}`;
  return `${Number(day)} ${MONTHS_EN[Number(month) - 1] ?? month} ${year}`;
};
