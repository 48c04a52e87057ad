/**
 * `POST /upload`: files as officials save them, read into records by the spreadsheet reader.
 */
import type { YearlyRecord } from '@coop/model';
import type { UploadedFile } from './body.js';

/** What reading uploaded files gives: the accepted records, the rejected rows and file-level warnings. */
export interface UploadedRecords {
  readonly records: readonly YearlyRecord[];
  readonly rejected: readonly unknown[];
  readonly warnings: readonly unknown[];
}

/** Reads uploaded files into records (at most `maxRecords`). */
export type ReadUploadedRecords = (files: readonly UploadedFile[], limits: { readonly maxRecords: number }) => Promise<UploadedRecords>;
