import { CoopError, isCoopError } from './errors.js';
import { LIMITS, LIMIT_CODES, assertBigIntSize, assertRational, assertText } from './limits.js';

/**
 * An exact rational number `num / den` with `bigint` parts, always reduced and with `den > 0`.
 * Shares, means and thresholds are compared as rationals so that 6 of 10 is exactly 60 %, never
 * 59.99999 or 60.00001.
 *
 * @example
 * ```ts
 * import { rational, type Rational } from '@coop/model';
 * const share: Rational = rational(7, 11);
 * share.den; // 11n
 * ```
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

const make = (num: bigint, den: bigint): Rational => {
  if (den === 0n) throw new CoopError('DIVISION_BY_ZERO', 'Rational with a zero denominator');
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
};

const fromDecimalString = (text: string): Rational => {
  const trimmed = assertText(text.trim(), 'decimal text', LIMITS.decimalLength);
  const match = DECIMAL.exec(trimmed);
  if (!match) throw new CoopError('INVALID_NUMBER', `Not a decimal number: ${JSON.stringify(trimmed)}`, { received: trimmed });
  const [, sign = '', whole = '0', fraction = '', exponent = '0'] = match;
  // The exponent is checked before any power is computed: `1e100000000` is refused at once.
  if (exponent.replace(/^[+-]?0*/, '').length > 4 || Math.abs(Number(exponent)) > LIMITS.decimalExponent) {
    throw new CoopError(LIMIT_CODES.limit, `Decimal exponent beyond ±${LIMITS.decimalExponent}`, { limit: LIMITS.decimalExponent });
  }
  let num = BigInt(whole + fraction) * (sign === '-' ? -1n : 1n);
  let den = 10n ** BigInt(fraction.length);
  const exp = Number(exponent);
  if (exp > 0) num *= 10n ** BigInt(exp);
  else if (exp < 0) den *= 10n ** BigInt(-exp);
  return make(num, den);
};

/**
 * Makes an exact rational from a number (read as the decimal it prints as: `0.1` is exactly 1/10),
 * a decimal string (`'79.99'`, `'5e9'`), a `bigint`, or a numerator/denominator pair.
 *
 * @param value - the number, or the numerator when `den` is given
 * @param den - an optional denominator
 * @returns the reduced rational
 * @throws CoopError `INVALID_NUMBER` for NaN, ±Infinity or a malformed string; `DIVISION_BY_ZERO`;
 * `LIMIT_EXCEEDED` beyond {@link LIMITS} (text over 400 characters, an exponent beyond ±999, parts over
 * 16 384 bits); `INVALID_ARGUMENT` for a rational whose parts are not bigints
 * @example
 * ```ts
 * import { rational, compareRational } from '@coop/model';
 * compareRational(rational(6, 10), rational(60, 100)); // 0 — 6 of 10 is exactly 60 %
 * rational('79.99'); // { num: 7999n, den: 100n }
 * ```
 */
export const rational = (value: number | bigint | string | Rational, den?: number | bigint): Rational => {
  const base = toRational(value);
  return den === undefined ? base : divide(base, toRational(den));
};

const toRational = (value: number | bigint | string | Rational): Rational => {
  if (typeof value === 'bigint') return { num: assertBigIntSize(value, 'value'), den: 1n };
  if (typeof value === 'string') return fromDecimalString(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new CoopError('INVALID_NUMBER', `Not a finite number: ${value}`, { received: value });
    if (Number.isSafeInteger(value)) return { num: BigInt(value), den: 1n };
    return fromDecimalString(String(value));
  }
  if (typeof value === 'object' && value !== null) {
    let parts: Rational;
    try {
      parts = assertRational(value, 'value');
    } catch (error) {
      // `rational` has always answered INVALID_NUMBER for what is not a number; keep that code here.
      if (isCoopError(error, LIMIT_CODES.invalid)) throw new CoopError('INVALID_NUMBER', error.message, error.details);
      throw error;
    }
    return make(parts.num, parts.den);
  }
  throw new CoopError('INVALID_NUMBER', 'Expected a number, a bigint, a decimal string or a rational', {
    received: value === null ? 'null' : typeof value,
  });
};

/** Checks both arguments of a binary helper (bigint parts, non-zero denominators, sizes within limits). */
const both = (a: Rational, b: Rational): [Rational, Rational] => [assertRational(a, 'a'), assertRational(b, 'b')];

/**
 * Compares two rationals exactly.
 *
 * @param a - left side
 * @param b - right side
 * @returns `-1` when a < b, `0` when equal, `1` when a > b
 * @throws CoopError `INVALID_ARGUMENT` for a part that is not a bigint (a JSON round trip gives numbers),
 * `DIVISION_BY_ZERO` for a zero denominator, `LIMIT_EXCEEDED` for a part over `LIMITS.rationalBits`
 * @example
 * ```ts
 * import { rational, compareRational } from '@coop/model';
 * compareRational(rational(7, 11), rational(60, 100)); // 1 — 7 of 11 is over 60 %
 * ```
 */
export const compareRational = (a: Rational, b: Rational): -1 | 0 | 1 => {
  [a, b] = both(a, b);
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
};

