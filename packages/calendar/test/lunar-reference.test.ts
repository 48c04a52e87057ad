/// <reference path="../../../node_modules/date-chinese/types/index.d.ts" />
/**
 * Day-by-day comparison with date-chinese 2.1.4 (MIT), the reference implementation (VSOP87 sun,
 * Meeus new moons).
 *
 * What is compared: for EVERY civil day from Tết 1900 (1900-01-31) to the day before Tết 2200, our
 * default `toLunar` (UTC+8 before 1968, UTC+7 from 1968) against `CalendarVietnamese`, which uses the
 * same convention (its `timeshiftUTC` is +8 h for dates before 1968 and +7 h from 1968): lunar year,
 * month, leap flag and day. Then our `timeZoneOffsetHours: 8` against `CalendarChinese` from 1929 (before
 * 1929 date-chinese uses Beijing local mean time, +7:45:40, which we do not model).
 *
 * Known divergence: date-chinese flags any month without a major solar term as leap, even in a solstice
 * year of only 12 months, where the rule says there is no leap month. That produces its well-known
 * "2033 problem" answer (leap 8th month in 2033, instead of the leap 11th month the standard rule gives)
 * and the same mistake in 2052–53, 2128, 2147 and 2185. Those spans are listed below and asserted to be
 * the only differences, each starting on a month that date-chinese calls leap and we do not.
 */
import { CalendarChinese, CalendarVietnamese } from 'date-chinese';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../src/internal/civil-date.js';
import { lunarMonths, toLunar, type LunarOptions } from '../src/lunar.js';

interface Divergence {
  readonly from: string;
  readonly to: string;
}

/** Spans where date-chinese reports a spurious leap month (see the header). */
const VIETNAMESE_DIVERGENCES: readonly Divergence[] = [
  { from: '2033-09-23', to: '2033-12-21' },
  { from: '2053-01-20', to: '2053-02-17' },
  { from: '2128-10-24', to: '2128-12-21' },
  { from: '2147-09-25', to: '2147-11-22' },
  { from: '2185-09-24', to: '2185-12-21' },
];

const compare = (
  reference: CalendarChinese,
  firstDay: number,
  lastDay: number,
  options?: LunarOptions,
): { days: number; mismatches: Array<{ date: string; leapInReference: boolean }> } => {
  const mismatches: Array<{ date: string; leapInReference: boolean }> = [];
  let days = 0;
  for (let n = firstDay; n <= lastDay; n++) {
    const date = fromDayNumber(n);
    reference.fromGregorian(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
    const [, , month, leap, day] = reference.get();
    const year = reference.yearFromEpochCycle();
    const mine = toLunar(date, options);
    days++;
    if (mine.year !== year || mine.month !== month || mine.leap !== Boolean(leap) || mine.day !== day) {
      mismatches.push({ date, leapInReference: Boolean(leap) });
    }
  }
  return { days, mismatches };
};

const spansOf = (dates: readonly string[]): Divergence[] => {
  const spans: Divergence[] = [];
  for (const date of dates) {
    const last = spans[spans.length - 1];
    if (last && toDayNumber(date) === toDayNumber(last.to) + 1) spans[spans.length - 1] = { from: last.from, to: date };
    else spans.push({ from: date, to: date });
  }
  return spans;
};

const lastDayOf2199 = (options?: LunarOptions): number => {
  const months = lunarMonths(2199, options);
  const last = months[months.length - 1]!;
  return toDayNumber(last.start) + last.days - 1;
};

describe('date-chinese reference, every day', () => {
  it('matches CalendarVietnamese on every day of lunar years 1900–2199 except its spurious leap months', () => {
    const { days, mismatches } = compare(new CalendarVietnamese(), toDayNumber('1900-01-31'), lastDayOf2199());
    expect(days).toBeGreaterThan(109_500);
    expect(spansOf(mismatches.map((m) => m.date))).toEqual(VIETNAMESE_DIVERGENCES);
    for (const span of VIETNAMESE_DIVERGENCES) {
      expect(mismatches.find((m) => m.date === span.from)?.leapInReference).toBe(true);
      expect(toLunar(span.from).leap).toBe(false);
    }
  });

  it('matches CalendarChinese (UTC+8) on every day from 1929 except the same kind of spurious leap months', () => {
    const options = { timeZoneOffsetHours: 8 } as const;
    const { days, mismatches } = compare(new CalendarChinese(), toDayNumber('1929-02-10'), lastDayOf2199(options), options);
    expect(days).toBeGreaterThan(98_000);
    const spans = spansOf(mismatches.map((m) => m.date));
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) {
      expect(mismatches.find((m) => m.date === span.from)?.leapInReference).toBe(true);
      expect(toLunar(span.from, options).leap).toBe(false);
      const year = toLunar(span.from, options).year;
      // The reference's extra "leap" month sits in a solstice year of 12 months: our year has at most
      // one leap month, never the one the reference reports.
      expect(lunarMonths(year, options).filter((m) => m.leap).length).toBeLessThanOrEqual(1);
    }
    // 2033 is the famous case: China's leap 11th month (2033-12-22 at UTC+8).
    expect(spans[0]!.from.startsWith('2033-')).toBe(true);
    expect(toLunar('2033-12-22', options)).toEqual({ year: 2033, month: 11, day: 1, leap: true });
  });
});
