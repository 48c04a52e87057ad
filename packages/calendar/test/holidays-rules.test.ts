/**
 * The rules behind `holidays()`: compensatory days (Labour Code 2019, art. 111(3): a holiday on the
 * weekly rest day gives the NEXT working day off), day swaps, optional holidays, and the typed errors
 * for bad options and years. Dates are checked against shared/domain/calendar.md and the decisions
 * cited in VN_HOLIDAY_TABLE.
 */
import { describe, expect, it } from 'vitest';
import { VN_HOLIDAY_TABLE, withHolidayYears, type HolidayTable, type OptionalHoliday } from '../src/holiday-table.js';
import { holidays, resolveCalendar, type Holiday, type WorkingCalendarOptions } from '../src/holidays.js';
import { isWorkingDay } from '../src/working-days.js';
import { coopErrorOf } from '../../../test-support/coop-errors.js';

const CITE = { document: 'Thông báo (giả định)' };
const row = (h: Holiday): [string, string, string, string] => [h.date, h.id, h.kind, h.source];
const compensatory = (list: readonly Holiday[]): Array<[string, string]> => list.filter((h) => h.kind === 'compensatory').map((h) => [h.date, h.id]);

const optionalDay = (id: string, month: number, day: number, fromYear = 2025): OptionalHoliday => ({
  id,
  month,
  day,
  fromYear,
  name: { vi: `Ngày ${id}`, en: `Day ${id}` },
  citation: CITE,
});

describe('whole-year calendars', () => {
  it('2023: every holiday as decided (Công văn 8056/VPCP-KGVX), compensatory days per art. 111(3)', () => {
    expect(holidays(2023).map(row)).toEqual([
      ['2023-01-01', 'new-year', 'public-holiday', 'official'], // Sunday
      ['2023-01-02', 'new-year', 'compensatory', 'official'],
      ['2023-01-20', 'tet', 'public-holiday', 'official'],
      ['2023-01-21', 'tet', 'public-holiday', 'official'],
      ['2023-01-22', 'tet', 'public-holiday', 'official'],
      ['2023-01-23', 'tet', 'public-holiday', 'official'],
      ['2023-01-24', 'tet', 'public-holiday', 'official'],
      ['2023-01-25', 'tet', 'compensatory', 'official'],
      ['2023-01-26', 'tet', 'compensatory', 'official'],
      ['2023-04-29', 'hung-kings', 'public-holiday', 'official'], // Saturday
      ['2023-04-30', 'victory-day', 'public-holiday', 'official'], // Sunday
      ['2023-05-01', 'labour-day', 'public-holiday', 'official'],
      ['2023-05-02', 'hung-kings', 'compensatory', 'official'],
      ['2023-05-03', 'victory-day', 'compensatory', 'official'],
      ['2023-09-01', 'national-day', 'public-holiday', 'official'],
      ['2023-09-02', 'national-day', 'public-holiday', 'official'], // Saturday
      ['2023-09-04', 'national-day', 'compensatory', 'official'],
    ]);
  });

  it('2029 (no decision recorded): Tết and 3 September computed, and the compensatory days they cause', () => {
    expect(holidays(2029).map(row)).toEqual([
      ['2029-01-01', 'new-year', 'public-holiday', 'official'],
      ['2029-02-11', 'tet', 'public-holiday', 'computed'], // Sunday, 29 Chạp
      ['2029-02-12', 'tet', 'public-holiday', 'computed'],
      ['2029-02-13', 'tet', 'public-holiday', 'computed'], // Tết (lunar 1/1)
      ['2029-02-14', 'tet', 'public-holiday', 'computed'],
      ['2029-02-15', 'tet', 'public-holiday', 'computed'],
      ['2029-02-16', 'tet', 'compensatory', 'computed'],
      ['2029-04-23', 'hung-kings', 'public-holiday', 'official'],
      ['2029-04-30', 'victory-day', 'public-holiday', 'official'],
      ['2029-05-01', 'labour-day', 'public-holiday', 'official'],
      ['2029-09-02', 'national-day', 'public-holiday', 'official'], // Sunday
      ['2029-09-03', 'national-day', 'public-holiday', 'computed'],
      ['2029-09-04', 'national-day', 'compensatory', 'computed'],
      ['2029-11-24', 'vietnam-culture-day', 'public-holiday', 'official'], // Saturday: no compensatory day
    ]);
  });

  it('every year 2014–2199 is sorted by date, and within a date holidays precede compensatory days and swaps', () => {
    const rank = { 'public-holiday': 0, compensatory: 1, 'swap-off': 2, 'swap-workday': 3 };
    for (let year = 2014; year <= 2199; year++) {
      const list = holidays(year);
      for (let i = 1; i < list.length; i++) {
        const [a, b] = [list[i - 1]!, list[i]!];
        expect(a.date < b.date || (a.date === b.date && rank[a.kind] <= rank[b.kind]), `${year}: ${a.date} ${a.kind} / ${b.date} ${b.kind}`).toBe(true);
        expect(b.date.startsWith(`${year}-`)).toBe(true);
      }
    }
  });
});

