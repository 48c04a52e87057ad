import { isCoopError } from '@coop/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CYCLES, defineCycle, type BuiltInCycleId, type ReportingCycle } from '../src/cycles.js';
import { deadlines, upcoming, type DeadlineStep } from '../src/deadlines.js';
import { addDays, fromDayNumber, toDayNumber } from '../src/internal/civil-date.js';
import { withHolidayYears, VN_HOLIDAY_TABLE } from '../src/holiday-table.js';
import { isWorkingDay } from '../src/working-days.js';

const ALL = Object.values(CYCLES) as ReportingCycle[];
const year = (cycle: ReportingCycle, y: number) => deadlines(cycle, { from: `${y}-01-01`, to: `${y}-12-31` });
const brief = (s: DeadlineStep | undefined) => s && `${s.writtenDate} ${s.nominalDate} ${s.effectiveDate}`;
const dueOn = (month: number, day: number, strictBefore = false): ReportingCycle =>
  defineCycle({
    id: `user-${month}-${day}`,
    kind: 'report',
    label: { vi: 'Báo cáo thử', en: 'Test report' },
    source: { document: 'test' },
    periodType: 'year',
    window: 'calendar',
    steps: [{ id: 'report', level: 'cooperative', label: { vi: 'Nộp', en: 'Submit' }, due: { month, day }, strictBefore }],
  });

describe('deadlines — rolling over weekends (Civil Code art. 148)', () => {
  it('mard-half-year 2021: "before 20 June" (a Sunday) → strict 19 June (Saturday) → Monday 21 June', () => {
    const [d, ...rest] = deadlines(CYCLES['mard-half-year'], { from: '2021-01-01', to: '2021-12-31' });
    expect(rest).toEqual([]);
    expect(d?.period).toBe('2021S1');
    expect(d?.window).toEqual({ period: '2021S1', rule: 'decree-09-2019', start: '2020-12-15', end: '2021-06-14' });
    expect(d?.steps[0]).toMatchObject({
      writtenDate: '2021-06-20',
      strictBefore: true,
      nominalDate: '2021-06-19',
      effectiveDate: '2021-06-21',
      rolled: true,
      dueAt: '2021-06-21T17:00:00.000Z',
      uid: 'mard-half-year/2021S1/report@coop-calendar',
      level: 'agency',
    });
  });

  it('a deadline on a Saturday and one on a Sunday both roll to Monday', () => {
    expect(brief(year(dueOn(12, 20), 2025)[0]?.steps[0])).toBe('2025-12-20 2025-12-20 2025-12-22'); // Saturday
    expect(brief(year(dueOn(12, 21), 2025)[0]?.steps[0])).toBe('2025-12-21 2025-12-21 2025-12-22'); // Sunday
    expect(brief(year(dueOn(12, 19), 2025)[0]?.steps[0])).toBe('2025-12-19 2025-12-19 2025-12-19'); // Friday
  });

  it('strict vs lenient: "before 20 December 2025" (a Saturday)', () => {
    const mard = CYCLES['mard-annual'];
    const strict = year(mard, 2025)[0]?.steps[0];
    expect(brief(strict)).toBe('2025-12-20 2025-12-19 2025-12-19'); // 19th is a Friday: no roll
    const lenient = deadlines(mard, { from: '2025-01-01', to: '2025-12-31', reading: 'lenient' })[0]?.steps[0];
    expect(lenient).toMatchObject({ strictBefore: false, nominalDate: '2025-12-20', effectiveDate: '2025-12-22' });
    const forced = deadlines(CYCLES['rating-01-2020'], { from: '2024-01-01', to: '2024-12-31', reading: 'strict' })[0]?.steps[1];
    expect(forced).toMatchObject({ writtenDate: '2024-12-18', strictBefore: true, nominalDate: '2024-12-17' });
  });

  it('a cycle that does not roll keeps the nominal date', () => {
    const fixed = defineCycle({ ...dueOn(12, 20), id: 'no-roll', rollsOverDaysOff: false });
    expect(year(fixed, 2025)[0]?.steps[0]).toMatchObject({ effectiveDate: '2025-12-20', rolled: false, rollsOverDaysOff: false });
    const stepOverride = defineCycle({ ...dueOn(12, 20), id: 'step-no-roll', steps: [{ ...dueOn(12, 20).steps[0]!, rollsOverDaysOff: false }] });
    expect(year(stepOverride, 2025)[0]?.steps[0]?.effectiveDate).toBe('2025-12-20');
  });

  it('an event never rolls: Cooperative Day 2026 falls on a Saturday and stays there', () => {
    const [d] = year(CYCLES['cooperative-day'], 2026);
    expect(d?.window).toBeUndefined();
    expect(d?.steps[0]).toMatchObject({ kind: 'event', effectiveDate: '2026-04-11', rolled: false, uid: 'cooperative-day/2026/event@coop-calendar' });
  });
});

