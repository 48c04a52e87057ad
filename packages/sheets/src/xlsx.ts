/**
 * Reading `.xlsx` workbooks (Office Open XML) in browsers and Node: fflate unpacks the parts, saxen reads
 * their XML as a stream of tags, and this module only interprets the few SpreadsheetML elements a data
 * table needs (sheets, shared strings, cells, merged cells). No formula is evaluated: a formula cell gives
 * the value Excel or LibreOffice cached when the file was saved. Dates stay Excel serial numbers (the
 * mapping turns them into dates where a date is expected). Every part is bounded by the limits before and
 * while it is unpacked and read. Loaded lazily by `readSheetFile` only when a workbook is given.
 */
import { strFromU8, unzipSync } from 'fflate';
import { Parser, decode } from 'saxen';
import { columnLetter, sheetIssue, type SheetIssue } from './issues.js';
import { CoopError, assertText } from '@coop/model';
import { MAX_NAME_LENGTH, isBytes, optionsOf } from './internal/guard.js';
import { resolveLimits, type SheetLimits } from './limits.js';
import type { CellValue, SheetTable } from './table.js';

/**
 * Options of {@link readXlsx}.
 *
 * @example
 * ```ts
 * import { readXlsx, type XlsxOptions } from '@coop/sheets';
 * const options: XlsxOptions = { sheet: 'Năm 2024', limits: { maxRows: 10_000 } };
 * readXlsx(new Uint8Array(), options).issues[0]?.code; // 'invalid_xlsx'
 * ```
 */
export interface XlsxOptions {
  /** The file name used in issues. */
  readonly file?: string;
  /** The sheet to read (by name, case-insensitive); the first sheet when absent. */
  readonly sheet?: string;
  /** Limits (bytes, rows, columns, cell length). */
  readonly limits?: Partial<SheetLimits>;
}

/**
 * A workbook read: the chosen sheet's table (absent when it cannot be read), every sheet name, issues.
 *
 * @example
 * ```ts
 * import { readXlsx, type XlsxResult } from '@coop/sheets';
 * const result: XlsxResult = readXlsx(new Uint8Array([0x50, 0x4b]));
 * result.table; // undefined
 * ```
 */
export interface XlsxResult {
  readonly table?: SheetTable;
  readonly sheets: readonly string[];
  readonly issues: readonly SheetIssue[];
}

/** Thrown inside the XML handlers to stop reading at a limit (caught here, never escapes). */
class Stop extends Error {}

const parseXml = (xml: string, handlers: {
  open?: (name: string, attrs: () => Record<string, string>, selfClosing: boolean) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}): void => {
  const parser = new Parser();
  let failure: Error | undefined;
  parser.on('openTag', (name, attrs, _decode, selfClosing) => {
    handlers.open?.(name, attrs, selfClosing);
    if (selfClosing) handlers.close?.(name);
  });
  parser.on('closeTag', (name, _decode, selfClosing) => {
    if (!selfClosing) handlers.close?.(name);
  });
  if (handlers.text) {
    const onText = handlers.text;
    parser.on('text', (value, decodeText) => onText(decodeText(value)));
    parser.on('cdata', (value) => onText(value));
  }
  parser.on('error', (error) => {
    failure = error;
    parser.stop();
  });
  parser.parse(xml);
  if (failure) throw failure;
};

/** Local name of a possibly prefixed element (`x:row` → `row`). */
const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/** `AB12` → column 28 (1-based), row 12. */
const cellRef = (ref: string): { column: number; row: number } | undefined => {
  const match = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref);
  if (!match) return undefined;
  let column = 0;
  for (const ch of match[1] ?? '') column = column * 26 + (ch.charCodeAt(0) - 64);
  return { column, row: Number(match[2]) };
};

const sharedStrings = (xml: string): string[] => {
  const out: string[] = [];
  let current: string | undefined;
  let inText = false;
  let phonetic = 0;
  parseXml(xml, {
    open: (name) => {
      const tag = local(name);
      if (tag === 'si') current = '';
      else if (tag === 'rPh') phonetic += 1;
      else if (tag === 't' && phonetic === 0) inText = true;
    },
    close: (name) => {
      const tag = local(name);
      if (tag === 'si') {
        out.push(current ?? '');
        current = undefined;
      } else if (tag === 'rPh') phonetic -= 1;
      else if (tag === 't') inText = false;
    },
    text: (text) => {
      if (inText && current !== undefined) current += text;
    },
  });
  return out;
};