describe('compensatory days: the next working day after the holiday', () => {
  it('1 January 2022 is a Saturday: Monday 3 January, never the Friday before', () => {
    const list = holidays(2022);
    expect(list.filter((h) => h.id === 'new-year').map((h) => [h.date, h.kind])).toEqual([
      ['2022-01-01', 'public-holiday'],
      ['2022-01-03', 'compensatory'],
    ]);
    expect(list.every((h) => h.date.startsWith('2022-'))).toBe(true);
    expect(isWorkingDay('2021-12-31')).toBe(true);
  });

  it('30 April 2022 (Saturday) and 1 May (Sunday): Monday 2 and Tuesday 3 May, one each', () => {
    expect(compensatory(holidays(2022)).filter(([d]) => d.startsWith('2022-05'))).toEqual([
      ['2022-05-02', 'victory-day'],
      ['2022-05-03', 'labour-day'],
    ]);
  });

  it('2023: Hùng Kings (Saturday 29 April) takes the first free day, 2 May; 30 April (Sunday) the next, 3 May', () => {
    // The days are handed out in date order, whatever the order of the rules in the table.
    expect(compensatory(holidays(2023)).filter(([d]) => d.startsWith('2023-05'))).toEqual([
      ['2023-05-02', 'hung-kings'],
      ['2023-05-03', 'victory-day'],
    ]);
  });

  it('a decided 1 September on a Saturday before a Sunday 2 September: 3 September for the 1st, 4 September for the 2nd', () => {
    const table = withHolidayYears(VN_HOLIDAY_TABLE, [{ year: 2029, nationalDayExtra: { date: '2029-09-01', citation: CITE } }]);
    const comp = holidays(2029, { table }).filter((h) => h.kind === 'compensatory' && h.id === 'national-day');
    expect(comp.map((h) => [h.date, h.source])).toEqual([
      ['2029-09-03', 'official'],
      ['2029-09-04', 'official'],
    ]);
    // Each compensatory day names the holiday and the date it makes up for.
    expect(comp[0]!.name.vi).toContain('Quốc khánh (ngày liền kề)');
    expect(comp[0]!.name.vi).toContain('(01/09)');
    expect(comp[0]!.name.en).toContain('National Day (adjacent day)');
    expect(comp[0]!.name.en).toContain('2029-09-01');
    expect(comp[1]!.name.vi).toContain('(02/09)');
    expect(comp[1]!.name.en).toContain('2029-09-02');
    expect(comp.every((h) => h.citation?.clause === 'Điều 111 khoản 3')).toBe(true);
  });

  it('names of the 2026 Hùng Kings compensatory day (Sunday 26 April → Monday 27 April)', () => {
    const day = holidays(2026).find((h) => h.date === '2026-04-27')!;
    expect(day.kind).toBe('compensatory');
    expect(day.name.vi).toContain('Giỗ Tổ Hùng Vương');
    expect(day.name.vi).toContain('(26/04)');
    expect(day.name.en).toContain("Hùng Kings' Commemoration");
    expect(day.name.en).toContain('2026-04-26');
  });

  it('skips a day already given off by a swap', () => {
    // Tết 2029 (computed) starts Sunday 11 February: its compensatory day would be Friday 16 February.
    const table = withHolidayYears(VN_HOLIDAY_TABLE, [{ year: 2029, swaps: [{ off: '2029-02-16', workday: '2029-02-24', citation: CITE }] }]);
    expect(holidays(2029, { table }).filter((h) => h.date >= '2029-02-16' && h.date <= '2029-02-28').map(row)).toEqual([
      ['2029-02-16', 'swap', 'swap-off', 'official'],
      ['2029-02-19', 'tet', 'compensatory', 'computed'],
      ['2029-02-24', 'swap', 'swap-workday', 'official'],
    ]);
    expect(isWorkingDay('2029-02-19', { table })).toBe(false);
  });

  it('with no weekly rest day at all, nothing is compensated', () => {
    expect(holidays(2023, { weekend: [] }).filter((h) => h.kind === 'compensatory')).toEqual([]);
  });
});