describe('deadlines — rolling over public holidays (official holiday table)', () => {
  it('Tết 2026: due on the first day of Tết (17 Feb) and on the Saturday before (14 Feb) → Monday 23 Feb', () => {
    expect(brief(year(dueOn(2, 17), 2026)[0]?.steps[0])).toBe('2026-02-17 2026-02-17 2026-02-23');
    expect(brief(year(dueOn(2, 14), 2026)[0]?.steps[0])).toBe('2026-02-14 2026-02-14 2026-02-23');
  });

  it('2 September: 2025 (1–2 Sep off) → 3 Sep; 2021 (2–3 Sep, then the weekend) → 6 Sep', () => {
    expect(brief(year(dueOn(9, 2), 2025)[0]?.steps[0])).toBe('2025-09-02 2025-09-02 2025-09-03');
    expect(brief(year(dueOn(9, 2), 2021)[0]?.steps[0])).toBe('2021-09-02 2021-09-02 2021-09-06');
  });

  it('2 September 2023 is a Saturday: 1 Sep is the extra day, Monday 4 Sep is compensatory → Tuesday 5 Sep', () => {
    expect(brief(year(dueOn(9, 2), 2023)[0]?.steps[0])).toBe('2023-09-02 2023-09-02 2023-09-05');
  });

  it('swaps: a working Saturday does not roll; a swapped day off does', () => {
    expect(year(dueOn(1, 10), 2026)[0]?.steps[0]).toMatchObject({ effectiveDate: '2026-01-10', rolled: false }); // Saturday worked for 2 Jan
    expect(brief(year(dueOn(1, 1), 2026)[0]?.steps[0])).toBe('2026-01-01 2026-01-01 2026-01-05'); // 1 Jan holiday, 2 Jan swapped off
  });

  it('coop-group-77-2019 for 2024: the province step (30 Jan 2025) falls in Tết → Monday 3 Feb 2025', () => {
    const [d] = deadlines(CYCLES['coop-group-77-2019'], { from: '2025-01-01', to: '2025-02-28' });
    expect(d?.period).toBe('2024');
    expect(d?.steps.map((s) => `${s.stepId} ${brief(s)}`)).toEqual([
      'group 2024-12-16 2024-12-15 2024-12-16', // "before 16 Dec" → 15 Dec, a Sunday → Monday 16
      'commune 2024-12-30 2024-12-30 2024-12-30',
      'district 2025-01-15 2025-01-15 2025-01-15',
      'province 2025-01-30 2025-01-30 2025-02-03',
    ]);
  });

  it('passes the working-calendar options through: a user table with next year’s decisions, another weekend', () => {
    // mard-annual 2027: "before 20 Dec" → 19 Dec, a Sunday → Monday 20 Dec …
    expect(year(CYCLES['mard-annual'], 2027)[0]?.steps[0]?.effectiveDate).toBe('2027-12-20');
    // … unless a (hypothetical) 2027 decision gives 20 Dec off
    const table = withHolidayYears(VN_HOLIDAY_TABLE, [
      { year: 2027, daysOff: [{ date: '2027-12-20', name: { vi: 'Nghỉ', en: 'Day off' }, citation: { document: 'test decision' } }] },
    ]);
    const withTable = deadlines(CYCLES['mard-annual'], { from: '2027-01-01', to: '2027-12-31', table });
    expect(withTable[0]?.steps[0]?.effectiveDate).toBe('2027-12-21');
    // a six-day week: Saturday 20 Dec 2025 is a working day
    expect(year(dueOn(12, 20), 2025)[0]?.steps[0]?.effectiveDate).toBe('2025-12-22');
    const sixDays = deadlines(dueOn(12, 20), { from: '2025-01-01', to: '2025-12-31', weekend: [7] });
    expect(sixDays[0]?.steps[0]?.effectiveDate).toBe('2025-12-20');
  });
});

