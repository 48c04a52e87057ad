/**
 * From CSV rows (or a JSON array) to validated yearly records, keeping the good rows and reporting every
 * bad one with its line and column. Cells are read with the model's CSV coercion (`5.000.000`, `1,5`,
 * `có` / `không`, empty = absent); enum cells also accept their Vietnamese or English labels
 * (`Hợp tác xã`, `Nông nghiệp – trồng trọt`, `Khá`) and the abbreviations `THT`, `HTX`, `LHHTX`.
 */
import {
  GRADE_LABELS,
  ORGANISATION_KIND_LABELS,
  SECTOR_LABELS,
  parseYearlyRecord,
  type Issue,
  type Label,
  type YearlyRecord,
} from '@coop/model';
import type { CsvRow } from './csv.js';
import { headerOf, mapHeaders, normaliseHeader, type HeaderMapping } from '@coop/sheets';

/** A problem with one input row, located by line and column. */
export interface RowIssue {
  /** 1-based line of the row in the file (for JSON input: the 1-based position of the record). */
  readonly line: number;
  /** 1-based column, when the problem is in one cell. */
  readonly column?: number;
  /** The header of that column, as written in the file. */
  readonly header?: string;
  /** The record field path (`revenue`, `flags.highTech`). */
  readonly field?: string;
  /** A stable code: the model's issue codes plus `stray_quote`, `unterminated_quote`, `too_many_fields`, `duplicate`, `unknown_column`, `missing_column`. */
  readonly code: string;
  /** The message in Vietnamese and English. */
  readonly message: Label;
  /** The offending text, when short. */
  readonly received?: string;
}

/** The outcome of loading records: the good ones and every issue. */
export interface LoadedRecords {
  /** The valid records (empty when they were handed to `onRecord` instead). */
  readonly records: YearlyRecord[];
  /** How many records were valid (kept or handed to `onRecord`). */
  readonly valid: number;
  /** Issues found beyond `maxIssues` (counted, not kept). */
  readonly moreIssues?: number;
  readonly issues: RowIssue[];
  /** Data rows read (header excluded). */
  readonly rows: number;
  /** Rows rejected (at least one issue that is not a warning). */
  readonly rejected: number;
  /** Fatal: the input cannot be read at all (no header, missing required columns, not JSON). */
  readonly fatal?: RowIssue;
}

/** Options of the record loaders. */
export interface LoadOptions {
  /** The rulebook of the scoring sheet when the file has `Điểm …` columns but no `Bộ tiêu chí` column (default `circular-01-2020`). */
  readonly sheetRulebook?: string;
  /**
   * Receives each valid record as soon as it is read, instead of keeping it: with it, a file of any size
   * streams through in constant memory (only the duplicate check remembers an id and year per record).
   */
  readonly onRecord?: (record: YearlyRecord) => void;
  /** Most issues kept (the rest are counted in `moreIssues`); default: all. */
  readonly maxIssues?: number;
}

const enumIndex = (labels: Readonly<Record<string, Label>>, extra: Record<string, string> = {}): Map<string, string> => {
  const map = new Map<string, string>();
  for (const [id, label] of Object.entries(labels)) {
    map.set(normaliseHeader(id), id);
    map.set(normaliseHeader(label.vi), id);
    map.set(normaliseHeader(label.en), id);
  }
  for (const [k, v] of Object.entries(extra)) map.set(normaliseHeader(k), v);
  return map;
};

const ENUMS: Readonly<Record<string, Map<string, string>>> = {
  kind: enumIndex(ORGANISATION_KIND_LABELS, { THT: 'cooperative-group', HTX: 'cooperative', LHHTX: 'union', 'Liên hiệp HTX': 'union' }),
  sector: enumIndex(SECTOR_LABELS),
  grade: enumIndex(GRADE_LABELS, { 'Chưa xếp loại': 'not-rated', 'Không xếp loại': 'not-rated' }),
};

