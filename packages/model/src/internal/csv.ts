/**
 * Reading numbers and yes/no answers written by people in spreadsheets (Vietnamese conventions).
 *
 * The number rule, stated once and used everywhere (CSV coercion and `parseVnd`):
 * - an optional sign `-` or `+`, then digits;
 * - a dot groups thousands and must be followed by exactly three digits, with a first group of one to
 *   three digits not starting with 0 (`5.000` is five thousand, `5.000.000` five million);
 * - a comma is the decimal separator (`1,5` is one and a half, `5.000.000,5`);
 * - a space (also a no-break or narrow no-break space) groups thousands the same way, never mixed with
 *   dots (`5 000 000`, `1 500,5`);
 * - plain digits are accepted (`5000000`);
 * - anything else made only of digits, dots and commas is **ambiguous** and rejected rather than
 *   guessed: `1.5` (an English decimal?), `1,500` (English thousands or 1.5?), `1,000,000`, `1.50`,
 *   `.5`, `0.500`;
 * - other spaces inside, exponents, currency signs and percent signs are not numbers here.
 */
import { CoopError } from '../errors.js';
import { describeSafely } from './snapshot.js';

/** Outcome of reading a number from text. */
export type CsvNumber =
  | { readonly kind: 'ok'; readonly sign: 1 | -1; readonly integer: string; readonly fraction: string }
  | { readonly kind: 'ambiguous' }
  | { readonly kind: 'invalid' };

