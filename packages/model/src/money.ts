import { LIMITS } from './limits.js';
import { CoopError } from './errors.js';
import type { ParseResult } from './issue.js';
import { divideRational, rational, type Rational } from './ratio.js';
import { readCsvNumber } from './internal/csv.js';
import { toIssue, type RawIssue } from './internal/issue-codes.js';
import { roundScaled } from './internal/digits.js';

/**
 * Converts one amount of đồng to `bigint`, checking that it is an exact integer.
 *
 * @param amount - a safe integer `number` or a `bigint`
 * @returns the amount as a `bigint`
 * @throws CoopError `INVALID_NUMBER` for fractions, NaN, ±Infinity, unsafe integers or non-numbers
 * @example
 * ```ts
 * import { toVnd } from '@coop/model';
 * toVnd(6_200_000_000); // 6200000000n
 * ```
 */
export const toVnd = (amount: number | bigint): bigint => {
  if (typeof amount === 'bigint') return amount;
  if (typeof amount === 'number' && Number.isSafeInteger(amount)) return BigInt(amount);
  const received = typeof amount === 'number' ? String(amount) : amount === null ? 'null' : typeof amount;
  throw new CoopError('INVALID_NUMBER', `Not an exact integer amount of VND: ${received}`, { received });
};

/** Runs `visit` over an iterable of amounts, turning any failure into a `CoopError`. */
const eachAmount = (values: Iterable<number | bigint>, visit: (amount: bigint) => void): void => {
  let iterable = false;
  try {
    iterable = values !== null && values !== undefined && typeof values[Symbol.iterator] === 'function';
  } catch {
    iterable = false;
  }
  if (!iterable) throw new CoopError('INVALID_ARGUMENT', 'Expected an iterable of amounts (an array, a Set…)', { received: typeof values });
  try {
    for (const value of values) visit(toVnd(value));
  } catch (error) {
    if (error instanceof CoopError) throw error;
    throw new CoopError('INVALID_ARGUMENT', 'Could not read the amounts', { cause: error });
  }
};

/**
 * Sums amounts of đồng exactly (as `bigint`, so no float drift and no overflow). Missing values are
 * not zero: filter out `undefined` first and report how many were missing.
 *
 * @param values - integer amounts (safe-integer numbers or bigints)
 * @returns the exact sum (`0n` for no values)
 * @throws CoopError `INVALID_NUMBER` when a value is not an exact integer; `INVALID_ARGUMENT` when
 *   `values` is not iterable
 * @example
 * ```ts
 * import { sumVnd } from '@coop/model';
 * sumVnd([9_007_199_254_740_991, 1, 1]); // 9007199254740993n — exact past 2^53
 * ```
 */
export const sumVnd = (values: Iterable<number | bigint>): bigint => {
  let total = 0n;
  eachAmount(values, (amount) => {
    total += amount;
  });
  return total;
};

/**
 * The exact mean of amounts of đồng, as a rational (round it with {@link roundVnd} to show it).
 *
 * @param values - integer amounts
 * @returns the mean, or `undefined` when there are no values ("no data", never zero)
 * @throws CoopError `INVALID_NUMBER` when a value is not an exact integer; `INVALID_ARGUMENT` when
 *   `values` is not iterable
 * @example
 * ```ts
 * import { meanVnd } from '@coop/model';
 * meanVnd([1, 2]); // { num: 3n, den: 2n }
 * meanVnd([]); // undefined
 * ```
 */
export const meanVnd = (values: Iterable<number | bigint>): Rational | undefined => {
  let total = 0n;
  let count = 0n;
  eachAmount(values, (amount) => {
    total += amount;
    count += 1n;
  });
  return count === 0n ? undefined : rational(total, count);
};

/**
 * Turns an amount of đồng (a record field or a `bigint` sum) into an exact rational.
 *
 * @param amount - an integer amount
 * @returns `amount / 1`
 * @throws CoopError `INVALID_NUMBER` when the amount is not an exact integer
 * @example
 * ```ts
 * import { vndToRational } from '@coop/model';
 * vndToRational(5_000_000_000n); // { num: 5000000000n, den: 1n }
 * ```
 */
export const vndToRational = (amount: number | bigint): Rational => ({ num: toVnd(amount), den: 1n });

/**
 * The exact ratio of two amounts of đồng (e.g. revenue against planned revenue).
 *
 * @param part - the numerator amount
 * @param whole - the denominator amount (not zero)
 * @returns `part / whole`, reduced
 * @throws CoopError `DIVISION_BY_ZERO` when `whole` is zero; `INVALID_NUMBER` for non-integers
 * @example
 * ```ts
 * import { ratioVnd, compareRational, rational } from '@coop/model';
 * compareRational(ratioVnd(6_000_000_000n, 10_000_000_000n), rational(60, 100)); // 0
 * ```
 */
