/**
 * Edges that period.test.ts and window.test.ts leave loose: the supported years 1000–9999 at both ends,
 * formatPeriod's validation of its parts, the typed errors and their `details` (a short, throw-free
 * description of what was received), and the bounds of a custom cut-off window rule (startDay 1–28,
 * startMonthOffset −11…0) with the exact windows at those bounds.
 */
import { describe, expect, it } from 'vitest';
import {
  formatPeriod,
  isPeriodId,
  nextPeriod,
  parsePeriod,
  periodContaining,
  periodsBetween,
  previousPeriod,
  type PeriodType,
} from '../src/period.js';
import { cutoffWindow, type WindowRule, type WindowRuleId } from '../src/window.js';
import { codeAndDetails, coopErrorOf } from '../../../test-support/coop-errors.js';

const invalidPeriod = (received: string) => ({ code: 'INVALID_PERIOD', details: { received } });

describe('periods: supported years 1000–9999', () => {
  it('the first and last periods of the range parse, with their calendar dates', () => {
    expect(parsePeriod('1000')).toEqual({ id: '1000', type: 'year', year: 1000, index: 1, start: '1000-01-01', end: '1000-12-31' });
    expect(parsePeriod('100001')).toMatchObject({ type: 'month', year: 1000, index: 1, start: '1000-01-01', end: '1000-01-31' });
    expect(parsePeriod('9999Q4')).toMatchObject({ type: 'quarter', year: 9999, index: 4, start: '9999-10-01', end: '9999-12-31' });
    expect(parsePeriod('9999S2')).toMatchObject({ start: '9999-07-01', end: '9999-12-31' });
    expect(parsePeriod('999912').end).toBe('9999-12-31');
    for (const id of ['1000', '1000S1', '1000Q1', '100001', '9999', '9999S2', '9999Q4', '999912']) expect(isPeriodId(id)).toBe(true);
    for (const id of ['0999', '0999S2', '0999Q4', '099912', '0000']) expect(isPeriodId(id)).toBe(false);
  });

  it('a year before 1000 is refused, the details naming the id as received', () => {
    for (const id of ['0999', '0999S2', '0999Q4', '099912']) {
      expect(codeAndDetails(() => parsePeriod(id))).toStrictEqual(invalidPeriod(JSON.stringify(id)));
    }
  });

  it('stepping out of the range is refused; stepping up to its ends is not', () => {
    expect(nextPeriod('9998').id).toBe('9999');
    expect(previousPeriod('1001Q1').id).toBe('1000Q4');
    expect(previousPeriod('100002').id).toBe('100001');
    for (const id of ['9999', '9999S2', '9999Q4', '999912']) expect(coopErrorOf(() => nextPeriod(id)).code).toBe('INVALID_PERIOD');
    for (const id of ['1000', '1000S1', '1000Q1', '100001']) expect(coopErrorOf(() => previousPeriod(id)).code).toBe('INVALID_PERIOD');
    expect(periodContaining('9999-12-31', 'month').id).toBe('999912');
    expect(periodContaining('1000-01-01', 'quarter').id).toBe('1000Q1');
    expect(periodsBetween('9999-11-30', '9999-12-31', 'month').map((p) => p.id)).toEqual(['999911', '999912']);
  });
});

