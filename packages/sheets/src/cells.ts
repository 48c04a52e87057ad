/**
 * Turning one cell into the value of a record field: labels into ids (the mapping's, then the model's),
 * money with the column's unit scaled exactly, Excel serial dates into `YYYY-MM-DD`, codes written as
 * numbers into text. Text numbers, yes/no and day-first dates are left to `@coop/model`'s
 * `{ coerce: 'csv' }`, so the reader and the model accept the same text.
 */
import { RECORD_FIELDS, assertText, labelKey, parseCsvBoolean, parseCsvNumber, parseVnd, type RecordFieldType } from '@coop/model';
import { wholeOf } from './internal/guard.js';
import { mappingOf, type SheetMapping } from './mapping.js';
import type { CellValue } from './table.js';

/**
 * A cell read for a field: the value to hand to the model, or why it cannot be.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAPPING, readCell, type CellReading } from '@coop/sheets';
 * const reading: CellReading = readCell('', 'revenue', undefined, DEFAULT_MAPPING);
 * reading.kind; // 'absent'
 * ```
 */
export type CellReading =
  | { readonly kind: 'absent' }
  | { readonly kind: 'value'; readonly value: string | number | boolean }
  | { readonly kind: 'issue'; readonly code: string; readonly message: { readonly vi: string; readonly en: string } };

/** Text with no character from U+0300 on is already NFC (no combining mark, nothing to compose): skip the call. */
const BELOW_COMBINING = /^[\u0000-\u02ff]*$/;

const NUMERIC: ReadonlySet<string> = new Set(['count', 'vnd', 'months', 'hectares', 'year', 'points']);
const TEXT_FIELDS = new Set(['organisationId', 'name', 'areaCode', 'areaName', 'province', 'sheet.rulebook']);
const CODED = new Set(['kind', 'sector', 'grade']);

/**
 * The type of a field path (record fields, plus identity and scoring-sheet columns).
 *
 * @example
 * ```ts
 * import { fieldType } from '@coop/sheets';
 * fieldType('revenue'); // 'vnd'
 * fieldType('sheet.points.1a'); // 'points'
 * ```
 */
export const fieldType = (field: string): RecordFieldType | 'year' | 'points' => {
  const path = assertText(field, 'field', 1_000);
  if (path === 'year') return 'year';
  if (path.startsWith('sheet.points.')) return 'points';
  if (TEXT_FIELDS.has(path)) return 'text';
  if (CODED.has(path)) return 'enum';
  return Object.hasOwn(RECORD_FIELDS, path) ? (RECORD_FIELDS as Readonly<Record<string, RecordFieldType>>)[path] as RecordFieldType : 'text';
};

/** Label tables keyed for matching, built once per table (a mapping is plain data, never changed). */
const INDEXES = new WeakMap<object, ReadonlyMap<string, string>>();
const valueIndex = (table: Readonly<Record<string, string>>): ReadonlyMap<string, string> => {
  let index = INDEXES.get(table);
  if (!index) {
    index = new Map(Object.entries(table).map(([label, id]) => [labelKey(label), id] as const));
    INDEXES.set(table, index);
  }
  return index;
};

const SCALE_WORDS: Readonly<Record<number, string>> = { 3: 'nghìn', 6: 'triệu', 9: 'tỷ', 12: 'nghìn tỷ' };

/** The exact decimal digits of a finite number (`1.5` → `1.5`, `1e21` → `1000000000000000000000`). */
const decimalText = (value: number): string => {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return BigInt(Math.round(value)).toString();
};

/** Multiplies a number by 10^scale exactly in decimal (`1.005` × 10³ = `1005`). */
const scaleNumber = (value: number, scale: number): number => {
  if (scale === 0) return value;
  const text = decimalText(Math.abs(value));
  const [integer = '0', fraction = ''] = text.split('.');
  const shifted = `${integer}${fraction.padEnd(scale, '0').slice(0, scale)}`;
  const rest = fraction.length > scale ? fraction.slice(scale) : '';
  const result = Number(`${shifted}${rest ? `.${rest}` : ''}`);
  return value < 0 ? -result : result;
};

