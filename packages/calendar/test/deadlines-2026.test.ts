/**
 * Deadlines in December 2026 (issue 17): the two-tier state (no district step after 30/06/2025), the
 * provisional flag, and the deadline defects of the last round, each pinned.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CYCLES,
  deadlines,
  defineCycle,
  holidays,
  isWorkingDay,
  timeliness,
  upcoming,
  VN_HOLIDAY_TABLE,
  withHolidayYears,
  workingDayOnOrAfter,
  type ReportingCycle,
} from '../src/index.js';
import { coopErrorOf } from '../../../test-support/coop-errors.js';

const ALL = Object.values(CYCLES) as ReportingCycle[];
const dueOn = (month: number, day: number, extra: Record<string, unknown> = {}): ReportingCycle =>
  defineCycle({
    id: `due-${month}-${day}`,
    kind: 'report',
    label: { vi: 'Báo cáo', en: 'Report' },
    source: { document: 'Ví dụ' },
    periodType: 'year',
    window: 'calendar',
    steps: [{ id: 'report', level: 'province', label: { vi: 'Nộp', en: 'Submit' }, due: { month, day }, ...extra }],
  });

describe('two-tier state: no district step from 1 July 2025', () => {
  it('deadlines and upcoming for 2026 list no district step', () => {
    for (const cycle of ALL) {
      for (const d of deadlines(cycle, { from: '2026-01-01', to: '2026-12-31' })) {
        for (const s of d.steps) if (s.effectiveDate >= '2025-07-01') expect(s.level, `${s.uid}`).not.toBe('district');
      }
    }
    expect(upcoming('2026-01-01', ALL, 200).filter((s) => s.level === 'district' && s.writtenDate >= '2025-07-01')).toEqual([]);
  });

  it('the 2026 chains: data update co-op → commune → province; agricultural rating co-op → commune → province (flagged)', () => {
    const [update] = deadlines(CYCLES['data-update-09-2024'], { from: '2026-12-01', to: '2026-12-31' });
    expect(update?.steps.map((s) => `${s.level} ${s.effectiveDate}`)).toEqual(['organisation 2026-12-15', 'commune 2026-12-18', 'province 2026-12-21']);
    expect(update?.steps[1]?.unconfirmed).toBeDefined();
    const [rating] = deadlines(CYCLES['rating-09-2017'], { from: '2026-03-01', to: '2026-04-30' });
    expect(rating?.period).toBe('2025');
    expect(rating?.steps.map((s) => `${s.stepId} ${s.to?.en}`)).toEqual([
      'cooperative-to-commune Commune People’s Committee',
      'commune Province',
      'province Ministry of Agriculture and Environment (MARD before 2025)',
      'members The co-op’s members',
    ]);
  });

  it('rating-01-2020 names the recipients of its art. 9: the cooperative registration authority', () => {
    const steps = CYCLES['rating-01-2020'].steps;
    expect(steps[0]?.to?.vi).toBe('Cơ quan đăng ký hợp tác xã');
    expect(steps[1]?.to?.vi).toBe('Cơ quan đăng ký hợp tác xã cấp tỉnh');
    expect(steps.map((s) => s.to?.vi).join(' ')).not.toMatch(/UBND/);
    expect(CYCLES['rating-01-2020'].source.clause).toMatch(/art\. 9/);
  });
});

describe('deadlines around the 2026 decisions', () => {
  it('a report due Monday 31 August 2026 rolls to Thursday 3 September, decided', () => {
    const [d] = deadlines(dueOn(8, 31), { from: '2026-08-01', to: '2026-09-30' });
    expect(d?.steps[0]).toMatchObject({ effectiveDate: '2026-09-03', rolled: true, provisional: false });
    // Saturday 22 August is a working day: a report due that day stays there.
    expect(deadlines(dueOn(8, 22), { from: '2026-08-01', to: '2026-08-31' })[0]?.steps[0]).toMatchObject({ effectiveDate: '2026-08-22', rolled: false });
  });

  it('a report due 24 November 2026 (Vietnam Culture Day) rolls to Wednesday 25 November', () => {
    expect(deadlines(dueOn(11, 24), { from: '2026-11-01', to: '2026-11-30' })[0]?.steps[0]).toMatchObject({ effectiveDate: '2026-11-25', rolled: true });
  });

  it('2027: a deadline rolled over computed Tết days is provisional; one on a plain working day is not', () => {
    // Tết 2027 (computed): 4–8 February; 6 February is lunar 1/1.
    const [d] = deadlines(dueOn(2, 5), { from: '2027-02-01', to: '2027-02-28' });
    expect(d?.steps[0]).toMatchObject({ provisional: true, rolled: true });
    expect(deadlines(dueOn(3, 10), { from: '2027-03-01', to: '2027-03-31' })[0]?.steps[0]).toMatchObject({ effectiveDate: '2027-03-10', provisional: false });
  });
});

describe('deadline defects of the last round', () => {
  it('deadlines for 2014 and upcoming near 2198 no longer throw', () => {
    expect(() => deadlines(CYCLES['mard-annual'], { from: '2014-01-01', to: '2014-12-31' })).not.toThrow();
    expect(deadlines(CYCLES['coop-group-77-2019'], { from: '2014-01-01', to: '2014-03-31' }).length).toBeGreaterThan(0);
    expect(upcoming('2198-06-01', ALL, 50).length).toBe(50);
  });

  it('a roll of more than 60 days is found (a table with a 90-day closure)', () => {
    const name = { vi: 'Đóng cửa', en: 'Closure' };
    const citation = { document: 'Ví dụ' };
    const daysOff = Array.from({ length: 90 }, (_, i) => {
      const d = new Date(Date.UTC(2027, 5, 1 + i));
      return { date: d.toISOString().slice(0, 10), name, citation };
    });
    const table = withHolidayYears(VN_HOLIDAY_TABLE, [{ year: 2027, daysOff }]);
    // The days off on weekends add compensatory days, so the closure ends well after 29 August.
    const effective = workingDayOnOrAfter('2027-06-01', { table });
    expect(effective > '2027-09-01').toBe(true);
    const [d] = deadlines(dueOn(6, 1), { from: effective, to: effective, table });
    expect(d?.steps[0]).toMatchObject({ nominalDate: '2027-06-01', effectiveDate: effective, rolled: true });
  });

  it('the weekend is validated even when nothing rolls', () => {
    expect(coopErrorOf(() => deadlines(dueOn(3, 10), { from: '2027-03-01', to: '2027-03-31', weekend: [8] as never })).code).toBe('INVALID_OPTION');
    expect(coopErrorOf(() => upcoming('2027-03-01', [CYCLES['cooperative-day']], 1, { weekend: 'x' as never })).code).toBe('INVALID_OPTION');
  });

  it('DATE_OUT_OF_RANGE names the table’s own coverage, not always 2199', () => {
    const rules = [{ ...VN_HOLIDAY_TABLE.rules[1]!, toYear: 2100 }];
    const table = withHolidayYears({ ...VN_HOLIDAY_TABLE, rules: [VN_HOLIDAY_TABLE.rules[0]!, ...rules] }, []);
    expect(coopErrorOf(() => holidays(2150, { table }))).toMatchObject({ code: 'DATE_OUT_OF_RANGE', details: { year: 2150, firstYear: 2014, lastYear: 2100 } });
    expect(coopErrorOf(() => isWorkingDay('0999-06-01')).details).toEqual({ year: 999, firstYear: 2014, lastYear: 2199 });
  });

  it('English says "1 working day", not "1 working days"', () => {
    const [d] = deadlines(CYCLES['mard-annual'], { from: '2025-12-01', to: '2025-12-31' });
    expect(timeliness('2025-12-22T03:00:00Z', d!.steps[0]!).explanation.en).toBe('Late by 3 days (1 working day): submitted 2025-12-22, due 2025-12-19.');
  });
});

describe('property: deadlines never land on a day off (decided and provisional years)', () => {
  it('for any due day and reading, the effective date of a rolling step is a working day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 2015, max: 2060 }), fc.constantFrom('cycle', 'strict', 'lenient'), (month, day, year, reading) => {
        const cycle = dueOn(month, Math.min(day, 28), { strictBefore: day % 2 === 0 });
        for (const d of deadlines(cycle, { from: `${year}-01-01`, to: `${year}-12-31`, reading: reading as 'cycle' })) {
          for (const s of d.steps) expect(isWorkingDay(s.effectiveDate)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
