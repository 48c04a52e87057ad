/**
 * Rules of the lunar calendar that lunar.test.ts leaves loose: the exact edges of the supported range
 * (lunar years 1900–2199, whatever the Gregorian year of the date), the 1968 switch from UTC+8 to UTC+7,
 * exact leap-month dates, and the typed errors with the `details` that say why an input was refused.
 */
import { describe, expect, it } from 'vitest';
import { fromLunar, lunarMonths, lunarNewYear, toLunar, type LunarDateInput, type LunarOptions } from '../src/lunar.js';
import { codeAndDetails } from '../../../test-support/coop-errors.js';

const outOfRange = (received: unknown) => ({ code: 'DATE_OUT_OF_RANGE', details: { received, firstYear: 1900, lastYear: 2199 } });
const invalidLunar = (details: Record<string, unknown>) => ({ code: 'INVALID_LUNAR_DATE', details });
const UTC7: LunarOptions = { timeZoneOffsetHours: 7 };
const UTC8: LunarOptions = { timeZoneOffsetHours: 8 };

describe('supported range: lunar years 1900–2199', () => {
  it('first day: Tết 1900 (1900-01-31); the day before is refused with the range in the details', () => {
    expect(lunarNewYear(1900)).toBe('1900-01-31');
    expect(toLunar('1900-01-31')).toEqual({ year: 1900, month: 1, day: 1, leap: false });
    expect(codeAndDetails(() => toLunar('1900-01-30'))).toStrictEqual(outOfRange('1900-01-30'));
    expect(codeAndDetails(() => toLunar('1899-12-31'))).toStrictEqual(outOfRange('1899-12-31'));
  });

  it('last day: 2200-02-14, the day before Tết 2200 (15 February)', () => {
    expect(lunarNewYear(2199)).toBe('2199-01-26');
    expect(lunarMonths(2199).at(-1)).toEqual({ month: 12, leap: false, start: '2200-01-16', days: 30 });
    // Dates of Gregorian 2200 before Tết 2200 still belong to lunar 2199.
    expect(toLunar('2200-01-16')).toEqual({ year: 2199, month: 12, day: 1, leap: false });
    expect(toLunar('2200-02-14')).toEqual({ year: 2199, month: 12, day: 30, leap: false });
    expect(codeAndDetails(() => toLunar('2200-02-15'))).toStrictEqual(outOfRange('2200-02-15'));
    expect(codeAndDetails(() => toLunar('2200-12-31'))).toStrictEqual(outOfRange('2200-12-31'));
  });

  it('a January date of 2201 (before that year’s Tết, so in lunar 2200) is out of range too', () => {
    expect(codeAndDetails(() => toLunar('2201-01-01'))).toStrictEqual(outOfRange('2201-01-01'));
    expect(codeAndDetails(() => toLunar('2201-01-05'))).toStrictEqual(outOfRange('2201-01-05'));
    expect(codeAndDetails(() => toLunar('9999-01-01'))).toStrictEqual(outOfRange('9999-01-01'));
  });

  it('lunar-year functions refuse 1899 and 2200 with the year in the details', () => {
    for (const year of [1899, 2200]) {
      expect(codeAndDetails(() => lunarNewYear(year))).toStrictEqual(outOfRange(year));
      expect(codeAndDetails(() => lunarMonths(year))).toStrictEqual(outOfRange(year));
      expect(codeAndDetails(() => fromLunar({ year, month: 1, day: 1 }))).toStrictEqual(outOfRange(year));
    }
    expect(lunarMonths(1900).find((m) => m.leap)).toEqual({ month: 8, leap: true, start: '1900-09-24', days: 29 });
    expect(fromLunar({ year: 2199, month: 12, day: 30 })).toBe('2200-02-14');
  });
});