const setPath = (target: Record<string, unknown>, path: string, value: unknown): void => {
  const parts = path.split('.');
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

const short = (text: string): string => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

const SYNTAX_MESSAGES: Readonly<Record<string, Label>> = {
  stray_quote: { vi: 'Dấu ngoặc kép không đúng chỗ (ô không được bao trong ngoặc kép)', en: 'A quote in the wrong place (the cell is not properly quoted)' },
  unterminated_quote: { vi: 'Thiếu dấu ngoặc kép đóng: tệp kết thúc giữa một ô', en: 'Missing closing quote: the file ends inside a cell' },
};

/**
 * Turns the raw cells of one row into the object the model's parser expects (nested paths, enum labels
 * replaced by ids, scoring-sheet columns gathered).
 *
 * @param fields - the cells
 * @param mapping - the header mapping
 * @param options - loader options
 * @returns the object
 * @example
 * ```ts
 * import { mapHeaders, rowToInput } from '@coop/cli';
 * const mapping = mapHeaders(['Mã HTX', 'Loại hình', 'Doanh thu']);
 * rowToInput(['HTX-1', 'Hợp tác xã', '5.000.000'], mapping).kind; // 'cooperative'
 * ```
 */
export const rowToInput = (fields: readonly string[], mapping: HeaderMapping, options: LoadOptions = {}): Record<string, unknown> => {
  const input: Record<string, unknown> = {};
  let hasPoints = false;
  mapping.fields.forEach((field, i) => {
    if (field === undefined) return;
    let cell = (fields[i] ?? '').normalize('NFC');
    if (cell.trim() === '') return; // empty = absent
    const en = ENUMS[field];
    if (en) cell = en.get(normaliseHeader(cell)) ?? cell.trim();
    if (field.startsWith('sheet.points.')) hasPoints = true;
    setPath(input, field, field === 'organisationId' || field === 'name' || field === 'areaCode' ? cell.trim() : cell);
  });
  if (hasPoints) {
    const sheet = input.sheet as Record<string, unknown>;
    if (sheet.rulebook === undefined) sheet.rulebook = options.sheetRulebook ?? 'circular-01-2020';
  } else if (input.sheet !== undefined) {
    delete input.sheet; // a rulebook without points says nothing
  }
  return input;
};

/** Incremental loader: feed CSV rows (header first), then `finish()`. */
export interface RecordCollector {
  add(row: CsvRow): void;
  finish(): LoadedRecords;
}

/**
 * Creates a collector that validates CSV rows one at a time (so a large file streams through).
 *
 * @param options - loader options
 * @returns the collector
 * @example
 * ```ts
 * import { createRecordCollector, parseCsvText } from '@coop/cli';
 * const collector = createRecordCollector();
 * const csv = 'Mã HTX,Năm,Loại hình,Lĩnh vực,Mã địa bàn,Doanh thu\nA,2024,HTX,agriculture-crop,D1,"5.000.000"\nB,2024,HTX,agriculture-crop,D1,1.5\n';
 * for (const row of parseCsvText(csv)) collector.add(row);
 * const loaded = collector.finish();
 * loaded.records.length; // 1
 * loaded.issues[0]?.line; // 3
 * loaded.issues[0]?.column; // 6
 * ```
 */
export const createRecordCollector = (options: LoadOptions = {}): RecordCollector => {
  let mapping: HeaderMapping | undefined;
  let headers: readonly string[] = [];
  let fatal: RowIssue | undefined;
  const records: YearlyRecord[] = [];
  const issues: RowIssue[] = [];
  const seen = new Map<string, number>();
  let rows = 0;
  let rejected = 0;
  let valid = 0;
  let moreIssues = 0;
  const maxIssues = options.maxIssues ?? Infinity;
  const note = (issue: RowIssue): void => {
    if (issues.length < maxIssues) issues.push(issue);
    else moreIssues += 1;
  };

  const columnOf = (path: string): number | undefined => {
    if (!mapping) return undefined;
    for (let p = path; p !== ''; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
      const i = mapping.fields.indexOf(p);
      if (i >= 0) return i + 1;
    }
    return undefined;
  };
  const locate = (line: number, issue: Issue): RowIssue => {
    const field = issue.path.join('.');
    const column = field ? columnOf(field) : undefined;
    return {
      line,
      ...(column === undefined ? {} : { column, header: headers[column - 1] ?? '' }),
      ...(field ? { field } : {}),
      code: issue.code,
      message: issue.message,
      ...(issue.received === undefined ? {} : { received: short(issue.received) }),
    };
  };

  return {
    add(row: CsvRow): void {
      if (fatal) return;
      if (!mapping) {
        headers = row.fields.map((h) => h.trim());
        mapping = mapHeaders(headers);
        for (const u of mapping.unknown) {
          note({
            line: row.line,
            column: u.column,
            header: u.header,
            code: 'unknown_column',
            message: { vi: `Cột "${u.header}" không được nhận diện và bị bỏ qua`, en: `Column "${u.header}" is not recognised and is ignored` },
          });
        }
        for (const d of mapping.duplicates) {
          note({
            line: row.line,
            column: d.column,
            header: d.header,
            field: d.field,
            code: 'duplicate_column',
            message: { vi: `Cột "${d.header}" lặp lại trường ${d.field} và bị bỏ qua`, en: `Column "${d.header}" repeats field ${d.field} and is ignored` },
          });
        }
        if (mapping.missing.length > 0) {
          const names = mapping.missing.map((f) => `${headerOf(f, 'vi')} / ${headerOf(f, 'en')}`).join(', ');
          fatal = {
            line: row.line,
            code: 'missing_column',
            message: { vi: `Thiếu cột bắt buộc: ${names}`, en: `Missing required column(s): ${names}` },
          };
        }
        return;
      }
      rows += 1;
      let bad = false;
      for (const s of row.issues) {
        bad = true;
        note({ line: s.line, column: s.column, header: headers[s.column - 1] ?? '', code: s.code, message: SYNTAX_MESSAGES[s.code] as Label });
      }
      if (row.fields.length > headers.length && row.fields.slice(headers.length).some((f) => f.trim() !== '')) {
        bad = true;
        note({
          line: row.line,
          column: headers.length + 1,
          code: 'too_many_fields',
          message: {
            vi: `Dòng có ${row.fields.length} ô nhưng tiêu đề chỉ có ${headers.length} cột`,
            en: `The row has ${row.fields.length} cells but the header has ${headers.length} columns`,
          },
        });
      }
      const result = parseYearlyRecord(rowToInput(row.fields, mapping, options), { coerce: 'csv' });
      if (!result.ok) {
        bad = true;
        for (const issue of result.issues) note(locate(row.line, issue));
      } else if (!bad) {
        const key = `${result.value.organisationId}\u0000${result.value.year}`;
        const first = seen.get(key);
        if (first !== undefined) {
          bad = true;
          note({
            line: row.line,
            column: columnOf('organisationId') ?? 1,
            header: headers[(columnOf('organisationId') ?? 1) - 1] ?? '',
            field: 'organisationId',
            code: 'duplicate',
            message: {
              vi: `${result.value.organisationId} năm ${result.value.year} đã có ở dòng ${first}`,
              en: `${result.value.organisationId} for ${result.value.year} already appears on line ${first}`,
            },
          });
        } else {
          seen.set(key, row.line);
          valid += 1;
          if (options.onRecord) options.onRecord(result.value);
          else records.push(result.value);
        }
      }
      if (bad) rejected += 1;
    },
    finish(): LoadedRecords {
      if (!mapping && !fatal) {
        fatal = { line: 1, code: 'empty_file', message: { vi: 'Tệp trống: không có dòng tiêu đề', en: 'Empty file: no header row' } };
      }
      return { records, valid, issues, rows, rejected, ...(moreIssues > 0 ? { moreIssues } : {}), ...(fatal ? { fatal } : {}) };
    },
  };
};

/**
 * Loads records from a parsed JSON value: an array of records, or `{ "records": [...] }`. Each record
 * is validated alone (no CSV coercion), so the good ones are kept; `line` is the 1-based position.
 *
 * @param value - the parsed JSON
 * @returns the good records and the issues
 * @example
 * ```ts
 * import { recordsFromJson } from '@coop/cli';
 * const base = { organisationId: 'A', kind: 'cooperative', sector: 'finance', areaCode: 'HN' };
 * recordsFromJson([{ ...base, year: 2024 }, { ...base, year: 'x' }]).rejected; // 1
 * ```
 */
export const recordsFromJson = (value: unknown): LoadedRecords => {
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && Array.isArray((value as { records?: unknown }).records)
      ? ((value as { records: unknown[] }).records)
      : undefined;
  if (!list) {
    return {
      records: [],
      valid: 0,
      issues: [],
      rows: 0,
      rejected: 0,
      fatal: { line: 1, code: 'invalid_type', message: { vi: 'JSON phải là một mảng bản ghi hoặc { "records": [...] }', en: 'The JSON must be an array of records or { "records": [...] }' } },
    };
  }
  const records: YearlyRecord[] = [];
  const issues: RowIssue[] = [];
  const seen = new Map<string, number>();
  let rejected = 0;
  list.forEach((item, index) => {
    const result = parseYearlyRecord(item);
    if (!result.ok) {
      rejected += 1;
      for (const issue of result.issues) {
        const field = issue.path.join('.');
        issues.push({ line: index + 1, ...(field ? { field } : {}), code: issue.code, message: issue.message, ...(issue.received === undefined ? {} : { received: short(issue.received) }) });
      }
      return;
    }
    const key = `${result.value.organisationId}\u0000${result.value.year}`;
    const first = seen.get(key);
    if (first !== undefined) {
      rejected += 1;
      issues.push({
        line: index + 1,
        field: 'organisationId',
        code: 'duplicate',
        message: { vi: `Trùng với bản ghi thứ ${first}`, en: `Same organisation and year as record ${first}` },
      });
      return;
    }
    seen.set(key, index + 1);
    records.push(result.value);
  });
  return { records, valid: records.length, issues, rows: list.length, rejected };
};

/**
 * One line describing a row issue: `line 14, column 6 (Doanh thu): message [received]`.
 *
 * @param issue - the issue
 * @param lang - `vi` or `en`
 * @returns the line of text
 * @example
 * ```ts
 * import { formatRowIssue } from '@coop/cli';
 * formatRowIssue({ line: 3, column: 6, header: 'Doanh thu', code: 'ambiguous_number', message: { vi: 'Số mơ hồ', en: 'Ambiguous number' }, received: '"1.5"' }, 'en');
 * // 'line 3, column 6 (Doanh thu): Ambiguous number [ambiguous_number, got "1.5"]'
 * ```
 */
export const formatRowIssue = (issue: RowIssue, lang: 'vi' | 'en'): string => {
  const where =
    lang === 'vi'
      ? `dòng ${issue.line}${issue.column === undefined ? '' : `, cột ${issue.column}`}`
      : `line ${issue.line}${issue.column === undefined ? '' : `, column ${issue.column}`}`;
  const label = issue.header ? ` (${issue.header})` : issue.field ? ` (${issue.field})` : '';
  const got = issue.received === undefined ? '' : `, ${lang === 'vi' ? 'nhận' : 'got'} ${issue.received}`;
  return `${where}${label}: ${issue.message[lang]} [${issue.code}${got}]`;
};
