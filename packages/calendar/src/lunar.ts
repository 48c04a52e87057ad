/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically.
 *
 * Rules (the traditional ones, as used by Vietnam and China, computed for a given time zone):
 * - a month starts on the civil day of a new moon;
 * - the month that contains the December (winter) solstice is month 11;
 * - a year (from one month 11 to the next) with 13 months has a leap month: the first month after
 *   month 11 that contains no major solar term (the sun's apparent longitude crossing a multiple of
 *   30°); it takes the number of the month before it;
 * - the lunar year starts (Tết, 1/1) at the second, or third when a leap 11 or 12 intervenes, month
 *   after month 11.
 *
 * Time zone: Vietnam has computed its calendar for UTC+7 since 1968; before that the calendar in use
 * followed the Chinese one, computed for UTC+8. By default this module follows that history: instants
 * before 1968-01-01T00:00Z are dated at UTC+8 and later ones at UTC+7 (the convention of date-chinese's
 * `CalendarVietnamese`, against which every day is tested). Pass `{ timeZoneOffsetHours: 7 }` to apply
 * UTC+7 throughout (the rule of the modern Vietnamese almanacs, which recompute the past at UTC+7), or
 * `8` for the Chinese (Beijing-time) calendar.
 *
 * Supported range: lunar years 1900 to 2199, i.e. from Tết 1900 (1900-01-31) to the day before Tết
 * 2200 (2200-02-14; Tết 2200 is 15 February). Outside it the functions throw `CoopError('DATE_OUT_OF_RANGE')`.
 *
 * Per-year results are memoised lazily (a few dozen numbers per lunar year), so converting a long run of
 * days costs one astronomical computation per lunar year.
 *
 * @packageDocumentation
 */
import { CoopError } from '@coop/model';
import { JD_UNIX_EPOCH, SYNODIC_MONTH, newMoonJd, sunLongitude } from './internal/astronomy.js';
import { fromDayNumber, toDayNumber } from './internal/civil-date.js';
import { readFields, readOptions } from './internal/read-args.js';

/**
 * A date of the Vietnamese lunar calendar.
 *
 * @example
 * ```ts
 * import { toLunar, type LunarDate } from '@coop/calendar';
 * const tet: LunarDate = toLunar('2026-02-17');
 * tet.month; // 1
 * ```
 */
export interface LunarDate {
  /** The lunar year, named by the Gregorian year in which its Tết falls (Tết 2025 starts lunar year 2025). */
  readonly year: number;
  /** Month number, 1–12 (a leap month repeats the number of the month before it). */
  readonly month: number;
  /** Day of the month, 1–30. */
  readonly day: number;
  /** `true` for a day of the leap (intercalary, nhuận) month. */
  readonly leap: boolean;
}

/**
 * A lunar date as accepted by {@link fromLunar}: `leap` may be omitted (meaning `false`).
 *
 * @example
 * ```ts
 * import { fromLunar, type LunarDateInput } from '@coop/calendar';
 * const fullMoon: LunarDateInput = { year: 2025, month: 8, day: 15 };
 * fromLunar(fullMoon); // '2025-10-06'
 * ```
 */
export interface LunarDateInput {
  /** The lunar year (the Gregorian year of its Tết). */
  readonly year: number;
  /** Month number, 1–12. */
  readonly month: number;
  /** Day of the month, 1–30. */
  readonly day: number;
  /** `true` to mean the leap month that repeats `month`; default `false`. */
  readonly leap?: boolean;
}

/**
 * One month of a lunar year, as listed by {@link lunarMonths}.
 *
 * @example
 * ```ts
 * import { lunarMonths, type LunarMonth } from '@coop/calendar';
 * const first: LunarMonth = lunarMonths(2025)[0]!;
 * first.start; // '2025-01-29'
 * ```
 */
export interface LunarMonth {
  /** Month number, 1–12. */
  readonly month: number;
  /** `true` for the leap month. */
  readonly leap: boolean;
  /** The civil date (`YYYY-MM-DD`) of its first day (the day of the new moon). */
  readonly start: string;
  /** Its length: 29 or 30 days. */
  readonly days: 29 | 30;
}