const PLAIN = /^(\d+)$/;
const GROUPED = /^([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/;
const SPACED = /^([1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+)(?:,(\d+))?$/;
const COMMA_DECIMAL = /^(\d+),(\d+)$/;
const NUMERIC_CHARS = /^[\d.,]+$/;

/**
 * Reads a number written with Vietnamese conventions, keeping its digits exact.
 *
 * @param text - the text of a cell
 * @returns the sign, integer digits and fraction digits; or `ambiguous` / `invalid`
 */
export const readCsvNumber = (text: string): CsvNumber => {
  let body = text.normalize('NFC').trim();
  let sign: 1 | -1 = 1;
  if (body.startsWith('-') || body.startsWith('+')) {
    sign = body.startsWith('-') ? -1 : 1;
    body = body.slice(1);
  }
  let match = PLAIN.exec(body);
  if (match) return { kind: 'ok', sign, integer: match[1] ?? '0', fraction: '' };
  match = GROUPED.exec(body);
  if (match) return { kind: 'ok', sign, integer: (match[1] ?? '0').replace(/\./g, ''), fraction: match[2] ?? '' };
  match = SPACED.exec(body);
  if (match) return { kind: 'ok', sign, integer: (match[1] ?? '0').replace(/\D/g, ''), fraction: match[2] ?? '' };
  match = COMMA_DECIMAL.exec(body);
  if (match) {
    const integer = match[1] ?? '0';
    const fraction = match[2] ?? '';
    // `1,500` could be English thousands: a 1–3 digit integer part not starting with 0 and exactly
    // three decimals is the shape of both readings.
    if (fraction.length === 3 && /^[1-9]\d{0,2}$/.test(integer)) return { kind: 'ambiguous' };
    return { kind: 'ok', sign, integer, fraction };
  }
  return body.length > 0 && NUMERIC_CHARS.test(body) ? { kind: 'ambiguous' } : { kind: 'invalid' };
};

/**
 * Reads a number cell as a JavaScript number (see the rule above). Like a `parse…` function it never
 * throws on what a cell holds: anything but a string is `invalid`.
 *
 * @param text - the text of a cell
 * @returns the number, or why it is not one
 * @example
 * ```ts
 * import { parseCsvNumber } from '@coop/model';
 * const read = parseCsvNumber('5 000 000');
 * read.kind === 'ok' && read.value; // 5000000
 * parseCsvNumber('1.5').kind; // 'ambiguous'
 * ```
 */
export const parseCsvNumber = (
  text: string,
): { readonly kind: 'ok'; readonly value: number } | { readonly kind: 'ambiguous' } | { readonly kind: 'invalid' } => {
  if (typeof text !== 'string') return { kind: 'invalid' };
  const read = readCsvNumber(text);
  if (read.kind !== 'ok') return read;
  const value = Number(`${read.integer}${read.fraction === '' ? '' : `.${read.fraction}`}`) * read.sign;
  return Number.isFinite(value) ? { kind: 'ok', value: value === 0 ? 0 : value } : { kind: 'invalid' };
};

const JS_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Tells whether a string looks like a number in any usual notation (JavaScript or Vietnamese), so that
 * the parser can say "number written as a string" rather than "wrong type".
 *
 * @param text - a string value
 * @returns `true` when it reads as a number
 */
export const looksNumeric = (text: string): boolean => {
  const trimmed = text.trim();
  return JS_NUMBER.test(trimmed) || readCsvNumber(trimmed).kind !== 'invalid';
};

const TRUE_WORDS = new Set(['có', 'co', 'x', 'true', '1', 'yes', 'đúng', 'dung']);
const FALSE_WORDS = new Set(['không', 'khong', 'false', '0', 'no', 'sai']);

/**
 * Reads a yes/no cell: `có`, `x`, `true`, `1`, `yes` (and `đúng`) mean yes; `không`, `false`, `0`,
 * `no` (and `sai`) mean no. Case and Unicode composition do not matter; the unaccented `co` / `khong`
 * are accepted. Anything else (a non-string too: it never throws) is not a boolean.
 *
 * @param text - the text of a cell
 * @returns the boolean, or `undefined` when the text is not a yes/no answer
 * @example
 * ```ts
 * import { parseCsvBoolean } from '@coop/model';
 * parseCsvBoolean('Có'); // true
 * parseCsvBoolean('maybe'); // undefined
 * ```
 */
export const parseCsvBoolean = (text: string): boolean | undefined => {
  if (typeof text !== 'string') return undefined;
  const word = text.normalize('NFC').trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
};

/**
 * Normalises a label typed by a person for matching: no diacritics (`đ` → `d`), lower case, every kind
 * of dash (`-`, `‐`, `–`, `—`, `−`) the same with one space either side, single spaces.
 *
 * @param text - the text of a cell or a header
 * @returns the matching key
 * @throws CoopError `INVALID_ARGUMENT` when `text` is not a string
 * @example
 * ```ts
 * import { labelKey } from '@coop/model';
 * labelKey('Nông nghiệp - Trồng trọt') === labelKey('Nông nghiệp – trồng trọt'); // true
 * labelKey('Mã  HTX'); // 'ma htx'
 * ```
 */
export const labelKey = (text: string): string => {
  if (typeof text !== 'string') {
    throw new CoopError('INVALID_ARGUMENT', `text: expected a string, received ${describeSafely(text)}`, { argument: 'text', expected: 'a string', received: describeSafely(text) });
  }
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212-]/g, '-')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
};

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YEAR_FIRST = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/;

/**
 * Reads a date the way Vietnamese spreadsheets write it: day first (`15/03/2019`, `15-3-2019`,
 * `15.03.2019`) or year first (`2019-03-15`, `2019/3/15`). Whether the date exists is left to the
 * schema (`31/02/2019` gives `2019-02-31`, then `invalid_date`).
 *
 * @param text - the text of a cell
 * @returns the date as `YYYY-MM-DD`, or `undefined` when the text has neither shape
 */
export const readCsvDate = (text: string): string | undefined => {
  const body = text.normalize('NFC').trim();
  const pad = (part: string): string => part.padStart(2, '0');
  let match = DAY_FIRST.exec(body);
  if (match) return `${match[3] ?? ''}-${pad(match[2] ?? '')}-${pad(match[1] ?? '')}`;
  match = YEAR_FIRST.exec(body);
  if (match) return `${match[1] ?? ''}-${pad(match[2] ?? '')}-${pad(match[3] ?? '')}`;
  return undefined;
};

/**
 * Finds the allowed value a label stands for: the first of `values` whose key (see {@link labelKey})
 * equals the text's key, or that one of its `synonyms` stands for.
 *
 * @param text - the text of a cell (`HTX`, `Khá`, `Nông nghiệp - trồng trọt`)
 * @param values - the allowed values (ids)
 * @param synonyms - label → id, searched by key
 * @returns the id, or `undefined`
 */
export const readCsvEnum = (
  text: string,
  values: ReadonlyArray<unknown>,
  synonyms: ReadonlyMap<string, string>,
): string | undefined => {
  const key = labelKey(text);
  for (const value of values) if (typeof value === 'string' && labelKey(value) === key) return value;
  const id = synonyms.get(key);
  return id !== undefined && values.includes(id) ? id : undefined;
};