describe('formatPeriod validates its parts', () => {
  const format = (period: unknown) => () => formatPeriod(period as { type: PeriodType; year: number; index?: number });

  it('formats the edges of each type', () => {
    expect(formatPeriod({ type: 'year', year: 1000 })).toBe('1000');
    expect(formatPeriod({ type: 'year', year: 9999, index: 1 })).toBe('9999');
    expect(formatPeriod({ type: 'half', year: 2025, index: 1 })).toBe('2025S1');
    expect(formatPeriod({ type: 'quarter', year: 2025, index: 4 })).toBe('2025Q4');
    expect(formatPeriod({ type: 'month', year: 2025, index: 1 })).toBe('202501');
    expect(formatPeriod({ type: 'month', year: 2025, index: 12 })).toBe('202512');
  });

  it('refuses a non-object with INVALID_PERIOD (not a type error)', () => {
    expect(codeAndDetails(format('2025Q1'))).toStrictEqual(invalidPeriod('"2025Q1"'));
    expect(codeAndDetails(format(2025))).toStrictEqual(invalidPeriod('number'));
    expect(codeAndDetails(format(undefined))).toStrictEqual(invalidPeriod('undefined'));
    expect(codeAndDetails(format(null))).toStrictEqual(invalidPeriod('null'));
  });

  it('refuses a year or index that is not an integer, with no coercion and no wrap into the next or previous year', () => {
    const bad: Array<Record<string, unknown>> = [
      { type: 'year', year: 2025.5 },
      { type: 'year', year: '2025' },
      { type: 'year', year: Number.NaN },
      { type: 'quarter', year: 2025, index: 0 },
      { type: 'quarter', year: 2025, index: -1 },
      { type: 'quarter', year: 2025, index: 1.5 },
      { type: 'quarter', year: 2025, index: '2' },
      { type: 'quarter', year: 2025, index: 5 },
      { type: 'half', year: 2025, index: 3 },
      { type: 'month', year: 2025, index: 0 },
      { type: 'month', year: 2025, index: 13 },
      { type: 'year', year: 2025, index: 2 },
    ];
    for (const period of bad) expect(codeAndDetails(format(period))).toStrictEqual(invalidPeriod('object'));
  });

  it('refuses a year outside 1000–9999', () => {
    expect(coopErrorOf(format({ type: 'year', year: 999 })).code).toBe('INVALID_PERIOD');
    expect(coopErrorOf(format({ type: 'month', year: 10000, index: 1 })).code).toBe('INVALID_PERIOD');
  });

  it('refuses an unknown type with INVALID_PERIOD_TYPE, listing the known ones', () => {
    const expected = ['year', 'half', 'quarter', 'month'];
    expect(codeAndDetails(format({ type: 'week', year: 2025 }))).toStrictEqual({ code: 'INVALID_PERIOD_TYPE', details: { received: '"week"', expected } });
    expect(codeAndDetails(() => periodContaining('2025-01-01', null as unknown as PeriodType))).toStrictEqual({
      code: 'INVALID_PERIOD_TYPE',
      details: { received: 'null', expected },
    });
    expect(codeAndDetails(() => periodsBetween('2025-01-01', '2025-02-01', 3 as unknown as PeriodType))).toStrictEqual({
      code: 'INVALID_PERIOD_TYPE',
      details: { received: 'number', expected },
    });
  });
});

describe('error details describe the received value briefly', () => {
  it('a string is quoted and cut to its first 40 characters; other values are named by type', () => {
    const long = `2025${'Q'.repeat(60)}`;
    expect(codeAndDetails(() => parsePeriod(long))).toStrictEqual(invalidPeriod(JSON.stringify(long.slice(0, 40))));
    expect(codeAndDetails(() => parsePeriod('2025Q5'))).toStrictEqual(invalidPeriod('"2025Q5"'));
    expect(codeAndDetails(() => parsePeriod(null as unknown as string))).toStrictEqual(invalidPeriod('null'));
    expect(codeAndDetails(() => parsePeriod(2025 as unknown as string))).toStrictEqual(invalidPeriod('number'));
    expect(codeAndDetails(() => parsePeriod({ id: '2025' } as unknown as string))).toStrictEqual(invalidPeriod('object'));
  });

  it('an inverted range names both ends', () => {
    expect(codeAndDetails(() => periodsBetween('2025-02-01', '2025-01-31', 'month'))).toStrictEqual({
      code: 'INVALID_RANGE',
      details: { from: '2025-02-01', to: '2025-01-31' },
    });
    expect(periodsBetween('2025-01-31', '2025-01-31', 'month').map((p) => p.id)).toEqual(['202501']);
  });
});

