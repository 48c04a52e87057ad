import { CoopError } from '../errors.js';
import type { Lang } from '../label.js';
import type { Rational } from '../ratio.js';
import { describeSafely } from './snapshot.js';

/** Separators per language: Vietnamese groups with dots and uses a decimal comma; English the reverse. */
export const SEPARATORS: Readonly<Record<Lang, { readonly group: string; readonly decimal: string }>> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/**
 * Rounds `r × 10^decimals` to an integer, half away from zero (2.5 → 3, −2.5 → −3), exactly.
 *
 * @param r - a rational
 * @param decimals - decimals to keep (0 or more)
 * @returns the scaled, rounded integer
 */
export const roundScaled = (r: Rational, decimals: number): bigint => {
  const scaled = r.num * 10n ** BigInt(decimals);
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  const quotient = magnitude / r.den;
  const remainder = magnitude - quotient * r.den;
  const rounded = remainder * 2n >= r.den ? quotient + 1n : quotient;
  return negative ? -rounded : rounded;
};

/**
 * Inserts a group separator every three digits from the right.
 *
 * @param digits - a string of digits
 * @param separator - the group separator
 * @returns the grouped digits
 */
export const groupDigits = (digits: string, separator: string): string => {
  let out = '';
  for (let index = 0; index < digits.length; index += 1) {
    if (index > 0 && (digits.length - index) % 3 === 0) out += separator;
    out += digits[index];
  }
  return out;
};

/**
 * Writes a scaled integer (`value × 10^decimals`) with the language's separators, trimming trailing
 * zeros of the fraction down to `minDecimals`.
 *
 * @param scaled - the scaled integer
 * @param decimals - how many of its digits are decimals
 * @param lang - `vi` or `en`
 * @param minDecimals - decimals always shown
 * @returns the text, with a leading `-` for negative values
 */
export const writeScaled = (scaled: bigint, decimals: number, lang: Lang, minDecimals: number): string => {
  const { group, decimal } = SEPARATORS[lang];
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  const unit = 10n ** BigInt(decimals);
  const whole = (magnitude / unit).toString();
  let fraction = decimals > 0 ? (magnitude % unit).toString().padStart(decimals, '0') : '';
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  return `${negative ? '-' : ''}${groupDigits(whole, group)}${fraction === '' ? '' : `${decimal}${fraction}`}`;
};

/**
 * Checks a language argument (programmer input).
 *
 * @param lang - should be `vi` or `en`
 * @returns the language
 * @throws CoopError `INVALID_ARGUMENT`
 */
export const checkLang = (lang: unknown): Lang => {
  if (lang === 'vi' || lang === 'en') return lang;
  throw new CoopError('INVALID_ARGUMENT', `Unknown language ${describeSafely(lang)}; expected 'vi' or 'en'`, { lang: describeSafely(lang) });
};

/**
 * Checks a number of decimals (programmer input): an integer from 0 to 20.
 *
 * @param decimals - the argument
 * @param name - the argument's name, for the message
 * @returns the number of decimals
 * @throws CoopError `INVALID_ARGUMENT`
 */
export const checkDecimals = (decimals: unknown, name: string): number => {
  if (typeof decimals === 'number' && Number.isInteger(decimals) && decimals >= 0 && decimals <= 20) return decimals;
  throw new CoopError('INVALID_ARGUMENT', `${name} must be an integer from 0 to 20`, { [name]: describeSafely(decimals) });
};
