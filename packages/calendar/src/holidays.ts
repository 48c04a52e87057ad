/**
 * Public holidays of a year, from the statutory rules and the yearly decisions of a
 * {@link HolidayTable}, and the working-calendar options shared with `working-days.ts`.
 *
 * @packageDocumentation
 */
import { CoopError } from '@coop/model';
import type { Citation, Label } from '@coop/model';
import { VN_HOLIDAY_TABLE, checkHolidayTable, type HolidayRules, type HolidayTable, type HolidayYear } from './holiday-table.js';
import { dayNumberOf, fromDayNumber, isoWeekday, partsOf, toDayNumber } from './internal/civil-date.js';
import { CALENDAR_KEYS, readList, readOptions } from './internal/read-args.js';
import { lunarMonths, lunarNewYear } from './lunar.js';

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
  /**
   * `true` when the entry rests on the statutory rules alone, not on a decision recorded in the table:
   * the table has no entry for its year (2027 onwards in the built-in table, until a decision is loaded
   * with `withHolidayYears`), or the date is a `computed` default. A portal shows such days as "dự kiến".
   */
  readonly provisional: boolean;
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
export const resolveCalendar = (given: WorkingCalendarOptions | undefined): ResolvedCalendar => {
  if (given !== undefined && (typeof given !== 'object' || given === null)) {
    throw invalidOption('options must be an object', { received: typeof given });
  }
  // Each option read once (a throwing getter or a revoked Proxy is an INVALID_OPTION, not a TypeError).
  const options = readOptions(given, CALENDAR_KEYS);
  const weekendGiven = options.weekend ?? [6, 7];
  const weekend = readList(weekendGiven, 1000);
  if (
    !Array.isArray(weekend) ||
    weekend.length > 6 ||
    !weekend.every((w: unknown) => Number.isInteger(w) && (w as number) >= 1 && (w as number) <= 7) ||
    new Set(weekend).size !== weekend.length
  ) {
    throw invalidOption('weekend must list distinct ISO weekdays 1–7, leaving at least one working weekday', {
      weekend: weekend?.slice(0, 8) ?? typeof weekendGiven,
    });
  }
  const table = checkHolidayTable(options.table ?? VN_HOLIDAY_TABLE);
  const optional = readList(options.optional ?? [], 100);
  // Ids accepted: the table's optional holidays, and the rule holidays that once were optional (a
  // dated solar rule such as `vietnam-culture-day`, a day off from 2026): naming those changes nothing.
  const ruled = table.rules.flatMap((r) => r.solar.filter((h) => h.fromYear !== undefined).map((h) => h.id));
  const known = [...new Set([...table.optional.map((o) => o.id), ...ruled])];
  if (optional === undefined || !optional.every((id: unknown) => typeof id === 'string')) {
    throw invalidOption('optional must be a list of at most 100 optional-holiday ids', { known });
  }
  for (const id of optional as string[]) {
    if (!known.includes(id)) {
      throw invalidOption(`Unknown optional holiday: ${id.slice(0, 40)}`, { id: id.slice(0, 40), known });
    }
  }
  const weekendList = [...(weekend as number[])].sort();
  const optionalList = (optional as string[]).filter((id) => table.optional.some((o) => o.id === id));
  return { table, weekend: weekendList, optional: optionalList, key: `${weekendList.join(',')}|${optionalList.join('\u0000')}` };
};

/** First and last years a table's rules cover. */
export const coverageOf = (table: HolidayTable): { readonly firstYear: number; readonly lastYear: number } => ({
  firstYear: Math.min(...table.rules.map((r) => r.fromYear)),
  lastYear: Math.max(...table.rules.map((r) => r.toYear ?? MAX_YEAR)),
});

const findRules = (table: HolidayTable, year: number): HolidayRules | undefined =>
  table.rules.find((r) => year >= r.fromYear && year <= (r.toYear ?? MAX_YEAR));

const rulesFor = (table: HolidayTable, year: number): HolidayRules => {
  const rules = findRules(table, year);
  if (!rules) {
    const { firstYear, lastYear } = coverageOf(table);
    throw new CoopError('DATE_OUT_OF_RANGE', `No holiday rules for ${year}: the table "${table.id.slice(0, 40)}" covers ${firstYear}–${lastYear} (rule sets may leave gaps)`, {
      year,
      firstYear,
      lastYear,
    });
  }
  return rules;
};

