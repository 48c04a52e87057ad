import type { RawIssue } from './issue-codes.js';
import { looksNumeric } from './csv.js';

/**
 * The issues of one value of the wrong type, of a value outside an allowed list, and the words of a
 * bound: how the parse layer words them, whether the check was zod's (./zod-issues.ts maps zod's issues
 * through these) or the model's zod-free shapes (../parse-with-shape.ts). One wording for both.
 */

type Path = ReadonlyArray<string | number>;

/** A value read at a path of a snapshot: whether its key is there, and the value. */
export interface Found {
  readonly present: boolean;
  readonly value: unknown;
}

const TYPE_WORDS: Readonly<Record<string, string>> = { int: 'integer', nonoptional: 'a value' };

/** The word of an expected type in an issue (zod's `int` is `integer`). */
export const typeWord = (expected: unknown): string => {
  const text = String(expected);
  return TYPE_WORDS[text] ?? text;
};

/** Whether the expected type is a number (`number`, or zod's `int`). */
export const isNumberType = (expected: unknown): boolean => expected === 'number' || expected === 'int';

/** An integer beyond ±2⁵³−1. */
export const unsafeIntegerIssue = (path: Path, received: string): RawIssue => ({ path: [...path], code: 'too_big', expected: `≤ ${Number.MAX_SAFE_INTEGER}`, received });

/**
 * A value that is not of the expected type: `missing` where a field or item is absent, `invalid_number`
 * for `NaN` or `Infinity`, `not_integer` for a fraction, `number_as_string` for a number written as text
 * (`invalid_number` when CSV text was read), else `invalid_type`.
 *
 * @param path - where the value is
 * @param expected - the expected type, in zod's words (`string`, `number`, `int`, `boolean`, `array`, `object`, `tuple`)
 * @param at - the value, and whether it is present
 * @param received - the value described
 * @param csv - CSV coercion was on
 * @returns the issue
 */
export const typeIssue = (path: Path, expected: string, at: Found, received: string, csv: boolean): RawIssue => {
  const word = typeWord(expected);
  const out = [...path];
  if ((!at.present || at.value === undefined) && path.length > 0) return { path: out, code: 'missing', expected: word };
  const value = at.value;
  if (isNumberType(expected) && typeof value === 'number') {
    if (!Number.isFinite(value)) return { path: out, code: 'invalid_number', expected: word, received };
    if (Number.isInteger(value)) return unsafeIntegerIssue(path, received);
    return { path: out, code: 'not_integer', expected: word, received };
  }
  if (isNumberType(expected) && typeof value === 'string' && looksNumeric(value)) {
    return { path: out, code: csv ? 'invalid_number' : 'number_as_string', expected: word, received };
  }
  return { path: out, code: 'invalid_type', expected: word, received };
};

/**
 * A value outside the allowed list: `missing` where a field or item is absent, else `invalid_enum`.
 *
 * @param path - where the value is
 * @param values - the allowed values, as written in the message
 * @param at - the value, and whether it is present
 * @param received - the value described
 * @returns the issue
 */
export const enumIssue = (path: Path, values: readonly string[], at: Found, received: string): RawIssue => {
  const list = values.join(', ');
  if ((!at.present || at.value === undefined) && path.length > 0) return { path: [...path], code: 'missing', expected: `one of ${list}` };
  return { path: [...path], code: 'invalid_enum', expected: list, received };
};

/**
 * The words of a bound: `at least 2 items`, `at most 40 characters`, `≥ 0`, `< 100`.
 *
 * @param origin - what is bounded (`string`, `array`, `set`, or a number type)
 * @param which - a lower or an upper bound
 * @param limit - the bound, as text
 * @param strict - the bound itself is not allowed (numbers only)
 * @returns the expected value of a `too_small` or `too_big` issue
 */
export const boundText = (origin: string | undefined, which: 'minimum' | 'maximum', limit: string, strict: boolean): string => {
  switch (origin) {
    case 'string':
      return which === 'minimum' ? `at least ${limit} character${limit === '1' ? '' : 's'}` : `at most ${limit} characters`;
    case 'array':
    case 'set':
      return which === 'minimum' ? `at least ${limit} item${limit === '1' ? '' : 's'}` : `at most ${limit} items`;
    default:
      return `${which === 'minimum' ? (strict ? '>' : '≥') : strict ? '<' : '≤'} ${limit}`;
  }
};