describe('time zone: UTC+8 before 1968-01-01T00:00Z, UTC+7 from then on (default)', () => {
  it('before 1968 the default can differ from UTC+7 throughout: Tết 1965 is 2 February, not 1 February', () => {
    expect(lunarNewYear(1965)).toBe('1965-02-02');
    expect(lunarNewYear(1965, UTC8)).toBe('1965-02-02');
    expect(lunarNewYear(1965, UTC7)).toBe('1965-02-01');
    expect(toLunar('1965-02-01')).toEqual({ year: 1964, month: 12, day: 30, leap: false });
    expect(toLunar('1965-02-01', UTC7)).toEqual({ year: 1965, month: 1, day: 1, leap: false });
  });

  it('from 1968 the default is UTC+7 for every year (1969: 16 February; China 17 February)', () => {
    expect(lunarNewYear(1969)).toBe('1969-02-16');
    expect(lunarNewYear(1969, UTC8)).toBe('1969-02-17');
    for (let year = 1968; year <= 2199; year++) {
      expect(lunarNewYear(year)).toBe(lunarNewYear(year, UTC7));
    }
    expect(lunarMonths(2030)).toEqual(lunarMonths(2030, UTC7));
    expect(lunarNewYear(2030, UTC8)).toBe('2030-02-03');
  });

  it('the last month of lunar 1967 (from 1967-12-31) ends at the UTC+7 Tết 1968: 29 days by default, 30 at UTC+8', () => {
    expect(toLunar('1968-01-28')).toEqual({ year: 1967, month: 12, day: 29, leap: false });
    expect(toLunar('1968-01-29')).toEqual({ year: 1968, month: 1, day: 1, leap: false });
    expect(toLunar('1968-01-29', UTC8)).toEqual({ year: 1967, month: 12, day: 30, leap: false });
    expect(codeAndDetails(() => fromLunar({ year: 1967, month: 12, day: 30 }))).toStrictEqual(
      invalidLunar({ year: 1967, month: 12, leap: false, day: 30, days: 29 }),
    );
    expect(fromLunar({ year: 1967, month: 12, day: 30 }, UTC8)).toBe('1968-01-29');
  });

  it('rejects any other zone with INVALID_OPTION naming the value', () => {
    for (const bad of [9, 0, 7.5, '7', null]) {
      const options = { timeZoneOffsetHours: bad } as unknown as LunarOptions;
      expect(codeAndDetails(() => toLunar('2025-01-01', options))).toStrictEqual({ code: 'INVALID_OPTION', details: { timeZoneOffsetHours: bad } });
      expect(codeAndDetails(() => lunarNewYear(2025, options)).code).toBe('INVALID_OPTION');
    }
  });
});

describe('leap months: the repeated month follows the regular one', () => {
  it('2025: month 6 (30 days from 25 June), then leap 6 (29 days from 25 July), then month 7 (23 August)', () => {
    expect(fromLunar({ year: 2025, month: 6, day: 1 })).toBe('2025-06-25');
    expect(fromLunar({ year: 2025, month: 6, day: 30 })).toBe('2025-07-24');
    expect(fromLunar({ year: 2025, month: 6, day: 1, leap: true })).toBe('2025-07-25');
    expect(fromLunar({ year: 2025, month: 6, day: 29, leap: true })).toBe('2025-08-22');
    expect(fromLunar({ year: 2025, month: 7, day: 1 })).toBe('2025-08-23');
    expect(toLunar('2025-07-24')).toEqual({ year: 2025, month: 6, day: 30, leap: false });
    expect(toLunar('2025-07-25')).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    expect(toLunar('2025-08-23')).toEqual({ year: 2025, month: 7, day: 1, leap: false });
    expect(codeAndDetails(() => fromLunar({ year: 2025, month: 6, day: 30, leap: true }))).toStrictEqual(
      invalidLunar({ year: 2025, month: 6, leap: true, day: 30, days: 29 }),
    );
  });

  it('2033: a leap 11th month (from 22 December), and month 12 starts 2034-01-20', () => {
    expect(fromLunar({ year: 2033, month: 11, day: 1 })).toBe('2033-11-22');
    expect(fromLunar({ year: 2033, month: 11, day: 1, leap: true })).toBe('2033-12-22');
    expect(toLunar('2033-12-22')).toEqual({ year: 2033, month: 11, day: 1, leap: true });
    expect(toLunar('2034-01-20')).toEqual({ year: 2033, month: 12, day: 1, leap: false });
    expect(lunarNewYear(2034)).toBe('2034-02-19');
  });

  it('a leap month the year does not have: the details give the leap month it does have, or null', () => {
    expect(codeAndDetails(() => fromLunar({ year: 2024, month: 4, day: 1, leap: true }))).toStrictEqual(
      invalidLunar({ year: 2024, month: 4, leap: true, leapMonth: null }),
    );
    expect(codeAndDetails(() => fromLunar({ year: 2025, month: 5, day: 1, leap: true }))).toStrictEqual(
      invalidLunar({ year: 2025, month: 5, leap: true, leapMonth: 6 }),
    );
  });
});