const fmt = (date: string): string => `${date.slice(8, 10)}/${date.slice(5, 7)}`;

/** A public holiday or swap of a year before compensatory days, with whether art. 111(3) reaches it. */
interface BaseEntry {
  readonly holiday: Holiday;
  readonly compensated: boolean;
  readonly compensation: Citation;
}

/** Lunar month/day to a civil date; day 30 of a 29-day month is that month's last day. */
const lunarDate = (year: number, month: number, day: number): string => {
  const m = lunarMonths(year).find((x) => x.month === month && !x.leap)!;
  return fromDayNumber(toDayNumber(m.start) + Math.min(day, m.days) - 1);
};

/**
 * The holidays and swaps of a year without compensatory days. One public-holiday entry per date: two
 * holidays on one date count once (the first listed: solar, lunar, Tết, 2 September's extra day, days off).
 */
const baseEntries = (table: HolidayTable, year: number, optional: readonly string[]): BaseEntry[] => {
  const rules = rulesFor(table, year);
  const decided: HolidayYear | undefined = table.years.find((y) => y.year === year);
  const undecided = decided === undefined;
  const official = (citation: Citation) => ({ source: 'official' as const, provisional: undecided, citation });
  const computed = (citation: Citation) => ({ source: 'computed' as const, provisional: true, citation });
  const days: Array<{ holiday: Holiday; compensated: boolean }> = [];
  const add = (holiday: Holiday, compensated = true): void => {
    if (!days.some((d) => d.holiday.date === holiday.date)) days.push({ holiday, compensated });
  };

  for (const rule of rules.solar) {
    if (rule.fromYear !== undefined && year < rule.fromYear) continue;
    add({ date: fromDayNumber(dayNumberOf(year, rule.month, rule.day)), id: rule.id, name: rule.name, kind: 'public-holiday', ...official(rule.citation ?? rules.citation) }, rule.compensated !== false);
  }
  for (const rule of rules.lunar) {
    add({ date: lunarDate(year, rule.month, rule.day), id: rule.id, name: rule.name, kind: 'public-holiday', ...official(rules.citation) });
  }

  // Tết: the decided span, or the default one around lunar 1/1.
  const newYear = toDayNumber(lunarNewYear(year));
  const tet = decided?.tet
    ? { from: toDayNumber(decided.tet.from), to: toDayNumber(decided.tet.to), origin: official(decided.tet.citation) }
    : { from: newYear - rules.tet.defaultDaysBefore, to: newYear + rules.tet.defaultDaysAfter - 1, origin: computed(rules.citation) };
  for (let d = tet.from; d <= tet.to; d++) add({ date: fromDayNumber(d), id: 'tet', name: rules.tet.name, kind: 'public-holiday', ...tet.origin });

  // The day added to 2 September: decided, or the default for 2 September's weekday.
  if (rules.nationalDayExtra) {
    const extra = rules.nationalDayExtra;
    const decidedExtra = decided?.nationalDayExtra;
    if (decidedExtra) add({ date: decidedExtra.date, id: 'national-day', name: extra.name, kind: 'public-holiday', ...official(decidedExtra.citation) });
    else {
      const day = extra.defaultByWeekday[isoWeekday(dayNumberOf(year, 9, 2)) - 1]!;
      add({ date: fromDayNumber(dayNumberOf(year, 9, day)), id: 'national-day', name: extra.name, kind: 'public-holiday', ...computed(rules.citation) });
    }
  }

  for (const id of optional) {
    const item = table.optional.find((o) => o.id === id);
    if (item && year >= item.fromYear) {
      add({ date: fromDayNumber(dayNumberOf(year, item.month, item.day)), id: item.id, name: item.name, kind: 'public-holiday', ...computed(item.citation) });
    }
  }
  for (const off of decided?.daysOff ?? []) add({ date: off.date, id: 'day-off', name: off.name, kind: 'public-holiday', ...official(off.citation) });

  // Swaps decided in any year whose dates fall in this year (a swap can cross New Year).
  const swaps: BaseEntry[] = [];
  const swapEntry = (date: string, kind: 'swap-off' | 'swap-workday', name: Label, citation: Citation): BaseEntry => ({
    holiday: { date, id: 'swap', name, kind, source: 'official', provisional: false, citation },
    compensated: false,
    compensation: rules.compensation,
  });
  for (const swap of table.years.flatMap((y) => y.swaps ?? [])) {
    if (swap.off.startsWith(`${year}-`)) {
      swaps.push(swapEntry(swap.off, 'swap-off', { vi: `Nghỉ hoán đổi (làm bù ngày ${fmt(swap.workday)})`, en: `Day off, swapped with ${swap.workday}` }, swap.citation));
    }
    if (swap.workday.startsWith(`${year}-`)) {
      swaps.push(swapEntry(swap.workday, 'swap-workday', { vi: `Làm bù cho ngày ${fmt(swap.off)}`, en: `Working day, swapped for ${swap.off}` }, swap.citation));
    }
  }
  return [...days.map((d) => ({ ...d, compensation: rules.compensation })), ...swaps];
};

