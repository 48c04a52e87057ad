/**
 * Rules of `deadlines` / `upcoming` that the mutation run found unpinned (issue 7): the inclusive range
 * selected by effective date, the 60-day roll reach, events (never strict, never rolled, no window),
 * the per-step window / recipient / lock, month-offset due rules across the year end, the typed errors
 * with their details, and how `upcoming` widens its horizon (lazily, up to the end of the calendar).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CYCLES, defineCycle, type CycleStep, type DueDateRule, type ReportingCycle } from '../src/cycles.js';
import { deadlines, upcoming, type DeadlineStep } from '../src/deadlines.js';
import { withHolidayYears, VN_HOLIDAY_TABLE, type HolidayYear } from '../src/holiday-table.js';
import { addDays, fromDayNumber, toDayNumber } from '../src/internal/civil-date.js';
import { isWorkingDay } from '../src/working-days.js';
import { codeAndDetails } from '../../../test-support/coop-errors.js';

const ALL = Object.values(CYCLES) as ReportingCycle[];
const MARD = CYCLES['mard-annual'];
const COOP_DAY = CYCLES['cooperative-day'];
const label = { vi: 'Thử', en: 'Test' };
const brief = (s: DeadlineStep | undefined) => s && `${s.writtenDate} ${s.nominalDate} ${s.effectiveDate}`;

/** A yearly report due on a fixed day (rolls, lenient by default). */
const dueOn = (month: number, day: number, extra: Partial<CycleStep> = {}): ReportingCycle =>
  defineCycle({
    id: `user-${month}-${day}`,
    kind: 'report',
    label,
    source: { document: 'test' },
    periodType: 'year',
    window: 'calendar',
    steps: [{ id: 'report', level: 'cooperative', label, due: { month, day }, ...extra }],
  });

/** A yearly event on a fixed day. */
const eventOn = (month: number, day: number): ReportingCycle =>
  defineCycle({ id: `event-${month}-${day}`, kind: 'event', label, source: { document: 'test' }, periodType: 'year', steps: [{ id: 'event', label, due: { month, day } }] });

