import { isCoopError } from '@coop/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../src/internal/civil-date.js';
import { nextPeriod, PERIOD_TYPES, periodContaining, periodsBetween, type PeriodType } from '../src/period.js';
import { WINDOW_SHIFTS } from '../src/internal/window-shift.js';
import { cutoffWindow, WINDOW_RULES, type WindowRuleId } from '../src/window.js';

const RULES = Object.keys(WINDOW_RULES) as WindowRuleId[];
const arbType = fc.constantFrom<PeriodType>(...PERIOD_TYPES);
const arbRule = fc.constantFrom(...RULES);
const arbDate = fc.integer({ min: toDayNumber('1950-01-01'), max: toDayNumber('2150-12-31') }).map(fromDayNumber);

describe('cutoffWindow — Decree 09/2019/NĐ-CP', () => {
  const w = (id: string) => {
    const { start, end } = cutoffWindow(id, 'decree-09-2019');
    return `${start}..${end}`;
  };
  it('annual: 15 Dec of the previous year to 14 Dec', () => expect(w('2025')).toBe('2024-12-15..2025-12-14'));
  it('half-years: S1 = 15 Dec – 14 Jun, S2 (derived) = 15 Jun – 14 Dec', () => {
    expect(w('2025S1')).toBe('2024-12-15..2025-06-14');
    expect(w('2025S2')).toBe('2025-06-15..2025-12-14');
  });
  it('quarters as in calendar.md', () => {
    expect(['2025Q1', '2025Q2', '2025Q3', '2025Q4'].map(w)).toEqual([
      '2024-12-15..2025-03-14',
      '2025-03-15..2025-06-14',
      '2025-06-15..2025-09-14',
      '2025-09-15..2025-12-14',
    ]);
  });
  it('months: 15th of the previous month to the 14th', () => {
    expect(w('202501')).toBe('2024-12-15..2025-01-14');
    expect(w('202403')).toBe('2024-02-15..2024-03-14');
  });
  it('the numbers used for computing agree with the cited rules', () => {
    for (const id of RULES) {
      expect(WINDOW_SHIFTS[id]).toEqual({ startMonthOffset: WINDOW_RULES[id].startMonthOffset, startDay: WINDOW_RULES[id].startDay });
    }
  });
  it('carries the citation as data', () => {
    expect(WINDOW_RULES['decree-09-2019'].source.document).toMatch(/09\/2019\/NĐ-CP/);
    expect(cutoffWindow('2025', 'decree-09-2019').rule).toBe('decree-09-2019');
  });
});

describe('cutoffWindow — calendar and custom rules', () => {
  it('is the period itself under the calendar rule (the default)', () => {
    expect(cutoffWindow('2025S1')).toEqual({ period: '2025S1', rule: 'calendar', start: '2025-01-01', end: '2025-06-30' });
    expect(cutoffWindow('202403', 'calendar')).toMatchObject({ start: '2024-03-01', end: '2024-03-31' });
  });
  it('accepts a rule given as data and rejects a malformed one', () => {
    const rule = { id: 'twenty-first', label: { vi: 'x', en: 'x' }, source: { document: 'd' }, startMonthOffset: -1, startDay: 21 };
    expect(cutoffWindow('2025', rule)).toMatchObject({ start: '2024-12-21', end: '2025-12-20' });
    let caught: unknown;
    try {
      cutoffWindow('2025', { ...rule, startDay: 31 });
    } catch (error) {
      caught = error;
    }
    expect(isCoopError(caught, 'INVALID_WINDOW_RULE')).toBe(true);
    expect(() => cutoffWindow('2025', 'nope' as WindowRuleId)).toThrow(/window rule/);
    expect(() => cutoffWindow('2025', 'toString' as WindowRuleId)).toThrow(/window rule/);
    expect(() => cutoffWindow(null as unknown as string)).toThrow(/period/);
  });
});

describe('window invariants (properties)', () => {
  it('consecutive windows tile time: next.start = end + 1 day, and start <= end', () => {
    fc.assert(
      fc.property(arbType, arbRule, arbDate, (type, rule, date) => {
        const p = periodContaining(date, type);
        const a = cutoffWindow(p, rule);
        const b = cutoffWindow(nextPeriod(p), rule);
        expect(a.start <= a.end).toBe(true);
        expect(b.start).toBe(addDays(a.end, 1));
      }),
    );
  });

  it('every day belongs to exactly one window of each type and rule', () => {
    fc.assert(
      fc.property(arbType, arbRule, arbDate, (type, rule, date) => {
        const around = periodsBetween(addDays(date, -62), addDays(date, 62), type).map((p) => cutoffWindow(p, rule));
        expect(around.filter((w) => w.start <= date && date <= w.end)).toHaveLength(1);
      }),
    );
  });

  it('nesting: a window is exactly the union of the windows of the finer periods inside it', () => {
    fc.assert(
      fc.property(arbRule, arbDate, fc.constantFrom<PeriodType>('year', 'half', 'quarter'), (rule, date, type) => {
        const p = periodContaining(date, type);
        const parts = periodsBetween(p.start, p.end, 'month').map((m) => cutoffWindow(m, rule));
        const whole = cutoffWindow(p, rule);
        expect(parts[0]?.start).toBe(whole.start);
        expect(parts.at(-1)?.end).toBe(whole.end);
      }),
    );
  });

  it('containment: the window lies within [start of the month before the period, period end]', () => {
    fc.assert(
      fc.property(arbType, arbRule, arbDate, (type, rule, date) => {
        const p = periodContaining(date, type);
        const w = cutoffWindow(p, rule);
        expect(w.start >= periodContaining(addDays(p.start, -1), 'month').start).toBe(true);
        expect(w.end <= p.end).toBe(true);
      }),
    );
  });
});