/**
 * Options of the lunar functions.
 *
 * @example
 * ```ts
 * import { lunarNewYear, type LunarOptions } from '@coop/calendar';
 * const china: LunarOptions = { timeZoneOffsetHours: 8 };
 * lunarNewYear(2007, china); // '2007-02-18'
 * ```
 */
export interface LunarOptions {
  /**
   * The time zone (hours east of UTC) the calendar is computed for. Omitted (the default): UTC+8 before
   * 1968 and UTC+7 from 1968 on, as Vietnam did. `7`: UTC+7 for every year. `8`: UTC+8 for every year
   * (the Chinese calendar).
   */
  readonly timeZoneOffsetHours?: 7 | 8;
}

/** First and last lunar years supported. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;
/** 1968-01-01T00:00Z as a Julian Day: the switch from UTC+8 to UTC+7 in the default convention. */
const JD_1968 = 2439856.5;

/** A computed lunar year: month starts as day numbers (one more than months: the next Tết), labels. */
interface YearData {
  /** Day numbers of each month's first day, then of the next year's Tết. */
  readonly starts: readonly number[];
  /** Month numbers, one per month. */
  readonly months: readonly number[];
  /** Index of the leap month in `starts`, or -1. */
  readonly leapIndex: number;
}

/** Memo per convention: key 0 = historical, 7, 8. */
interface Memo {
  readonly offset: (jd: number) => number;
  readonly month11: Map<number, number>;
  readonly years: Map<number, YearData>;
}

const memos = new Map<number, Memo>();

const memoFor = (options: LunarOptions | undefined): Memo => {
  const { timeZoneOffsetHours: fixed } = readOptions(options, ['timeZoneOffsetHours']);
  if (fixed !== undefined && fixed !== 7 && fixed !== 8) {
    throw new CoopError('INVALID_OPTION', 'timeZoneOffsetHours must be 7 or 8', { timeZoneOffsetHours: fixed });
  }
  const key = fixed ?? 0;
  let memo = memos.get(key);
  if (!memo) {
    const offset = fixed ? () => fixed / 24 : (jd: number) => (jd < JD_1968 ? 8 / 24 : 7 / 24);
    memo = { offset, month11: new Map(), years: new Map() };
    memos.set(key, memo);
  }
  return memo;
};

/** Civil day number (1970-01-01 = 0) of new moon `k`, in the memo's zone. */
const newMoonDay = (memo: Memo, k: number): number => {
  const jd = newMoonJd(k);
  return Math.floor(jd - JD_UNIX_EPOCH + memo.offset(jd));
};

/** The sun's major-term sector (0–11, 30° each) at the start (local midnight) of day `day`. */
const sector = (memo: Memo, day: number): number => {
  const jd = day + JD_UNIX_EPOCH;
  return Math.floor(sunLongitude(jd - memo.offset(jd)) / 30);
};

/** Lunation number `k` of month 11 of Gregorian year `y` (the month containing the December solstice). */
const month11 = (memo: Memo, y: number): number => {
  const cached = memo.month11.get(y);
  if (cached !== undefined) return cached;
  const dec31 = Math.floor(Date.UTC(y, 11, 31) / 86_400_000);
  // The lunation whose mean new moon is nearest 31 December: either the month containing 31 December or
  // the next one, which starts in the first half of January (true and mean new moons differ by at most
  // about 14 hours, far less than the half-month margin).
  let k = Math.round((dec31 + JD_UNIX_EPOCH - 2451550.1) / SYNODIC_MONTH);
  // The solstice (270°) lies in this month unless the sun had already passed it at the month's start:
  // then month 11 is the one before. This also steps back from a January month (sun at 280°–300°) to
  // the month containing 31 December, which then started before mid-December, hence before the solstice.
  if (sector(memo, newMoonDay(memo, k)) >= 9) k--;
  memo.month11.set(y, k);
  return k;
};

/**
 * Months from month 11 of Gregorian year `y − 1` up to (not including) month 11 of year `y`: lunation
 * numbers and their labels `[k, month, leap]`.
 */