describe('deadlines — the range [from, to] selects by effective date, both ends inclusive', () => {
  it('a one-day range on the effective date (from = to) selects it', () => {
    // mard-annual 2025: "before 20 Dec" → 19 Dec, a Friday: nominal = effective = 19 Dec.
    const [d, ...rest] = deadlines(MARD, { from: '2025-12-19', to: '2025-12-19' });
    expect(rest).toEqual([]);
    expect(d?.period).toBe('2025');
    expect(brief(d?.steps[0])).toBe('2025-12-20 2025-12-19 2025-12-19');
    expect(deadlines(MARD, { from: '2025-12-18', to: '2025-12-18' })).toEqual([]);
    expect(deadlines(MARD, { from: '2025-12-20', to: '2025-12-20' })).toEqual([]);
  });

  it('a date written inside the range but rolled out of it is not selected; rolled into it, it is', () => {
    const sat = dueOn(12, 20); // 20 Dec 2025 is a Saturday → Monday 22 Dec
    expect(deadlines(sat, { from: '2025-12-01', to: '2025-12-20' })).toEqual([]);
    expect(deadlines(sat, { from: '2025-12-01', to: '2025-12-21' })).toEqual([]);
    expect(deadlines(sat, { from: '2025-12-01', to: '2025-12-22' }).map((d) => brief(d.steps[0]))).toEqual(['2025-12-20 2025-12-20 2025-12-22']);
    expect(deadlines(sat, { from: '2025-12-22', to: '2025-12-31' }).map((d) => d.period)).toEqual(['2025']);
    expect(deadlines(sat, { from: '2025-12-23', to: '2025-12-31' })).toEqual([]);
  });

  it('a roll of exactly 60 days (a user calendar closing 1 Aug – 29 Sep 2025) still lands in the range', () => {
    const y2025 = VN_HOLIDAY_TABLE.years.find((y) => y.year === 2025)!;
    const closure: NonNullable<HolidayYear['daysOff']>[number][] = [];
    for (let day = '2025-08-01'; day < '2025-09-30'; day = addDays(day, 1)) {
      if (isWorkingDay(day)) closure.push({ date: day, name: label, citation: { document: 'test closure' } });
    }
    const table = withHolidayYears(VN_HOLIDAY_TABLE, [{ ...y2025, daysOff: [...(y2025.daysOff ?? []), ...closure] }]);
    const [d, ...rest] = deadlines(dueOn(8, 1), { from: '2025-09-30', to: '2025-10-31', table });
    expect(rest).toEqual([]);
    expect(d?.steps[0]).toMatchObject({ nominalDate: '2025-08-01', effectiveDate: '2025-09-30', rolled: true });
    expect(toDayNumber('2025-09-30') - toDayNumber('2025-08-01')).toBe(60);
  });

  it('works at the edges of the holiday table (2014–2199): periods that cannot reach the range are not rolled', () => {
    // Candidate periods reach 3 years back and 2 ahead (2196–2201), but only 2198/2199 can be near 2199.
    expect(deadlines(MARD, { from: '2199-01-01', to: '2199-12-31' }).map((d) => brief(d.steps[0]))).toEqual(['2199-12-20 2199-12-19 2199-12-19']);
    expect(deadlines(dueOn(12, 20), { from: '2014-06-01', to: '2014-12-31' }).map((d) => brief(d.steps[0]))).toEqual(['2014-12-20 2014-12-20 2014-12-22']);
    // Beyond the holiday rules a day cannot be classified: the step is listed unrolled and provisional
    // (issue 17: it used to throw DATE_OUT_OF_RANGE, which also broke ranges in 2014 and near 2199).
    expect(deadlines(MARD, { from: '2200-01-01', to: '2200-12-31' })[0]?.steps[0]).toMatchObject({ nominalDate: '2200-12-19', effectiveDate: '2200-12-19', rolled: false, provisional: true });
    expect(deadlines(MARD, { from: '2013-01-01', to: '2013-12-31' })[0]?.steps[0]).toMatchObject({ effectiveDate: '2013-12-19', provisional: true });
  });

  it('events need no holidays: they work from year 1000 to 9999', () => {
    expect(deadlines(eventOn(4, 11), { from: '1001-01-01', to: '1001-12-31' }).map((d) => `${d.period} ${brief(d.steps[0])}`)).toEqual([
      '1001 1001-04-11 1001-04-11 1001-04-11',
    ]);
    expect(deadlines(eventOn(12, 31), { from: '9999-01-01', to: '9999-12-31' }).map((d) => `${d.period} ${d.steps[0]?.dueAt}`)).toEqual([
      '9999 9999-12-31T17:00:00.000Z',
    ]);
  });
});

describe('deadlines — events are never strict, never rolled, have no cut-off window', () => {
  it('Cooperative Day read strictly stays on 11 April (a Saturday in 2026)', () => {
    const [d] = deadlines(COOP_DAY, { from: '2026-04-01', to: '2026-04-30', reading: 'strict' });
    expect(d?.steps[0]).toMatchObject({ writtenDate: '2026-04-11', strictBefore: false, nominalDate: '2026-04-11', effectiveDate: '2026-04-11', rolled: false });
  });

  it('even a hand-built event (skipping defineCycle) that claims a window, a roll and a strict reading', () => {
    const raw = {
      id: 'raw-event',
      kind: 'event',
      label,
      source: { document: 'test' },
      evidence: 'document',
      periodType: 'year',
      window: 'calendar',
      rollsOverDaysOff: true,
      steps: [{ id: 'event', label, due: { month: 4, day: 11 }, strictBefore: true, rollsOverDaysOff: true }],
    } as const satisfies ReportingCycle;
    const [d, ...rest] = deadlines(raw, { from: '2026-04-01', to: '2026-04-30' });
    expect(rest).toEqual([]);
    expect(d).not.toHaveProperty('window');
    expect(d?.steps[0]).not.toHaveProperty('window');
    expect(d?.steps[0]).toMatchObject({ kind: 'event', strictBefore: false, nominalDate: '2026-04-11', rollsOverDaysOff: false, effectiveDate: '2026-04-11', rolled: false });
  });

  it('a hand-built report without rollsOverDaysOff rolls, like one built by defineCycle', () => {
    const { rollsOverDaysOff: _omitted, ...raw } = dueOn(12, 20);
    const [d] = deadlines(raw as ReportingCycle, { from: '2025-12-01', to: '2025-12-31' });
    expect(d?.steps[0]).toMatchObject({ rollsOverDaysOff: true, effectiveDate: '2025-12-22', rolled: true });
  });
});