const DAY_MS = 86_400_000;
/** Excel's day 0 as Excel counts after its fictitious 29 February 1900 (serial 60). */
const EPOCH = Date.UTC(1899, 11, 30);

/**
 * An Excel serial date as `YYYY-MM-DD` (the 1900 date system; the time of day is dropped).
 *
 * @param serial - days since 1899-12-30 (Excel counts a 29 February 1900 that never was, so serials
 *   before 61 are one day off and not accepted)
 * @returns the date, or `undefined` outside 1900-03-01 … 9999-12-31
 * @example
 * ```ts
 * import { excelSerialToDate } from '@coop/sheets';
 * excelSerialToDate(43539); // '2019-03-15'
 * ```
 */
export const excelSerialToDate = (serial: number): string | undefined => {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2_958_466) return undefined;
  return new Date(EPOCH + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
};

/**
 * Reads one cell for one field.
 *
 * @param cell - the cell
 * @param field - the record field path
 * @param scale - the power of ten of the column's unit, if it names one
 * @param mapping - the mapping (value labels)
 * @returns the value for the model, `absent`, or an issue
 * @example
 * ```ts
 * import { DEFAULT_MAPPING, readCell } from '@coop/sheets';
 * readCell('Nông nghiệp - trồng trọt', 'sector', undefined, DEFAULT_MAPPING); // { kind: 'value', value: 'agriculture-crop' }
 * readCell('1,5', 'revenue', 6, DEFAULT_MAPPING); // { kind: 'value', value: 1500000 }
 * readCell(43539, 'foundedOn', undefined, DEFAULT_MAPPING); // { kind: 'value', value: '2019-03-15' }
 * ```
 */
export const readCell = (cell: CellValue | undefined, field: string, scale: number | undefined, mapping: SheetMapping): CellReading => {
  const type = fieldType(field);
  wholeOf(scale, 0, 12, 'scale');
  const resolved = mappingOf(mapping);
  if (cell === null || cell === undefined) return { kind: 'absent' };
  if (typeof cell === 'string') {
    const text = (BELOW_COMBINING.test(cell) ? cell : cell.normalize('NFC')).trim();
    if (text === '') return { kind: 'absent' };
    if (type === 'enum') {
      const id = valueIndex(resolved.values[field as 'kind' | 'sector' | 'grade']).get(labelKey(text));
      return { kind: 'value', value: id ?? text };
    }
    if ((type === 'vnd' || type === 'hectares') && scale !== undefined && scale > 0) {
      const word = SCALE_WORDS[scale];
      if (word === undefined) return { kind: 'issue', code: 'invalid_number', message: { vi: 'Đơn vị không dùng được', en: 'Unit cannot be used' } };
      const amount = parseVnd(`${text} ${word}`);
      if (!amount.ok) {
        const first = amount.issues[0];
        return { kind: 'issue', code: first?.code ?? 'invalid_number', message: first?.message ?? { vi: 'Không phải số', en: 'Not a number' } };
      }
      return { kind: 'value', value: Number(amount.value) };
    }
    // Numbers and yes/no read here by the model's own rule (the same as `{ coerce: 'csv' }`), so that the
    // model validates typed values in one pass; text it cannot read goes on as text and the model says why.
    if (NUMERIC.has(type) && scale === undefined) {
      const number = parseCsvNumber(text);
      if (number.kind === 'ok') return { kind: 'value', value: number.value };
    } else if (type === 'boolean') {
      const flag = parseCsvBoolean(text);
      if (flag !== undefined) return { kind: 'value', value: flag };
    }
    return { kind: 'value', value: text };
  }
  if (typeof cell === 'number') {
    if (type === 'date') {
      const date = excelSerialToDate(cell);
      return date === undefined
        ? { kind: 'issue', code: 'invalid_excel_date', message: { vi: `Số ngày Excel không hợp lệ (${cell})`, en: `Not a valid Excel date serial (${cell})` } }
        : { kind: 'value', value: date };
    }
    if (type === 'text' || type === 'enum') return { kind: 'value', value: decimalText(cell) };
    return { kind: 'value', value: scale ? scaleNumber(cell, scale) : cell };
  }
  return { kind: 'value', value: type === 'text' || type === 'enum' ? String(cell) : cell };
};
