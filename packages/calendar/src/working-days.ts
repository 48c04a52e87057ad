/**
 * Working days: weekdays that are not public holidays, compensatory days or swapped days off; a
 * swapped working Saturday is a working day. Backed by a per-year memo of day flags and running counts,
 * so lookups cost an array read after the first use of a year.
 *
 * @packageDocumentation
 */
import { CoopError } from '@coop/model';
import type { HolidayTable } from './holiday-table.js';
import { holidays, resolveCalendar, type Holiday, type WorkingCalendarOptions } from './holidays.js';
import { dayNumberOf, fromDayNumber, isoWeekday, partsOf, toDayNumber } from './internal/civil-date.js';
import { CALENDAR_KEYS, readOptions } from './internal/read-args.js';

interface YearFlags {
  /** Day number of 1 January. */
  readonly first: number;
  /** 1 = day off, 0 = working day, one per day of the year. */
  readonly off: Uint8Array;
  /** `cum[i]` = working days among the first `i` days of the year. */
  readonly cum: Int32Array;
  /** 1 = the day carries a provisional holiday entry (its answer may change with a decision). */
  readonly provisional: Uint8Array;
  /** Whether the table records a decision for the year. */
  readonly decided: boolean;
  /** The year's holiday entries. */
  readonly entries: readonly Holiday[];
}

const memo = new WeakMap<HolidayTable, Map<string, Map<number, YearFlags>>>();

const flagsOf = (year: number, options: WorkingCalendarOptions | undefined): YearFlags => {
  const { table, weekend, key } = resolveCalendar(options);
  let byKey = memo.get(table);
  if (!byKey) memo.set(table, (byKey = new Map()));
  let byYear = byKey.get(key);
  if (!byYear) byKey.set(key, (byYear = new Map()));
  const cached = byYear.get(year);
  if (cached) return cached;

  const first = dayNumberOf(year, 1, 1);
  const length = dayNumberOf(year + 1, 1, 1) - first;
  const off = new Uint8Array(length);
  for (let i = 0; i < length; i++) off[i] = weekend.includes(isoWeekday(first + i)) ? 1 : 0;
  const provisional = new Uint8Array(length);
  const entries = holidays(year, options);
  for (const h of entries) {
    const i = toDayNumber(h.date) - first;
    off[i] = h.kind === 'swap-workday' ? 0 : 1;
    if (h.provisional) provisional[i] = 1;
  }
  const cum = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) cum[i + 1] = cum[i]! + (off[i] === 0 ? 1 : 0);
  const flags = { first, off, cum, provisional, decided: table.years.some((y) => y.year === year), entries };
  byYear.set(year, flags);
  return flags;
};

const yearOf = (dayNumber: number): number => partsOf(dayNumber).year;

/**
 * The working-calendar options read once, at the entry of each public function, into a plain copy: the
 * day-by-day work then never reads the caller's object again (a getter cannot answer differently on
 * later days, a Proxy trap cannot run once per day).
 */
const calendarOf = (options: WorkingCalendarOptions | undefined): WorkingCalendarOptions => {
  if (options !== undefined && (typeof options !== 'object' || options === null)) return options;
  return readOptions(options, CALENDAR_KEYS) as WorkingCalendarOptions;
};

const isWorking = (n: number, options: WorkingCalendarOptions | undefined): boolean => {
  const flags = flagsOf(yearOf(n), options);
  return flags.off[n - flags.first] === 0;
};

const nextFrom = (n: number, options: WorkingCalendarOptions | undefined): number => {
  let d = n;
  while (!isWorking(d, options)) d++;
  return d;
};

/**
 * Tells whether a civil date is a working day: not a weekly rest day (unless it is a swapped working
 * day), not a public holiday, compensatory day or swapped day off.
 *
 * @param date - `YYYY-MM-DD` in a year the holiday rules cover (built-in: 2014–2199)
 * @param options - `weekend` (default `[6, 7]`), `table` (default the built-in table), `optional` holiday ids
 * @returns `true` on a working day
 * @throws CoopError `INVALID_DATE`, `DATE_OUT_OF_RANGE`, `INVALID_OPTION`, `INVALID_HOLIDAY_TABLE`
 * @example
 * ```ts
 * import { isWorkingDay } from '@coop/calendar';
 * isWorkingDay('2025-01-29'); // false (Tết)
 * isWorkingDay('2025-04-26'); // true (a Saturday worked in exchange for 2 May)
 * isWorkingDay('2025-04-26', { weekend: [7] }); // true
 * ```
 */