describe('deadlines — every step carries its window, recipient and lock', () => {
  it('mard-annual 2025: the step repeats the Decree 09/2019 window and names MARD as recipient', () => {
    const [d] = deadlines(MARD, { from: '2025-12-01', to: '2025-12-31' });
    const window = { period: '2025', rule: 'decree-09-2019', start: '2024-12-15', end: '2025-12-14' };
    expect(d?.window).toEqual(window);
    expect(d?.steps[0]?.window).toEqual(window);
    expect(d?.steps[0]?.to).toEqual(MARD.steps[0].to);
    expect(d?.steps[0]?.level).toBe('agency');
    expect(d?.steps[0]?.source).toEqual(MARD.source);
  });

  it('an event step has no window, level, recipient or lock', () => {
    const step = deadlines(COOP_DAY, { from: '2026-04-01', to: '2026-04-30' })[0]?.steps[0];
    for (const key of ['window', 'level', 'to', 'lockAt']) expect(step).not.toHaveProperty(key);
  });

  it('lockAt is the end of the day lockAfterDays calendar days after the effective date', () => {
    // 20 Dec 2025 (Sat) → 22 Dec; + 10 days → 1 Jan 2026, New Year's Day: the lock rolls like the
    // deadline (Civil Code art. 148) to Monday 5 January (2 January is swapped off, 3–4 are the weekend).
    // Issue 17: the lock used to stay on the holiday.
    const locked = dueOn(12, 20, { lockAfterDays: 10 });
    expect(deadlines(locked, { from: '2025-12-01', to: '2025-12-31' })[0]?.steps[0]).toMatchObject({
      effectiveDate: '2025-12-22',
      dueAt: '2025-12-22T17:00:00.000Z',
      lockAt: '2026-01-05T17:00:00.000Z',
    });
    const sameDay = dueOn(12, 19, { lockAfterDays: 0 });
    expect(deadlines(sameDay, { from: '2025-12-01', to: '2025-12-31' })[0]?.steps[0]?.lockAt).toBe('2025-12-19T17:00:00.000Z');
    expect(deadlines(dueOn(12, 19), { from: '2025-12-01', to: '2025-12-31' })[0]?.steps[0]).not.toHaveProperty('lockAt');
  });
});

describe('deadlines — month offsets from the end of the period cross the year end', () => {
  const offsetCycle = (periodType: 'year' | 'quarter' | 'month', due: DueDateRule): ReportingCycle =>
    defineCycle({
      id: `offset-${periodType}`,
      kind: 'report',
      label,
      source: { document: 'test' },
      periodType,
      window: 'calendar',
      rollsOverDaysOff: false,
      steps: [{ id: 'report', level: 'district', label, due }],
    });
  const written = (cycle: ReportingCycle, from: string, to: string) => deadlines(cycle, { from, to }).map((d) => `${d.period} ${d.steps[0]?.writtenDate}`);

  it('the quarter’s own last month (monthsAfterEnd 0): Q4 2025 is due 18 December 2025', () => {
    expect(written(offsetCycle('quarter', { monthsAfterEnd: 0, day: 18 }), '2025-10-01', '2026-01-31')).toEqual(['2025Q4 2025-12-18']);
  });

  it('the following month: November → 5 Dec 2025, December → 5 Jan 2026', () => {
    expect(written(offsetCycle('month', { monthsAfterEnd: 1, day: 5 }), '2025-12-01', '2026-01-31')).toEqual(['202511 2025-12-05', '202512 2026-01-05']);
  });

  it('two years after a year’s end, on the month’s last day: 2025 → 31 Dec 2027', () => {
    expect(written(offsetCycle('year', { monthsAfterEnd: 24, day: 'last' }), '2027-12-01', '2027-12-31')).toEqual(['2025 2027-12-31']);
  });

  it('months before the period’s end reach back into the previous year', () => {
    // January 2025: one month before its end → December 2024; twelve months before → January 2024.
    expect(written(offsetCycle('month', { monthsAfterEnd: -1, day: 20 }), '2024-12-01', '2024-12-31')).toEqual(['202501 2024-12-20']);
    expect(written(offsetCycle('month', { monthsAfterEnd: -12, day: 1 }), '2024-01-01', '2024-01-31')).toEqual(['202501 2024-01-01']);
  });
});

