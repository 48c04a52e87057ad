import { isCoopError } from '@coop/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, isoWeekday, toDayNumber } from '../src/internal/civil-date.js';
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  workingDayOnOrAfter,
  workingDaysBetween,
} from '../src/working-days.js';

const anyDate = fc.integer({ min: toDayNumber('2015-01-01'), max: toDayNumber('2198-12-31') }).map(fromDayNumber);
const weekends = fc.constantFrom<readonly number[]>([6, 7], [7], [5, 6], [], [1, 2, 3, 4, 5, 6]);

describe('working days', () => {
  it('weekdays work, weekends and holidays do not', () => {
    expect(isWorkingDay('2025-03-12')).toBe(true);
    expect(isWorkingDay('2025-03-15')).toBe(false); // Saturday
    expect(isWorkingDay('2025-04-07')).toBe(false); // Hùng Kings
    expect(isWorkingDay('2025-04-26')).toBe(true); // swapped working Saturday
  });

  it('a deadline on the Saturday before Tết rolls past the whole Tết break', () => {
    // Tết 2026: off from Saturday 14 to Sunday 22 February.
    expect(workingDayOnOrAfter('2026-02-14')).toBe('2026-02-23');
    expect(nextWorkingDay('2026-02-13')).toBe('2026-02-23');
    // Tết 2025: Saturday 25 January → Monday 3 February.
    expect(workingDayOnOrAfter('2025-01-25')).toBe('2025-02-03');
  });

  it('30 April – 1 May 2025: a deadline on 30 April rolls to Monday 5 May', () => {
    expect(workingDayOnOrAfter('2025-04-30')).toBe('2025-05-05');
    expect(nextWorkingDay('2025-04-29')).toBe('2025-05-05');
    expect(addWorkingDays('2025-04-29', 1)).toBe('2025-05-05');
    expect(addWorkingDays('2025-05-05', -1)).toBe('2025-04-29');
    expect(workingDaysBetween('2025-04-29', '2025-05-05')).toBe(1);
  });

  it('nextWorkingDay is strict, workingDayOnOrAfter is not', () => {
    expect(nextWorkingDay('2025-03-12')).toBe('2025-03-13');
    expect(workingDayOnOrAfter('2025-03-12')).toBe('2025-03-12');
  });

  it('addWorkingDays: n = 0 returns the date unchanged, even a day off', () => {
    expect(addWorkingDays('2025-03-15', 0)).toBe('2025-03-15');
    expect(addWorkingDays('2025-03-14', 1)).toBe('2025-03-17');
    expect(addWorkingDays('2025-03-15', -1)).toBe('2025-03-14');
  });

  it('workingDaysBetween counts (from, to], signed', () => {
    expect(workingDaysBetween('2025-12-19', '2025-12-22')).toBe(1);
    expect(workingDaysBetween('2025-12-22', '2025-12-19')).toBe(-1);
    expect(workingDaysBetween('2025-12-19', '2025-12-19')).toBe(0);
    // Across New Year 2026: 31 Dec (Wed) counts; 1–4 Jan are off; 5 Jan counts.
    expect(workingDaysBetween('2025-12-30', '2026-01-05')).toBe(2);
    // A whole year: 2025 has 365 − 104 weekend days − 11 holidays on weekdays − 1 swap-off + 1 swap Saturday.
    expect(workingDaysBetween('2024-12-31', '2025-12-31')).toBe(250);
  });

  it('Sunday-only weekend: Saturdays work', () => {
    expect(isWorkingDay('2025-03-15', { weekend: [7] })).toBe(true);
    expect(isWorkingDay('2025-03-16', { weekend: [7] })).toBe(false);
    expect(nextWorkingDay('2025-03-14', { weekend: [7] })).toBe('2025-03-15');
  });

  it('rejects bad input with typed errors', () => {
    const code = (fn: () => unknown): string | undefined => {
      try {
        fn();
      } catch (error) {
        return isCoopError(error) ? error.code : 'untyped';
      }
      return undefined;
    };
    expect(code(() => isWorkingDay('2025-02-30'))).toBe('INVALID_DATE');
    expect(code(() => isWorkingDay('2010-05-05'))).toBe('DATE_OUT_OF_RANGE');
    expect(code(() => addWorkingDays('2025-01-01', 1.5))).toBe('INVALID_ARGUMENT');
    expect(code(() => nextWorkingDay('2025-01-01', { weekend: [8] }))).toBe('INVALID_OPTION');
  });
});

