import { CoopError } from './errors.js';
import { checkData, readOwn } from './internal/guard.js';
import { describeSafely } from './internal/snapshot.js';
import type { ModelSchema } from './model-schema.js';
import type { Rational } from './ratio.js';

/**
 * The documented size limits of everything the `@coop/*` functions take from a caller. Each limit is
 * checked before any work starts, so that a small hostile input (a sparse array of length 2³²−1, the
 * text `1e100000000`, a bigint of a million digits) is refused at once with a `CoopError` whose code is
 * in {@link LIMIT_CODES}, instead of running for minutes or exhausting memory.
 *
 * - `listLength`: items in an array argument of a non-`parse…` function (1 000 000; `parse…` functions
 *   have their own `maxNodes` option);
 * - `decimalLength`: characters of decimal text read as an exact number (400);
 * - `decimalExponent`: largest absolute exponent of such text (`5e9` has exponent 9) (999);
 * - `rationalBits`: largest size in bits of the numerator or denominator of a rational argument
 *   (16 384 bits, about 4 900 decimal digits).
 *
 * @example
 * ```ts
 * import { LIMITS, rational, isCoopError } from '@coop/model';
 * LIMITS.decimalExponent; // 999
 * try {
 *   rational('1e100000000');
 * } catch (error) {
 *   isCoopError(error, 'LIMIT_EXCEEDED'); // true — refused before any work
 * }
 * ```
 */
export const LIMITS = Object.freeze({
  listLength: 1_000_000,
  decimalLength: 400,
  decimalExponent: 999,
  rationalBits: 16_384,
} as const);

/**
 * The stable codes of the argument guards: `INVALID_ARGUMENT` (wrong type or shape, or unreadable: a
 * revoked Proxy, a throwing getter), `LIMIT_EXCEEDED` (over one of the {@link LIMITS}),
 * `DIVISION_BY_ZERO` (a rational with a zero denominator).
 *
 * @example
 * ```ts
 * import { LIMIT_CODES, assertList, isCoopError } from '@coop/model';
 * try {
 *   assertList(new Array(2 ** 32 - 1), 'records');
 * } catch (error) {
 *   isCoopError(error, LIMIT_CODES.limit); // true
 * }
 * ```
 */
export const LIMIT_CODES = Object.freeze({
  invalid: 'INVALID_ARGUMENT',
  limit: 'LIMIT_EXCEEDED',
  zero: 'DIVISION_BY_ZERO',
} as const);

const MAX_MAGNITUDE = 2n ** BigInt(LIMITS.rationalBits);

/** The argument's name as given by the caller, or a neutral word (a name is never converted to text). */
const label = (name: unknown): string => (typeof name === 'string' ? name.slice(0, 100) : 'argument');

const invalid = (name: string, expected: string, value: unknown): CoopError =>
  new CoopError(LIMIT_CODES.invalid, `${name}: expected ${expected}, received ${describeSafely(value)}`, {
    argument: name,
    expected,
    received: describeSafely(value),
  });

/**
 * Checks that a bigint is within {@link LIMITS}`.rationalBits` (a comparison, linear in its size).
 *
 * @param value - a bigint
 * @param name - the argument's name, for the message
 * @returns the bigint
 * @throws CoopError `LIMIT_EXCEEDED` when it is larger; `INVALID_ARGUMENT` when it is not a bigint
 * @example
 * ```ts
 * import { assertBigIntSize } from '@coop/model';
 * assertBigIntSize(10n ** 30n, 'revenue'); // 1000000000000000000000000000000n
 * ```
 */
export const assertBigIntSize = (value: bigint, name: string): bigint => {
  name = label(name);
  if (typeof value !== 'bigint') throw invalid(name, 'a bigint', value);
  if (value < MAX_MAGNITUDE && value > -MAX_MAGNITUDE) return value;
  throw new CoopError(LIMIT_CODES.limit, `${name}: more than ${LIMITS.rationalBits} bits`, { argument: name, limit: LIMITS.rationalBits });
};

/**
 * Checks a rational argument: an object whose own `num` and `den` are bigints, `den` not zero, both
 * within {@link LIMITS}`.rationalBits`. Each field is read once, so a getter that changes between reads
 * cannot slip past the check. A JSON round trip of a rational (`{ num: 1, den: 3 }`, numbers) is refused
 * here: rebuild it with `rational(num, den)`.
 *
 * @param value - anything
 * @param name - the argument's name, for the message
 * @returns a fresh `{ num, den }` with `den > 0` (not reduced)
 * @throws CoopError `INVALID_ARGUMENT`, `DIVISION_BY_ZERO` or `LIMIT_EXCEEDED`
 * @example
 * ```ts
 * import { assertRational, isCoopError } from '@coop/model';
 * assertRational({ num: 1n, den: -3n }, 'share'); // { num: -1n, den: 3n }
 * try {
 *   assertRational({ num: 1, den: 3 }, 'share');
 * } catch (error) {
 *   isCoopError(error, 'INVALID_ARGUMENT'); // true
 * }
 * ```
 */
