/**
 * From tables to validated records: map the header row, read each row's cells for their fields, validate
 * with `@coop/model` (`{ coerce: 'csv' }`), keep the good rows and list the rejected ones with every
 * reason. Several tables (one file per year or per district) make one record set; the same organisation
 * twice in a year is rejected where it appears again.
 */
import { AREAS, CoopError, assertList, assertText, isCoopError, parseYearlyRecord, type Area, type Issue, type Label, type YearlyRecord } from '@coop/model';
import { AREA_ISSUE_MESSAGES, areaResolver } from './area-names.js';
import { readCell } from './cells.js';
import { headerOf, mapHeaders, type HeaderMapping } from './headers.js';
import { columnLetter, sheetIssue, type SheetIssue } from './issues.js';
import { MAX_NAME_LENGTH, callbackOf, choiceOf, optionsOf, wholeOf } from './internal/guard.js';
import { DEFAULT_MAPPING, mappingOf, type SheetMapping } from './mapping.js';
import type { CellValue, SheetTable } from './table.js';

/**
 * A row that was not accepted: where it is, its cells as written, and why.
 *
 * @example
 * ```ts
 * import type { RejectedRow } from '@coop/sheets';
 * const row: RejectedRow = { file: 'a.csv', row: 3, headers: ['Mã HTX'], cells: [''], reasons: [] };
 * row.row; // 3
 * ```
 */
export interface RejectedRow {
  readonly file: string;
  readonly sheet?: string;
  /** 1-based row number in the file or sheet. */
  readonly row: number;
  /** The header row of its table. */
  readonly headers: readonly string[];
  /** The cells as text, in the order of `headers`. */
  readonly cells: readonly string[];
  /** Every reason (errors only). */
  readonly reasons: readonly SheetIssue[];
}

/**
 * The records read from one or more tables.
 *
 * @example
 * ```ts
 * import { createRecordReader, type RecordSet } from '@coop/sheets';
 * const set: RecordSet = createRecordReader().finish().value;
 * set.rows; // 0
 * ```
 */
export interface RecordSet {
  /** The accepted records, in reading order. */
  readonly records: YearlyRecord[];
  /** Data rows read (header rows and empty rows excluded). */
  readonly rows: number;
  /** The rejected rows (the first `maxRejected` of them). */
  readonly rejected: RejectedRow[];
  /** Rejected rows beyond `maxRejected`: counted, not kept (absent when none). */
  readonly moreRejected?: number;
}

/**
 * Options of {@link createRecordReader}.
 *
 * @example
 * ```ts
 * import { createRecordReader, type RecordReaderOptions } from '@coop/sheets';
 * const options: RecordReaderOptions = { maxIssues: 100 };
 * createRecordReader(options).finish().moreIssues; // 0
 * ```
 */
export interface RecordReaderOptions {
  /** The mapping (default {@link DEFAULT_MAPPING}). */
  readonly mapping?: SheetMapping;
  /** Receives each accepted record instead of keeping it (constant memory for large files). */
  readonly onRecord?: (record: YearlyRecord) => void;
  /** Most issues kept; later ones are counted in `moreIssues` (default 10 000). */
  readonly maxIssues?: number;
  /**
   * The catalog areas whose names resolve to codes (default: `AREAS`, the country and the provinces).
   * `readRecordFiles` adds the districts in force until 30/06/2025 (`VN_DISTRICTS`), loaded only then.
   */
  readonly areas?: readonly Area[];
  /**
   * Most rejected rows kept with their cells (default: all, to export them for correction); later ones
   * are counted in `moreRejected`, so that a large file full of bad rows streams in bounded memory.
   */
  readonly maxRejected?: number;
}

