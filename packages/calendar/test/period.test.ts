import { isCoopError } from '@coop/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatPeriod,
  isPeriodId,
  nextPeriod,
  parsePeriod,
  PERIOD_TYPES,
  periodContaining,
  periodsBetween,
  previousPeriod,
  type PeriodType,
} from '../src/period.js';
import { addDays, fromDayNumber, toDayNumber } from '../src/internal/civil-date.js';

const throwsCode = (fn: () => unknown, code: string): void => {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(isCoopError(caught, code), `expected CoopError ${code}, got ${String(caught)}`).toBe(true);
};

const arbType = fc.constantFrom<PeriodType>(...PERIOD_TYPES);
const arbDate = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2200-12-31') }).map(fromDayNumber);
const arbPeriod = fc.tuple(arbType, arbDate).map(([type, date]) => periodContaining(date, type));

describe('parsePeriod', () => {
  it('parses the four DHIS2 forms with their calendar dates', () => {
    expect(parsePeriod('2025')).toEqual({ id: '2025', type: 'year', year: 2025, index: 1, start: '2025-01-01', end: '2025-12-31' });
    expect(parsePeriod('2025S1')).toMatchObject({ type: 'half', index: 1, start: '2025-01-01', end: '2025-06-30' });
    expect(parsePeriod('2025S2')).toMatchObject({ type: 'half', index: 2, start: '2025-07-01', end: '2025-12-31' });
    expect(parsePeriod('2025Q3')).toMatchObject({ type: 'quarter', index: 3, start: '2025-07-01', end: '2025-09-30' });
    expect(parsePeriod('202502')).toMatchObject({ type: 'month', index: 2, start: '2025-02-01', end: '2025-02-28' });
    expect(parsePeriod('202402').end).toBe('2024-02-29');
  });

  it('rejects what is not a period id with INVALID_PERIOD', () => {
    for (const bad of ['2025Q5', '2025S3', '202513', '202500', '25', '2025-03', '2025q1', ' 2025', '0999', '']) {
      throwsCode(() => parsePeriod(bad), 'INVALID_PERIOD');
      expect(isPeriodId(bad)).toBe(false);
    }
    throwsCode(() => parsePeriod(2025 as unknown as string), 'INVALID_PERIOD');
    expect(isPeriodId(2025)).toBe(false);
    expect(isPeriodId('2025Q4')).toBe(true);
  });

  it('formats ids, and rejects an index the type does not have', () => {
    expect(formatPeriod({ type: 'year', year: 2025 })).toBe('2025');
    expect(formatPeriod({ type: 'half', year: 2025, index: 2 })).toBe('2025S2');
    expect(formatPeriod({ type: 'quarter', year: 2025, index: 1 })).toBe('2025Q1');
    expect(formatPeriod({ type: 'month', year: 2025, index: 9 })).toBe('202509');
    throwsCode(() => formatPeriod({ type: 'quarter', year: 2025, index: 5 }), 'INVALID_PERIOD');
    throwsCode(() => formatPeriod({ type: 'week' as PeriodType, year: 2025 }), 'INVALID_PERIOD_TYPE');
    throwsCode(() => formatPeriod(null as unknown as { type: PeriodType; year: number }), 'INVALID_PERIOD');
    throwsCode(() => periodContaining('2025-01-01', 'toString' as PeriodType), 'INVALID_PERIOD_TYPE');
    throwsCode(() => nextPeriod(null as unknown as string), 'INVALID_PERIOD');
    throwsCode(() => periodContaining('0999-12-31', 'year'), 'INVALID_PERIOD');
  });
});

describe('next, previous, containing, between', () => {
  it('crosses year boundaries', () => {
    expect(nextPeriod('2025Q4').id).toBe('2026Q1');
    expect(nextPeriod('202512').id).toBe('202601');
    expect(nextPeriod('2025S2').id).toBe('2026S1');
    expect(previousPeriod('202501').id).toBe('202412');
    expect(previousPeriod('2025').id).toBe('2024');
    expect(nextPeriod(parsePeriod('2025S1')).id).toBe('2025S2');
  });

  it('finds the period containing a date', () => {
    expect(periodContaining('2025-08-15', 'quarter').id).toBe('2025Q3');
    expect(periodContaining('2025-06-30', 'half').id).toBe('2025S1');
    expect(periodContaining('2025-07-01', 'half').id).toBe('2025S2');
    expect(periodContaining('2024-02-29', 'month').id).toBe('202402');
    throwsCode(() => periodContaining('2025-02-30', 'month'), 'INVALID_DATE');
  });

  it('lists the periods overlapping a range, both ends inclusive', () => {
    expect(periodsBetween('2025-02-10', '2025-07-01', 'quarter').map((p) => p.id)).toEqual(['2025Q1', '2025Q2', '2025Q3']);
    expect(periodsBetween('2024-12-31', '2025-01-01', 'month').map((p) => p.id)).toEqual(['202412', '202501']);
    expect(periodsBetween('2025-03-03', '2025-03-03', 'year').map((p) => p.id)).toEqual(['2025']);
    throwsCode(() => periodsBetween('2025-02-01', '2025-01-01', 'month'), 'INVALID_RANGE');
  });

  it('property: next/previous round-trip and periods are adjacent', () => {
    fc.assert(
      fc.property(arbPeriod, (p) => {
        expect(previousPeriod(nextPeriod(p)).id).toBe(p.id);
        expect(nextPeriod(previousPeriod(p)).id).toBe(p.id);
        expect(nextPeriod(p).start).toBe(addDays(p.end, 1));
      }),
    );
  });

  it('property: periodContaining(start(p)) = p = periodContaining(end(p)), and parse(format(p)) = p', () => {
    fc.assert(
      fc.property(arbPeriod, (p) => {
        expect(periodContaining(p.start, p.type)).toEqual(p);
        expect(periodContaining(p.end, p.type)).toEqual(p);
        expect(parsePeriod(formatPeriod(p))).toEqual(p);
        expect(isPeriodId(p.id)).toBe(true);
      }),
    );
  });

  it('property: a date lies within its containing period', () => {
    fc.assert(
      fc.property(arbType, arbDate, (type, date) => {
        const p = periodContaining(date, type);
        expect(p.start <= date && date <= p.end).toBe(true);
      }),
    );
  });
});
