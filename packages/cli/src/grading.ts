/**
 * The `coop grade` logic: grade each record with a chosen rulebook (or the one `selectRulebook` picks
 * for its year and sector), summarise by year and grade, and render the table.
 */
import { assertList, GRADE_LABELS, formatNumber, isCoopError, type Grade, type Lang, type YearlyRecord } from '@coop/model';
import { BUILT_IN_RULEBOOKS, grade, selectRulebook, type GradeResult, type Rulebook } from '@coop/rating';
import { renderTable } from './table.js';

/** Grade categories in display order (the four grades, then not rated and incomplete). */
export const GRADE_KEYS = ['good', 'fair', 'average', 'weak', 'not-rated', 'incomplete'] as const;

/**
 * A grading outcome: the rulebook's result; the grade the data carries (a record without a scoring
 * sheet but with a `grade`/`Xếp loại` column: the official grade, reported as such); or why the record
 * could not be graded.
 */
export type GradeRow =
  | { readonly record: YearlyRecord; readonly result: GradeResult; readonly dataGrade?: undefined; readonly error?: undefined }
  | { readonly record: YearlyRecord; readonly result?: undefined; readonly dataGrade: Grade | 'not-rated'; readonly error?: undefined }
  | { readonly record: YearlyRecord; readonly result?: undefined; readonly dataGrade?: undefined; readonly error: { readonly code: string; readonly message: string; readonly reason?: string } };

/** The ids of the built-in rulebooks. */
export const rulebookIds = (): string[] => BUILT_IN_RULEBOOKS.map((r) => r.id);

/**
 * Finds a built-in rulebook by id.
 *
 * @param id - a rulebook id
 * @returns the rulebook, or `undefined`
 * @example
 * ```ts
 * import { findRulebook } from '@coop/cli';
 * findRulebook('circular-01-2020')?.id; // 'circular-01-2020'
 * ```
 */
export const findRulebook = (id: string): Rulebook | undefined => BUILT_IN_RULEBOOKS.find((r) => r.id === id);

/**
 * The rulebook a record is graded by: the one given, else the one its scoring sheet names, else the one
 * `selectRulebook` chooses for the record and year.
 *
 * @param record - the record
 * @param fixed - a rulebook forced by the user
 * @param year - the evaluation year
 * @returns the rulebook
 */
export const rulebookFor = (record: YearlyRecord, fixed: Rulebook | undefined, year: number): Rulebook =>
  fixed ?? (record.sheet ? findRulebook(record.sheet.rulebook) : undefined) ?? selectRulebook(BUILT_IN_RULEBOOKS, { record, year });

/**
 * Grades records one by one; a record the rulebook rejects (e.g. points above a maximum) becomes an
 * error row instead of stopping the run.
 *
 * @param records - the records
 * @param options - a fixed rulebook and/or year
 * @returns one row per record (filtered to `year` when given)
 */
export const gradeRecords = (records: readonly YearlyRecord[], options: GradeRecordOptions = {}): GradeRow[] => {
  const checked = assertList(records, 'records') as unknown as readonly YearlyRecord[];
  return checked.flatMap((record) => gradeRecord(record, options) ?? []);
};

/** Options of {@link gradeRecord}: a fixed rulebook and/or the one year to keep. */
export interface GradeRecordOptions {
  readonly rulebook?: Rulebook;
  readonly year?: number;
}

/**
 * Grades one record (the streaming form of {@link gradeRecords}); `undefined` when `year` filters it out.
 *
 * @param record - a valid yearly record
 * @param options - a fixed rulebook and/or year
 * @returns the graded row, or `undefined`
 */
export const gradeRecord = (record: YearlyRecord, options: GradeRecordOptions = {}): GradeRow | undefined => {
  if (options.year !== undefined && record.year !== options.year) return undefined;
  if (!record.sheet && record.grade !== undefined && options.rulebook === undefined) return { record, dataGrade: record.grade };
  try {
    const rulebook = rulebookFor(record, options.rulebook, record.year);
    return { record, result: grade(record, { rulebook, year: record.year }) };
  } catch (error) {
    if (isCoopError(error)) {
      const reason = typeof error.details['reason'] === 'string' ? error.details['reason'] : undefined;
      return { record, error: { code: error.code, message: error.message, ...(reason ? { reason } : {}) } };
    }
    return { record, error: { code: 'ERROR', message: error instanceof Error ? error.message : String(error) } };
  }
};

/**
 * The key of a row in {@link GRADE_KEYS}: a record no rulebook covers (e.g. a people's credit fund) is
 * not rated; other errors count as incomplete.
 */
export const gradeKey = (row: GradeRow): (typeof GRADE_KEYS)[number] => {
  if (row.dataGrade !== undefined) return row.dataGrade;
  if (row.error) return row.error.reason === 'out-of-scope' ? 'not-rated' : 'incomplete';
  // An incomplete sheet whose grade an override decided (a sanctioned co-op is weak) counts under that grade.
  return row.result.status === 'not-rated' ? 'not-rated' : (row.result.grade ?? 'incomplete');
};

/**
 * Counts rows per year and grade category.
 *
 * @param rows - graded rows: an array or any iterable (a `Set`, a generator); through the library
 *   entry it is read into an array first, at most `LIMITS.listLength` (1 000 000) rows
 * @returns years ascending and, per category, a count per year
 */
export const gradeDistribution = (rows: Iterable<GradeRow>): GradeDistribution => {
  const tally = createGradeTally();
  for (const row of rows) tally.add(row);
  return tally.distribution();
};

