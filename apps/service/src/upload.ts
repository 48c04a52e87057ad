/**
 * `POST /upload`: files as officials save them (`.xlsx`, `.csv`, `.tsv`, `.txt`, `.json`), read into
 * records by `@coop/sheets` — the same reader as the CLI and the portal. Good rows go on; each rejected
 * row comes back with its file, sheet, row, column, value, code and a Vietnamese/English message.
 */
import type { YearlyRecord } from '@coop/model';
import { readRecordFiles, type RejectedRow, type SheetIssue } from '@coop/sheets';
import type { UploadedFile } from './body.js';
import { ApiError } from './errors.js';

/** What reading uploaded files gives: the accepted records, the rejected rows and file-level warnings. */
export interface UploadedRecords {
  readonly records: readonly YearlyRecord[];
  readonly rejected: readonly RejectedRow[];
  readonly warnings: readonly SheetIssue[];
}

/** Reads uploaded files into records (at most `maxRecords`). */
export type ReadUploadedRecords = (files: readonly UploadedFile[], limits: { readonly maxRecords: number }) => Promise<UploadedRecords>;

/** The most issues one answer lists. */
const MAX_ISSUES = 1_000;

/**
 * Reads uploaded files with the spreadsheet reader. Files that cannot be read at all (a broken workbook,
 * an unknown format) are a 400 with the reader's issues; more rows than `maxRecords` a 413.
 *
 * @param files - the uploaded files
 * @param limits - the most records accepted
 * @returns the records, rejected rows and warnings
 */
export const readUploadedRecords: ReadUploadedRecords = async (files, { maxRecords }) => {
  const read = await readRecordFiles(files, { limits: { maxRows: maxRecords + 1 }, maxIssues: MAX_ISSUES });
  const errors = read.issues.filter((i) => i.severity === 'error');
  const tooMany = errors.find((i) => i.code === 'too_many_rows');
  if (tooMany) {
    throw new ApiError(413, 'too_many_records', { vi: `Tối đa ${maxRecords} dòng mỗi tệp`, en: `At most ${maxRecords} rows per file` }, { limit: maxRecords, issues: [tooMany] });
  }
  if (!read.ok) {
    throw new ApiError(400, 'unreadable_upload', { vi: 'Không đọc được tệp tải lên', en: 'The uploaded files could not be read' }, { issues: read.issues.slice(0, 100) });
  }
  if (read.value.records.length > maxRecords) {
    throw new ApiError(413, 'too_many_records', { vi: `Tối đa ${maxRecords} bản ghi mỗi lần tải lên`, en: `At most ${maxRecords} records per upload` }, { limit: maxRecords });
  }
  const fileProblems = errors.filter((i) => i.row === undefined);
  return {
    records: read.value.records,
    rejected: read.value.rejected,
    warnings: [...read.issues.filter((i) => i.severity === 'warning'), ...fileProblems],
  };
};
