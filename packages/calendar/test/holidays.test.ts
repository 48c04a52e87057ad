import { isCoopError } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { VN_HOLIDAY_TABLE, parseHolidayTable, withHolidayYears, type HolidayTable } from '../src/holiday-table.js';
import { holidays, type Holiday } from '../src/holidays.js';
import { isWorkingDay } from '../src/working-days.js';

const datesOf = (list: readonly Holiday[], pred: (h: Holiday) => boolean): string[] => list.filter(pred).map((h) => h.date);
const daysOff = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00Z`); d <= new Date(`${to}T00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    const s = d.toISOString().slice(0, 10);
    if (!isWorkingDay(s)) out.push(s);
  }
  return out;
};
const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00Z`); d <= new Date(`${to}T00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
  return out;
};

describe('official table', () => {
  it('is valid', () => {
    expect(parseHolidayTable(VN_HOLIDAY_TABLE)).toEqual({ ok: true, value: VN_HOLIDAY_TABLE });
  });

  it('every decided entry cites its decision', () => {
    for (const year of VN_HOLIDAY_TABLE.years) {
      expect(year.year).toBeGreaterThanOrEqual(2020);
      for (const citation of [year.tet?.citation, year.nationalDayExtra?.citation, ...(year.swaps ?? []).map((s) => s.citation)]) {
        if (citation) expect(citation.document.length).toBeGreaterThan(5);
      }
    }
    expect(VN_HOLIDAY_TABLE.years.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('Tết 2025: five official days 27–31 January, a 9-day break 25 January – 2 February', () => {
    const list = holidays(2025);
    expect(datesOf(list, (h) => h.id === 'tet')).toEqual(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']);
    expect(list.filter((h) => h.id === 'tet').every((h) => h.source === 'official' && h.citation?.document.includes('8726'))).toBe(true);
    expect(daysOff('2025-01-20', '2025-02-09')).toEqual([...range('2025-01-25', '2025-02-02'), '2025-02-08', '2025-02-09']);
  });

  it('Tết 2026: 16–20 February official, a 9-day break 14–22 February', () => {
    const list = holidays(2026);
    expect(datesOf(list, (h) => h.id === 'tet')).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    expect(list.find((h) => h.id === 'tet')?.citation?.document).toContain('9441/TB-BNV');
    expect(daysOff('2026-02-09', '2026-02-27')).toEqual([...range('2026-02-14', '2026-02-22')]);
  });

  it('Tết 2024: five Tết days with two falling on the weekend → compensatory 13–14 February', () => {
    const list = holidays(2024);
    expect(datesOf(list, (h) => h.kind === 'compensatory')).toEqual(['2024-02-13', '2024-02-14']);
    expect(daysOff('2024-02-05', '2024-02-16')).toEqual(range('2024-02-08', '2024-02-14'));
  });

  it('2026 swaps: 2 January off for Saturday 10 January (Công văn 12729/VPCP-KGVX); 31 August off for Saturday 22 August (Thông báo 9441/TB-BNV)', () => {
    const list = holidays(2026);
    expect(list.filter((h) => h.kind === 'swap-off' || h.kind === 'swap-workday').map((h) => [h.date, h.kind])).toEqual([
      ['2026-01-02', 'swap-off'],
      ['2026-01-10', 'swap-workday'],
      ['2026-08-22', 'swap-workday'],
      ['2026-08-31', 'swap-off'],
    ]);
    expect(isWorkingDay('2026-01-02')).toBe(false);
    expect(isWorkingDay('2026-01-10')).toBe(true);
  });

  it('2 September: 2025 adds Monday 1 September (official), 2024 adds Tuesday 3 September', () => {
    const nd2025 = holidays(2025).filter((h) => h.id === 'national-day');
    expect(nd2025.map((h) => [h.date, h.source])).toEqual([
      ['2025-09-01', 'official'],
      ['2025-09-02', 'official'],
    ]);
    expect(daysOff('2025-08-29', '2025-09-05')).toEqual(['2025-08-30', '2025-08-31', '2025-09-01', '2025-09-02']);
    expect(datesOf(holidays(2024), (h) => h.id === 'national-day')).toEqual(['2024-09-02', '2024-09-03']);
  });

  it('2 September 2026 (Thông báo 9441/TB-BNV): Tuesday 1 September added, decided, not provisional', () => {
    const nd = holidays(2026).filter((h) => h.id === 'national-day');
    expect(nd.map((h) => [h.date, h.source, h.provisional])).toEqual([
      ['2026-09-01', 'official', false],
      ['2026-09-02', 'official', false],
    ]);
    expect(VN_HOLIDAY_TABLE.years.find((y) => y.year === 2026)?.nationalDayExtra?.citation.document).toContain('9441/TB-BNV');
  });

  it('2 September 2023 (a Saturday): 1 September added, compensatory Monday 4 September', () => {
    expect(daysOff('2023-08-31', '2023-09-05')).toEqual(['2023-09-01', '2023-09-02', '2023-09-03', '2023-09-04']);
  });

  it('30 April – 1 May: 2025 swap (2 May off, Saturday 26 April worked), 2024 swap (29 April off, 4 May worked)', () => {
    expect(daysOff('2025-04-26', '2025-05-05')).toEqual(['2025-04-27', '2025-04-30', '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04']);
    expect(daysOff('2024-04-26', '2024-05-05')).toEqual(['2024-04-27', '2024-04-28', '2024-04-29', '2024-04-30', '2024-05-01', '2024-05-05']);
  });

  it('2020 followed the 2012 Labour Code: 2 September alone', () => {
    expect(datesOf(holidays(2020), (h) => h.id === 'national-day')).toEqual(['2020-09-02']);
  });
});

describe('computed years', () => {
  it('2029: Tết by the default rule (2 days before, 3 after), marked computed', () => {
    const tet = holidays(2029).filter((h) => h.id === 'tet');
    // Tết 2029 is Tuesday 13 February; 11 February is a Sunday → compensatory Friday 16 February.
    expect(tet.map((h) => [h.date, h.kind, h.source])).toEqual([
      ['2029-02-11', 'public-holiday', 'computed'],
      ['2029-02-12', 'public-holiday', 'computed'],
      ['2029-02-13', 'public-holiday', 'computed'],
      ['2029-02-14', 'public-holiday', 'computed'],
      ['2029-02-15', 'public-holiday', 'computed'],
      ['2029-02-16', 'compensatory', 'computed'],
    ]);
  });

  it('2 September 2029 is a Sunday: 3 September added (computed) and a compensatory day on Tuesday 4 September', () => {
    const nd = holidays(2029).filter((h) => h.id === 'national-day');
    expect(nd.map((h) => [h.date, h.kind, h.source])).toEqual([
      ['2029-09-02', 'public-holiday', 'official'],
      ['2029-09-03', 'public-holiday', 'computed'],
      ['2029-09-04', 'compensatory', 'computed'],
    ]);
    expect(isWorkingDay('2029-09-04')).toBe(false);
    expect(isWorkingDay('2029-09-05')).toBe(true);
  });

  it('Hùng Kings on a Sunday (26 April 2026) gives Monday 27 April', () => {
    expect(holidays(2026).find((h) => h.date === '2026-04-27')).toMatchObject({ kind: 'compensatory', id: 'hung-kings', source: 'official' });
  });

  it('has eleven statutory holiday days a year from 2021 (ten before)', () => {
    // From 2026 a twelfth day off: 24 November (Resolution 28/2026/QH16), outside art. 112(1).
    for (let year = 2014; year <= 2060; year++) {
      const count = holidays(year).filter((h) => h.kind === 'public-holiday' && h.id !== 'vietnam-culture-day').length;
      expect(count).toBe(year >= 2021 ? 11 : 10);
      expect(holidays(year).some((h) => h.id === 'vietnam-culture-day')).toBe(year >= 2026);
    }
  });

  it('lists entries sorted by date, one compensatory day per holiday on a weekend', () => {
    for (let year = 2014; year <= 2199; year += 7) {
      const list = holidays(year);
      const dates = list.map((h) => h.date);
      expect([...dates].sort()).toEqual(dates);
      // Vietnam Culture Day is not an art. 112(1) holiday: art. 111(3) gives it no compensatory day.
      const onWeekend = list.filter((h) => h.kind === 'public-holiday' && h.id !== 'vietnam-culture-day' && [0, 6].includes(new Date(`${h.date}T00:00Z`).getUTCDay()));
      expect(list.filter((h) => h.kind === 'compensatory').length).toBe(onWeekend.length);
    }
  });

  it('Sunday-only weekend: a Saturday holiday gets no compensatory day', () => {
    // 2 September 2023 is a Saturday.
    expect(holidays(2023, { weekend: [7] }).filter((h) => h.kind === 'compensatory' && h.id === 'national-day')).toEqual([]);
    expect(isWorkingDay('2023-09-04', { weekend: [7] })).toBe(true);
    expect(isWorkingDay('2023-09-09', { weekend: [7] })).toBe(true);
  });
});

describe('optional holidays and user tables', () => {
  it('Vietnam Culture Day (24 November) is a day off from 2026 (Resolution 28/2026/QH16, art. 2); the old opt-in id is still accepted', () => {
    expect(holidays(2026).find((h) => h.date === '2026-11-24')).toMatchObject({ id: 'vietnam-culture-day', source: 'official', kind: 'public-holiday' });
    expect(isWorkingDay('2026-11-24')).toBe(false);
    expect(isWorkingDay('2026-11-24', { optional: ['vietnam-culture-day'] })).toBe(false);
    expect(holidays(2025).some((h) => h.id === 'vietnam-culture-day')).toBe(false);
    expect(isWorkingDay('2025-11-24')).toBe(true);
  });

  it('users add next year’s decisions with withHolidayYears (the base table is untouched)', () => {
    const table = withHolidayYears(VN_HOLIDAY_TABLE, [
      {
        year: 2027,
        tet: { from: '2027-02-05', to: '2027-02-09', citation: { document: 'Thông báo (giả định)' } },
        swaps: [{ off: '2027-02-10', workday: '2027-02-20', citation: { document: 'Thông báo (giả định)' } }],
      },
    ]);
    expect(VN_HOLIDAY_TABLE.years.some((y) => y.year === 2027)).toBe(false);
    const tet = holidays(2027, { table }).filter((h) => h.id === 'tet');
    expect(tet.every((h) => h.source === 'official')).toBe(true);
    expect(isWorkingDay('2027-02-10', { table })).toBe(false);
    expect(isWorkingDay('2027-02-20', { table })).toBe(true);
    expect(isWorkingDay('2027-02-20')).toBe(false); // without the user table it is an ordinary Saturday
  });

  it('rejects invalid user tables with issues (parse) or a typed error (use)', () => {
    const broken = {
      ...VN_HOLIDAY_TABLE,
      years: [
        { year: 2027, tet: { from: '2027-03-01', to: '2027-03-05', citation: { document: 'x' } } },
        { year: 2027, nationalDayExtra: { date: '2027-09-05', citation: { document: 'x' } } },
        { year: 2028, swaps: [{ off: '2028-02-30', workday: '2028-03-04', citation: {} }] },
      ],
    };
    const result = parseHolidayTable(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
        ['years.0.tet', 'custom'],
        ['years.1.year', 'duplicate'],
        ['years.1.nationalDayExtra.date', 'invalid_enum'],
        ['years.2.swaps.0.off', 'invalid_date'],
        ['years.2.swaps.0.citation', 'missing'],
      ]);
      expect(result.issues[0]!.message.vi.length).toBeGreaterThan(0);
    }
    expect(parseHolidayTable(null).ok).toBe(false);
    expect(parseHolidayTable({ id: 'x', version: '1', rules: [], years: [], optional: [] }).ok).toBe(false);
    try {
      holidays(2027, { table: broken as unknown as HolidayTable });
      throw new Error('expected a throw');
    } catch (error) {
      expect(isCoopError(error, 'INVALID_HOLIDAY_TABLE')).toBe(true);
    }
  });

  it('rejects bad options and years outside the rules', () => {
    const code = (fn: () => unknown): string | undefined => {
      try {
        fn();
      } catch (error) {
        return isCoopError(error) ? error.code : 'untyped';
      }
      return undefined;
    };
    expect(code(() => holidays(2013))).toBe('DATE_OUT_OF_RANGE');
    expect(code(() => holidays(2200))).toBe('DATE_OUT_OF_RANGE');
    expect(code(() => holidays(2025, { weekend: [0] }))).toBe('INVALID_OPTION');
    expect(code(() => holidays(2025, { weekend: [1, 2, 3, 4, 5, 6, 7] }))).toBe('INVALID_OPTION');
    expect(code(() => holidays(2025, { optional: ['no-such-day'] }))).toBe('INVALID_OPTION');
    expect(code(() => holidays(2025.5))).toBe('INVALID_DATE');
  });
});