describe('fromLunar input validation: INVALID_LUNAR_DATE with the reason in the details', () => {
  const call = (input: unknown) => () => fromLunar(input as LunarDateInput);

  it('not an object', () => {
    expect(codeAndDetails(call(null))).toStrictEqual(invalidLunar({ received: null }));
    expect(codeAndDetails(call('2025-01-01'))).toStrictEqual(invalidLunar({ received: '2025-01-01' }));
  });

  it('year: an integer (a numeric string or a fraction is refused, not coerced)', () => {
    for (const year of [2025.5, '2025', Number.NaN, undefined]) {
      expect(codeAndDetails(call({ year, month: 1, day: 1 }))).toStrictEqual(invalidLunar({ year }));
      expect(codeAndDetails(() => lunarNewYear(year as number))).toStrictEqual(invalidLunar({ year }));
    }
  });

  it('month: an integer from 1 to 12 (checked before looking for it in the year)', () => {
    for (const month of [0, -1, 13, 1.5, '6', undefined]) {
      expect(codeAndDetails(call({ year: 2025, month, day: 1 }))).toStrictEqual(invalidLunar({ year: 2025, month }));
      expect(codeAndDetails(call({ year: 2025, month, day: 1, leap: true }))).toStrictEqual(invalidLunar({ year: 2025, month }));
    }
    expect(fromLunar({ year: 2025, month: 12, day: 1 })).toBe('2026-01-19');
  });

  it('leap: a boolean when given (1 does not select the leap month, 0 does not select the regular one)', () => {
    for (const leap of [1, 0, 'yes']) {
      expect(codeAndDetails(call({ year: 2025, month: 6, day: 1, leap }))).toStrictEqual(invalidLunar({ year: 2025, month: 6, leap }));
    }
    expect(fromLunar({ year: 2025, month: 6, day: 1, leap: false })).toBe('2025-06-25');
  });

  it('day: an integer from 1 to the month’s length', () => {
    for (const day of [0, 31, 1.5, '1']) {
      expect(codeAndDetails(call({ year: 2025, month: 1, day }))).toStrictEqual(invalidLunar({ year: 2025, month: 1, leap: false, day, days: 30 }));
    }
    expect(fromLunar({ year: 2025, month: 1, day: 30 })).toBe('2025-02-27');
    expect(codeAndDetails(call({ year: 2025, month: 2, day: 30 }))).toStrictEqual(invalidLunar({ year: 2025, month: 2, leap: false, day: 30, days: 29 }));
  });
});

describe('fromLunar: `leap` is a boolean or absent', () => {
  it('refuses null instead of reading it as a regular month', () => {
    let code: string | undefined;
    try {
      fromLunar({ year: 2025, month: 6, day: 1, leap: null as unknown as boolean });
    } catch (error) {
      code = (error as { code?: string }).code;
    }
    expect(code).toBe('INVALID_LUNAR_DATE');
    expect(fromLunar({ year: 2025, month: 6, day: 1 })).toBe(fromLunar({ year: 2025, month: 6, day: 1, leap: false }));
  });
});
