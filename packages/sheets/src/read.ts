/**
 * The one entry point: files in (as bytes, with their names), validated records out. Picks the reader by
 * the file's extension; the workbook reader is imported only when a workbook is given.
 */
import type { YearlyRecord } from '@coop/model';
import { decodeText, type TextEncodingName } from './decode.js';
import { delimitedParser, readDelimited } from './delimited.js';
import { sheetIssue, type SheetIssue } from './issues.js';
import { resolveLimits, type SheetLimits } from './limits.js';
import { DEFAULT_MAPPING, mappingOf, type SheetMapping } from './mapping.js';
import { createRecordReader, type RecordSet } from './records.js';
import type { SheetTable } from './table.js';
import { bytePieces, passOver, pieceEncoding, textPieces, type ByteChunks } from './text-stream.js';
import { fileOf, filesOf, isBytes, optionsOf, type FileArgument } from './internal/guard.js';

/**
 * A file to read: its name (the extension chooses the reader) and its bytes.
 *
 * @example
 * ```ts
 * import type { SheetFile } from '@coop/sheets';
 * const file: SheetFile = { name: '2024.csv', bytes: new TextEncoder().encode('Mã HTX\n') };
 * file.name.endsWith('.csv'); // true
 * ```
 */
export interface SheetFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * Options of {@link readSheetFile} and {@link readRecordFiles}.
 *
 * @example
 * ```ts
 * import { readRecordFiles, type ReadOptions } from '@coop/sheets';
 * const options: ReadOptions = { limits: { maxRows: 1000 }, encoding: 'utf-8' };
 * (await readRecordFiles([], options)).ok; // false — no file
 * ```
 */
export interface ReadOptions {
  /** The mapping (default {@link DEFAULT_MAPPING}); its `sheet` picks the workbook sheet. */
  readonly mapping?: SheetMapping;
  /** Limits for each file. */
  readonly limits?: Partial<SheetLimits>;
  /** Force the text encoding of CSV files (otherwise detected). */
  readonly encoding?: TextEncodingName;
  /** Receives each accepted record instead of keeping it. */
  readonly onRecord?: (record: YearlyRecord) => void;
  /** Most issues kept (default 10 000). */
  readonly maxIssues?: number;
  /** Most rejected rows kept (default: all); later ones are counted in the record set's `moreRejected`. */
  readonly maxRejected?: number;
}

/**
 * What one file holds: a table of rows, or records already in field form (`.json`).
 *
 * @example
 * ```ts
 * import { readSheetFile, type SheetContent } from '@coop/sheets';
 * const content: SheetContent = await readSheetFile({ name: 'a.pdf', bytes: new Uint8Array() });
 * content.kind; // 'unreadable'
 * ```
 */
export type SheetContent =
  | { readonly kind: 'table'; readonly table: SheetTable; readonly issues: readonly SheetIssue[] }
  | { readonly kind: 'json'; readonly file: string; readonly items: readonly unknown[]; readonly issues: readonly SheetIssue[] }
  | { readonly kind: 'unreadable'; readonly issues: readonly SheetIssue[] };

const extension = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
};

/**
 * A file read in pieces (from disk, from a network stream) rather than held in memory: its name (the
 * extension chooses the reader) and its bytes as pieces. `chunks` may be called twice (a CSV without a
 * byte-order mark is checked for UTF-8 in a first pass). CSV, TSV and TXT files stream through; other
 * formats are collected first (bounded by `maxBytes`).
 *
 * @example
 * ```ts
 * import { readRecordFiles, type SheetStream } from '@coop/sheets';
 * const text = new TextEncoder().encode('Mã HTX,Năm,Loại hình,Lĩnh vực,Mã địa bàn\nHTX-1,2024,HTX,Tín dụng,HN\n');
 * const file: SheetStream = { name: 'big.csv', chunks: () => [text.subarray(0, 10), text.subarray(10)] };
 * const result = await readRecordFiles([file]);
 * result.ok && result.value.records[0]?.areaCode; // 'HN'
 * ```
 */
export interface SheetStream {
  readonly name: string;
  readonly chunks: ByteChunks;
}

/** The pieces of a stream collected into one file, or `undefined` past `maxBytes`. */
const collect = async (name: string, chunks: ByteChunks, maxBytes: number): Promise<SheetFile | undefined> => {
  const pieces: Uint8Array[] = [];
  let total = 0;
  for await (const piece of passOver(chunks)) {
    if (!(piece instanceof Uint8Array)) continue;
    total += piece.length;
    if (total > maxBytes) return undefined;
    pieces.push(piece);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.length;
  }
  return { name, bytes };
};

const isDelimited = (name: string): boolean => ['csv', 'tsv', 'txt'].includes(extension(name));
const isWorkbook = (name: string): boolean => ['xlsx', 'xlsm'].includes(extension(name));

const encodingName = (encoding: TextEncodingName): string => (encoding === 'windows-1258' ? 'Windows-1258' : encoding.toUpperCase());