describe('deadlines — typed errors name the offending value', () => {
  const range = { from: '2025-01-01', to: '2025-12-31' };

  it('from / to that are not civil dates (strings cut to 40 characters)', () => {
    expect(codeAndDetails(() => deadlines(MARD, { ...range, from: '2025/01/01' }))).toEqual({ code: 'INVALID_DATE', details: { from: '2025/01/01' } });
    expect(codeAndDetails(() => deadlines(MARD, { ...range, to: 20251231 as unknown as string }))).toEqual({ code: 'INVALID_DATE', details: { to: 'number' } });
    expect(codeAndDetails(() => deadlines(MARD, { ...range, to: 'x'.repeat(50) }))).toEqual({ code: 'INVALID_DATE', details: { to: 'x'.repeat(40) } });
  });

  it('a range that ends before it starts', () => {
    expect(codeAndDetails(() => deadlines(MARD, { from: '2025-12-31', to: '2025-12-30' }))).toEqual({ code: 'INVALID_RANGE', details: { from: '2025-12-31', to: '2025-12-30' } });
  });

  it('options that are not an object', () => {
    expect(codeAndDetails(() => deadlines(MARD, null as never))).toEqual({ code: 'INVALID_OPTION', details: { received: 'null' } });
    expect(codeAndDetails(() => deadlines(MARD, '2025' as never))).toEqual({ code: 'INVALID_OPTION', details: { received: 'string' } });
    expect(codeAndDetails(() => upcoming('2025-01-01', [MARD], 1, 7 as never))).toEqual({ code: 'INVALID_OPTION', details: { received: 'number' } });
  });

  it('a reading other than cycle / strict / lenient', () => {
    expect(codeAndDetails(() => deadlines(MARD, { ...range, reading: 'by' as never }))).toEqual({ code: 'INVALID_OPTION', details: { received: 'by' } });
    expect(codeAndDetails(() => deadlines(MARD, { ...range, reading: 'y'.repeat(60) as never }))).toEqual({ code: 'INVALID_OPTION', details: { received: 'y'.repeat(40) } });
    expect(codeAndDetails(() => upcoming('2025-01-01', [MARD], 1, { reading: true as never }))).toEqual({ code: 'INVALID_OPTION', details: { received: 'boolean' } });
    for (const reading of ['cycle', 'strict', 'lenient'] as const) expect(deadlines(MARD, { ...range, reading })).toHaveLength(1);
  });

  it('a holiday table that is not an object, even where nothing would be rolled', () => {
    expect(codeAndDetails(() => deadlines(MARD, { ...range, table: null as never }))).toEqual({ code: 'INVALID_HOLIDAY_TABLE', details: { received: 'null' } });
    expect(codeAndDetails(() => deadlines(MARD, { ...range, table: 'vn' as never }))).toEqual({ code: 'INVALID_HOLIDAY_TABLE', details: { received: 'string' } });
    // An event never looks at the table, and a range with no deadline rolls nothing: the table is still checked.
    expect(codeAndDetails(() => deadlines(COOP_DAY, { ...range, table: 'vn' as never }))).toMatchObject({ code: 'INVALID_HOLIDAY_TABLE' });
    expect(codeAndDetails(() => deadlines(MARD, { from: '2025-03-01', to: '2025-03-31', table: 42 as never }))).toEqual({ code: 'INVALID_HOLIDAY_TABLE', details: { received: 'number' } });
  });
});

