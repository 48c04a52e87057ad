/**
 * Reading `.xlsx` workbooks (Office Open XML) in browsers and Node: fflate unpacks the parts, saxen reads
 * their XML as a stream of tags, and this module only interprets the few SpreadsheetML elements a data
 * table needs (sheets, shared strings, cells, merged cells). No formula is evaluated: a formula cell gives
 * the value Excel or LibreOffice cached when the file was saved. Dates stay Excel serial numbers (the
 * mapping turns them into dates where a date is expected). Every part is bounded by the limits before and
 * while it is unpacked and read. Loaded lazily by `readSheetFile` only when a workbook is given.
 *
 * The shared strings and the sheet are streamed: fflate's `Unzip` inflates them piece by piece, a
 * streaming `TextDecoder` turns the pieces into text and saxen's `write` reads the text as it comes, so
 * neither the unpacked sheet nor its text is ever held whole. Each row is handed on when it closes.
 */
import { Unzip, UnzipInflate, strFromU8, unzipSync } from 'fflate';
import { Parser, decode } from 'saxen';
import { columnLetter, sheetIssue, type SheetIssue } from './issues.js';
import { CoopError, assertText } from '@coop/model';
import { MAX_NAME_LENGTH, callbackOf, isBytes, optionsOf } from './internal/guard.js';
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
  /**
   * Receives each row as it is read (with its 1-based row number and the sheet's name) instead of keeping
   * it: the table then has no rows, and a large sheet streams through without being held.
   */
  readonly onRow?: (row: CellValue[], rowNumber: number, sheet: string) => void;
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

type XmlHandlers = {
  open?: (name: string, attrs: () => Record<string, string>, selfClosing: boolean) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
};

/** A saxen parser wired to the handlers; `write` pieces of text, then `end`. Throws what the handlers throw. */
const xmlReader = (handlers: XmlHandlers): { write: (xml: string) => void; end: () => void } => {
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
    failure ??= error;
    parser.stop();
  });
  const check = (): void => {
    if (failure) throw failure;
  };
  return {
    write: (xml) => {
      check();
      parser.write(xml);
      check();
    },
    end: () => {
      check();
      parser.end();
      check();
    },
  };
};

const parseXml = (xml: string, handlers: XmlHandlers): void => {
  const reader = xmlReader(handlers);
  reader.write(xml);
  reader.end();
};

/** Where the last whole UTF-8 sequence of `bytes` ends (an incomplete one at the end is left out). */
const utf8Boundary = (bytes: Uint8Array): number => {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back += 1) {
    const byte = bytes[n - back] as number;
    if (byte < 0x80) return n;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return length > back ? n - back : n;
    }
  }
  return n;
};

const joinBytes = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

/** Compressed bytes handed to the unzip stream at a time. */
const CHUNK = 64 * 1024;

/**
 * Inflates one part of the workbook piece by piece. The part's declared size is checked before inflating,
 * and the bytes really inflated while inflating (a lying header stops there too).
 *
 * @returns `missing` when the archive has no such part, `too_large` past `maxUnpackedBytes`
 */