/**
 * Reads one file into rows (or JSON items), without mapping them.
 *
 * @param file - name and bytes
 * @param options - mapping (sheet), limits, encoding
 * @returns the content and the issues met while reading it
 * @example
 * ```ts
 * import { readSheetFile } from '@coop/sheets';
 * const bytes = new TextEncoder().encode('Mã HTX;Năm\nHTX-1;2024\n');
 * const content = await readSheetFile({ name: 'a.csv', bytes });
 * content.kind === 'table' && content.table.rows[1]; // ['HTX-1', '2024']
 * ```
 */
export const readSheetFile = async (file: SheetFile, options: ReadOptions = {}): Promise<SheetContent> =>
  readOne(fileOf(file), readOptionsOf(options));

/** The options of the readers, read once (a getter or a Proxy cannot change them after the checks). */
const readOptionsOf = (options: unknown): ReadOptions => optionsOf(options, ['mapping', 'limits', 'encoding', 'onRecord', 'maxIssues', 'maxRejected']) as ReadOptions;

/** Reads one checked file with checked options. */
const readOne = async (file: FileArgument, options: ReadOptions): Promise<SheetContent> => {
  const limits = resolveLimits(options.limits);
  const where = { file: file.name };
  if (!isBytes(file.bytes)) return { kind: 'unreadable', issues: [sheetIssue('unsupported_format', 'bytes', where)] };
  if (file.bytes.length > limits.maxBytes) return { kind: 'unreadable', issues: [sheetIssue('too_large', `${limits.maxBytes} bytes`, where)] };
  const ext = extension(file.name);
  if (isWorkbook(file.name)) {
    const { readXlsx } = await import('./xlsx.js');
    const sheet = mappingOf(options.mapping).sheet;
    const read = readXlsx(file.bytes, { file: file.name, limits, ...(sheet === undefined ? {} : { sheet }) });
    return read.table ? { kind: 'table', table: read.table, issues: read.issues } : { kind: 'unreadable', issues: read.issues };
  }
  if (isDelimited(file.name)) {
    const decoded = decodeText(file.bytes, options.encoding);
    const read = readDelimited(decoded.text, { file: file.name, limits, ...(ext === 'tsv' ? { delimiter: '\t' } : {}) });
    const guessed = decoded.certain ? [] : [sheetIssue('encoding_uncertain', encodingName(decoded.encoding), where, 'warning')];
    return { kind: 'table', table: read.table, issues: [...guessed, ...read.issues] };
  }
  if (ext === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(decodeText(file.bytes).text);
    } catch (error) {
      return { kind: 'unreadable', issues: [sheetIssue('invalid_json', error instanceof Error ? error.message.slice(0, 200) : '', where)] };
    }
    const items = Array.isArray(value)
      ? value
      : typeof value === 'object' && value !== null && Array.isArray((value as { records?: unknown }).records)
        ? (value as { records: unknown[] }).records
        : undefined;
    if (!items) return { kind: 'unreadable', issues: [sheetIssue('invalid_json', 'expected [ … ] or { "records": [ … ] }', where)] };
    if (items.length > limits.maxRows) return { kind: 'unreadable', issues: [sheetIssue('too_many_rows', String(limits.maxRows), where)] };
    return { kind: 'json', file: file.name, items, issues: [] };
  }
  return { kind: 'unreadable', issues: [sheetIssue('unsupported_format', ext === 'xls' ? '.xls (Excel 97–2003: save as .xlsx)' : ext ? `.${ext}` : file.name, where)] };
};

/**
 * The outcome of reading files: `ok` with the record set and every issue (rejected rows, warnings, files
 * that could not be read) when at least one file could be read; `ok: false` with the issues otherwise.
 *
 * @example
 * ```ts
 * import { readRecordFiles, type SheetReadResult } from '@coop/sheets';
 * const result: SheetReadResult = await readRecordFiles([{ name: 'a.csv', bytes: new TextEncoder().encode('Mã HTX\n') }]);
 * result.ok && result.issues[0]?.code; // 'missing_column'
 * ```
 */
export type SheetReadResult =
  | { readonly ok: true; readonly value: RecordSet; readonly issues: readonly SheetIssue[]; readonly moreIssues: number }
  | { readonly ok: false; readonly issues: readonly SheetIssue[] };

/**
 * Reads several files (`.xlsx`, `.csv`, `.tsv`, `.txt`, `.json`) into one validated record set.
 *
 * @param files - names and bytes
 * @param options - mapping, limits, encoding, streaming callback, issue cap
 * @returns the records, the rejected rows and every issue
 * @example
 * ```ts
 * import { readRecordFiles } from '@coop/sheets';
 * const csv = 'Mã HTX,Năm,Loại hình,Lĩnh vực,Mã địa bàn,Doanh thu\nHTX-1,2019,HTX,Trồng trọt,TN,5 000 000\nHTX-2,2019,HTX,Du lịch,TN,1\n';
 * const result = await readRecordFiles([{ name: '2019.csv', bytes: new TextEncoder().encode(csv) }]);
 * result.ok && result.value.records[0]?.revenue; // 5000000
 * result.ok && result.value.rejected[0]?.reasons[0]?.column; // 'D'
 * ```
 */