export const ratioVnd = (part: number | bigint, whole: number | bigint): Rational =>
  divideRational(vndToRational(part), vndToRational(whole));

/**
 * Rounds an exact amount (a mean, a share of a sum) to whole đồng, half away from zero.
 *
 * @param amount - a rational amount of đồng
 * @returns the nearest whole amount (`x.5` rounds away from zero)
 * @example
 * ```ts
 * import { roundVnd, rational } from '@coop/model';
 * roundVnd(rational(5, 2)); // 3n
 * roundVnd(rational(-5, 2)); // -3n
 * ```
 */
export const roundVnd = (amount: Rational): bigint => roundScaled(rational(amount), 0);

const UNITS: ReadonlyArray<readonly [string, bigint]> = [
  ['nghìn tỷ', 1_000_000_000_000n],
  ['ngàn tỷ', 1_000_000_000_000n],
  ['nghin ty', 1_000_000_000_000n],
  ['tỷ', 1_000_000_000n],
  ['tỉ', 1_000_000_000n],
  ['ty', 1_000_000_000n],
  ['triệu', 1_000_000n],
  ['trieu', 1_000_000n],
  ['nghìn', 1_000n],
  ['ngàn', 1_000n],
  ['nghin', 1_000n],
  ['ngan', 1_000n],
];

const CURRENCY_SUFFIX = /\s*(?:đồng|dong|đ|₫|vnđ|vnd)$/u;
const CURRENCY_PREFIX = /^(?:vnđ|vnd|₫)\s*/u;

/**
 * Reads an amount of đồng written the Vietnamese way: dot thousands and decimal comma (`5.000.000`,
 * `1,5 tỷ`), an optional scale word (`nghìn`/`ngàn`, `triệu`, `tỷ`/`tỉ`, `nghìn tỷ`; unaccented forms
 * too) and an optional currency (`đồng`, `đ`, `₫`, `VND`, `VNĐ`). The number follows the CSV rule:
 * a dot followed by exactly three digits groups thousands, a comma is the decimal separator, and
 * ambiguous text (`1.5`, `1,500`, `5,000,000`) is rejected rather than guessed. The amount must come
 * to whole đồng. Never throws.
 *
 * @param text - the text to read
 * @returns `{ ok: true, value }` with an exact `bigint`, or `{ ok: false, issues }` (`missing`,
 *   `invalid_type`, `invalid_number`, `ambiguous_number`, `not_integer`)
 * @example
 * ```ts
 * import { parseVnd } from '@coop/model';
 * const amount = parseVnd('1,5 tỷ đồng');
 * amount.ok ? amount.value : undefined; // 1500000000n
 * parseVnd('5.000.000 đ').ok; // true
 * parseVnd('1.5 tỷ').ok; // false — ambiguous_number
 * ```
 */
export const parseVnd = (text: string): ParseResult<bigint> => {
  const fail = (raw: RawIssue): ParseResult<bigint> => ({ ok: false, issues: [toIssue(raw)] });
  if (typeof text !== 'string') {
    return fail({ path: [], code: 'invalid_type', expected: 'string', received: typeof text });
  }
  const received = JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text);
  // Checked before any reading: no amount of đồng needs more than LIMITS.decimalLength characters.
  if (text.length > LIMITS.decimalLength) return fail({ path: [], code: 'too_large', expected: `at most ${LIMITS.decimalLength} characters`, received });
  let body = text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  if (body === '') return fail({ path: [], code: 'missing', expected: 'an amount of đồng' });
  body = body.replace(CURRENCY_PREFIX, '').replace(CURRENCY_SUFFIX, '').trim();
  let scale = 1n;
  for (const [word, factor] of UNITS) {
    if (body.endsWith(` ${word}`) || (body.endsWith(word) && /\d$/.test(body.slice(0, -word.length)))) {
      scale = factor;
      body = body.slice(0, -word.length).trim();
      break;
    }
  }
  const read = readCsvNumber(body);
  if (read.kind === 'ambiguous') return fail({ path: [], code: 'ambiguous_number', expected: 'an amount of đồng', received });
  if (read.kind === 'invalid') return fail({ path: [], code: 'invalid_number', expected: 'an amount of đồng', received });
  const digits = BigInt(`${read.integer}${read.fraction}`) * BigInt(read.sign);
  const amount = rational(digits * scale, 10n ** BigInt(read.fraction.length));
  if (amount.den !== 1n) return fail({ path: [], code: 'not_integer', expected: 'whole đồng', received });
  return { ok: true, value: amount.num };
};