describe('swaps', () => {
  it('2026 (Công văn 12729/VPCP-KGVX): each side of the swap names the other day', () => {
    const [off, work] = holidays(2026).filter((h) => h.id === 'swap');
    expect(off).toMatchObject({ date: '2026-01-02', kind: 'swap-off', source: 'official' });
    expect(off!.citation?.document).toContain('12729/VPCP-KGVX');
    expect(off!.name.vi).toContain('10/01');
    expect(off!.name.en).toContain('2026-01-10');
    expect(work).toMatchObject({ date: '2026-01-10', kind: 'swap-workday', source: 'official' });
    expect(work!.name.vi).toContain('02/01');
    expect(work!.name.en).toContain('2026-01-02');
  });

  it('a swap that crosses New Year appears in each year on its own date, whichever year it is filed under', () => {
    const table = withHolidayYears(VN_HOLIDAY_TABLE, [
      { year: 2027, swaps: [{ off: '2027-12-31', workday: '2028-01-08', citation: CITE }] },
      { year: 2030, swaps: [{ off: '2029-12-31', workday: '2030-01-05', citation: CITE }] },
    ]);
    const swaps = (year: number) => holidays(year, { table }).filter((h) => h.id === 'swap').map((h) => [h.date, h.kind]);
    expect(swaps(2027)).toEqual([['2027-12-31', 'swap-off']]);
    expect(swaps(2028)).toEqual([['2028-01-08', 'swap-workday']]);
    expect(swaps(2029)).toEqual([['2029-12-31', 'swap-off']]);
    expect(swaps(2030)).toEqual([['2030-01-05', 'swap-workday']]);
    expect(isWorkingDay('2028-01-08', { table })).toBe(true);
    expect(isWorkingDay('2027-12-31', { table })).toBe(false);
  });
});

describe('optional holidays', () => {
  const table = withHolidayYears({ ...VN_HOLIDAY_TABLE, optional: [...VN_HOLIDAY_TABLE.optional, optionalDay('teachers-day', 11, 20)] }, []);

  it('only the enabled ones are observed, each on its own date', () => {
    const list = holidays(2026, { table, optional: ['teachers-day'] });
    expect(list.filter((h) => h.id === 'teachers-day' || h.id === 'vietnam-culture-day').map(row)).toEqual([
      ['2026-11-20', 'teachers-day', 'public-holiday', 'computed'],
      ['2026-11-24', 'vietnam-culture-day', 'public-holiday', 'official'], // a day off from 2026, enabled or not
    ]);
    expect(holidays(2026, { table, optional: ['vietnam-culture-day', 'teachers-day'] }).filter((h) => h.date >= '2026-11-01').map((h) => h.id)).toEqual([
      'teachers-day',
      'vietnam-culture-day',
    ]);
  });

  it('up to 100 ids may be enabled; 101 is INVALID_OPTION', () => {
    const many = Array.from({ length: 101 }, (_, i) => optionalDay(`day-${i}`, 1 + (i % 12), 1 + (i % 28), 2100));
    const big = withHolidayYears({ ...VN_HOLIDAY_TABLE, optional: many }, []);
    const ids = many.map((o) => o.id);
    expect(holidays(2025, { table: big, optional: ids.slice(0, 100) })).toEqual(holidays(2025));
    expect(coopErrorOf(() => holidays(2025, { table: big, optional: ids }))).toMatchObject({ code: 'INVALID_OPTION', details: { known: [...ids, 'vietnam-culture-day'] } });
  });

  it('optional must be a list of strings; the error lists the known ids', () => {
    for (const optional of ['vietnam-culture-day', [1], { 0: 'teachers-day' }]) {
      expect(coopErrorOf(() => holidays(2026, { table, optional } as unknown as WorkingCalendarOptions))).toEqual(
        expect.objectContaining({ code: 'INVALID_OPTION', details: { known: ['teachers-day', 'vietnam-culture-day'] } }),
      );
    }
  });

  it('an unknown id is INVALID_OPTION, echoing at most 40 characters of it', () => {
    const id = `unknown-${'x'.repeat(200)}`;
    const error = coopErrorOf(() => holidays(2026, { table, optional: ['teachers-day', id] }));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.details).toEqual({ id: id.slice(0, 40), known: ['teachers-day', 'vietnam-culture-day'] });
    expect(error.message).toContain(id.slice(0, 40));
    expect(error.message).not.toContain(id.slice(0, 41));
  });
});