describe('properties', () => {
  it('nextWorkingDay is a working day strictly after the date, with only days off in between', () => {
    fc.assert(
      fc.property(anyDate, weekends, (date, weekend) => {
        const options = { weekend };
        const next = nextWorkingDay(date, options);
        expect(next > date).toBe(true);
        expect(isWorkingDay(next, options)).toBe(true);
        for (let d = toDayNumber(date) + 1; d < toDayNumber(next); d++) expect(isWorkingDay(fromDayNumber(d), options)).toBe(false);
        expect(workingDayOnOrAfter(date, options)).toBe(isWorkingDay(date, options) ? date : next);
      }),
    );
  });

  it('addWorkingDays agrees with workingDaysBetween', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -40, max: 40 }), weekends, (date, n, weekend) => {
        const options = { weekend };
        const moved = addWorkingDays(date, n, options);
        if (n > 0) expect(isWorkingDay(moved, options)).toBe(true);
        if (n >= 0 || isWorkingDay(date, options)) expect(workingDaysBetween(date, moved, options)).toBe(n);
        else expect(workingDaysBetween(date, moved, options)).toBe(n + 1);
        if (n !== 0 && isWorkingDay(date, options)) expect(addWorkingDays(moved, -n, options)).toBe(date);
      }),
    );
  });

  it('the default calendar never has a working weekend day except a recorded swap', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const weekday = isoWeekday(toDayNumber(date));
        if (weekday >= 6 && isWorkingDay(date)) expect(['2024-05-04', '2025-04-26', '2026-01-10']).toContain(date);
      }),
    );
  });

  it('workingDaysBetween is additive', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (a, b, c) => {
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c));
      }),
      { numRuns: 50 },
    );
  });
});

describe('hostile input: a result or a CoopError, never a raw TypeError', () => {
  it('every function of the lunar, holiday and working-day modules', async () => {
    const lunar = await import('../src/lunar.js');
    const table = await import('../src/holiday-table.js');
    const hol = await import('../src/holidays.js');
    const calls: Array<(x: unknown) => unknown> = [
      (x) => lunar.toLunar(x as string),
      (x) => lunar.toLunar('2025-01-29', x as object),
      (x) => lunar.fromLunar(x as { year: number; month: number; day: number }),
      (x) => lunar.fromLunar({ year: 2025, month: 1, day: 1, leap: x as boolean }),
      (x) => lunar.fromLunar({ year: 2025, month: 1, day: 1 }, x as object),
      (x) => lunar.lunarNewYear(x as number),
      (x) => lunar.lunarMonths(x as number),
      (x) => table.parseHolidayTable(x),
      (x) => table.withHolidayYears(x as never, []),
      (x) => table.withHolidayYears(table.VN_HOLIDAY_TABLE, x as never),
      (x) => hol.holidays(x as number),
      (x) => hol.holidays(2025, x as object),
      (x) => hol.holidays(2025, { table: x as never }),
      (x) => hol.holidays(2025, { weekend: x as number[] }),
      (x) => hol.holidays(2025, { optional: x as string[] }),
      (x) => isWorkingDay(x as string),
      (x) => isWorkingDay('2025-01-01', x as object),
      (x) => nextWorkingDay(x as string),
      (x) => workingDayOnOrAfter(x as string),
      (x) => addWorkingDays('2025-01-01', x as number),
      (x) => workingDaysBetween(x as string, '2025-12-31'),
      (x) => workingDaysBetween('2025-01-01', '2025-12-31', { table: x as never }),
    ];
    const value = fc.oneof(fc.anything(), fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined), fc.array(fc.anything()));
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: calls.length - 1 }), (x, i) => {
        try {
          calls[i]!(x);
        } catch (error) {
          expect(isCoopError(error), `call ${i}: ${String(error)}`).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