describe('deadlines — chains', () => {
  it('rating-01-2020 for 2024: co-op 15 Dec (Sun → 16) → district 18 Dec → province 21 Dec (Sat → 23)', () => {
    const [d, ...rest] = year(CYCLES['rating-01-2020'], 2024);
    expect(rest).toEqual([]);
    expect(d?.period).toBe('2024');
    expect(d?.steps.map((s) => `${s.level} ${brief(s)}`)).toEqual([
      'cooperative 2024-12-15 2024-12-15 2024-12-16',
      'district 2024-12-18 2024-12-18 2024-12-18',
      'province 2024-12-21 2024-12-21 2024-12-23',
    ]);
  });

  it('rating-01-2020 stops after evaluation year 2024 (repealed 2025-09-18)', () => {
    expect(year(CYCLES['rating-01-2020'], 2025)).toEqual([]);
    expect(year(CYCLES['rating-01-2020'], 2019)).toEqual([]);
    expect(year(CYCLES['rating-01-2020'], 2020).map((d) => d.period)).toEqual(['2020']);
  });

  it('rating-09-2017 for rated year 2024: every step in April 2025 ("before" = the day before)', () => {
    const [d] = deadlines(CYCLES['rating-09-2017'], { from: '2025-03-01', to: '2025-04-30' });
    expect(d?.period).toBe('2024');
    expect(d?.steps.map((s) => `${s.level} ${brief(s)}`)).toEqual([
      'cooperative 2025-04-01 2025-03-31 2025-03-31',
      'district 2025-04-10 2025-04-09 2025-04-09',
      'province 2025-04-15 2025-04-14 2025-04-14',
      // Art. 5.2.d: the board publishes the result to members "đến hết 15 tháng 4" — 15 April itself counts.
      'cooperative 2025-04-15 2025-04-15 2025-04-15',
    ]);
    expect(d?.steps.at(-1)?.stepId).toBe('members');
  });

  it('coop-group-77-2019 for 2025: two steps in December, one in January 2026 — no district step after 30/06/2025 (issue 17)', () => {
    const [d] = deadlines(CYCLES['coop-group-77-2019'], { from: '2026-01-01', to: '2026-01-31' });
    expect(d?.period).toBe('2025');
    expect(d?.steps.map((s) => `${s.stepId} ${brief(s)}`)).toEqual([
      'group 2025-12-16 2025-12-15 2025-12-15',
      'commune-to-province 2025-12-30 2025-12-30 2025-12-30',
      'province 2026-01-30 2026-01-30 2026-01-30',
    ]);
    expect(d?.steps[1]?.unconfirmed?.en).toMatch(/not confirmed/);
    // 2024's chain still had its district step (15 January 2025).
    const [d2024] = deadlines(CYCLES['coop-group-77-2019'], { from: '2025-01-01', to: '2025-01-31' });
    expect(d2024?.steps.map((s) => s.stepId)).toEqual(['group', 'commune', 'district', 'province']);
  });

  it('selects by due date: a range catching only the January steps still returns the whole chain', () => {
    const dec = deadlines(CYCLES['coop-group-77-2019'], { from: '2025-12-01', to: '2025-12-31' });
    expect(dec.map((d) => d.period)).toEqual(['2025']);
    const both = deadlines(CYCLES['coop-group-77-2019'], { from: '2025-01-01', to: '2025-12-31' });
    expect(both.map((d) => d.period)).toEqual(['2024', '2025']); // 2024's January-2025 steps, 2025's December steps
  });
});