const sui = (memo: Memo, y: number): Array<[number, number, boolean]> => {
  const first = month11(memo, y - 1);
  const count = month11(memo, y) - first;
  let leapAt = -1;
  if (count === 13) {
    let prev = sector(memo, newMoonDay(memo, first + 1));
    for (let i = 1; i < 13; i++) {
      const next = sector(memo, newMoonDay(memo, first + i + 1));
      if (next === prev) {
        leapAt = i;
        break;
      }
      prev = next;
    }
  }
  const out: Array<[number, number, boolean]> = [];
  for (let i = 0; i < count; i++) {
    const n = leapAt >= 0 && i >= leapAt ? i - 1 : i;
    out.push([first + i, ((n + 10) % 12) + 1, i === leapAt]);
  }
  return out;
};

const yearData = (memo: Memo, year: number): YearData => {
  const cached = memo.years.get(year);
  if (cached) return cached;
  const a = sui(memo, year);
  const b = sui(memo, year + 1);
  const from = a.findIndex(([, m, leap]) => m === 1 && !leap);
  const to = b.findIndex(([, m, leap]) => m === 1 && !leap);
  const list = [...a.slice(from), ...b.slice(0, to + 1)];
  const data: YearData = {
    starts: list.map(([k]) => newMoonDay(memo, k)),
    months: list.slice(0, -1).map(([, m]) => m),
    leapIndex: list.findIndex(([, , leap]) => leap),
  };
  memo.years.set(year, data);
  return data;
};

const outOfRange = (received: unknown): CoopError =>
  new CoopError('DATE_OUT_OF_RANGE', `Outside the supported lunar years ${FIRST_YEAR}–${LAST_YEAR}`, {
    received,
    firstYear: FIRST_YEAR,
    lastYear: LAST_YEAR,
  });

/**
 * Converts a civil (Gregorian) date to the Vietnamese lunar calendar.
 *
 * @param date - a civil date `YYYY-MM-DD` between Tết 1900 (1900-01-31) and the day before Tết 2200
 * @param options - `timeZoneOffsetHours` (default: UTC+8 before 1968, UTC+7 after; see the module notes)
 * @returns the lunar `{ year, month, day, leap }`
 * @throws CoopError `INVALID_DATE` for a malformed date, `DATE_OUT_OF_RANGE` outside lunar years 1900–2199
 * @example
 * ```ts
 * import { toLunar } from '@coop/calendar';
 * toLunar('2025-01-29'); // { year: 2025, month: 1, day: 1, leap: false } (Tết Ất Tỵ)
 * toLunar('2023-03-22'); // { year: 2023, month: 2, day: 1, leap: true }  (leap month 2)
 * ```
 */
export const toLunar = (date: string, options?: LunarOptions): LunarDate => {
  const day = toDayNumber(date);
  const memo = memoFor(options);
  let year = Number(date.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR + 1) throw outOfRange(date);
  let data = yearData(memo, year);
  if (day < data.starts[0]!) {
    year--;
    if (year < FIRST_YEAR) throw outOfRange(date);
    data = yearData(memo, year);
  } else if (year > LAST_YEAR) throw outOfRange(date);
  const { starts } = data;
  let i = starts.length - 2;
  while (starts[i]! > day) i--;
  return { year, month: data.months[i]!, day: day - starts[i]! + 1, leap: i === data.leapIndex };
};

const invalid = (message: string, details: Record<string, unknown>): CoopError =>
  new CoopError('INVALID_LUNAR_DATE', message, details);

const checkYear = (year: number): number => {
  // Number.isInteger is false for any non-number, so no separate typeof check is needed.
  if (!Number.isInteger(year)) throw invalid('The lunar year must be an integer', { year });
  if (year < FIRST_YEAR || year > LAST_YEAR) throw outOfRange(year);
  return year;
};

/**
 * Converts a Vietnamese lunar date to the civil (Gregorian) date.
 *
 * @param lunar - `{ year, month, day, leap? }`; `leap: true` designates the leap month repeating `month`
 * @param options - `timeZoneOffsetHours` (default: UTC+8 before 1968, UTC+7 after)
 * @returns the civil date `YYYY-MM-DD`
 * @throws CoopError `INVALID_LUNAR_DATE` when the date does not exist (month 13, day 0, day 30 of a
 *   29-day month, a leap month the year does not have), with `details` saying why; `DATE_OUT_OF_RANGE`
 *   for a year outside 1900–2199
 * @example
 * ```ts
 * import { fromLunar } from '@coop/calendar';
 * fromLunar({ year: 2025, month: 3, day: 10 }); // '2025-04-07' (Hùng Kings' Commemoration)
 * fromLunar({ year: 2023, month: 2, day: 1, leap: true }); // '2023-03-22'
 * ```
 */