/**
 * Rows of one table pushed one at a time; the first non-empty row is the header.
 *
 * @example
 * ```ts
 * import { createRecordReader } from '@coop/sheets';
 * const reader = createRecordReader();
 * const rows = reader.rows({ file: 'big.csv' });
 * rows.push(['Mã HTX', 'Năm', 'Loại hình', 'Lĩnh vực', 'Mã địa bàn'], 1);
 * rows.push(['HTX-1', '2024', 'HTX', 'Tín dụng', 'HN'], 2);
 * rows.end();
 * reader.finish().value.records.length; // 1
 * ```
 */
export interface TableRows {
  /**
   * One row with its 1-based row number, both checked before the row is used (the checks of
   * {@link RecordReader.add}; a row number from 1 to 2³²−1): a refused row changes nothing.
   */
  push(row: ReadonlyArray<CellValue>, rowNumber: number): void;
  /** No more rows. */
  end(): void;
}

/**
 * Reads tables one after another into one record set.
 *
 * @example
 * ```ts
 * import { createRecordReader, type RecordReader } from '@coop/sheets';
 * const reader: RecordReader = createRecordReader();
 * reader.add({ file: 'a.csv', rows: [] });
 * reader.finish().issues[0]?.code; // 'empty_file'
 * ```
 */
export interface RecordReader {
  /**
   * Reads one table (header row first). The whole table is read and checked before its first row is
   * used, so a table that is refused leaves the reader as it was.
   *
   * @throws CoopError `INVALID_ARGUMENT` (no file name, a row that is not a list, a cell that is not
   * text, a number, `true`/`false` or `null`, a Proxy or getter that throws) or `LIMIT_EXCEEDED` (more
   * than 1 000 000 rows or 16 384 cells in a row)
   */
  add(table: SheetTable): void;
  /**
   * Starts a table whose rows are pushed one at a time (a large CSV streams through without being held).
   *
   * @throws CoopError `INVALID_ARGUMENT` when `where.file` is not text
   */
  rows(where: { readonly file: string; readonly sheet?: string }): TableRows;
  /**
   * Adds issues found while reading a file (syntax, limits, encoding). Every issue is checked before
   * the first is kept, and copied with its known fields only.
   *
   * @throws CoopError `INVALID_ARGUMENT` for an issue that is not of the {@link SheetIssue} shape
   */
  note(issues: readonly SheetIssue[]): void;
  /** The record set and every issue so far, as copies (a later table does not change them). */
  finish(): { readonly value: RecordSet; readonly issues: SheetIssue[]; readonly moreIssues: number };
}

/** Most cells of one row the reader takes (the widest worksheet Excel makes has 16 384 columns). */
const MAX_ROW_CELLS = 16_384;
/** Longest text of an issue noted by a caller (its code, place or message). */
const MAX_ISSUE_TEXT = 100_000;

/**
 * A row given to the reader, copied once with its cells checked (text, a number, `true`/`false` or
 * `null`; a hole or `undefined` is an empty cell), so that a Proxy, a getter or a huge sparse list is
 * refused before any of the row is read.
 */
