import { isCoopError } from '@coop/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../src/internal/civil-date.js';
import { fromLunar, lunarMonths, lunarNewYear, toLunar } from '../src/lunar.js';

const FIRST_DAY = toDayNumber('1900-01-31');
const lastSupportedDay = (): number => {
  const months = lunarMonths(2199);
  const last = months[months.length - 1]!;
  return toDayNumber(last.start) + last.days - 1;
};

const expectCode = (fn: () => unknown, code: string): void => {
  try {
    fn();
  } catch (error) {
    expect(isCoopError(error, code), `expected ${code}, got ${String(error)}`).toBe(true);
    return;
  }
  throw new Error(`expected a CoopError ${code}`);
};

describe('Tết and Hùng Kings (calendar.md table, 2020–2029)', () => {
  const table: Array<[number, string, string]> = [
    [2020, '2020-01-25', '2020-04-02'],
    [2021, '2021-02-12', '2021-04-21'],
    [2022, '2022-02-01', '2022-04-10'],
    [2023, '2023-01-22', '2023-04-29'],
    [2024, '2024-02-10', '2024-04-18'],
    [2025, '2025-01-29', '2025-04-07'],
    [2026, '2026-02-17', '2026-04-26'],
    [2027, '2027-02-06', '2027-04-16'],
    [2028, '2028-01-26', '2028-04-04'],
    [2029, '2029-02-13', '2029-04-23'],
  ];
  it.each(table)('%i: Tết %s, Hùng Kings %s', (year, tet, hung) => {
    expect(lunarNewYear(year)).toBe(tet);
    expect(fromLunar({ year, month: 1, day: 1 })).toBe(tet);
    expect(toLunar(tet)).toEqual({ year, month: 1, day: 1, leap: false });
    expect(fromLunar({ year, month: 3, day: 10 })).toBe(hung);
    expect(toLunar(hung)).toEqual({ year, month: 3, day: 10, leap: false });
  });
});

describe('Vietnam (UTC+7) versus China (UTC+8)', () => {
  it('1985: Vietnam 21 January, China 20 February', () => {
    expect(lunarNewYear(1985)).toBe('1985-01-21');
    expect(lunarNewYear(1985, { timeZoneOffsetHours: 8 })).toBe('1985-02-20');
    expect(toLunar('1985-01-21')).toEqual({ year: 1985, month: 1, day: 1, leap: false });
    expect(toLunar('1985-01-21', { timeZoneOffsetHours: 8 })).toEqual({ year: 1984, month: 12, day: 1, leap: false });
  });

  it('2007: Vietnam 17 February, China 18 February', () => {
    expect(lunarNewYear(2007)).toBe('2007-02-17');
    expect(lunarNewYear(2007, { timeZoneOffsetHours: 8 })).toBe('2007-02-18');
    expect(toLunar('2007-02-17', { timeZoneOffsetHours: 8 })).toEqual({ year: 2006, month: 12, day: 30, leap: false });
  });

  it('1968 (Mậu Thân): the default dates 1968 at UTC+7 (29 January); UTC+8 gives 30 January', () => {
    expect(lunarNewYear(1968)).toBe('1968-01-29');
    expect(lunarNewYear(1968, { timeZoneOffsetHours: 7 })).toBe('1968-01-29');
    expect(lunarNewYear(1968, { timeZoneOffsetHours: 8 })).toBe('1968-01-30');
  });

  it('before 1968 the default follows the UTC+8 calendar', () => {
    for (let year = 1900; year < 1967; year++) {
      expect(lunarMonths(year)).toEqual(lunarMonths(year, { timeZoneOffsetHours: 8 }));
    }
    // Lunar 1967 ends at Tết 1968, which differs: its last month has 29 days, not 30.
    expect(lunarMonths(1967).slice(0, -1)).toEqual(lunarMonths(1967, { timeZoneOffsetHours: 8 }).slice(0, -1));
  });

  it('rejects an unknown time zone option', () => {
    expectCode(() => toLunar('2025-01-01', { timeZoneOffsetHours: 9 as 7 }), 'INVALID_OPTION');
  });
});

