/**
 * The calendar as it stands in December 2026 (issue 17): the 2026 decisions entry by entry, the days and
 * deadlines around them, and the provisional flag of everything that rests on the statutory rules alone.
 *
 * Sources: Thông báo 9441/TB-BNV (16/10/2025: Tết 16–20/2; National Day 1–2/9 with Monday 31/8 swapped
 * for Saturday 22/8); Công văn 12729/VPCP-KGVX (25/12/2025: 2/1 off for Saturday 10/1); Labour Code 2019
 * art. 111(3) (Hùng Kings on Sunday 26/4 → Monday 27/4); Resolution 28/2026/QH16 art. 2 (24/11).
 */
import { describe, expect, it } from 'vitest';
import { holidays, isWorkingDay, VN_HOLIDAY_TABLE, withHolidayYears, workingDayOnOrAfter, workingDayStatus } from '../src/index.js';

const offBetween = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) {
    const date = d.toISOString().slice(0, 10);
    if (!isWorkingDay(date)) out.push(date);
  }
  return out;
};

describe('2026, entry by entry', () => {
  it('New Year: 1/1 and 2/1 off (swap), Saturday 10/1 worked — break 1–4 January', () => {
    expect(offBetween('2025-12-31', '2026-01-11')).toEqual(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-11']);
  });

  it('Tết: 16–20 February, break Saturday 14 to Sunday 22 February', () => {
    expect(holidays(2026).filter((h) => h.id === 'tet').map((h) => h.date)).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    expect(offBetween('2026-02-13', '2026-02-23')).toEqual(['2026-02-14', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22']);
  });

  it('Hùng Kings: Sunday 26 April, compensatory Monday 27 April; 30/4–1/5 Thursday–Friday, no swap', () => {
    expect(offBetween('2026-04-24', '2026-05-04')).toEqual(['2026-04-25', '2026-04-26', '2026-04-27', '2026-04-30', '2026-05-01', '2026-05-02', '2026-05-03']);
    expect(holidays(2026).find((h) => h.date === '2026-04-27')).toMatchObject({ id: 'hung-kings', kind: 'compensatory', provisional: false });
  });

  it('National Day: Saturday 22/8 worked; break Saturday 29/8 to Wednesday 2/9; 3/9 is a working day', () => {
    expect(isWorkingDay('2026-08-22')).toBe(true);
    expect(offBetween('2026-08-28', '2026-09-04')).toEqual(['2026-08-29', '2026-08-30', '2026-08-31', '2026-09-01', '2026-09-02']);
    expect(isWorkingDay('2026-09-03')).toBe(true);
  });

  it('Vietnam Culture Day: Tuesday 24/11 off; 23/11 and 28/11 unchanged (the proposed swap was not found decided)', () => {
    expect(isWorkingDay('2026-11-24')).toBe(false);
    expect(isWorkingDay('2026-11-23')).toBe(true);
    expect(isWorkingDay('2026-11-28')).toBe(false); // a plain Saturday
    expect(VN_HOLIDAY_TABLE.years.find((y) => y.year === 2026)?.unconfirmed?.[0]).toContain('23/11');
  });

  it('deadlines around the National Day break roll to Thursday 3 September', () => {
    expect(workingDayOnOrAfter('2026-08-29')).toBe('2026-09-03');
    expect(workingDayOnOrAfter('2026-08-31')).toBe('2026-09-03');
    expect(workingDayOnOrAfter('2026-08-22')).toBe('2026-08-22');
  });

  it('every 2026 entry is decided (not provisional)', () => {
    expect(holidays(2026).filter((h) => h.provisional)).toEqual([]);
    expect(workingDayStatus('2026-09-01')).toMatchObject({ working: false, provisional: false, yearDecided: true });
  });
});

describe('provisional days: 2027 rests on the statutory rules until its decision is loaded', () => {
  it('2027 entries are provisional; the computed ones say so', () => {
    const list = holidays(2027);
    expect(list.every((h) => h.provisional)).toBe(true);
    expect(list.filter((h) => h.source === 'computed').map((h) => h.id)).toContain('tet');
    expect(workingDayStatus('2027-02-08')).toMatchObject({ working: false, provisional: true, yearDecided: false });
    expect(workingDayStatus('2027-03-10')).toMatchObject({ working: true, provisional: false, yearDecided: false, entries: [] });
  });

  it('the fallback for the day added to 2 September follows the precedents (2027: Thursday → Friday 3 September)', () => {
    expect(holidays(2027).filter((h) => h.id === 'national-day').map((h) => [h.date, h.source])).toEqual([
      ['2027-09-02', 'official'],
      ['2027-09-03', 'computed'],
    ]);
    // A Wednesday 2 September (2037) takes the Tuesday before, like 2026.
    expect(holidays(2037).filter((h) => h.id === 'national-day').map((h) => h.date)).toEqual(['2037-09-01', '2037-09-02']);
  });

  it('loading a published decision is one call: withHolidayYears, after which the year is decided', () => {
    const table = withHolidayYears(VN_HOLIDAY_TABLE, [
      {
        year: 2027,
        tet: { from: '2027-02-05', to: '2027-02-09', citation: { document: 'Thông báo (ví dụ)' } },
        nationalDayExtra: { date: '2027-09-03', citation: { document: 'Thông báo (ví dụ)' } },
      },
    ]);
    const list = holidays(2027, { table });
    expect(list.filter((h) => h.provisional)).toEqual([]);
    expect(workingDayStatus('2027-02-05', { table })).toMatchObject({ working: false, provisional: false, yearDecided: true });
  });
});