const inflatePart = (
  bytes: Uint8Array,
  path: string,
  maxUnpacked: number,
  sink: (data: Uint8Array, final: boolean) => void,
): 'ok' | 'missing' | 'too_large' => {
  let state = 'missing' as 'missing' | 'reading' | 'ok' | 'too_large';
  let failure: unknown;
  let inflated = 0;
  const unzip = new Unzip((file) => {
    if (file.name !== path || state !== 'missing') return;
    if (file.originalSize !== undefined && file.originalSize > maxUnpacked) {
      state = 'too_large';
      return;
    }
    state = 'reading';
    file.ondata = (error, data, final) => {
      if (state !== 'reading') return;
      inflated += error ? 0 : data.length;
      if (error || inflated > maxUnpacked) {
        if (error) failure ??= error;
        state = error ? 'ok' : 'too_large';
        return;
      }
      try {
        sink(data, final);
      } catch (thrown) {
        failure ??= thrown;
      }
      if (failure !== undefined || final) state = 'ok';
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let at = 0; at < bytes.length && (state === 'missing' || state === 'reading'); at += CHUNK) {
    unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
  }
  if (failure !== undefined) throw failure;
  if (state === 'reading') throw new Error(`${path}: unexpected end of the archive`);
  return state;
};

/**
 * Streams one part of the workbook as text, decoded as UTF-8 as it is inflated. A sequence cut at the
 * end of a piece waits for the next one (whole sequences decode faster than the decoder's streaming mode).
 */
const streamPart = (bytes: Uint8Array, path: string, maxUnpacked: number, sink: (text: string) => void): 'ok' | 'missing' | 'too_large' => {
  let pending = new Uint8Array(0);
  const decoder = new TextDecoder('utf-8');
  return inflatePart(bytes, path, maxUnpacked, (data, final) => {
    const whole = pending.length === 0 ? data : joinBytes(pending, data);
    const cut = final ? whole.length : utf8Boundary(whole);
    pending = whole.slice(cut);
    const text = decoder.decode(whole.subarray(0, cut));
    if (text !== '') sink(text);
  });
};

/** Local name of a possibly prefixed element (`x:row` → `row`). */
const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/** `AB12` → column 28 (1-based), row 12 (read character by character: it runs for every cell). */
const cellRef = (ref: string): { column: number; row: number } | undefined => {
  let column = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i += 1) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  if (i === 0 || i > 3 || ref.length - i < 1 || ref.length - i > 7) return undefined;
  let row = 0;
  for (let j = i; j < ref.length; j += 1) {
    const code = ref.charCodeAt(j);
    if (code < 48 || code > 57) return undefined;
    row = row * 10 + (code - 48);
  }
  return { column, row };
};

/** Handlers collecting the shared strings (`<si>` items; phonetic runs `<rPh>` left out) into `out`. */
const sharedStrings = (out: string[]): XmlHandlers => {
  let current: string | undefined;
  let inText = false;
  let phonetic = 0;
  return {
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
  };
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
 * Reads one sheet of an `.xlsx` workbook into rows of cells (or hands each row to `onRow` as it is read).
 *
 * @param bytes - the workbook file
 * @param options - file name, sheet, limits, a row callback for streaming
 * @returns the table (absent when the workbook or sheet cannot be read), the sheet names and the issues
 * @example
 * ```ts
 * import { readXlsx, rejectedRowsToXlsx } from '@coop/sheets';
 * const bytes = rejectedRowsToXlsx([{ file: 'a.csv', row: 2, headers: ['Mã HTX'], cells: ['HTX-1'], reasons: [] }]);
 * readXlsx(bytes).table?.rows[1]; // ['HTX-1', 'a.csv', 2] (an empty reason cell is not written)
 * let rows = 0;
 * readXlsx(bytes, { onRow: () => (rows += 1) }).table?.rows.length; // 0 — the rows went to onRow
 * rows; // 2
 * ```
 */
export const readXlsx = (bytes: Uint8Array, options: XlsxOptions = {}): XlsxResult => {
  if (!isBytes(bytes)) throw new CoopError('INVALID_ARGUMENT', 'bytes must be a Uint8Array', { argument: 'bytes', received: typeof bytes });
  const given = optionsOf(options, ['file', 'sheet', 'limits', 'onRow']);
  const opts: XlsxOptions = {
    file: given.file === undefined ? '' : assertText(given.file, 'options.file', MAX_NAME_LENGTH),
    ...(given.sheet === undefined ? {} : { sheet: assertText(given.sheet, 'options.sheet', MAX_NAME_LENGTH) }),
    ...(given.limits === undefined ? {} : { limits: given.limits as Partial<SheetLimits> }),
    ...(given.onRow === undefined ? {} : { onRow: callbackOf<NonNullable<XlsxOptions['onRow']>>(given.onRow, 'options.onRow') as NonNullable<XlsxOptions['onRow']> }),
  };
  const file = opts.file ?? '';
  const limits = resolveLimits(opts.limits);
  const fail = (issue: SheetIssue, sheets: readonly string[] = []): XlsxResult => ({ sheets, issues: [issue] });
  if (bytes.length > limits.maxBytes) return fail(sheetIssue('too_large', `${limits.maxBytes} bytes`, { file }));
  const tooLarge = (sheet?: string) => sheetIssue('too_large', `${limits.maxUnpackedBytes} bytes unpacked`, { file, ...(sheet === undefined ? {} : { sheet }) });
  let names: string[] = [];
  let streamed = false;
  try {
    let large = false;
    const head = unzipSync(bytes, {
      filter: (entry) => {
        if (entry.name !== 'xl/workbook.xml' && entry.name !== 'xl/_rels/workbook.xml.rels') return false;
        if (entry.originalSize > limits.maxUnpackedBytes) large = true;
        return !large;
      },
    });
    if (large) return fail(tooLarge());
    const workbook = head['xl/workbook.xml'];
    const rels = head['xl/_rels/workbook.xml.rels'];
    if (!workbook || !rels) return fail(sheetIssue('invalid_xlsx', 'xl/workbook.xml', { file }));
    const sheets = sheetTargets(strFromU8(workbook), strFromU8(rels));
    names = sheets.map((s) => s.name);
    const wantedName = opts.sheet?.normalize('NFC').toLowerCase();
    const chosen = wantedName === undefined ? sheets[0] : sheets.find((s) => s.name.normalize('NFC').toLowerCase() === wantedName);
    if (!chosen) return fail(sheetIssue('sheet_not_found', opts.sheet ?? '1', { file }), names);
    const strings: string[] = [];
    const stringsXml = xmlReader(sharedStrings(strings));
    const stringsRead = streamPart(bytes, 'xl/sharedStrings.xml', limits.maxUnpackedBytes, stringsXml.write);
    if (stringsRead === 'too_large') return fail(tooLarge(), names);
    if (stringsRead === 'ok') stringsXml.end();
    // Merged ranges come after the rows in the sheet part: a first quick pass finds them, so that each row
    // can be completed (a merged header or a merged cell over several data rows) when it is read.
    const merges = mergedRanges(bytes, chosen.path, limits.maxUnpackedBytes);
    if (merges === 'too_large') return fail(tooLarge(chosen.name), names);
    if (merges === 'missing') return fail(sheetIssue('invalid_xlsx', chosen.path, { file, sheet: chosen.name }), names);
    const rows: CellValue[][] = [];
    const onRow = opts.onRow;
    const keep = (row: CellValue[], rowNumber: number): void => {
      if (onRow) {
        streamed = true;
        onRow(row, rowNumber, chosen.name);
        return;
      }
      while (rows.length < rowNumber - 1) rows.push([]);
      rows.push(row);
    };
    const read = readSheetXml(bytes, chosen.path, { strings, merges, limits, file, sheet: chosen.name }, keep);
    if (read.tooLarge) return fail(tooLarge(chosen.name), names);
    return { table: { file, sheet: chosen.name, rows }, sheets: names, issues: read.issues };
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'unreadable';
    // Rows already handed on stay handed on: the table (empty) says the sheet was read up to the fault.
    return streamed
      ? { table: { file, rows: [] }, sheets: names, issues: [sheetIssue('invalid_xlsx', detail, { file })] }
      : fail(sheetIssue('invalid_xlsx', detail, { file }), names);
  }
};

type Ref = { readonly column: number; readonly row: number };
type Merge = { readonly from: Ref; readonly to: Ref };

/** `mergeCell` in bytes. */
const MERGE_CELL = [0x6d, 0x65, 0x72, 0x67, 0x65, 0x43, 0x65, 0x6c, 0x6c];
const MERGE_REF = /\bref\s*=\s*["']([A-Z]{1,3}\d{1,7}):([A-Z]{1,3}\d{1,7})["']/;
/** Bytes kept from one piece to the next, so that a tag cut between two pieces is found whole. */
const OVERLAP = 512;

/**
 * The ranges of every `<mergeCell>` of a sheet part. They come after the rows, so a first quick pass over
 * the inflated bytes looks for the element name (no text decoded, no XML parsed, but where it occurs).
 */
const mergedRanges = (bytes: Uint8Array, path: string, maxUnpacked: number): Merge[] | 'missing' | 'too_large' => {
  const merges: Merge[] = [];
  const seen = new Set<string>();
  const decoder = new TextDecoder('utf-8');
  let carry = new Uint8Array(0);
  const state = inflatePart(bytes, path, maxUnpacked, (data) => {
    const window = carry.length === 0 ? data : joinBytes(carry, data);
    for (let i = window.indexOf(0x6d); i >= 0; i = window.indexOf(0x6d, i + 1)) {
      if (!MERGE_CELL.every((byte, k) => window[i + k] === byte)) continue;
      const before = window[i - 1];
      const after = window[i + MERGE_CELL.length];
      if ((before !== 0x3c && before !== 0x3a) || !(after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d)) continue;
      const end = window.indexOf(0x3e, i);
      if (end < 0 || end - i > OVERLAP / 2) continue;
      const match = MERGE_REF.exec(decoder.decode(window.subarray(i, end)));
      const from = cellRef(match?.[1] ?? '');
      const to = cellRef(match?.[2] ?? '');
      const key = `${match?.[1]}:${match?.[2]}`;
      if (from && to && !seen.has(key)) {
        seen.add(key);
        merges.push({ from, to });
      }
    }
    carry = window.slice(Math.max(0, window.length - OVERLAP));
  });
  return state === 'ok' ? merges : state;
};

const readSheetXml = (
  bytes: Uint8Array,
  path: string,
  context: { strings: readonly string[]; merges: readonly Merge[]; limits: SheetLimits; file: string; sheet: string },
  emit: (row: CellValue[], rowNumber: number) => void,
): { issues: SheetIssue[]; tooLarge: boolean } => {
  const { strings, limits, file, sheet } = context;
  const issues: SheetIssue[] = [];
  const merged = mergeFiller(context.merges, limits.maxColumns);
  let rowNumber = 0;
  let row: CellValue[] | undefined;
  let cell: { column: number; type: string; value: string; inValue: boolean; inline: boolean } | undefined;
  let column = 0;
  const stop = (issue: SheetIssue): never => {
    issues.push(issue);
    throw new Stop();
  };
  const flush = (): void => {
    if (row === undefined) return;
    const done = merged.fill(row, rowNumber);
    row = undefined;
    if (done.length > 0) emit(done, rowNumber);
  };
  /** Rows the sheet leaves out but a merged range covers (a value merged down over them). */
  const gapsBefore = (next: number): void => {
    for (let r = rowNumber + 1; r < next; r += 1) {
      const filled = merged.fill([], r);
      if (filled.length > 0) emit(filled, r);
    }
  };
  const xml = xmlReader({
    open: (name, attrs) => {
      const tag = local(name);
      if (tag === 'row') {
        flush();
        const r = Number(attrs().r);
        const next = Number.isSafeInteger(r) && r > rowNumber ? r : rowNumber + 1;
        if (next > limits.maxRows) stop(sheetIssue('too_many_rows', String(limits.maxRows), { file, sheet, row: next }));
        gapsBefore(next);
        rowNumber = next;
        row = [];
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
          row ??= [];
          while (row.length < cell.column - 1) row.push(null);
          row[cell.column - 1] = value;
          merged.origin(rowNumber, cell.column, value);
        }
        cell = undefined;
      } else if (tag === 'row') flush();
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
  try {
    const state = streamPart(bytes, path, limits.maxUnpackedBytes, xml.write);
    if (state === 'too_large') return { issues, tooLarge: true };
    xml.end();
    flush();
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
  }
  return { issues, tooLarge: false };
};

/**
 * Merged ranges applied row by row: a merged range shows its first cell's value in every cell it covers
 * (header cells over several columns, a value merged down over several rows). Origins are remembered as
 * their rows are read; a row is completed when it closes.
 */
const mergeFiller = (merges: readonly Merge[], maxColumns: number) => {
  const values = new Map<number, CellValue>();
  // Origins by row, then column (numbers, not strings: this is asked for every cell).
  const origins = new Map<number, Map<number, number[]>>();
  merges.forEach((m, i) => {
    const columns = origins.get(m.from.row) ?? new Map<number, number[]>();
    columns.set(m.from.column, [...(columns.get(m.from.column) ?? []), i]);
    origins.set(m.from.row, columns);
  });
  return {
    origin: (row: number, column: number, value: CellValue): void => {
      if (origins.size === 0) return;
      for (const i of origins.get(row)?.get(column) ?? []) values.set(i, value);
    },
    fill: (row: CellValue[], rowNumber: number): CellValue[] => {
      if (values.size === 0) return row;
      for (const [i, value] of values) {
        const { from, to } = merges[i] as Merge;
        if (rowNumber > to.row) values.delete(i);
        if (rowNumber < from.row || rowNumber > to.row || value === null) continue;
        for (let c = from.column; c <= Math.min(to.column, maxColumns); c += 1) {
          while (row.length < c - 1) row.push(null);
          if (row[c - 1] === undefined || row[c - 1] === null) row[c - 1] = value;
        }
      }
      return row;
    },
  };
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
