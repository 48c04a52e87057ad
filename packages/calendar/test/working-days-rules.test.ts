/**
 * Rules of the working-day functions that the mutation run found unpinned (issue 7): counts at the
 * year boundaries and at the last year the holiday rules cover (2199), and the typed error of
 * `addWorkingDays`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../src/internal/civil-date.js';
import { addWorkingDays, isWorkingDay, nextWorkingDay, workingDayOnOrAfter, workingDaysBetween } from '../src/working-days.js';
import { codeAndDetails } from '../../../test-support/coop-errors.js';

/** Working days in (from, to], counted one day at a time with isWorkingDay. */
const countByDay = (from: string, to: string, options?: { weekend: readonly number[] }): number => {
  let n = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day, options)) n++;
  return n;
};

describe('workingDaysBetween at the last year the holiday rules cover (2199)', () => {
  it('counts up to and including 31 December 2199 without needing 2200', () => {
    expect(isWorkingDay('2199-12-31')).toBe(true); // a Tuesday
    expect(workingDaysBetween('2199-12-31', '2199-12-31')).toBe(0);
    expect(workingDaysBetween('2199-12-30', '2199-12-31')).toBe(1);
    const y2199 = countByDay('2198-12-31', '2199-12-31');
    expect(y2199).toBe(250);
    expect(workingDaysBetween('2198-12-31', '2199-12-31')).toBe(y2199);
    expect(workingDaysBetween('2199-12-31', '2198-12-31')).toBe(-y2199);
    expect(workingDaysBetween('2199-06-01', '2199-12-31')).toBe(countByDay('2199-06-01', '2199-12-31'));
  });

  it('the day after 2199 is out of range for whatever has to look at it', () => {
    expect(workingDayOnOrAfter('2199-12-31')).toBe('2199-12-31');
    expect(codeAndDetails(() => nextWorkingDay('2199-12-31'))).toMatchObject({ code: 'DATE_OUT_OF_RANGE', details: { year: 2200 } });
    expect(codeAndDetails(() => addWorkingDays('2199-12-31', 1))).toMatchObject({ code: 'DATE_OUT_OF_RANGE', details: { year: 2200 } });
    expect(codeAndDetails(() => workingDaysBetween('2199-12-31', '2200-01-01'))).toMatchObject({ code: 'DATE_OUT_OF_RANGE', details: { year: 2200 } });
  });
});

describe('workingDaysBetween across year boundaries', () => {
  it('a whole year from 31 December to 31 December counts that year’s working days', () => {
    expect(workingDaysBetween('2024-12-31', '2025-12-31')).toBe(250);
    expect(workingDaysBetween('2025-12-31', '2026-12-31')).toBe(countByDay('2025-12-31', '2026-12-31'));
    // 31 Dec 2025 is counted in (30 Dec, 1 Jan], 1 Jan 2026 (a holiday) is not.
    expect(workingDaysBetween('2025-12-30', '2026-01-01')).toBe(1);
    expect(workingDaysBetween('2025-12-31', '2026-01-01')).toBe(0);
    expect(workingDaysBetween('2026-01-01', '2025-12-31')).toBe(0); // +0: Object.is(-0, 0) is false
  });

  it('property: equals a day-by-day count, over spans of up to three years and any weekend', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2015, max: 2195 }),
        fc.integer({ min: 0, max: 364 }),
        fc.integer({ min: 0, max: 3 * 366 }),
        fc.constantFrom<readonly number[]>([6, 7], [7], [5, 6], []),
        (year, offset, span, weekend) => {
          const from = addDays(`${year}-01-01`, offset);
          const to = addDays(from, span);
          expect(workingDaysBetween(from, to, { weekend })).toBe(countByDay(from, to, { weekend }));
          // Backwards: minus the count, and 0 (never -0) when there is no working day in between.
          expect(workingDaysBetween(to, from, { weekend })).toBe(0 - countByDay(from, to, { weekend }));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('addWorkingDays — typed errors', () => {
  it('n must be an integer; the error gives the value', () => {
    expect(codeAndDetails(() => addWorkingDays('2025-01-01', 1.5))).toEqual({ code: 'INVALID_ARGUMENT', details: { n: 1.5 } });
    expect(codeAndDetails(() => addWorkingDays('2025-01-01', Number.NaN))).toEqual({ code: 'INVALID_ARGUMENT', details: { n: Number.NaN } });
    expect(codeAndDetails(() => addWorkingDays('2025-01-01', '2' as never))).toEqual({ code: 'INVALID_ARGUMENT', details: { n: '2' } });
  });
});