export const isWorkingDay = (date: string, options?: WorkingCalendarOptions): boolean => isWorking(toDayNumber(date), calendarOf(options));

/**
 * The first working day strictly after a date.
 *
 * @param date - `YYYY-MM-DD`
 * @param options - see {@link isWorkingDay}
 * @returns the next working day, `YYYY-MM-DD`, always after `date`
 * @throws CoopError as {@link isWorkingDay}
 * @example
 * ```ts
 * import { nextWorkingDay } from '@coop/calendar';
 * nextWorkingDay('2025-01-24'); // '2025-02-03' (Friday before Tết → Monday after)
 * nextWorkingDay('2025-02-03'); // '2025-02-04'
 * ```
 */
export const nextWorkingDay = (date: string, options?: WorkingCalendarOptions): string =>
  fromDayNumber(nextFrom(toDayNumber(date) + 1, calendarOf(options)));

/**
 * The date itself if it is a working day, otherwise the next working day: how a deadline that falls on
 * a day off rolls forward (Civil Code 2015, art. 148).
 *
 * @param date - `YYYY-MM-DD`
 * @param options - see {@link isWorkingDay}
 * @returns a working day on or after `date`
 * @throws CoopError as {@link isWorkingDay}
 * @example
 * ```ts
 * import { workingDayOnOrAfter } from '@coop/calendar';
 * workingDayOnOrAfter('2026-02-14'); // '2026-02-23' (Saturday before Tết 2026 → Monday after the break)
 * workingDayOnOrAfter('2026-02-23'); // '2026-02-23'
 * ```
 */
export const workingDayOnOrAfter = (date: string, options?: WorkingCalendarOptions): string =>
  fromDayNumber(nextFrom(toDayNumber(date), calendarOf(options)));

/** Largest |n| accepted by {@link addWorkingDays}. */
const MAX_WORKING_DAYS = 100_000;

/**
 * What a date is in the working calendar, and whether that answer is provisional.
 *
 * @example
 * ```ts
 * import { workingDayStatus, type WorkingDayStatus } from '@coop/calendar';
 * const s: WorkingDayStatus = workingDayStatus('2027-09-03');
 * s.working; // false — 3 September 2027, the computed day added to National Day
 * s.provisional; // true — no 2027 decision is recorded yet
 * ```
 */
export interface WorkingDayStatus {
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Whether it is a working day. */
  readonly working: boolean;
  /**
   * `true` when the answer depends on a provisional holiday entry (one resting on the statutory rules
   * alone, or on a computed default): it may change when the year's decision is loaded.
   */
  readonly provisional: boolean;
  /** Whether the table records a decision for the date's year. */
  readonly yearDecided: boolean;
  /** The holiday entries on that date (holiday, compensatory day, swap), possibly none. */
  readonly entries: readonly Holiday[];
}

/**
 * The working-day answer for a date with its provenance: the entries behind it and whether it is
 * provisional (dự kiến).
 *
 * @param date - `YYYY-MM-DD` in a year the holiday rules cover (built-in: 2014–2199)
 * @param options - see {@link isWorkingDay}
 * @returns the status of the day
 * @throws CoopError as {@link isWorkingDay}
 * @example
 * ```ts
 * import { workingDayStatus } from '@coop/calendar';
 * workingDayStatus('2026-08-31').working; // false (swapped with Saturday 22 August, Thông báo 9441/TB-BNV)
 * workingDayStatus('2026-08-31').provisional; // false (decided)
 * workingDayStatus('2026-08-22').entries[0]?.kind; // 'swap-workday'
 * ```
 */
export const workingDayStatus = (date: string, options?: WorkingCalendarOptions): WorkingDayStatus => {
  const n = toDayNumber(date);
  const flags = flagsOf(yearOf(n), calendarOf(options));
  const i = n - flags.first;
  return {
    date,
    working: flags.off[i] === 0,
    provisional: flags.provisional[i] === 1,
    yearDecided: flags.decided,
    entries: flags.entries.filter((h) => h.date === date),
  };
};

