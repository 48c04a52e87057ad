/**
 * `POST /grade`: each record's grade — from its scoring sheet by the named or selected rulebook, or the
 * official grade the record carries when it has no sheet (as the CLI does) — and a summary by grade.
 */
import { findRulebook, gradeKey, gradeRecords, rulebookIds, type GradeRow } from '@coop/cli';
import type { YearlyRecord } from '@coop/model';
import type { Rulebook } from '@coop/rating';
import { badInput, issue } from './errors.js';
import { mapInSlices } from './records.js';

/** One graded record as the API answers it. */
export interface GradedRecord {
  readonly index: number;
  readonly organisationId: string;
  readonly year: number;
  readonly outcome: 'graded' | 'official-grade' | 'error';
  readonly grade: string;
  readonly result?: unknown;
  readonly error?: { readonly code: string; readonly message: string };
}

/**
 * Finds a built-in rulebook by id or raises a 400 naming the known ones.
 *
 * @param id - the requested id
 * @returns the rulebook
 */
export const rulebookById = (id: unknown): Rulebook => {
  const found = typeof id === 'string' ? findRulebook(id) : undefined;
  if (found) return found;
  const known = rulebookIds().join(', ');
  const shown = typeof id === 'string' ? `"${id.slice(0, 80)}"` : `(${id === null ? 'null' : typeof id})`;
  throw badInput([issue(['rulebook'], 'unknown_rulebook', `Không có bộ tiêu chí ${shown}; có: ${known}`, `No rulebook ${shown}; known: ${known}`)]);
};

const toGraded = (row: GradeRow, index: number): GradedRecord => {
  const base = { index, organisationId: row.record.organisationId, year: row.record.year, grade: gradeKey(row) };
  if (row.error) return { ...base, outcome: 'error', error: { code: row.error.code, message: row.error.message } };
  if (row.dataGrade !== undefined) return { ...base, outcome: 'official-grade' };
  return { ...base, outcome: 'graded', result: row.result };
};

/**
 * Grades records in slices (the event loop stays free between slices).
 *
 * @param records - validated records
 * @param options - a fixed rulebook and/or the one year to keep
 * @returns the graded records and a count per grade
 */
export const gradeForApi = async (
  records: readonly YearlyRecord[],
  options: { readonly rulebook?: Rulebook; readonly year?: number },
): Promise<{ results: GradedRecord[]; summary: { total: number; byGrade: Record<string, number> } }> => {
  const rows = await mapInSlices(records, (record, index) => {
    const [row] = gradeRecords([record], options);
    return row === undefined ? undefined : toGraded(row, index);
  });
  const results = rows.filter((r): r is GradedRecord => r !== undefined);
  const byGrade: Record<string, number> = {};
  for (const r of results) byGrade[r.grade] = (byGrade[r.grade] ?? 0) + 1;
  return { results, summary: { total: results.length, byGrade } };
};