describe('deadlines — one-off cycles and errors', () => {
  it('thai-nguyen-model-nomination-2024: "in March 2024", window 1–31 March, 31 March is a Sunday', () => {
    const all = deadlines(CYCLES['thai-nguyen-model-nomination-2024'], { from: '2000-01-01', to: '2100-12-31' });
    expect(all).toHaveLength(1);
    expect(all[0]?.window).toEqual({ period: '202403', rule: 'calendar', start: '2024-03-01', end: '2024-03-31' });
    expect(all[0]?.steps[0]).toMatchObject({ writtenDate: '2024-03-31', nominalDate: '2024-03-31', effectiveDate: '2024-04-01' });
  });

  it('monthsAfterEnd rules: quarterly report due the 18th of the quarter’s last month, and day 31 clamps', () => {
    const q = defineCycle({
      id: 'q',
      kind: 'report',
      label: { vi: 'Quý', en: 'Quarter' },
      source: { document: 'test' },
      periodType: 'quarter',
      window: 'decree-09-2019',
      steps: [
        { id: 'a', level: 'district', label: { vi: 'a', en: 'a' }, due: { monthsAfterEnd: 0, day: 18 } },
        { id: 'b', level: 'province', label: { vi: 'b', en: 'b' }, due: { monthsAfterEnd: -1, day: 31 }, rollsOverDaysOff: false },
      ],
    });
    const ds = deadlines(q, { from: '2025-01-01', to: '2025-06-30' });
    expect(ds.map((d) => d.period)).toEqual(['2025Q1', '2025Q2']);
    expect(ds[0]?.steps.map((s) => s.writtenDate)).toEqual(['2025-03-18', '2025-02-28']);
    expect(ds[0]?.window).toMatchObject({ start: '2024-12-15', end: '2025-03-14' });
  });

  it('throws typed errors on misuse', () => {
    const codeOf = (fn: () => unknown): string | undefined => {
      try {
        fn();
      } catch (error) {
        return isCoopError(error) ? error.code : 'raw';
      }
      return undefined;
    };
    expect(codeOf(() => deadlines(CYCLES['mard-annual'], { from: '2025-12-31', to: '2025-01-01' }))).toBe('INVALID_RANGE');
    expect(codeOf(() => deadlines(CYCLES['mard-annual'], { from: '2025/01/01', to: '2025-12-31' }))).toBe('INVALID_DATE');
    expect(codeOf(() => deadlines({} as ReportingCycle, { from: '2025-01-01', to: '2025-12-31' }))).toBe('INVALID_CYCLE');
    expect(codeOf(() => upcoming('2025-01-01', ALL, -1))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => upcoming('soon', ALL, 1))).toBe('INVALID_INSTANT');
    expect(codeOf(() => upcoming('2025-01-01', 'all' as unknown as ReportingCycle[], 1))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => upcoming('2025-01-01', ALL, 1, null as unknown as object))).toBe('INVALID_OPTION');
    expect(codeOf(() => deadlines(CYCLES['mard-annual'], null as unknown as { from: string; to: string }))).toBe('INVALID_OPTION');
    expect(codeOf(() => deadlines(CYCLES['mard-annual'], { from: '2025-01-01', to: '2025-12-31', table: 'vn' as never }))).toBe('INVALID_HOLIDAY_TABLE');
    const broken = { ...CYCLES['mard-annual'], steps: [{ ...CYCLES['mard-annual'].steps[0], due: { month: 13, day: 1 } }] };
    expect(codeOf(() => deadlines(broken as unknown as ReportingCycle, { from: '2025-01-01', to: '2025-12-31' }))).toBe('INVALID_CYCLE');
  });
});

