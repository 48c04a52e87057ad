/**
 * The `coop deadlines` logic: the deadline steps of chosen cycles in a date range, each with its written,
 * nominal and effective (rolled) date and the reason it rolled, as rows, text and JSON.
 */
import { CYCLES, deadlines, holidays, type DeadlineStep, type ReportingCycle } from '@coop/calendar';
import type { Lang } from '@coop/model';
import { assertList } from '@coop/model';
import { renderTable, tableDate } from './table.js';

/** One deadline step ready to print. */
export interface DeadlineRow {
  readonly step: DeadlineStep;
  /** Why the date moved (`Saturday`, `Tết Nguyên Đán`…), when it did. */
  readonly rolledBecause?: string;
}

/** The ids of every built-in cycle. */
export const CYCLE_IDS: readonly string[] = /* @__PURE__ */ Object.keys(CYCLES);

/**
 * Looks up built-in cycles by id.
 *
 * @param ids - cycle ids (empty = every built-in cycle)
 * @returns the cycles, or the unknown ids
 * @example
 * ```ts
 * import { resolveCycles } from '@coop/cli';
 * const r = resolveCycles(['mard-annual', 'nope']);
 * r.ok; // false
 * ```
 */
export const resolveCycles = (
  ids: readonly string[],
): { readonly ok: true; readonly cycles: readonly ReportingCycle[] } | { readonly ok: false; readonly unknown: readonly string[] } => {
  const all = CYCLES as Readonly<Record<string, ReportingCycle>>;
  if (ids.length === 0) return { ok: true, cycles: Object.values(all) };
  const unknown = ids.filter((id) => !Object.hasOwn(all, id));
  if (unknown.length > 0) return { ok: false, unknown };
  return { ok: true, cycles: ids.map((id) => all[id] as ReportingCycle) };
};

const WEEKDAYS: Readonly<Record<Lang, readonly string[]>> = {
  vi: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/**
 * The weekday name of a civil date.
 *
 * @param date - `YYYY-MM-DD`
 * @param lang - `vi` or `en`
 * @returns the weekday
 * @example
 * ```ts
 * import { weekdayOf } from '@coop/cli';
 * weekdayOf('2025-12-20', 'en'); // 'Saturday'
 * ```
 */
export const weekdayOf = (date: string, lang: Lang): string =>
  WEEKDAYS[lang][new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))).getUTCDay()] ?? '';

const reasonFor = (nominal: string, lang: Lang): string => {
  const off = holidays(Number(nominal.slice(0, 4))).find((h) => h.date === nominal && h.kind !== 'swap-workday');
  return off ? off.name[lang] : weekdayOf(nominal, lang);
};

/**
 * Every deadline step of the cycles whose effective date falls in `[from, to]`, soonest first.
 *
 * @param cycles - the cycles
 * @param from - first civil date (inclusive)
 * @param to - last civil date (inclusive)
 * @param lang - language of the roll reasons
 * @returns the rows
 * @example
 * ```ts
 * import { deadlineRows } from '@coop/cli';
 * import { CYCLES } from '@coop/calendar';
 * const [row] = deadlineRows([CYCLES['mard-half-year']], '2027-06-01', '2027-06-30', 'en');
 * row?.step.effectiveDate; // '2027-06-21'
 * row?.rolledBecause; // 'Saturday'
 * ```
 */
export const deadlineRows = (cycles: readonly ReportingCycle[], from: string, to: string, lang: Lang): DeadlineRow[] => {
  const checked = assertList(cycles, 'cycles') as unknown as readonly ReportingCycle[];
  return checked
    .flatMap((cycle) => deadlines(cycle, { from, to }).flatMap((d) => d.steps))
    .filter((s) => s.effectiveDate >= from && s.effectiveDate <= to)
    .sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.cycleId.localeCompare(b.cycleId) || a.stepIndex - b.stepIndex)
    .map((step) => (step.rolled ? { step, rolledBecause: reasonFor(step.nominalDate, lang) } : { step }));
};

const L = {
  date: { vi: 'Hạn cuối', en: 'Due' },
  day: { vi: 'Thứ', en: 'Day' },
  what: { vi: 'Việc', en: 'What' },
  cycle: { vi: 'Chu kỳ', en: 'Cycle' },
  period: { vi: 'Kỳ', en: 'Period' },
  written: { vi: 'Theo văn bản', en: 'As written' },
  note: { vi: 'Ghi chú', en: 'Note' },
} as const;

/**
 * Renders deadline rows as an aligned table.
 *
 * @param rows - from {@link deadlineRows}
 * @param lang - `vi` or `en`
 * @returns the table text
 * @example
 * ```ts
 * import { deadlineRows, deadlineTable } from '@coop/cli';
 * import { CYCLES } from '@coop/calendar';
 * deadlineTable(deadlineRows([CYCLES['mard-annual']], '2025-12-01', '2025-12-31', 'en'), 'en').includes('2025-12-19'); // true
 * ```
 */
export const deadlineTable = (rows: readonly DeadlineRow[], lang: Lang): string => {
  const checked = assertList(rows, 'rows') as unknown as readonly DeadlineRow[];
  return renderTable(
    [{ header: L.date[lang] }, { header: L.day[lang] }, { header: L.what[lang], maxWidth: 44 }, { header: L.period[lang] }, { header: L.cycle[lang] }, { header: L.note[lang], maxWidth: 60 }],
    checked.map(({ step, rolledBecause }) => {
      const notes: string[] = [];
      if (step.strictBefore) notes.push(lang === 'vi' ? `"trước ngày" ${step.writtenDate.slice(8)}/${step.writtenDate.slice(5, 7)}` : `"before" ${step.writtenDate}`);
      if (rolledBecause) notes.push(lang === 'vi' ? `lùi từ ${tableDate(step.nominalDate, lang)} (${rolledBecause})` : `moved from ${step.nominalDate} (${rolledBecause})`);
      // The date rests on days no decision has fixed yet (a year not decided, or outside the holiday rules).
      if (step.provisional) notes.push(lang === 'vi' ? 'dự kiến (ngày nghỉ chưa có quyết định)' : 'provisional (holidays not yet decided)');
      if (step.unconfirmed) notes.push(step.unconfirmed[lang]);
      return [tableDate(step.effectiveDate, lang), weekdayOf(step.effectiveDate, lang), step.label[lang], step.period, step.cycleId, notes.join('; ')];
    }),
  );
};

/**
 * A deadline row as plain JSON for `--json`.
 *
 * @param row - a row
 * @returns the JSON-ready object
 * @example
 * ```ts
 * import { deadlineRows, deadlineJson } from '@coop/cli';
 * import { CYCLES } from '@coop/calendar';
 * const [row] = deadlineRows([CYCLES['mard-half-year']], '2027-06-01', '2027-06-30', 'en');
 * row && deadlineJson(row).rolled; // true
 * ```
 */
export const deadlineJson = (row: DeadlineRow): Record<string, unknown> => ({
  cycle: row.step.cycleId,
  period: row.step.period,
  step: row.step.stepId,
  label: row.step.label,
  level: row.step.level,
  writtenDate: row.step.writtenDate,
  nominalDate: row.step.nominalDate,
  effectiveDate: row.step.effectiveDate,
  strictBefore: row.step.strictBefore,
  rolled: row.step.rolled,
  ...(row.rolledBecause ? { rolledBecause: row.rolledBecause } : {}),
  dueAt: row.step.dueAt,
  uid: row.step.uid,
  source: row.step.source,
});