describe('options and years', () => {
  it('options must be an object', () => {
    for (const [options, received] of [[5, 'number'], ['weekend', 'string'], [null, 'object'], [true, 'boolean']] as const) {
      expect(coopErrorOf(() => holidays(2025, options as unknown as WorkingCalendarOptions))).toEqual(expect.objectContaining({ code: 'INVALID_OPTION', details: { received } }));
    }
    expect(holidays(2025, undefined)).toEqual(holidays(2025, {}));
  });

  it('weekend: distinct integer ISO weekdays 1–7, at most six (at least one working day)', () => {
    expect(holidays(2025, { weekend: [1, 2, 3, 4, 5, 6] }).length).toBeGreaterThan(0);
    for (const weekend of [[0], [8], [6.5], ['6'], [6, 6], [7, 6, 7], [1, 2, 3, 4, 5, 6, 7]]) {
      expect(coopErrorOf(() => holidays(2025, { weekend } as unknown as WorkingCalendarOptions))).toEqual(expect.objectContaining({ code: 'INVALID_OPTION', details: { weekend } }));
    }
    // The error echoes at most eight entries of the list, or the type of a non-list.
    const long = [1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4];
    expect(coopErrorOf(() => holidays(2025, { weekend: long })).details).toEqual({ weekend: long.slice(0, 8) });
    expect(coopErrorOf(() => holidays(2025, { weekend: '6,7' } as unknown as WorkingCalendarOptions)).details).toEqual({ weekend: 'string' });
  });

  it('the order in which the weekend is listed does not matter (same calendar, same memo key)', () => {
    const a = resolveCalendar({ weekend: [7, 6] });
    const b = resolveCalendar({ weekend: [6, 7] });
    expect(a.weekend).toEqual([6, 7]);
    expect(a.key).toBe(b.key);
    expect(resolveCalendar(undefined).key).toBe(b.key);
    expect(resolveCalendar({ weekend: [7] }).key).not.toBe(b.key);
    expect(holidays(2023, { weekend: [7, 6] })).toEqual(holidays(2023));
  });

  it('a year without rules is DATE_OUT_OF_RANGE, with the range the table covers', () => {
    for (const year of [2013, 1900, 2200, 3000]) {
      expect(coopErrorOf(() => holidays(year))).toEqual(expect.objectContaining({ code: 'DATE_OUT_OF_RANGE', details: { year, firstYear: 2014, lastYear: 2199 } }));
    }
    expect(holidays(2014).length).toBeGreaterThan(0);
    expect(holidays(2199).length).toBeGreaterThan(0);
  });

  it('a year that is not an integer is INVALID_DATE (the details echo a number, or only the type)', () => {
    expect(coopErrorOf(() => holidays(2025.5))).toEqual(expect.objectContaining({ code: 'INVALID_DATE', details: { year: 2025.5 } }));
    expect(coopErrorOf(() => holidays(Number.NaN))).toEqual(expect.objectContaining({ code: 'INVALID_DATE', details: { year: Number.NaN } }));
    expect(coopErrorOf(() => holidays('2025' as unknown as number))).toEqual(expect.objectContaining({ code: 'INVALID_DATE', details: { year: 'string' } }));
    expect(coopErrorOf(() => holidays(null as unknown as number))).toEqual(expect.objectContaining({ code: 'INVALID_DATE', details: { year: 'object' } }));
  });

  it('a user table is validated on use (INVALID_HOLIDAY_TABLE)', () => {
    const table = { ...VN_HOLIDAY_TABLE, rules: [] } as unknown as HolidayTable;
    expect(coopErrorOf(() => holidays(2025, { table })).code).toBe('INVALID_HOLIDAY_TABLE');
  });
});