describe('upcoming', () => {
  it('lists the next steps across cycles, sorted by due instant', () => {
    const next = upcoming('2025-12-01', ALL, 6);
    expect(next.map((s) => `${s.effectiveDate} ${s.cycleId}/${s.stepId}`)).toEqual([
      '2025-12-15 quang-nam-annual/report', // "before 15/12" → 14 Dec, a Sunday → Monday 15; ties keep the input order
      '2025-12-15 data-update-09-2024/organisation',
      '2025-12-15 coop-group-77-2019/group',
      '2025-12-18 data-update-09-2024/commune', // two-tier state: the district step ended on 30/06/2025
      '2025-12-19 mard-annual/report',
      '2025-12-19 support-programme-124-2021/to-ministry',
    ]);
  });

  it('an instant excludes deadlines already over; a date includes those ending that day', () => {
    expect(upcoming('2025-12-15', [CYCLES['quang-nam-annual']], 1)[0]?.period).toBe('2025');
    expect(upcoming('2025-12-15T17:00:00Z', [CYCLES['quang-nam-annual']], 1)[0]?.period).toBe('2026');
    expect(upcoming('2025-12-15T16:59:59Z', [CYCLES['quang-nam-annual']], 1)[0]?.period).toBe('2025');
    expect(upcoming(new Date('2025-12-15T17:00:00Z'), [CYCLES['mard-annual']], 1)[0]?.period).toBe('2025');
  });

  it('looks across years and returns fewer when cycles end', () => {
    expect(upcoming('2025-04-12', [CYCLES['cooperative-day']], 3).map((s) => s.effectiveDate)).toEqual(['2026-04-11', '2027-04-11', '2028-04-11']);
    expect(upcoming('2024-01-01', [CYCLES['thai-nguyen-model-nomination-2024']], 5)).toHaveLength(1);
    expect(upcoming('2025-01-01', ALL, 0)).toEqual([]);
  });

  it('property: sorted, all after asOf, and the first n of a longer list', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('2018-01-01'), max: toDayNumber('2035-12-31') }).map(fromDayNumber), fc.integer({ min: 1, max: 8 }), (asOf, n) => {
        const list = upcoming(asOf, ALL, n + 3);
        const short = upcoming(asOf, ALL, n);
        expect(short).toEqual(list.slice(0, n));
        for (let i = 1; i < list.length; i += 1) expect(list[i - 1]!.dueAt <= list[i]!.dueAt).toBe(true);
        for (const s of list) expect(s.effectiveDate >= asOf).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('deadline invariants (properties)', () => {
  const ids = Object.keys(CYCLES) as BuiltInCycleId[];
  it('effective is a working day when the cycle rolls, never before nominal, and nominal = written or the day before', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.integer({ min: 2017, max: 2040 }),
        fc.constantFrom<'cycle' | 'strict' | 'lenient'>('cycle', 'strict', 'lenient'),
        (id, y, reading) => {
          for (const d of deadlines(CYCLES[id], { from: `${y}-01-01`, to: `${y}-12-31`, reading })) {
            for (const s of d.steps) {
              expect(s.effectiveDate >= s.nominalDate).toBe(true);
              expect(s.nominalDate).toBe(s.strictBefore ? addDays(s.writtenDate, -1) : s.writtenDate);
              if (s.rollsOverDaysOff) {
                expect(isWorkingDay(s.effectiveDate)).toBe(true);
                // the roll goes to the *next* working day: every day in between is a day off
                for (let day = s.nominalDate; day < s.effectiveDate; day = addDays(day, 1)) expect(isWorkingDay(day)).toBe(false);
              } else {
                expect(s.effectiveDate).toBe(s.nominalDate);
              }
              expect(s.dueAt).toBe(new Date(Date.parse(`${addDays(s.effectiveDate, 1)}T00:00:00+07:00`)).toISOString());
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('same input, same output (no clock, no randomness)', () => {
    expect(upcoming('2025-06-01', ALL, 10)).toEqual(upcoming('2025-06-01', ALL, 10));
  });
});