const sheetTargets = (workbook: string, rels: string): Array<{ name: string; path: string }> => {
  const targets = new Map<string, string>();
  parseXml(rels, {
    open: (name, attrs) => {
      if (local(name) !== 'Relationship') return;
      const a = attrs();
      const id = a.Id;
      const target = a.Target;
      if (id !== undefined && target !== undefined) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    },
  });
  const sheets: Array<{ name: string; path: string }> = [];
  parseXml(workbook, {
    open: (name, attrs) => {
      if (local(name) !== 'sheet') return;
      const a = attrs();
      const id = a['r:id'] ?? Object.entries(a).find(([key]) => key.endsWith(':id'))?.[1];
      const path = id === undefined ? undefined : targets.get(id);
      if (path !== undefined) sheets.push({ name: decode(a.name ?? ''), path });
    },
  });
  return sheets;
};

/**
 * Reads one sheet of an `.xlsx` workbook into rows of cells.
 *
 * @param bytes - the workbook file
 * @param options - file name, sheet, limits
 * @returns the table (absent when the workbook or sheet cannot be read), the sheet names and the issues
 * @example
 * ```ts
 * import { readXlsx, rejectedRowsToXlsx } from '@coop/sheets';
 * const bytes = rejectedRowsToXlsx([{ file: 'a.csv', row: 2, headers: ['Mã HTX'], cells: ['HTX-1'], reasons: [] }]);
 * readXlsx(bytes).table?.rows[1]; // ['HTX-1', 'a.csv', 2] (an empty reason cell is not written)
 * ```
 */