export const readRecordFiles = async (files: ReadonlyArray<SheetFile | SheetStream>, options: ReadOptions = {}): Promise<SheetReadResult> => {
  const checked = filesOf(files);
  const opts = readOptionsOf(options);
  // District names resolve by default (records of 2025 and before); the table is loaded only here.
  const { NAME_CATALOG } = await import('./district-names.js');
  const reader = createRecordReader({
    areas: NAME_CATALOG,
    mapping: opts.mapping ?? DEFAULT_MAPPING,
    ...(opts.onRecord ? { onRecord: opts.onRecord } : {}),
    ...(opts.maxIssues === undefined ? {} : { maxIssues: opts.maxIssues }),
    ...(opts.maxRejected === undefined ? {} : { maxRejected: opts.maxRejected }),
  });
  const limits = resolveLimits(opts.limits);
  let readable = 0;
  for (const given of checked) {
    const name = given.name;
    const stream = typeof given.chunks === 'function' && !isBytes(given.bytes) ? (given.chunks as ByteChunks) : undefined;
    if (isDelimited(name) && (stream || isBytes(given.bytes))) {
      // Text files stream piece by piece and row by row into the reader: a large CSV is never held whole,
      // as text or as a table.
      if (!stream && (given.bytes as Uint8Array).length > limits.maxBytes) {
        reader.note([sheetIssue('too_large', `${limits.maxBytes} bytes`, { file: name })]);
        continue;
      }
      const chunks = stream ?? bytePieces(given.bytes as Uint8Array);
      const { encoding, certain } = await pieceEncoding(chunks, opts.encoding);
      if (!certain) reader.note([sheetIssue('encoding_uncertain', encodingName(encoding), { file: name }, 'warning')]);
      const target = reader.rows({ file: name });
      const parser = delimitedParser({
        file: name,
        limits,
        ...(extension(name) === 'tsv' ? { delimiter: '\t' as const } : {}),
        onRow: (row, rowNumber) => target.push(row, rowNumber),
      });
      const tooLarge = () => reader.note([sheetIssue('too_large', `${limits.maxBytes} bytes`, { file: name })]);
      for await (const piece of textPieces(chunks, encoding, limits.maxBytes, tooLarge)) parser.push(piece);
      target.end();
      reader.note(parser.end().issues);
      readable += 1;
      continue;
    }
    const file = stream ? await collect(name, stream, limits.maxBytes) : { name, bytes: given.bytes };
    if (file === undefined) {
      reader.note([sheetIssue('too_large', `${limits.maxBytes} bytes`, { file: name })]);
      continue;
    }
    if (isWorkbook(file.name) && isBytes(file.bytes)) {
      // Workbooks stream too: each row goes to the reader as the sheet's XML is read.
      const { readXlsx } = await import('./xlsx.js');
      const sheet = mappingOf(opts.mapping).sheet;
      let target: ReturnType<typeof reader.rows> | undefined;
      const read = readXlsx(file.bytes, {
        file: file.name,
        limits,
        ...(sheet === undefined ? {} : { sheet }),
        onRow: (row, rowNumber, sheetName) => {
          target ??= reader.rows({ file: file.name, sheet: sheetName });
          target.push(row, rowNumber);
        },
      });
      if (read.table) {
        target ??= reader.rows({ file: file.name, ...(read.table.sheet === undefined ? {} : { sheet: read.table.sheet }) });
        target.end();
        readable += 1;
      }
      reader.note(read.issues);
      continue;
    }
    const content = await readOne(file, opts);
    reader.note(content.issues);
    if (content.kind === 'unreadable') continue;
    readable += 1;
    if (content.kind === 'table') reader.add(content.table);
    else reader.add(jsonTable(content.file, content.items));
  }
  const { value, issues, moreIssues } = reader.finish();
  return readable === 0 ? { ok: false, issues } : { ok: true, value, issues, moreIssues };
};

/** JSON records in field form become a table whose headers are the field paths (nested objects flattened). */
const jsonTable = (file: string, items: readonly unknown[]): SheetTable => {
  const headers: string[] = [];
  const index = new Map<string, number>();
  const flat = items.map((item) => {
    const out = new Map<string, string | number | boolean | null>();
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
      } else if (path !== '') {
        out.set(path, typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : value === null ? null : JSON.stringify(value) ?? null);
      }
    };
    walk(item, '');
    for (const key of out.keys()) {
      if (!index.has(key)) {
        index.set(key, headers.length);
        headers.push(key);
      }
    }
    return out;
  });
  return { file, rows: [headers, ...flat.map((row) => headers.map((h) => row.get(h) ?? null))] };
};