const byDate = (a: Holiday, b: Holiday): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
const ORDER: Record<HolidayKind, number> = { 'public-holiday': 0, compensatory: 1, 'swap-off': 2, 'swap-workday': 3 };

const computeHolidays = (year: number, options: WorkingCalendarOptions | undefined): Holiday[] => {
  const { table, weekend, optional } = resolveCalendar(options);
  if (!Number.isInteger(year)) throw new CoopError('INVALID_DATE', 'The year must be an integer', { year: typeof year === 'number' ? year : typeof year });
  const current = baseEntries(table, year, optional);
  // A holiday late in the previous year can give a compensatory day in this one (and one of this
  // year's into the next: that day is listed by the next year).
  const previous = findRules(table, year - 1) ? baseEntries(table, year - 1, optional) : [];
  const base = [...previous, ...current];
  const decidedYears = new Set(table.years.map((y) => y.year));

  // Compensatory days (art. 111(3)): a holiday on a weekly rest day gives the next working day off —
  // the next weekday that is no holiday, no swapped day off and no earlier compensatory day. A swapped
  // working Saturday is not taken: it repays a day already given off, and art. 111(3) replaces the rest
  // day, it does not cancel a day owed.
  const offDays = new Set(base.filter((e) => e.holiday.kind === 'public-holiday' || e.holiday.kind === 'swap-off').map((e) => toDayNumber(e.holiday.date)));
  const provisionalDays = new Set(base.filter((e) => e.holiday.provisional).map((e) => toDayNumber(e.holiday.date)));
  const isRest = (d: number): boolean => weekend.includes(isoWeekday(d));
  const taken = new Set<number>();
  const compensatory: Holiday[] = [];
  const holidaysFirst = base.filter((e) => e.holiday.kind === 'public-holiday').sort((a, b) => byDate(a.holiday, b.holiday));
  for (const { holiday: h, compensated, compensation } of holidaysFirst) {
    const d0 = toDayNumber(h.date);
    if (!compensated || !isRest(d0)) continue;
    let d = d0 + 1;
    // Computed (not official) if a computed holiday decided where it lands; provisional likewise.
    let source = h.source;
    let provisional = h.provisional;
    while (isRest(d) || offDays.has(d) || taken.has(d)) {
      if (provisionalDays.has(d)) provisional = true;
      if (base.some((e) => e.holiday.source === 'computed' && toDayNumber(e.holiday.date) === d)) source = 'computed';
      d++;
    }
    taken.add(d);
    const date = fromDayNumber(d);
    compensatory.push({
      date,
      id: h.id,
      name: { vi: `Nghỉ bù ${h.name.vi} (${fmt(h.date)})`, en: `Compensatory day off for ${h.name.en} (${h.date})` },
      kind: 'compensatory',
      source,
      provisional: provisional || !decidedYears.has(partsOf(d).year),
      citation: compensation,
    });
  }

  const inYear = (h: Holiday): boolean => h.date.startsWith(`${String(year).padStart(4, '0')}-`);
  const all = [...current.map((e) => e.holiday), ...compensatory.filter(inYear)];
  return all.sort((a, b) => byDate(a, b) || ORDER[a.kind] - ORDER[b.kind]);
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