describe('leap months', () => {
  it.each([
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2028, 5],
    // The "2033 problem": the standard rule gives a leap 11th month (date-chinese 2.1.4 says leap 8).
    [2033, 11],
  ])('%i has leap month %i', (year, month) => {
    const leap = lunarMonths(year).filter((m) => m.leap);
    expect(leap.map((m) => m.month)).toEqual([month]);
  });

  it('2023 leap month 2 starts on 22 March', () => {
    expect(toLunar('2023-03-22')).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(fromLunar({ year: 2023, month: 2, day: 1, leap: true })).toBe('2023-03-22');
    expect(fromLunar({ year: 2023, month: 2, day: 1 })).toBe('2023-02-20');
  });

  it('every year has 12 or 13 months of 29 or 30 days that tile time from Tết to the next Tết', () => {
    let leapYears = 0;
    for (let year = 1900; year <= 2199; year++) {
      const months = lunarMonths(year);
      expect([12, 13]).toContain(months.length);
      expect(months.filter((m) => m.leap).length).toBe(months.length - 12);
      if (months.length === 13) leapYears++;
      expect(months[0]).toMatchObject({ month: 1, leap: false, start: lunarNewYear(year) });
      let day = toDayNumber(months[0]!.start);
      let previous = 0;
      for (const m of months) {
        expect(toDayNumber(m.start)).toBe(day);
        expect([29, 30]).toContain(m.days);
        expect(m.month).toBe(m.leap ? previous : previous + 1);
        previous = m.month;
        day += m.days;
      }
      if (year < 2199) expect(fromDayNumber(day)).toBe(lunarNewYear(year + 1));
    }
    // 7 leap months every 19 years: about 110 in 300 years.
    expect(leapYears).toBeGreaterThan(105);
    expect(leapYears).toBeLessThan(115);
  });
});