/**
 * Whether any day from `from` to `to` (inclusive day numbers) carries a provisional entry. Used by
 * `deadlines.ts`; not re-exported.
 *
 * @internal
 */
export const anyProvisional = (from: number, to: number, options: WorkingCalendarOptions | undefined): boolean => {
  for (let d = from; d <= to; d++) {
    const flags = flagsOf(yearOf(d), options);
    if (flags.provisional[d - flags.first] === 1) return true;
  }
  return false;
};

/**
 * Moves by a number of working days.
 *
 * `n > 0`: the n-th working day strictly after `date`; `n < 0`: the |n|-th working day strictly before
 * `date`; `n = 0`: `date` unchanged, even on a day off (use {@link workingDayOnOrAfter} to roll). The
 * start date itself is never counted, so `workingDaysBetween(date, addWorkingDays(date, n)) === n` for
 * `n ≥ 0`, and for `n < 0` when `date` is a working day.
 *
 * @param date - `YYYY-MM-DD`
 * @param n - an integer number of working days
 * @param options - see {@link isWorkingDay}
 * @returns the resulting date, `YYYY-MM-DD`
 * @throws CoopError `INVALID_ARGUMENT` for a non-integer `n` or one beyond ±100 000 (the documented
 *   limit: about 400 years of working days), otherwise as {@link isWorkingDay}
 * @example
 * ```ts
 * import { addWorkingDays } from '@coop/calendar';
 * addWorkingDays('2025-04-29', 1); // '2025-05-05' (30 Apr, 1–2 May off, then the weekend)
 * addWorkingDays('2025-05-05', -1); // '2025-04-29'
 * ```
 */
export const addWorkingDays = (date: string, n: number, options?: WorkingCalendarOptions): string => {
  if (!Number.isInteger(n) || Math.abs(n) > MAX_WORKING_DAYS) {
    throw new CoopError('INVALID_ARGUMENT', `n must be an integer from -${MAX_WORKING_DAYS} to ${MAX_WORKING_DAYS}`, { n: typeof n === 'number' ? n : typeof n === 'string' ? (n as string).slice(0, 40) : typeof n });
  }
  let d = toDayNumber(date);
  const calendar = calendarOf(options);
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    d += step;
    if (isWorking(d, calendar)) left--;
  }
  return fromDayNumber(d);
};

/**
 * Counts working days in the half-open interval (`from`, `to`]: the working days after `from` up to and
 * including `to`. Negative (minus the count in (`to`, `from`]) when `to` is before `from`. Used to say
 * "late by N working days": due `from`, submitted `to`.
 *
 * @param from - `YYYY-MM-DD` (not counted)
 * @param to - `YYYY-MM-DD` (counted)
 * @param options - see {@link isWorkingDay}
 * @returns the signed number of working days
 * @throws CoopError as {@link isWorkingDay}
 * @example
 * ```ts
 * import { workingDaysBetween } from '@coop/calendar';
 * workingDaysBetween('2025-12-19', '2025-12-22'); // 1 (Friday → Monday)
 * workingDaysBetween('2025-12-22', '2025-12-19'); // -1
 * ```
 */
export const workingDaysBetween = (from: string, to: string, options?: WorkingCalendarOptions): number => {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  const calendar = calendarOf(options);
  if (b < a) return 0 - countAfterUpTo(b, a, calendar); // `0 -` avoids returning -0
  return countAfterUpTo(a, b, calendar);
};

/** Working days in (a, b], a ≤ b. */
const countAfterUpTo = (a: number, b: number, options: WorkingCalendarOptions | undefined): number => {
  if (a === b) return 0;
  let total = 0;
  for (let year = yearOf(a + 1); ; year++) {
    const flags = flagsOf(year, options);
    const last = flags.first + flags.off.length - 1;
    const lo = Math.max(a + 1, flags.first) - flags.first;
    const hi = Math.min(b, last) - flags.first;
    total += flags.cum[hi + 1]! - flags.cum[lo]!;
    if (b <= last) return total;
  }
};
