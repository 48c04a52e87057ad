/**
 * The CLI's view of loaded records: the good ones, the issues located by file, line and column, and
 * counts. Reading and validating is `@coop/sheets`' job (one reader for the CLI, the portal and services);
 * this module only turns its result into what the commands print.
 */
import type { Label, YearlyRecord } from '@coop/model';
import type { RejectedRow, SheetIssue, SheetReadResult } from '@coop/sheets';

/** A problem with one input row, located by file, line and column. */
export interface RowIssue {
  /** The file, when several were read. */
  readonly file?: string;
  /** The sheet of a workbook. */
  readonly sheet?: string;
  /** 1-based row of the file or sheet, numbered as a spreadsheet shows it (the header is row 1). */
  readonly line: number;
  /** 1-based column, when the problem is in one cell. */
  readonly column?: number;
  /** The header of that column, as written in the file. */
  readonly header?: string;
  /** The record field path (`revenue`, `flags.highTech`). */
  readonly field?: string;
  /** A stable code: the model's issue codes plus those of `@coop/sheets` (`duplicate`, `unknown_column`, `missing_column`, …). */
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
  /** The rejected rows, to export for correction. */
  readonly rejectedRows?: readonly RejectedRow[];
}

const LIMIT_CODES: ReadonlySet<string> = new Set(['too_large', 'too_many_rows', 'too_many_columns', 'cell_too_long']);

const columnNumber = (letters: string | undefined): number | undefined => {
  if (letters === undefined) return undefined;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
};

/**
 * One issue of `@coop/sheets` as the CLI prints it.
 *
 * @param issue - the issue
 * @param withFile - name the file (several files were read)
 * @returns the row issue
 * @example
 * ```ts
 * import { toRowIssue } from '@coop/cli';
 * toRowIssue({ file: 'a.csv', row: 3, column: 'F', header: 'Doanh thu', code: 'ambiguous_number', severity: 'error', message: { vi: 'Số mơ hồ', en: 'Ambiguous number' }, value: '1.5' }).column; // 6
 * ```
 */
export const toRowIssue = (issue: SheetIssue, withFile = false): RowIssue => {
  const column = columnNumber(issue.column);
  return {
    ...(withFile ? { file: issue.file } : {}),
    ...(issue.sheet === undefined ? {} : { sheet: issue.sheet }),
    line: issue.row ?? 1,
    ...(column === undefined ? {} : { column, header: issue.header ?? '' }),
    ...(issue.field === undefined ? {} : { field: issue.field }),
    code: issue.code,
    message: issue.message as Label,
    ...(issue.value === undefined || issue.value === '' ? {} : { received: JSON.stringify(issue.value) }),
  };
};

/**
 * Turns the result of `readRecordFiles` into what the commands print: a file that could not be used at
 * all (unreadable, no header, missing required columns) is fatal.
 *
 * @param result - the result of `@coop/sheets`' `readRecordFiles`
 * @param files - how many files were read (issues name their file when several were)
 * @returns the records, the issues and counts
 * @example
 * ```ts
 * import { toLoadedRecords } from '@coop/cli';
 * import { readRecordFiles } from '@coop/sheets';
 * const csv = 'Mã HTX,Năm,Loại hình,Lĩnh vực,Mã địa bàn\nA,2024,HTX,Tín dụng,HN\nA,2024,HTX,Tín dụng,HN\n';
 * const loaded = toLoadedRecords(await readRecordFiles([{ name: 'a.csv', bytes: new TextEncoder().encode(csv) }]));
 * [loaded.valid, loaded.rejected, loaded.issues[0]?.code]; // [1, 1, 'duplicate']
 * ```
 */
export const toLoadedRecords = (result: SheetReadResult, files = 1): LoadedRecords => {
  const several = files > 1;
  // A file that cannot be used whole is fatal: unreadable, no header, missing columns, or a limit reached
  // (reading stopped there, so going on would silently use part of the file).
  const fatalIssue = result.issues.find(
    (issue) => issue.severity === 'error' && (issue.row === undefined || issue.code === 'missing_column' || LIMIT_CODES.has(issue.code)),
  );
  const issues = result.issues.filter((issue) => issue !== fatalIssue).map((issue) => toRowIssue(issue, several));
  const fatal = fatalIssue ? { ...toRowIssue(fatalIssue, true) } : undefined;
  if (!result.ok) {
    return { records: [], valid: 0, issues, rows: 0, rejected: 0, fatal: fatal ?? { line: 1, code: 'empty_file', message: { vi: 'Không đọc được tệp nào', en: 'No file could be read' } } };
  }
  const { records, rows, rejected } = result.value;
  // Rows rejected beyond the reader's `maxRejected` are counted, not kept.
  const rejectedCount = rejected.length + (result.value.moreRejected ?? 0);
  const valid = rows - rejectedCount;
  return {
    records,
    valid,
    issues,
    rows,
    rejected: rejectedCount,
    rejectedRows: rejected,
    ...(result.moreIssues > 0 ? { moreIssues: result.moreIssues } : {}),
    ...(fatal ? { fatal } : {}),
  };
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
  const file = issue.file === undefined ? '' : `${issue.file}${issue.sheet === undefined ? '' : ` [${issue.sheet}]`}: `;
  const got = issue.received === undefined ? '' : `, ${lang === 'vi' ? 'nhận' : 'got'} ${issue.received}`;
  return `${file}${where}${label}: ${issue.message[lang]} [${issue.code}${got}]`;
};