describe('upcoming — arguments', () => {
  it('n must be a non-negative integer: the error gives the number, or the type of a non-number', () => {
    expect(codeAndDetails(() => upcoming('2025-01-01', [MARD], 1.5))).toEqual({ code: 'INVALID_ARGUMENT', details: { n: 1.5 } });
    expect(codeAndDetails(() => upcoming('2025-01-01', [MARD], -2))).toEqual({ code: 'INVALID_ARGUMENT', details: { n: -2 } });
    expect(codeAndDetails(() => upcoming('2025-01-01', [MARD], Number.POSITIVE_INFINITY))).toEqual({ code: 'INVALID_ARGUMENT', details: { n: Number.POSITIVE_INFINITY } });
    expect(codeAndDetails(() => upcoming('2025-01-01', [MARD], '3' as never))).toEqual({ code: 'INVALID_ARGUMENT', details: { n: 'string' } });
    expect(codeAndDetails(() => upcoming('2025-01-01', [MARD], null as never))).toEqual({ code: 'INVALID_ARGUMENT', details: { n: 'object' } });
  });

  it('cycles must be an array of valid cycles, checked even when n = 0', () => {
    expect(codeAndDetails(() => upcoming('2025-01-01', 'all' as never, 1))).toEqual({ code: 'INVALID_ARGUMENT', details: { received: 'string' } });
    expect(codeAndDetails(() => upcoming('2025-01-01', [MARD, { id: 'broken' } as never], 0))).toEqual({ code: 'INVALID_CYCLE', details: { id: 'broken' } });
    expect(codeAndDetails(() => upcoming('2025-01-01', [MARD], 0, { table: null as never }))).toMatchObject({ code: 'INVALID_HOLIDAY_TABLE' });
    expect(codeAndDetails(() => upcoming('not a date', [MARD], 0))).toMatchObject({ code: 'INVALID_INSTANT' });
  });

  it('n = 0 asks for nothing: [] without computing a deadline, even past the holiday table', () => {
    expect(upcoming('2199-12-31', [MARD], 0)).toEqual([]);
    // Past the holiday table the next deadline is listed unrolled and provisional (issue 17: it threw).
    expect(upcoming('2199-12-31', [MARD], 1).map((s) => [s.effectiveDate, s.provisional])).toEqual([['2200-12-19', true]]);
  });

  it('asOf: a Date or an instant means strictly after it; a civil date means the start of that day', () => {
    const qn = [CYCLES['quang-nam-annual']]; // 2025: "before 15 Dec" → 14 Dec (Sunday) → Monday 15 Dec, due 2025-12-15T17:00Z
    expect(upcoming(new Date('2025-12-15T16:59:59.999Z'), qn, 1)[0]?.period).toBe('2025');
    expect(upcoming(new Date('2025-12-15T17:00:00.000Z'), qn, 1)[0]?.period).toBe('2026');
    expect(upcoming('2025-12-15T23:59:59+07:00', qn, 1)[0]?.period).toBe('2025');
    expect(upcoming('2025-12-16', qn, 1)[0]?.period).toBe('2026');
  });
});