/**
 * Adds two rationals.
 *
 * @param a - left side
 * @param b - right side
 * @returns `a + b`, reduced
 * @throws CoopError `INVALID_ARGUMENT` for a part that is not a bigint (a JSON round trip gives numbers),
 * `DIVISION_BY_ZERO` for a zero denominator, `LIMIT_EXCEEDED` for a part over `LIMITS.rationalBits`
 * @example
 * ```ts
 * import { rational, addRational } from '@coop/model';
 * addRational(rational(1, 3), rational(1, 6)); // { num: 1n, den: 2n }
 * ```
 */
export const addRational = (a: Rational, b: Rational): Rational => {
  [a, b] = both(a, b);
  return make(a.num * b.den + b.num * a.den, a.den * b.den);
};

/**
 * Subtracts two rationals.
 *
 * @param a - left side
 * @param b - right side
 * @returns `a − b`, reduced
 * @throws CoopError `INVALID_ARGUMENT` for a part that is not a bigint (a JSON round trip gives numbers),
 * `DIVISION_BY_ZERO` for a zero denominator, `LIMIT_EXCEEDED` for a part over `LIMITS.rationalBits`
 * @example
 * ```ts
 * import { rational, subtractRational } from '@coop/model';
 * subtractRational(rational(80), rational('79.99')); // { num: 1n, den: 100n }
 * ```
 */
export const subtractRational = (a: Rational, b: Rational): Rational => {
  [a, b] = both(a, b);
  return make(a.num * b.den - b.num * a.den, a.den * b.den);
};

/**
 * Multiplies two rationals.
 *
 * @param a - left side
 * @param b - right side
 * @returns `a × b`, reduced
 * @throws CoopError `INVALID_ARGUMENT` for a part that is not a bigint (a JSON round trip gives numbers),
 * `DIVISION_BY_ZERO` for a zero denominator, `LIMIT_EXCEEDED` for a part over `LIMITS.rationalBits`
 * @example
 * ```ts
 * import { rational, multiplyRational } from '@coop/model';
 * multiplyRational(rational(7, 11), rational(100)); // { num: 700n, den: 11n }
 * ```
 */
export const multiplyRational = (a: Rational, b: Rational): Rational => {
  [a, b] = both(a, b);
  return make(a.num * b.num, a.den * b.den);
};

/**
 * Divides two rationals.
 *
 * @param a - dividend
 * @param b - divisor (not zero)
 * @returns `a ÷ b`, reduced
 * @throws CoopError `DIVISION_BY_ZERO` when `b` is zero; `INVALID_ARGUMENT` or `LIMIT_EXCEEDED` as for the other helpers
 * @example
 * ```ts
 * import { rational, divideRational } from '@coop/model';
 * divideRational(rational(6), rational(10)); // { num: 3n, den: 5n }
 * ```
 */
export const divideRational = (a: Rational, b: Rational): Rational => divide(...both(a, b));

const divide = (a: Rational, b: Rational): Rational => {
  if (b.num === 0n) throw new CoopError('DIVISION_BY_ZERO', 'Division by zero');
  return make(a.num * b.den, a.den * b.num);
};

/**
 * The smallest integer not less than a rational (⌈x⌉), e.g. the least whole number of organisations.
 *
 * @param a - a rational
 * @returns ⌈a⌉ as a bigint
 * @throws CoopError `INVALID_ARGUMENT` for a part that is not a bigint (a JSON round trip gives numbers),
 * `DIVISION_BY_ZERO` for a zero denominator, `LIMIT_EXCEEDED` for a part over `LIMITS.rationalBits`
 * @example
 * ```ts
 * import { rational, ceilRational } from '@coop/model';
 * ceilRational(rational(61, 10)); // 7n
 * ```
 */
export const ceilRational = (a: Rational): bigint => {
  a = assertRational(a, 'a');
  const q = a.num / a.den;
  return a.num > 0n && q * a.den !== a.num ? q + 1n : q;
};

/**
 * The largest integer not greater than a rational (⌊x⌋).
 *
 * @param a - a rational
 * @returns ⌊a⌋ as a bigint
 * @throws CoopError `INVALID_ARGUMENT` for a part that is not a bigint (a JSON round trip gives numbers),
 * `DIVISION_BY_ZERO` for a zero denominator, `LIMIT_EXCEEDED` for a part over `LIMITS.rationalBits`
 * @example
 * ```ts
 * import { rational, floorRational } from '@coop/model';
 * floorRational(rational(-1, 2)); // -1n
 * ```
 */
export const floorRational = (a: Rational): bigint => {
  a = assertRational(a, 'a');
  const q = a.num / a.den;
  return a.num < 0n && q * a.den !== a.num ? q - 1n : q;
};

/**
 * Converts a rational to the nearest double, for display and projections only.
 *
 * @param a - a rational
 * @returns a JavaScript number
 * @throws CoopError `INVALID_ARGUMENT` for a part that is not a bigint (a JSON round trip gives numbers),
 * `DIVISION_BY_ZERO` for a zero denominator, `LIMIT_EXCEEDED` for a part over `LIMITS.rationalBits`
 * @example
 * ```ts
 * import { rational, rationalToNumber } from '@coop/model';
 * rationalToNumber(rational(7, 12)); // 0.5833333333333334
 * ```
 */
export const rationalToNumber = (a: Rational): number => {
  a = assertRational(a, 'a');
  if (a.den === 1n) return Number(a.num);
  const whole = a.num / a.den;
  const rest = a.num - whole * a.den;
  return Number(whole) + Number((rest * 10n ** 18n) / a.den) / 1e18;
};