const rowOf = (row: unknown, name: string): CellValue[] => {
  try {
    if (!Array.isArray(row)) throw new CoopError('INVALID_ARGUMENT', `${name} must be a list of cells`, { argument: name, received: row === null ? 'null' : typeof row });
    const length = row.length;
    if (length > MAX_ROW_CELLS) throw new CoopError('LIMIT_EXCEEDED', `${name}: ${length} cells, more than the limit of ${MAX_ROW_CELLS}`, { argument: name, limit: MAX_ROW_CELLS, received: length });
    const cells = new Array<CellValue>(length);
    for (let i = 0; i < length; i += 1) {
      const cell: unknown = row[i];
      if (cell === undefined || cell === null) cells[i] = null;
      else if (typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean') cells[i] = cell;
      else throw new CoopError('INVALID_ARGUMENT', `${name}[${i}] must be text, a number, true/false or null`, { argument: `${name}[${i}]`, received: typeof cell });
    }
    return cells;
  } catch (error) {
    if (isCoopError(error)) throw error;
    throw new CoopError('INVALID_ARGUMENT', `${name} cannot be read (a revoked Proxy or a throwing trap)`, { argument: name });
  }
};

/** Where a table comes from (`{ file, sheet? }`), read once and checked. */
const placeOf = (where: unknown, name: string): { file: string; sheet?: string } => {
  const read = optionsOf(where, ['file', 'sheet'], name);
  const file = assertText(read.file, `${name}.file`, MAX_NAME_LENGTH);
  return read.sheet === undefined ? { file } : { file, sheet: assertText(read.sheet, `${name}.sheet`, MAX_NAME_LENGTH) };
};

/** Largest row number (a row is kept as table index × 2³² + row). */
const MAX_ROW_NUMBER = 2 ** 32 - 1;

const ISSUE_TEXTS = ['file', 'sheet', 'column', 'header', 'field', 'value'] as const;

/** An issue a caller notes, copied with its known fields only, each checked. */
const noteOf = (issue: unknown, name: string): SheetIssue => {
  if (typeof issue !== 'object' || issue === null) throw new CoopError('INVALID_ARGUMENT', `${name} must be a sheet issue`, { argument: name, received: issue === null ? 'null' : typeof issue });
  const read = optionsOf(issue, [...ISSUE_TEXTS, 'row', 'code', 'severity', 'message'], name);
  const texts: Record<string, string> = {};
  for (const key of ISSUE_TEXTS) if (read[key] !== undefined || key === 'file') texts[key] = assertText(read[key], `${name}.${key}`, MAX_ISSUE_TEXT);
  const message = optionsOf(read.message ?? null, ['vi', 'en'], `${name}.message`);
  return {
    ...(texts as { file: string }),
    ...(read.row === undefined ? {} : { row: wholeOf(read.row, 0, Number.MAX_SAFE_INTEGER, `${name}.row`) as number }),
    code: assertText(read.code, `${name}.code`, 100),
    severity: choiceOf(read.severity ?? '', ['error', 'warning'], `${name}.severity`) as SheetIssue['severity'],
    message: { vi: assertText(message.vi, `${name}.message.vi`, MAX_ISSUE_TEXT), en: assertText(message.en, `${name}.message.en`, MAX_ISSUE_TEXT) },
  };
};

const short = (text: string): string => (text.length > 60 ? `${text.slice(0, 59)}…` : text);
const cellText = (cell: CellValue | undefined): string => (cell === null || cell === undefined ? '' : String(cell));
const isEmptyRow = (row: ReadonlyArray<CellValue>): boolean => row.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));

/** Field paths split once (`sheet.points.1a` → its keys): they are set for every cell. */
const PATH_KEYS = new Map<string, readonly string[]>();
const keysOf = (path: string): readonly string[] => {
  let keys = PATH_KEYS.get(path);
  if (keys === undefined) {
    keys = path.split('.');
    if (PATH_KEYS.size < 10_000) PATH_KEYS.set(path, keys);
  }
  return keys;
};

const setPath = (target: Record<string, unknown>, path: string, value: unknown): void => {
  const parts = keysOf(path);
  let node = target;
  for (let i = 0; i < parts.length - 1; i += 1) {
    const key = parts[i] as string;
    const next = node[key];
    if (typeof next === 'object' && next !== null) node = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    }
  }
  node[parts[parts.length - 1] as string] = value;
};

/**
 * Creates a reader that validates the rows of one table after another.
 *
 * @param options - mapping, streaming callback, issue cap
 * @returns the reader
 * @example
 * ```ts
 * import { createRecordReader } from '@coop/sheets';
 * const reader = createRecordReader();
 * reader.add({ file: '2019.csv', rows: [
 *   ['Mã HTX', 'Năm', 'Loại hình', 'Lĩnh vực', 'Mã địa bàn', 'Doanh thu (triệu đồng)'],
 *   ['HTX-1', '2019', 'HTX', 'Trồng trọt', 'TN', '1,5'],
 *   ['HTX-1', '2019', 'HTX', 'Trồng trọt', 'TN', '2'],
 * ] });
 * const { value } = reader.finish();
 * value.records[0]?.revenue; // 1500000
 * value.rejected[0]?.reasons[0]?.code; // 'duplicate'
 * ```
 */
