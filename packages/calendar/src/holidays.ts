/**
 * Public holidays of a year, from the statutory rules and the yearly decisions of a
 * {@link HolidayTable}, and the working-calendar options shared with `working-days.ts`.
 *
 * @packageDocumentation
 */
import { CoopError } from '@coop/model';
import type { Citation, Label } from '@coop/model';
import { VN_HOLIDAY_TABLE, checkHolidayTable, type HolidayRules, type HolidayTable, type HolidayYear } from './holiday-table.js';
import { dayNumberOf, fromDayNumber, isoWeekday, toDayNumber } from './internal/civil-date.js';
import { fromLunar, lunarNewYear } from './lunar.js';

/**
 * What a holiday entry does to the working calendar.
 *
 * @example
 * ```ts
 * import { holidays, type HolidayKind } from '@coop/calendar';
 * const kinds: HolidayKind[] = holidays(2026).map((h) => h.kind);
 * kinds.includes('swap-workday'); // true
 * ```
 */
export type HolidayKind = 'public-holiday' | 'compensatory' | 'swap-off' | 'swap-workday';

/**
 * One entry of {@link holidays}.
 * - `public-holiday`: a holiday day (it may fall on a weekend: then a `compensatory` entry follows);
 * - `compensatory`: the working day given off because a holiday fell on a weekly rest day;
 * - `swap-off` / `swap-workday`: a weekday given off in exchange for a weekend day worked.
  *
 * @example
 * ```ts
 * import { holidays, type Holiday } from '@coop/calendar';
 * const first: Holiday = holidays(2025)[0]!;
 * first.id; // 'new-year'
 * first.source; // 'official'
 * ```
 */
export interface Holiday {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** Which holiday: `new-year`, `tet`, `hung-kings`, `victory-day`, `labour-day`, `national-day`, `swap`, an optional id or `day-off`. */
  readonly id: string;
  /** Name in Vietnamese and English. */
  readonly name: Label;
  /** See {@link HolidayKind}. */
  readonly kind: HolidayKind;
  /**
   * `official`: fixed by law or by a decision recorded in the table. `computed`: a default of this
   * library where the law leaves the choice to a yearly decision that the table does not record (the Tết
   * span, the day added to 2 September, and the compensatory days they cause), or an optional holiday
   * the caller enabled.
   */
  readonly source: 'official' | 'computed';
  /** The law article or decision, where there is one. */
  readonly citation?: Citation;
}

/**
 * Options shared by the holiday and working-day functions.
 *
 * @example
 * ```ts
 * import { isWorkingDay, type WorkingCalendarOptions } from '@coop/calendar';
 * const sixDayWeek: WorkingCalendarOptions = { weekend: [7], optional: ['vietnam-culture-day'] };
 * isWorkingDay('2026-11-24', sixDayWeek); // false
 * ```
 */
export interface WorkingCalendarOptions {
  /** ISO weekdays of the weekly rest (1 = Monday … 7 = Sunday); default `[6, 7]`. */
  readonly weekend?: readonly number[];
  /** The holiday table; default {@link VN_HOLIDAY_TABLE}. Validated on first use. */
  readonly table?: HolidayTable;
  /** Ids of optional holidays of the table to observe, e.g. `['vietnam-culture-day']`. */
  readonly optional?: readonly string[];
}

/** Last year any rules can cover (the end of the lunar calendar). */
const MAX_YEAR = 2199;

/** Options after validation. */
interface ResolvedCalendar {
  readonly table: HolidayTable;
  readonly weekend: readonly number[];
  readonly optional: readonly string[];
  /** Identifies weekend + optional ids, for memo keys. */
  readonly key: string;
}

const invalidOption = (message: string, details: Record<string, unknown>): CoopError =>
  new CoopError('INVALID_OPTION', message, details);

/**
 * Validates the working-calendar options (weekend, table, optional ids). Shared with
 * `working-days.ts`; not re-exported from the package.
 *
 * @internal
 */