export const assertRational = (value: unknown, name: string): Rational => {
  name = label(name);
  if (typeof value !== 'object' || value === null) throw invalid(name, 'a rational { num: bigint, den: bigint }', value);
  const num = readOwn(value, 'num', name);
  const den = readOwn(value, 'den', name);
  if (typeof num !== 'bigint' || typeof den !== 'bigint') {
    throw invalid(name, 'a rational { num: bigint, den: bigint } (bigints, not numbers or strings)', typeof num !== 'bigint' ? num : den);
  }
  if (den === 0n) throw new CoopError(LIMIT_CODES.zero, `${name}: a rational with a zero denominator`, { argument: name });
  assertBigIntSize(num, `${name}.num`);
  assertBigIntSize(den, `${name}.den`);
  return den < 0n ? { num: -num, den: -den } : { num, den };
};

/**
 * Checks a list argument and copies it: a real array (not array-like), at most `max` items long, each
 * item read once (holes read as `undefined`). The length is checked before any item is read, so a sparse
 * array of length 2³²−1 costs nothing.
 *
 * @param value - anything
 * @param name - the argument's name, for the message
 * @param max - the most items accepted (default {@link LIMITS}`.listLength`)
 * @returns a fresh dense array of the items
 * @throws CoopError `INVALID_ARGUMENT` (not an array, unreadable) or `LIMIT_EXCEEDED` (too long)
 * @example
 * ```ts
 * import { assertList } from '@coop/model';
 * assertList(['a', , 'c'], 'ids'); // ['a', undefined, 'c']
 * ```
 */
export const assertList = (value: unknown, name: string, max: number = LIMITS.listLength): unknown[] => {
  name = label(name);
  if (!(typeof max === 'number' && Number.isSafeInteger(max) && max >= 0)) throw invalid('max', 'a whole number of items', max);
  let length: number;
  try {
    if (!Array.isArray(value)) throw invalid(name, 'an array', value);
    length = value.length;
  } catch (error) {
    if (error instanceof CoopError) throw error;
    throw new CoopError(LIMIT_CODES.invalid, `${name} cannot be read (a revoked Proxy or a throwing trap)`, { argument: name });
  }
  if (length > max) {
    throw new CoopError(LIMIT_CODES.limit, `${name}: ${length} items, more than the limit of ${max}`, { argument: name, limit: max, received: length });
  }
  const out: unknown[] = new Array<unknown>(length);
  for (let index = 0; index < length; index += 1) out[index] = readOwn(value, String(index), name);
  return out;
};

/**
 * Checks a text argument: a string of at most `max` characters.
 *
 * @param value - anything
 * @param name - the argument's name, for the message
 * @param max - the most characters accepted
 * @returns the string
 * @throws CoopError `INVALID_ARGUMENT` (not a string) or `LIMIT_EXCEEDED` (too long)
 * @example
 * ```ts
 * import { assertText } from '@coop/model';
 * assertText('79.99', 'value', 400); // '79.99'
 * ```
 */
export const assertText = (value: unknown, name: string, max: number): string => {
  name = label(name);
  if (!(typeof max === 'number' && Number.isSafeInteger(max) && max >= 0)) throw invalid('max', 'a whole number of characters', max);
  if (typeof value !== 'string') throw invalid(name, 'a string', value);
  if (value.length > max) {
    throw new CoopError(LIMIT_CODES.limit, `${name}: ${value.length} characters, more than the limit of ${max}`, { argument: name, limit: max, received: value.length });
  }
  return value;
};

/**
 * Checks typed data handed to a function by a programmer (a comparator, a plan, options) the way the
 * `parse…` functions read untrusted data: it snapshots the value first (cycles, Proxies, throwing or
 * changing getters and prototype keys cannot get through; at most 1 000 000 values are read), validates
 * the snapshot with the schema, and returns the fresh, validated copy.
 *
 * @param schema - the zod schema of the argument (e.g. `ComparatorSchema`)
 * @param value - the argument
 * @param name - the argument's name, for the message
 * @param code - the error code (default `INVALID_ARGUMENT`)
 * @returns the validated copy
 * @throws CoopError `code` with `details.issues` (paths from the argument)
 * @example
 * ```ts
 * import { ComparatorSchema, assertData } from '@coop/model';
 * assertData(ComparatorSchema, { kind: '>', value: 60 }, 'comparator'); // { kind: '>', value: 60 }
 * ```
 */
export const assertData = <T>(schema: ModelSchema<T, unknown>, value: unknown, name: string, code = LIMIT_CODES.invalid as string): T =>
  checkData(schema as unknown as Parameters<typeof checkData>[0], value, name, code) as T;