export const readXlsx = (bytes: Uint8Array, options: XlsxOptions = {}): XlsxResult => {
  if (!isBytes(bytes)) throw new CoopError('INVALID_ARGUMENT', 'bytes must be a Uint8Array', { argument: 'bytes', received: typeof bytes });
  const read = optionsOf(options, ['file', 'sheet', 'limits']);
  const opts: XlsxOptions = {
    file: read.file === undefined ? '' : assertText(read.file, 'options.file', MAX_NAME_LENGTH),
    ...(read.sheet === undefined ? {} : { sheet: assertText(read.sheet, 'options.sheet', MAX_NAME_LENGTH) }),
    ...(read.limits === undefined ? {} : { limits: read.limits as Partial<SheetLimits> }),
  };
  const file = opts.file ?? '';
  const limits = resolveLimits(opts.limits);
  const fail = (issue: SheetIssue, sheets: readonly string[] = []): XlsxResult => ({ sheets, issues: [issue] });
  if (bytes.length > limits.maxBytes) return fail(sheetIssue('too_large', `${limits.maxBytes} bytes`, { file }));
  let tooLarge = false;
  const unpack = (wanted: (name: string) => boolean): Record<string, Uint8Array> =>
    unzipSync(bytes, {
      filter: (entry) => {
        if (!wanted(entry.name)) return false;
        if (entry.originalSize > limits.maxUnpackedBytes) {
          tooLarge = true;
          return false;
        }
        return true;
      },
    });
  try {
    const head = unpack((name) => name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels' || name === 'xl/sharedStrings.xml');
    if (tooLarge) return fail(sheetIssue('too_large', `${limits.maxUnpackedBytes} bytes unpacked`, { file }));
    const workbook = head['xl/workbook.xml'];
    const rels = head['xl/_rels/workbook.xml.rels'];
    if (!workbook || !rels) return fail(sheetIssue('invalid_xlsx', 'xl/workbook.xml', { file }));
    const sheets = sheetTargets(strFromU8(workbook), strFromU8(rels));
    const names = sheets.map((s) => s.name);
    const wantedName = opts.sheet?.normalize('NFC').toLowerCase();
    const chosen = wantedName === undefined ? sheets[0] : sheets.find((s) => s.name.normalize('NFC').toLowerCase() === wantedName);
    if (!chosen) return fail(sheetIssue('sheet_not_found', opts.sheet ?? '1', { file }), names);
    const strings = head['xl/sharedStrings.xml'] ? sharedStrings(strFromU8(head['xl/sharedStrings.xml'])) : [];
    const part = unpack((name) => name === chosen.path)[chosen.path];
    if (tooLarge) return fail(sheetIssue('too_large', `${limits.maxUnpackedBytes} bytes unpacked`, { file, sheet: chosen.name }), names);
    if (!part) return fail(sheetIssue('invalid_xlsx', chosen.path, { file, sheet: chosen.name }), names);
    const read = readSheetXml(strFromU8(part), strings, limits, file, chosen.name);
    return { table: { file, sheet: chosen.name, rows: read.rows }, sheets: names, issues: read.issues };
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'unreadable';
    return fail(sheetIssue('invalid_xlsx', detail, { file }));
  }
};

const readSheetXml = (
  xml: string,
  strings: readonly string[],
  limits: SheetLimits,
  file: string,
  sheet: string,
): { rows: CellValue[][]; issues: SheetIssue[] } => {
  const rows: CellValue[][] = [];
  const issues: SheetIssue[] = [];
  const merges: Array<{ from: { column: number; row: number }; to: { column: number; row: number } }> = [];
  let rowNumber = 0;
  let cell: { column: number; type: string; value: string; inValue: boolean; inline: boolean } | undefined;
  let column = 0;
  const stop = (issue: SheetIssue): never => {
    issues.push(issue);
    throw new Stop();
  };
  try {
    parseXml(xml, {
      open: (name, attrs) => {
        const tag = local(name);
        if (tag === 'row') {
          const r = Number(attrs().r);
          rowNumber = Number.isSafeInteger(r) && r > rowNumber ? r : rowNumber + 1;
          if (rowNumber > limits.maxRows) stop(sheetIssue('too_many_rows', String(limits.maxRows), { file, sheet, row: rowNumber }));
          column = 0;
        } else if (tag === 'c') {
          const a = attrs();
          const ref = a.r === undefined ? undefined : cellRef(a.r);
          column = ref ? ref.column : column + 1;
          if (column > limits.maxColumns) stop(sheetIssue('too_many_columns', String(limits.maxColumns), { file, sheet, row: rowNumber }));
          cell = { column, type: a.t ?? 'n', value: '', inValue: false, inline: false };
        } else if (cell && tag === 'v') cell.inValue = true;
        else if (cell && tag === 'is') cell.inline = true;
        else if (cell && cell.inline && tag === 't') cell.inValue = true;
        else if (tag === 'mergeCell') {
          const [from, to] = (attrs().ref ?? '').split(':').map(cellRef);
          if (from && to) merges.push({ from, to });
        }
      },
      close: (name) => {
        const tag = local(name);
        if (tag === 'v' || tag === 't') {
          if (cell) cell.inValue = false;
        } else if (tag === 'c' && cell) {
          const value = cellValue(cell.type, cell.value, strings);
          if (typeof value === 'string' && value.length > limits.maxCellLength) {
            stop(sheetIssue('cell_too_long', String(limits.maxCellLength), { file, sheet, row: rowNumber, column: columnLetter(cell.column) }));
          }
          if (value !== null) {
            const row = rowAt(rows, rowNumber);
            while (row.length < cell.column - 1) row.push(null);
            row[cell.column - 1] = value;
          }
          cell = undefined;
        }
      },
      text: (text) => {
        if (cell?.inValue) {
          cell.value += text;
          if (cell.value.length > limits.maxCellLength) {
            stop(sheetIssue('cell_too_long', String(limits.maxCellLength), { file, sheet, row: rowNumber, column: columnLetter(cell.column) }));
          }
        }
      },
    });
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
  }
  fillMerges(rows, merges, limits.maxColumns);
  return { rows, issues };
};

const rowAt = (rows: CellValue[][], rowNumber: number): CellValue[] => {
  while (rows.length < rowNumber) rows.push([]);
  return rows[rowNumber - 1] as CellValue[];
};

const cellValue = (type: string, text: string, strings: readonly string[]): CellValue => {
  switch (type) {
    case 's': {
      const index = Number(text);
      return Number.isSafeInteger(index) && index >= 0 && index < strings.length ? (strings[index] as string) : null;
    }
    case 'b':
      return text === '1' || text.toLowerCase() === 'true';
    case 'str':
    case 'inlineStr':
    case 'e':
    case 'd':
      return text === '' ? null : text;
    default: {
      if (text.trim() === '') return null;
      const number = Number(text);
      return Number.isFinite(number) ? number : text;
    }
  }
};

/** A merged range shows its first cell's value in every cell it covers (header cells over several columns). */
const fillMerges = (
  rows: CellValue[][],
  merges: ReadonlyArray<{ from: { column: number; row: number }; to: { column: number; row: number } }>,
  maxColumns: number,
): void => {
  for (const { from, to } of merges) {
    const value = rows[from.row - 1]?.[from.column - 1];
    if (value === undefined || value === null) continue;
    for (let r = from.row; r <= Math.min(to.row, rows.length); r += 1) {
      const row = rows[r - 1] as CellValue[];
      for (let c = from.column; c <= Math.min(to.column, maxColumns); c += 1) {
        while (row.length < c - 1) row.push(null);
        if (row[c - 1] === undefined || row[c - 1] === null) row[c - 1] = value;
      }
    }
  }
};