export const resolveCalendar = (options: WorkingCalendarOptions | undefined): ResolvedCalendar => {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw invalidOption('options must be an object', { received: typeof options });
  }
  const weekend: unknown = options?.weekend ?? [6, 7];
  if (
    !Array.isArray(weekend) ||
    weekend.length > 6 ||
    !weekend.every((w: unknown) => Number.isInteger(w) && (w as number) >= 1 && (w as number) <= 7) ||
    new Set(weekend).size !== weekend.length
  ) {
    throw invalidOption('weekend must list distinct ISO weekdays 1–7, leaving at least one working weekday', {
      weekend: Array.isArray(weekend) ? weekend.slice(0, 8) : typeof weekend,
    });
  }
  const table = checkHolidayTable(options?.table ?? VN_HOLIDAY_TABLE);
  const optional: unknown = options?.optional ?? [];
  if (!Array.isArray(optional) || optional.length > 100 || !optional.every((id: unknown) => typeof id === 'string')) {
    throw invalidOption('optional must be a list of optional-holiday ids', { known: table.optional.map((o) => o.id) });
  }
  for (const id of optional as string[]) {
    if (!table.optional.some((o) => o.id === id)) {
      throw invalidOption(`Unknown optional holiday: ${id.slice(0, 40)}`, { id: id.slice(0, 40), known: table.optional.map((o) => o.id) });
    }
  }
  const weekendList = [...(weekend as number[])].sort();
  const optionalList = [...(optional as string[])];
  return { table, weekend: weekendList, optional: optionalList, key: `${weekendList.join(',')}|${optionalList.join('\u0000')}` };
};

const rulesFor = (table: HolidayTable, year: number): HolidayRules => {
  const rules = table.rules.find((r) => year >= r.fromYear && year <= (r.toYear ?? MAX_YEAR));
  // No separate `year > MAX_YEAR` test: a validated table's rules end by MAX_YEAR, so `find` fails there.
  if (!rules) {
    const first = Math.min(...table.rules.map((r) => r.fromYear));
    throw new CoopError('DATE_OUT_OF_RANGE', `No holiday rules for ${year}`, { year, firstYear: first, lastYear: MAX_YEAR });
  }
  return rules;
};

const fmt = (date: string): string => `${date.slice(8, 10)}/${date.slice(5, 7)}`;