describe('range and errors', () => {
  it('supports lunar years 1900–2199', () => {
    expect(toLunar('1900-01-31')).toEqual({ year: 1900, month: 1, day: 1, leap: false });
    expect(fromDayNumber(FIRST_DAY)).toBe(lunarNewYear(1900));
    const last = lastSupportedDay();
    expect(toLunar(fromDayNumber(last))).toMatchObject({ year: 2199, month: 12 });
    expectCode(() => toLunar('1900-01-30'), 'DATE_OUT_OF_RANGE');
    expectCode(() => toLunar(fromDayNumber(last + 1)), 'DATE_OUT_OF_RANGE');
    expectCode(() => toLunar('1800-06-01'), 'DATE_OUT_OF_RANGE');
    expectCode(() => toLunar('2300-06-01'), 'DATE_OUT_OF_RANGE');
    expectCode(() => lunarNewYear(1899), 'DATE_OUT_OF_RANGE');
    expectCode(() => lunarMonths(2200), 'DATE_OUT_OF_RANGE');
    expectCode(() => fromLunar({ year: 2200, month: 1, day: 1 }), 'DATE_OUT_OF_RANGE');
  });

  it('rejects malformed civil dates', () => {
    expectCode(() => toLunar('2025-02-30'), 'INVALID_DATE');
    expectCode(() => toLunar('2025-1-1'), 'INVALID_DATE');
    expectCode(() => toLunar(20250101 as unknown as string), 'INVALID_DATE');
  });

  it('rejects lunar dates that do not exist, with details', () => {
    // 2024 has no leap month; 2025 has leap 6, not leap 5.
    expectCode(() => fromLunar({ year: 2024, month: 4, day: 1, leap: true }), 'INVALID_LUNAR_DATE');
    try {
      fromLunar({ year: 2025, month: 5, day: 1, leap: true });
    } catch (error) {
      expect(isCoopError(error, 'INVALID_LUNAR_DATE') && error.details).toMatchObject({ leapMonth: 6 });
    }
    // Month 12 of lunar 2024 (from 2024-12-31) has 29 days.
    expect(fromLunar({ year: 2024, month: 12, day: 29 })).toBe('2025-01-28');
    expectCode(() => fromLunar({ year: 2024, month: 12, day: 30 }), 'INVALID_LUNAR_DATE');
    try {
      fromLunar({ year: 2024, month: 12, day: 30 });
    } catch (error) {
      expect(isCoopError(error) && error.details).toMatchObject({ days: 29 });
    }
    expectCode(() => fromLunar({ year: 2025, month: 13, day: 1 }), 'INVALID_LUNAR_DATE');
    expectCode(() => fromLunar({ year: 2025, month: 0, day: 1 }), 'INVALID_LUNAR_DATE');
    expectCode(() => fromLunar({ year: 2025, month: 1, day: 0 }), 'INVALID_LUNAR_DATE');
    expectCode(() => fromLunar({ year: 2025, month: 1, day: 31 }), 'INVALID_LUNAR_DATE');
    expectCode(() => fromLunar({ year: 2025, month: 1, day: 1.5 }), 'INVALID_LUNAR_DATE');
    expectCode(() => fromLunar({ year: 2025.5, month: 1, day: 1 }), 'INVALID_LUNAR_DATE');
    expectCode(() => fromLunar({ year: 2025, month: 1, day: 1, leap: 'no' as unknown as boolean }), 'INVALID_LUNAR_DATE');
    expectCode(() => fromLunar(null as unknown as { year: number; month: number; day: number }), 'INVALID_LUNAR_DATE');
  });

  it('property: every syntactically possible lunar date either converts back exactly or throws a typed error', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        (year, month, day, leap) => {
          let civil: string;
          try {
            civil = fromLunar({ year, month, day, leap });
          } catch (error) {
            expect(isCoopError(error, 'INVALID_LUNAR_DATE')).toBe(true);
            return;
          }
          expect(toLunar(civil)).toEqual({ year, month, day, leap });
        },
      ),
    );
  });
});

describe('properties', () => {
  const anyDay = fc.integer({ min: FIRST_DAY, max: toDayNumber('2199-12-31') }).map(fromDayNumber);

  it('fromLunar(toLunar(d)) === d', () => {
    fc.assert(
      fc.property(anyDay, fc.constantFrom<7 | 8 | undefined>(undefined, 7, 8), (date, zone) => {
        const options = zone === undefined ? undefined : { timeZoneOffsetHours: zone };
        let lunar;
        try {
          lunar = toLunar(date, options);
        } catch (error) {
          // Only the first days of January 1900 can fall before Tết 1900 in another zone.
          expect(isCoopError(error, 'DATE_OUT_OF_RANGE')).toBe(true);
          return;
        }
        expect(fromLunar(lunar, options)).toBe(date);
      }),
    );
  });

  it('toLunar is monotonic in day order (consecutive days advance by one lunar day or start a month)', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: toDayNumber('2199-12-30') }), (n) => {
        const a = toLunar(fromDayNumber(n));
        const b = toLunar(fromDayNumber(n + 1));
        if (b.day === 1) {
          const orderA = a.year * 100 + a.month * 2 + (a.leap ? 1 : 0);
          const orderB = b.year * 100 + b.month * 2 + (b.leap ? 1 : 0);
          expect(orderB).toBeGreaterThan(orderA);
          expect([29, 30]).toContain(a.day);
        } else {
          expect(b).toEqual({ ...a, day: a.day + 1 });
        }
      }),
    );
  });

  it('every day of 2020–2030 round-trips', () => {
    for (let n = toDayNumber('2020-01-01'); n <= toDayNumber('2030-12-31'); n++) {
      const date = fromDayNumber(n);
      expect(fromLunar(toLunar(date))).toBe(date);
    }
  });
});