describe('cut-off window rules: bounds of a custom rule', () => {
  const rule = (startMonthOffset: unknown, startDay: unknown): WindowRule =>
    ({ id: 'custom', label: { vi: 'x', en: 'x' }, source: { document: 'd' }, startMonthOffset, startDay }) as WindowRule;
  const span = (period: string, r: WindowRule) => {
    const { start, end } = cutoffWindow(period, r);
    return `${start}..${end}`;
  };
  const refused = (r: unknown) => codeAndDetails(() => cutoffWindow('2025', r as WindowRule));
  const INVALID_OBJECT_RULE = { code: 'INVALID_WINDOW_RULE', details: { received: 'object', expected: ['decree-09-2019', 'calendar'] } };

  it('startDay 28, the last day every month has: windows from the 28th to the 27th, February included', () => {
    expect(span('2025', rule(-1, 28))).toBe('2024-12-28..2025-12-27');
    expect(span('202503', rule(-1, 28))).toBe('2025-02-28..2025-03-27');
    expect(span('202502', rule(0, 28))).toBe('2025-02-28..2025-03-27');
  });

  it('startDay 1 with offset −1: the whole month before the period, up to the last day of its second-to-last month', () => {
    expect(span('2025Q1', rule(-1, 1))).toBe('2024-12-01..2025-02-28');
    expect(span('2024Q1', rule(-1, 1))).toBe('2023-12-01..2024-02-29');
  });

  it('offset −11, the furthest back: the window starts 11 months before the period', () => {
    expect(span('2025', rule(-11, 1))).toBe('2024-02-01..2025-01-31');
    expect(span('2025Q1', rule(-11, 15))).toBe('2024-02-15..2024-05-14');
    expect(span('202512', rule(-11, 1))).toBe('2025-01-01..2025-01-31');
  });

  it('offset 0 and day 1 is the calendar period itself', () => {
    expect(span('2025S2', rule(0, 1))).toBe('2025-07-01..2025-12-31');
    expect(cutoffWindow('2025S2', rule(0, 1)).rule).toBe('custom');
  });

  it('refuses startDay outside 1–28 or not an integer, and startMonthOffset outside −11…0 or not an integer', () => {
    for (const [offset, day] of [
      [-1, 0],
      [-1, 29],
      [-1, 31],
      [-1, 1.5],
      [-1, '15'],
      [-1, undefined],
      [-12, 15],
      [1, 15],
      [-0.5, 15],
      ['-1', 15],
      [undefined, 15],
    ] as const) {
      expect(refused(rule(offset, day))).toStrictEqual(INVALID_OBJECT_RULE);
    }
  });

  it('refuses null, a number or an unknown id with INVALID_WINDOW_RULE (never a type error)', () => {
    expect(refused(null)).toStrictEqual({ code: 'INVALID_WINDOW_RULE', details: { received: 'object', expected: ['decree-09-2019', 'calendar'] } });
    expect(refused(15)).toStrictEqual({ code: 'INVALID_WINDOW_RULE', details: { received: 'number', expected: ['decree-09-2019', 'calendar'] } });
    expect(refused('nope')).toStrictEqual({ code: 'INVALID_WINDOW_RULE', details: { received: 'nope', expected: ['decree-09-2019', 'calendar'] } });
    expect(refused('hasOwnProperty').details.received).toBe('hasOwnProperty');
  });

  it('the error names the id received, quoted in the message, cut to 40 characters', () => {
    expect(coopErrorOf(() => cutoffWindow('2025', 'nope' as WindowRuleId)).message).toContain('"nope"');
    expect(coopErrorOf(() => cutoffWindow('2025', rule(-1, 0))).message).toMatch(/: object$/);
    const long = `decree-${'9'.repeat(60)}`;
    const error = coopErrorOf(() => cutoffWindow('2025', long as WindowRuleId));
    expect(error.details.received).toBe(long.slice(0, 40));
    expect(error.message).toContain(JSON.stringify(long.slice(0, 40)));
    expect(error.message).not.toContain(long.slice(0, 41));
  });
});

describe('Decree 09/2019 windows at the edges of the period range and across years', () => {
  it('the first supported period’s window starts in the December of year 999', () => {
    expect(cutoffWindow('1000', 'decree-09-2019')).toEqual({ period: '1000', rule: 'decree-09-2019', start: '0999-12-15', end: '1000-12-14' });
    expect(cutoffWindow('100001', 'decree-09-2019')).toMatchObject({ start: '0999-12-15', end: '1000-01-14' });
  });

  it('Q4 ends on 14 December and the next Q1 starts on 15 December', () => {
    expect(cutoffWindow('2025Q4', 'decree-09-2019')).toMatchObject({ start: '2025-09-15', end: '2025-12-14' });
    expect(cutoffWindow('2026Q1', 'decree-09-2019')).toMatchObject({ start: '2025-12-15', end: '2026-03-14' });
    expect(cutoffWindow('2024S1', 'decree-09-2019')).toMatchObject({ start: '2023-12-15', end: '2024-06-14' });
  });
});

describe('cut-off windows of the last supported periods', () => {
  it('9999 and its last half, quarter and month have windows (no period 10000 is needed)', () => {
    expect(cutoffWindow('9999')).toEqual({ period: '9999', rule: 'calendar', start: '9999-01-01', end: '9999-12-31' });
    expect(cutoffWindow('9999Q4', 'decree-09-2019')).toEqual({ period: '9999Q4', rule: 'decree-09-2019', start: '9999-09-15', end: '9999-12-14' });
    expect(cutoffWindow('9999S2', 'decree-09-2019').end).toBe('9999-12-14');
    expect(cutoffWindow('999912').end).toBe('9999-12-31');
    expect(cutoffWindow('1000', 'decree-09-2019').start).toBe('0999-12-15');
  });
});

describe('a custom window rule names itself', () => {
  it('refuses a rule without a non-empty string id (the window carries the rule id)', () => {
    const base = { label: { vi: 'Riêng', en: 'Own' }, source: { document: 'x' }, startMonthOffset: 0, startDay: 1 };
    for (const id of [undefined, '', 7]) {
      let code: string | undefined;
      try {
        cutoffWindow('2025', { ...base, id } as unknown as WindowRule);
      } catch (error) {
        code = (error as { code?: string }).code;
      }
      expect(code).toBe('INVALID_WINDOW_RULE');
    }
    expect(cutoffWindow('2025', { ...base, id: 'own' } as unknown as WindowRule).rule).toBe('own');
  });
});