const computeHolidays = (year: number, options: WorkingCalendarOptions | undefined): Holiday[] => {
  const { table, weekend, optional } = resolveCalendar(options);
  if (!Number.isInteger(year)) throw new CoopError('INVALID_DATE', 'The year must be an integer', { year: typeof year === 'number' ? year : typeof year });
  const rules = rulesFor(table, year);
  const decided: HolidayYear | undefined = table.years.find((y) => y.year === year);
  const official = (citation: Citation): { source: 'official'; citation: Citation } => ({ source: 'official', citation });
  const days: Holiday[] = [];

  for (const rule of rules.solar) {
    days.push({ date: fromDayNumber(dayNumberOf(year, rule.month, rule.day)), id: rule.id, name: rule.name, kind: 'public-holiday', ...official(rules.citation) });
  }
  for (const rule of rules.lunar) {
    days.push({ date: fromLunar({ year, month: rule.month, day: rule.day }), id: rule.id, name: rule.name, kind: 'public-holiday', ...official(rules.citation) });
  }

  // Tết: the decided span, or the default one around lunar 1/1.
  const tetSpan = decided?.tet
    ? { from: toDayNumber(decided.tet.from), to: toDayNumber(decided.tet.to), origin: official(decided.tet.citation) }
    : (() => {
        const newYear = toDayNumber(lunarNewYear(year));
        return {
          from: newYear - rules.tet.defaultDaysBefore,
          to: newYear + rules.tet.defaultDaysAfter - 1,
          origin: { source: 'computed' as const, citation: rules.citation },
        };
      })();
  for (let d = tetSpan.from; d <= tetSpan.to; d++) {
    days.push({ date: fromDayNumber(d), id: 'tet', name: rules.tet.name, kind: 'public-holiday', ...tetSpan.origin });
  }

  // The day added to 2 September.
  if (rules.nationalDayExtra) {
    const extra = rules.nationalDayExtra;
    if (decided?.nationalDayExtra) {
      days.push({ date: decided.nationalDayExtra.date, id: 'national-day', name: extra.name, kind: 'public-holiday', ...official(decided.nationalDayExtra.citation) });
    } else {
      const weekday = isoWeekday(dayNumberOf(year, 9, 2));
      const day = extra.defaultByWeekday[weekday - 1]!;
      days.push({ date: fromDayNumber(dayNumberOf(year, 9, day)), id: 'national-day', name: extra.name, kind: 'public-holiday', source: 'computed', citation: rules.citation });
    }
  }

  for (const id of optional) {
    const item = table.optional.find((o) => o.id === id)!;
    if (year >= item.fromYear) {
      days.push({ date: fromDayNumber(dayNumberOf(year, item.month, item.day)), id: item.id, name: item.name, kind: 'public-holiday', source: 'computed', citation: item.citation });
    }
  }
  for (const off of decided?.daysOff ?? []) {
    days.push({ date: off.date, id: 'day-off', name: off.name, kind: 'public-holiday', ...official(off.citation) });
  }

  // Swaps decided in any year whose dates fall in this year (a swap can cross New Year; the table
  // keeps swap dates within a year of their entry, and the date tests below pick this year's).
  const swaps = table.years.flatMap((y) => y.swaps ?? []);
  const entries: Holiday[] = [];
  for (const swap of swaps) {
    if (swap.off.startsWith(`${year}-`)) {
      entries.push({
        date: swap.off,
        id: 'swap',
        name: { vi: `Nghỉ hoán đổi (làm bù ngày ${fmt(swap.workday)})`, en: `Day off, swapped with ${swap.workday}` },
        kind: 'swap-off',
        ...official(swap.citation),
      });
    }
    if (swap.workday.startsWith(`${year}-`)) {
      entries.push({
        date: swap.workday,
        id: 'swap',
        name: { vi: `Làm bù cho ngày ${fmt(swap.off)}`, en: `Working day, swapped for ${swap.off}` },
        kind: 'swap-workday',
        ...official(swap.citation),
      });
    }
  }

  // Compensatory days: a holiday on a weekly rest day gives the next working day off.
  const holidayDays = new Set(days.map((h) => toDayNumber(h.date)));
  const swapOff = new Set(entries.filter((e) => e.kind === 'swap-off').map((e) => toDayNumber(e.date)));
  const taken = new Set<number>();
  const computedDays = new Set(days.filter((h) => h.source === 'computed').map((h) => toDayNumber(h.date)));
  const isRest = (d: number): boolean => weekend.includes(isoWeekday(d));
  for (const h of [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const d0 = toDayNumber(h.date);
    if (!isRest(d0)) continue;
    let d = d0 + 1;
    // The day is computed (not official) if a computed holiday decided where it lands.
    let source = h.source;
    while (isRest(d) || holidayDays.has(d) || swapOff.has(d) || taken.has(d)) {
      if (computedDays.has(d)) source = 'computed';
      d++;
    }
    taken.add(d);
    entries.push({
      date: fromDayNumber(d),
      id: h.id,
      name: { vi: `Nghỉ bù ${h.name.vi} (${fmt(h.date)})`, en: `Compensatory day off for ${h.name.en} (${h.date})` },
      kind: 'compensatory',
      source,
      citation: rules.compensation,
    });
  }

  const all = [...days, ...entries];
  const order: Record<HolidayKind, number> = { 'public-holiday': 0, compensatory: 1, 'swap-off': 2, 'swap-workday': 3 };
  return all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : order[a.kind] - order[b.kind]));
};

/**
 * The public holidays, compensatory days and day swaps of a year, sorted by date.
 *
 * Holidays (Labour Code 2019, art. 112; 2012 Code, art. 115, before 2021): 1 January, Tết (5 days),
 * Hùng Kings (lunar 3/10), 30 April, 1 May, 2 September (+ 1 or 3 September from 2021). The Tết span,
 * the day added to 2 September and the swaps come from the table's decision for the year when there is
 * one (`source: 'official'`), otherwise from the documented defaults (`source: 'computed'`): see
 * {@link VN_HOLIDAY_TABLE}. A holiday on a weekly rest day (per `weekend`) gives a `compensatory` day on
 * the next working day.
 *
 * @param year - a Gregorian year covered by the table's rules (built-in: 2014–2199)
 * @param options - `weekend` (default `[6, 7]`), `table` (default {@link VN_HOLIDAY_TABLE}), `optional` ids
 * @returns the entries of that year, sorted by date
 * @throws CoopError `DATE_OUT_OF_RANGE` for a year without rules, `INVALID_HOLIDAY_TABLE`, `INVALID_OPTION`
 * @example
 * ```ts
 * import { holidays } from '@coop/calendar';
 * holidays(2025)
 *   .filter((h) => h.id === 'tet')
 *   .map((h) => h.date); // ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']
 * ```
 */
export const holidays = (year: number, options?: WorkingCalendarOptions): Holiday[] => computeHolidays(year, options);