/** Years ascending and, per grade category, a count per year. */
export interface GradeDistribution {
  readonly years: number[];
  readonly counts: Record<(typeof GRADE_KEYS)[number], number[]>;
}

/** An incremental count of graded rows per year and category (constant memory while streaming). */
export interface GradeTally {
  add(row: GradeRow): void;
  distribution(): GradeDistribution;
}

/**
 * Creates an empty {@link GradeTally}.
 *
 * @returns the tally
 */
export const createGradeTally = (): GradeTally => {
  const byYear = new Map<number, Record<(typeof GRADE_KEYS)[number], number>>();
  return {
    add(row) {
      let counts = byYear.get(row.record.year);
      if (!counts) {
        counts = Object.fromEntries(GRADE_KEYS.map((k) => [k, 0])) as Record<(typeof GRADE_KEYS)[number], number>;
        byYear.set(row.record.year, counts);
      }
      counts[gradeKey(row)] += 1;
    },
    distribution() {
      const years = [...byYear.keys()].sort((a, b) => a - b);
      const counts = Object.fromEntries(GRADE_KEYS.map((k) => [k, years.map((y) => byYear.get(y)?.[k] ?? 0)])) as GradeDistribution['counts'];
      return { years, counts };
    },
  };
};

/** Label of a grade category. */
export const gradeKeyLabel = (key: (typeof GRADE_KEYS)[number], lang: Lang): string =>
  key === 'incomplete' ? (lang === 'vi' ? 'Thiếu số liệu' : 'Incomplete') : GRADE_LABELS[key][lang];

/**
 * The per-record grade table.
 *
 * @param rows - graded rows
 * @param lang - `vi` or `en`
 * @returns the table text
 */
export const gradeTable = (rows: readonly GradeRow[], lang: Lang): string => {
  const checked = assertList(rows, 'rows') as unknown as readonly GradeRow[];
  return renderTable(
    [
      { header: lang === 'vi' ? 'Mã HTX' : 'ID' },
      { header: lang === 'vi' ? 'Tên' : 'Name', maxWidth: 32 },
      { header: lang === 'vi' ? 'Năm' : 'Year' },
      { header: lang === 'vi' ? 'Xếp loại' : 'Grade' },
      { header: lang === 'vi' ? 'Điểm' : 'Points', align: 'right' },
      { header: lang === 'vi' ? 'Bộ tiêu chí' : 'Rulebook' },
      { header: lang === 'vi' ? 'Ghi chú' : 'Note', maxWidth: 56 },
    ],
    checked.map((row) => {
      const r = row.result;
      const note = row.error
        ? `${row.error.code}: ${row.error.message}`
        : row.dataGrade !== undefined
          ? lang === 'vi'
            ? 'xếp loại có sẵn trong dữ liệu (không có phiếu chấm điểm)'
            : 'grade as given in the data (no scoring sheet)'
        : r?.status === 'not-rated'
          ? r.reason.label[lang]
          : r?.status === 'incomplete'
            ? `${lang === 'vi' ? 'thiếu' : 'missing'} ${r.missing.join(', ')}${r.overrides.map((o) => `; ${o.label[lang]}`).join('')}`
            : r?.margins.up
              ? lang === 'vi'
                ? `thiếu ${formatNumber(r.margins.up.points, 'vi', { maxDecimals: 2 })} điểm để đạt ${GRADE_LABELS[r.margins.up.grade].vi}`
                : `${formatNumber(r.margins.up.points, 'en', { maxDecimals: 2 })} points short of ${GRADE_LABELS[r.margins.up.grade].en}`
              : '';
      return [
        row.record.organisationId,
        row.record.name ?? '',
        String(row.record.year),
        gradeKeyLabel(gradeKey(row), lang),
        r?.total === undefined ? '—' : formatNumber(r.total, lang, { maxDecimals: 2 }),
        r?.rulebook.id ?? (row.dataGrade !== undefined ? (lang === 'vi' ? 'dữ liệu' : 'data') : ''),
        note,
      ];
    }),
  );
};

/**
 * The summary table: one row per year, one column per grade category, with the good-or-fair share.
 *
 * @param rows - graded rows, or their distribution
 * @param lang - `vi` or `en`
 * @returns the table text
 */
export const gradeSummaryTable = (rows: readonly GradeRow[] | GradeDistribution, lang: Lang): string => {
  const { years, counts } = Array.isArray(rows) ? gradeDistribution(rows) : (rows as GradeDistribution);
  return renderTable(
    [
      { header: lang === 'vi' ? 'Năm' : 'Year' },
      ...GRADE_KEYS.map((k) => ({ header: gradeKeyLabel(k, lang), align: 'right' as const })),
      { header: lang === 'vi' ? 'Tổng' : 'Total', align: 'right' },
      { header: lang === 'vi' ? 'Tốt + Khá' : 'Good + fair', align: 'right' },
    ],
    years.map((year, i) => {
      const row = GRADE_KEYS.map((k) => counts[k][i] ?? 0);
      const total = row.reduce((a, b) => a + b, 0);
      const gf = (counts.good[i] ?? 0) + (counts.fair[i] ?? 0);
      const share = total > 0 ? formatNumber((gf / total) * 100, lang, { maxDecimals: 1, minDecimals: 1 }) : '—';
      return [String(year), ...row.map(String), String(total), `${share} %`];
    }),
  );
};