describe('upcoming — the look-ahead widens only as needed (1, 3, 10, 30 years)', () => {
  it('a later step of a chain beyond the first year does not hide another cycle’s earlier deadline', () => {
    // coop-group-77-2019's 2025 chain spans Dec 2025 – Jan 2026; a report due each 10 January (2026-01-10 is a
    // working Saturday) must come before the chain's 15 January 2026 step.
    const jan10 = dueOn(1, 10);
    const next = upcoming('2025-01-01', [CYCLES['coop-group-77-2019'], jan10], 6);
    expect(next.map((s) => `${s.effectiveDate} ${s.cycleId}/${s.stepId}`)).toEqual([
      '2025-01-10 user-1-10/report',
      '2025-01-15 coop-group-77-2019/district',
      '2025-02-03 coop-group-77-2019/province',
      '2025-12-15 coop-group-77-2019/group',
      '2025-12-30 coop-group-77-2019/commune-to-province', // two-tier state: no district after 30/06/2025
      '2026-01-10 user-1-10/report',
    ]);
  });

  it('near the end of the holiday table, one deadline is found without rolling the years after 2199', () => {
    expect(upcoming('2198-01-01', [MARD], 1).map((s) => s.effectiveDate)).toEqual(['2198-12-19']);
    expect(upcoming('2198-01-01', [MARD], 3).map((s) => `${s.effectiveDate} ${s.provisional}`)).toEqual(['2198-12-19 false', '2199-12-19 false', '2200-12-19 true']);
  });

  it('stops at 9999-12-31, including a deadline on that very day, and returns fewer when time runs out', () => {
    expect(upcoming('9999-01-01', [eventOn(12, 31), COOP_DAY], 5).map((s) => `${s.effectiveDate} ${s.cycleId}`)).toEqual([
      '9999-04-11 cooperative-day',
      '9999-12-31 event-12-31',
    ]);
    expect(upcoming('9999-06-01', [COOP_DAY], 1)).toEqual([]);
  });

  it('looks ahead 30 years (30 × 366 days) and no further: a one-off event on the last day is found, a day later it is not', () => {
    const asOf = '2030-01-01';
    const horizon = addDays(asOf, 30 * 366);
    expect(horizon).toBe('2060-01-24');
    const oneOff = (day: string): ReportingCycle =>
      defineCycle({
        id: `one-off-${day}`,
        kind: 'event',
        label,
        source: { document: 'test' },
        periodType: 'year',
        periods: { first: day.slice(0, 4), last: day.slice(0, 4) },
        steps: [{ id: 'event', label, due: { month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) } }],
      });
    expect(upcoming(asOf, [oneOff(horizon)], 1).map((s) => s.effectiveDate)).toEqual([horizon]);
    expect(upcoming(asOf, [oneOff(addDays(horizon, 1))], 1)).toEqual([]);
  });
});

describe('upcoming — order of deadlines due the same day', () => {
  const sameDayChain = defineCycle({
    id: 'same-day-chain',
    kind: 'report',
    label,
    source: { document: 'test' },
    periodType: 'year',
    window: 'calendar',
    steps: [
      { id: 'first', level: 'cooperative', label, due: { month: 12, day: 16 }, strictBefore: true }, // → 15 Dec
      { id: 'second', level: 'district', label, due: { month: 12, day: 15 } },
      { id: 'third', level: 'province', label, due: { month: 12, day: 13 } }, // 13 Dec 2025 is a Saturday → 15 Dec
    ],
  });

  it('steps of one chain due the same day keep chain order', () => {
    expect(upcoming('2025-12-01', [sameDayChain], 3).map((s) => `${s.effectiveDate} ${s.stepId}`)).toEqual([
      '2025-12-15 first',
      '2025-12-15 second',
      '2025-12-15 third',
    ]);
  });

  it('cycles due the same day follow the order of the cycles argument', () => {
    const qn = CYCLES['quang-nam-annual'];
    const group = CYCLES['coop-group-77-2019'];
    expect(upcoming('2025-12-01', [qn, group], 2).map((s) => s.cycleId)).toEqual(['quang-nam-annual', 'coop-group-77-2019']);
    expect(upcoming('2025-12-01', [group, qn], 2).map((s) => s.cycleId)).toEqual(['coop-group-77-2019', 'quang-nam-annual']);
  });
});

describe('upcoming agrees with deadlines (property)', () => {
  it('the next n steps are the first n deadline steps due after asOf, by due instant then cycle order', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('2016-01-01'), max: toDayNumber('2190-12-31') }).map(fromDayNumber), fc.integer({ min: 1, max: 20 }), (asOf, n) => {
        const to = addDays(asOf, 3 * 366);
        const startMs = Date.parse(`${asOf}T00:00:00+07:00`);
        const expected = ALL.flatMap((cycle, cycleIndex) =>
          deadlines(cycle, { from: asOf, to }).flatMap((d) => d.steps.filter((s) => s.effectiveDate <= to && Date.parse(s.dueAt) > startMs).map((step) => ({ step, cycleIndex }))),
        )
          .sort((a, b) => a.step.dueAt.localeCompare(b.step.dueAt) || a.cycleIndex - b.cycleIndex)
          .map((x) => x.step);
        expect(expected.length).toBeGreaterThanOrEqual(n);
        expect(upcoming(asOf, ALL, n)).toEqual(expected.slice(0, n));
      }),
      { numRuns: 25 },
    );
  });
});