export const createRecordReader = (options: RecordReaderOptions = {}): RecordReader => {
  const read = optionsOf(options, ['mapping', 'onRecord', 'maxIssues', 'maxRejected', 'areas']);
  const opts: RecordReaderOptions = {
    mapping: mappingOf(read.mapping),
    ...(read.onRecord === undefined ? {} : { onRecord: callbackOf<NonNullable<RecordReaderOptions['onRecord']>>(read.onRecord, 'options.onRecord') as NonNullable<RecordReaderOptions['onRecord']> }),
    ...(read.maxIssues === undefined ? {} : { maxIssues: wholeOf(read.maxIssues, 0, Number.MAX_SAFE_INTEGER, 'options.maxIssues') as number }),
    ...(read.maxRejected === undefined ? {} : { maxRejected: wholeOf(read.maxRejected, 0, Number.MAX_SAFE_INTEGER, 'options.maxRejected') as number }),
    ...(read.areas === undefined ? {} : { areas: assertList(read.areas, 'options.areas') as readonly Area[] }),
  };
  const mapping = opts.mapping ?? DEFAULT_MAPPING;
  const maxIssues = opts.maxIssues ?? 10_000;
  const maxRejected = opts.maxRejected ?? Infinity;
  let moreRejected = 0;
  const areas = areaResolver(opts.areas ?? AREAS, mapping.areas);

  /**
   * The area code of a row from its area name and province columns, or the reason there is none (with
   * the column it is about).
   */
  const resolveArea = (
    name: { column: number; text: string } | undefined,
    provinceName: { column: number; text: string } | undefined,
    year: number | undefined,
  ): string | { readonly code: string; readonly message: Label; readonly atColumn: number } => {
    const reason = (code: keyof typeof AREA_ISSUE_MESSAGES, detail: string | Label, atColumn: number) => {
      const [vi, en] = typeof detail === 'string' ? [detail, detail] : [detail.vi, detail.en];
      const template = AREA_ISSUE_MESSAGES[code];
      return { code, message: { vi: template.vi.replace('{detail}', () => vi), en: template.en.replace('{detail}', () => en) }, atColumn };
    };
    const province = provinceName === undefined ? undefined : areas.province(provinceName.text);
    if (provinceName !== undefined && province === undefined) return reason('unknown_province', provinceName.text, provinceName.column);
    if (name === undefined) return (province as Area).code;
    const found = areas.resolve(name.text, year, province);
    const quoted = `"${name.text}"`;
    switch (found.kind) {
      case 'found':
        return found.code;
      case 'unknown':
        return reason('unknown_area', name.text, name.column);
      case 'ended':
        return reason('district_ended', { vi: `${quoted} (${areas.describe(found.candidates, 'vi')})`, en: `${quoted} (${areas.describe(found.candidates, 'en')})` }, name.column);
      case 'not-in-province':
        return reason(
          'area_not_in_province',
          {
            vi: `${quoted} không thuộc ${found.province.name.vi}; tên này có ở ${areas.describe(found.candidates, 'vi')}`,
            en: `${quoted} is not in ${found.province.name.en}; the name is found in ${areas.describe(found.candidates, 'en')}`,
          },
          name.column,
        );
      default:
        return reason('ambiguous_district', { vi: `${quoted} — ${areas.describe(found.candidates, 'vi')}`, en: `${quoted} — ${areas.describe(found.candidates, 'en')}` }, name.column);
    }
  };
  const records: YearlyRecord[] = [];
  const rejected: RejectedRow[] = [];
  const issues: SheetIssue[] = [];
  // Where each organisation-year was first accepted, as table index × 2³² + row (a number per record, not a string).
  const firstSeen = new Map<string, number>();
  const tables: string[] = [];
  let moreIssues = 0;
  let rows = 0;
  const keep = (found: readonly SheetIssue[]): void => {
    for (const issue of found) {
      if (issues.length < maxIssues) issues.push(issue);
      else moreIssues += 1;
    }
  };

  /** Rows of one table, one at a time, each already checked ({@link rowOf}): the first non-empty row is the header. */
  const tableOf = (where: { file: string; sheet?: string }) => {
    let header: { headers: readonly string[]; map: HeaderMapping } | undefined;
    let usable = true;
    let seenAny = false;
    return {
      take(row: readonly CellValue[], rowNumber: number): void {
        if (!usable || isEmptyRow(row)) return;
        seenAny = true;
        if (header === undefined) {
          const headers = row.map((cell) => cellText(cell).replace(/\s+/g, ' ').trim());
          const given = mapping.year === undefined ? [] : ['year'];
          const map = mapHeaders(headers, { columns: mapping.columns, units: mapping.units, given });
          const headerAt = (column: number) => ({ ...where, row: rowNumber, column: columnLetter(column), header: headers[column - 1] ?? '' });
          keep(map.unknown.map((u) => sheetIssue('unknown_column', '', headerAt(u.column), 'warning')));
          keep(map.unknownUnits.map((u) => sheetIssue('unknown_unit', u.unit, headerAt(u.column), 'warning')));
          keep(map.duplicates.map((d) => sheetIssue('duplicate_column', d.field, { ...headerAt(d.column), field: d.field }, 'warning')));
          if (map.missing.length > 0) {
            const names = map.missing.map((f) => `${headerOf(f, 'vi')} / ${headerOf(f, 'en')}`).join(', ');
            keep([sheetIssue('missing_column', names, { ...where, row: rowNumber })]);
            usable = false;
            return;
          }
          header = { headers, map };
          return;
        }
        rows += 1;
        readRow(row, rowNumber, header.headers, header.map, where);
      },
      end(): void {
        if (!seenAny) keep([sheetIssue('empty_file', '', where)]);
      },
    };
  };

  /** A whole table, read and checked before its first row is used: a bad table changes nothing. */
  const readTable = (table: SheetTable): void => {
    const given = optionsOf(table, ['file', 'sheet', 'rows'], 'table');
    const place = placeOf(given, 'table');
    const rows = assertList(given.rows, 'table.rows').map((row, index) => rowOf(row, `table.rows[${index}]`));
    const target = tableOf(place);
    rows.forEach((row, index) => target.take(row, index + 1));
    target.end();
  };

  /** A table whose rows are pushed one at a time, each row and its number checked before it is used. */
  const rowsOf = (where: unknown): TableRows => {
    const target = tableOf(placeOf(where, 'where'));
    return {
      push: (row, rowNumber) => target.take(rowOf(row, 'row'), wholeOf(rowNumber, 1, MAX_ROW_NUMBER, 'rowNumber') as number),
      end: target.end,
    };
  };

  const readRow = (row: ReadonlyArray<CellValue>, rowNumber: number, headers: readonly string[], map: HeaderMapping, where: { file: string; sheet?: string }): void => {
    const reasons: SheetIssue[] = [];
    const at = (column: number | undefined, field?: string) => ({
      ...where,
      row: rowNumber,
      ...(column === undefined ? {} : { column: columnLetter(column), header: headers[column - 1] ?? '' }),
      ...(field === undefined ? {} : { field }),
      ...(column === undefined ? {} : { value: short(cellText(row[column - 1])) }),
    });
    const columnOf = (path: string): number | undefined => {
      for (let p = path; p !== ''; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
        const i = map.fields.indexOf(p);
        if (i >= 0) return i + 1;
      }
      if (path === 'areaCode') {
        const i = map.fields.indexOf('areaName');
        if (i >= 0) return i + 1;
      }
      return undefined;
    };
    if (row.length > headers.length && row.slice(headers.length).some((cell) => !(cell === null || (typeof cell === 'string' && cell.trim() === '')))) {
      reasons.push(sheetIssue('too_many_cells', '', at(headers.length + 1)));
    }
    const input: Record<string, unknown> = mapping.year === undefined ? {} : { year: mapping.year };
    let areaName: { column: number; text: string } | undefined;
    let provinceName: { column: number; text: string } | undefined;
    map.fields.forEach((field, i) => {
      if (field === undefined) return;
      const reading = readCell(row[i], field, map.scales[i], mapping);
      if (reading.kind === 'absent') return;
      if (reading.kind === 'issue') {
        reasons.push({ ...at(i + 1, field), code: reading.code, severity: 'error', message: reading.message });
        return;
      }
      if (field === 'areaName') areaName = { column: i + 1, text: String(reading.value) };
      else if (field === 'province') provinceName = { column: i + 1, text: String(reading.value) };
      else setPath(input, field, reading.value);
    });
    if (input.areaCode === undefined && (areaName !== undefined || provinceName !== undefined)) {
      const found = resolveArea(areaName, provinceName, typeof input.year === 'number' ? input.year : undefined);
      if (typeof found === 'string') input.areaCode = found;
      else reasons.push({ ...at(found.atColumn, 'areaCode'), code: found.code, severity: 'error', message: found.message });
    }
    if (input.sheet !== undefined) {
      const sheet = input.sheet as Record<string, unknown>;
      if (sheet.points === undefined) delete input.sheet;
      else if (sheet.rulebook === undefined) sheet.rulebook = mapping.sheetRulebook;
    }
    const result = parseYearlyRecord(input, { coerce: 'csv' });
    if (!result.ok) {
      const located = new Set(reasons.map((r) => r.field));
      for (const issue of result.issues as readonly Issue[]) {
        const field = issue.path.join('.');
        if (located.has(field)) continue;
        reasons.push({ ...at(field ? columnOf(field) : undefined, field || undefined), code: issue.code, severity: 'error', message: issue.message });
      }
    }
    if (result.ok && reasons.length === 0) {
      const key = `${result.value.organisationId}\u0000${result.value.year}`;
      const table = `${where.file}${where.sheet ? ` [${where.sheet}]` : ''}`;
      if (tables[tables.length - 1] !== table) tables.push(table);
      const first = firstSeen.get(key);
      if (first === undefined) {
        firstSeen.set(key, (tables.length - 1) * 2 ** 32 + rowNumber);
        if (opts.onRecord) opts.onRecord(result.value);
        else records.push(result.value);
        return;
      }
      const column = columnOf('organisationId');
      reasons.push(
        sheetIssue('duplicate', `${tables[Math.floor(first / 2 ** 32)] ?? ''}, dòng ${first % 2 ** 32}`, at(column, 'organisationId')),
      );
      const last = reasons[reasons.length - 1] as SheetIssue;
      reasons[reasons.length - 1] = { ...last, message: { vi: last.message.vi, en: `The same organisation and year already appear at ${tables[Math.floor(first / 2 ** 32)] ?? ''}, row ${first % 2 ** 32}` } };
    }
    keep(reasons);
    if (rejected.length < maxRejected) rejected.push({ ...where, row: rowNumber, headers, cells: headers.map((_, i) => cellText(row[i])), reasons });
    else moreRejected += 1;
  };

  return {
    add: readTable,
    rows: rowsOf,
    // Every issue is checked before the first is kept: a bad list changes nothing.
    note: (found) => keep(assertList(found, 'issues').map((issue, i) => noteOf(issue, `issues[${i}]`))),
    // Copies of the lists read so far: a later table neither changes a set already handed out nor is
    // changed through it.
    finish: () => ({ value: { records: records.slice(), rows, rejected: rejected.slice(), ...(moreRejected > 0 ? { moreRejected } : {}) }, issues: issues.slice(), moreIssues }),
  };
};
