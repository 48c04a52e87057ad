/**
 * Rule defects fixed in issue 17, one test each: a lunar day 30 in a 29-day month, compensatory days
 * that spill into the next year, a compensatory day meeting a swapped working Saturday, two holidays on
 * one date.
 */
import { describe, expect, it } from 'vitest';
import { holidays, isWorkingDay, lunarMonths, VN_HOLIDAY_TABLE, withHolidayYears, type HolidayTable } from '../src/index.js';

const CITE = { document: 'Quyết định (ví dụ)' };
const NAME = { vi: 'Nghỉ (ví dụ)', en: 'Day off (example)' };

describe('lunar day 30', () => {
  it('in a 29-day month means the month’s last day, for every year, without throwing', () => {
    const rules = VN_HOLIDAY_TABLE.rules.map((r) => ({ ...r, lunar: [...r.lunar, { id: 'day-30', month: 2, day: 30, name: NAME }] }));
    const table: HolidayTable = withHolidayYears({ ...VN_HOLIDAY_TABLE, rules }, []);
    for (let year = 2020; year <= 2060; year++) {
      const month = lunarMonths(year).find((m) => m.month === 2 && !m.leap)!;
      const last = new Date(`${month.start}T00:00Z`);
      last.setUTCDate(last.getUTCDate() + month.days - 1);
      const date = holidays(year, { table }).find((h) => h.id === 'day-30')?.date;
      // Another holiday may share the date (then it is listed once, under the first).
      if (date !== undefined) expect(date).toBe(last.toISOString().slice(0, 10));
      expect(isWorkingDay(last.toISOString().slice(0, 10), { table })).toBe(false);
    }
  });
});

describe('compensatory days across New Year', () => {
  // 31 December 2033 is a Saturday and 1 January 2034 a Sunday.
  const table = withHolidayYears(VN_HOLIDAY_TABLE, [{ year: 2033, daysOff: [{ date: '2033-12-31', name: NAME, citation: CITE }] }]);

  it('a day off on Saturday 31 December gives Monday 2 January off; 1 January (Sunday) then gives Tuesday 3 January', () => {
    expect(holidays(2033, { table }).every((h) => h.date.startsWith('2033-'))).toBe(true);
    const january = holidays(2034, { table }).filter((h) => h.kind === 'compensatory' && h.date < '2034-01-10');
    expect(january.map((h) => [h.date, h.id])).toEqual([
      ['2034-01-02', 'day-off'],
      ['2034-01-03', 'new-year'],
    ]);
    expect(['2034-01-02', '2034-01-03', '2034-01-04'].map((d) => isWorkingDay(d, { table }))).toEqual([false, false, true]);
  });
});

describe('a compensatory day meets a swapped working Saturday', () => {
  it('the working Saturday keeps its work (it repays a day already off); the day goes to the next regular working day', () => {
    // 1 May 2027 is a Saturday; 3–7 May off; Saturday 8 May worked in exchange for Monday 10 May.
    const daysOff = ['2027-05-03', '2027-05-04', '2027-05-05', '2027-05-06', '2027-05-07'].map((date) => ({ date, name: NAME, citation: CITE }));
    const table = withHolidayYears(VN_HOLIDAY_TABLE, [{ year: 2027, daysOff, swaps: [{ off: '2027-05-10', workday: '2027-05-08', citation: CITE }] }]);
    expect(holidays(2027, { table }).filter((h) => h.kind === 'compensatory' && h.id === 'labour-day').map((h) => h.date)).toEqual(['2027-05-11']);
    expect(isWorkingDay('2027-05-08', { table })).toBe(true);
    expect(isWorkingDay('2027-05-12', { table })).toBe(true);
  });
});

describe('two holidays on one date count once', () => {
  it('a day off decided on a holiday is listed once and gives one compensatory day', () => {
    // 1 January 2028 is a Saturday.
    const table = withHolidayYears(VN_HOLIDAY_TABLE, [{ year: 2028, daysOff: [{ date: '2028-01-01', name: NAME, citation: CITE }] }]);
    const list = holidays(2028, { table });
    expect(list.filter((h) => h.date === '2028-01-01').map((h) => h.id)).toEqual(['new-year']);
    expect(list.filter((h) => h.kind === 'compensatory' && h.date < '2028-01-10').map((h) => h.date)).toEqual(['2028-01-03']);
    expect(isWorkingDay('2028-01-04', { table })).toBe(true);
  });
});