export const fromLunar = (lunar: LunarDateInput, options?: LunarOptions): string => {
  if (typeof lunar !== 'object' || lunar === null) throw invalid('Expected { year, month, day, leap? }', { received: lunar });
  // Each field read once (a getter cannot answer one value to the check and another to the work).
  const fields = readFields(lunar, ['year', 'month', 'day', 'leap'], 'lunar', 'INVALID_LUNAR_DATE');
  const month = fields.month as number;
  const day = fields.day as number;
  // Absent means a regular month; anything else must be a boolean (`null` is refused, not read as false).
  const leap = fields.leap === undefined ? false : fields.leap;
  const year = checkYear(fields.year as number);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw invalid('The lunar month must be an integer from 1 to 12', { year, month });
  }
  if (typeof leap !== 'boolean') throw invalid('`leap` must be a boolean', { year, month, leap });
  const data = yearData(memoFor(options), year);
  const leapMonth = data.leapIndex >= 0 ? data.months[data.leapIndex]! : null;
  // A leap month follows the regular month whose number it repeats, so findIndex finds the regular one.
  const i = leap ? (leapMonth === month ? data.leapIndex : -1) : data.months.findIndex((m) => m === month);
  if (i < 0) {
    throw invalid(`Lunar year ${year} has no leap month ${month}`, { year, month, leap, leapMonth });
  }
  const days = data.starts[i + 1]! - data.starts[i]!;
  if (!Number.isInteger(day) || day < 1 || day > days) {
    throw invalid(`Lunar month ${month}${leap ? ' (leap)' : ''} of ${year} has days 1 to ${days}`, { year, month, leap, day, days });
  }
  return fromDayNumber(data.starts[i]! + day - 1);
};

/**
 * The civil date of Tết (lunar 1/1) of a lunar year.
 *
 * @param year - the lunar year, 1900–2199 (the Gregorian year in which that Tết falls)
 * @param options - `timeZoneOffsetHours` (default: UTC+8 before 1968, UTC+7 after)
 * @returns the civil date `YYYY-MM-DD` of lunar 1/1
 * @throws CoopError `DATE_OUT_OF_RANGE` outside 1900–2199, `INVALID_LUNAR_DATE` for a non-integer year
 * @example
 * ```ts
 * import { lunarNewYear } from '@coop/calendar';
 * lunarNewYear(2026); // '2026-02-17'
 * lunarNewYear(1985); // '1985-01-21' (China: 1985-02-20)
 * ```
 */
export const lunarNewYear = (year: number, options?: LunarOptions): string =>
  fromDayNumber(yearData(memoFor(options), checkYear(year)).starts[0]!);

/**
 * The months of a lunar year in order, with their first days and lengths; a leap month is marked.
 *
 * @param year - the lunar year, 1900–2199
 * @param options - `timeZoneOffsetHours` (default: UTC+8 before 1968, UTC+7 after)
 * @returns 12 or 13 months `{ month, leap, start, days }`
 * @throws CoopError `DATE_OUT_OF_RANGE` outside 1900–2199, `INVALID_LUNAR_DATE` for a non-integer year
 * @example
 * ```ts
 * import { lunarMonths } from '@coop/calendar';
 * const months = lunarMonths(2025);
 * months.length; // 13
 * months.find((m) => m.leap); // { month: 6, leap: true, start: '2025-07-25', days: 29 }
 * ```
 */
export const lunarMonths = (year: number, options?: LunarOptions): LunarMonth[] => {
  const data = yearData(memoFor(options), checkYear(year));
  return data.months.map((month, i) => ({
    month,
    leap: i === data.leapIndex,
    start: fromDayNumber(data.starts[i]!),
    days: (data.starts[i + 1]! - data.starts[i]!) as 29 | 30,
  }));
};
