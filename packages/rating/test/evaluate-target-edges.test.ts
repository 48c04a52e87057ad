import { IndicatorSchema, isCoopError, rational, type YearlyRecord } from '@coop/model';
import { SHEET_MAXIMA } from '@coop/sample';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../src/evaluate-target.js';
import { targetsOn } from './fixtures/targets.js';
import { share } from './fixtures/indicators.js';
import { CEILING } from './fixtures/ceiling.js';

const target = targetsOn('gf-share', { vi: 'HTX tốt, khá', en: 'Good or fair' });
const cohort = (good: number, total: number, year = 2024): YearlyRecord[] =>
  Array.from({ length: total }, (_, i) => ({
    organisationId: `c${year}-${i}`,
    year,
    kind: 'cooperative',
    sector: 'agriculture-crop',
    areaCode: 'A',
    grade: i < good ? 'good' : 'weak',
  }));

const deepFreeze = <T,>(value: T): T => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
};

describe('exact at the edge', () => {
  it('6 of 10 is not "over 60 %"; 7 of 11 is; 60 of 100 meets "from 60 % up"', () => {
    expect(evaluateTarget(target({ kind: '>', value: 60 }), cohort(6, 10), { asOf: 2024, indicator: share }).met).toBe(false);
    expect(evaluateTarget(target({ kind: '>', value: 60 }), cohort(7, 11), { asOf: 2024, indicator: share }).met).toBe(true);
    expect(evaluateTarget(target({ kind: '>=', value: 60 }), cohort(60, 100), { asOf: 2024, indicator: share }).met).toBe(true);
    expect(evaluateTarget(target({ kind: '>=', value: 60 }), cohort(59, 100), { asOf: 2024, indicator: share }).met).toBe(false);
  });
  it('1 of 3 is not "about 33.33 % ± 0" but 33⅓ exactly is', () => {
    const approx = (value: number) => target({ kind: 'approximately', value, tolerance: 0, ceiling: CEILING });
    expect(evaluateTarget(approx(33.33), cohort(1, 3), { asOf: 2024, indicator: share }).met).toBe(false);
    expect(evaluateTarget(target({ kind: 'range', min: 33.33, max: 33.34, ceiling: CEILING }), cohort(1, 3), { asOf: 2024, indicator: share }).met).toBe(true);
  });
  it('a range includes both ends', () => {
    const range = target({ kind: 'range', min: 20, max: 25, ceiling: CEILING });
    expect(evaluateTarget(range, cohort(1, 5), { asOf: 2024, indicator: share }).met).toBe(true); // 20 %
    expect(evaluateTarget(range, cohort(1, 4), { asOf: 2024, indicator: share }).met).toBe(true); // 25 %
    expect(evaluateTarget(range, cohort(2, 9), { asOf: 2024, indicator: share }).met).toBe(true); // 22.2 %
    expect(evaluateTarget(range, cohort(1, 6), { asOf: 2024, indicator: share }).met).toBe(false); // 16.7 %
  });
  it('property: k of n vs "over p %" and "from p % up" agree with integer arithmetic', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 100 }), (n, raw, p) => {
        const k = raw % (n + 1);
        const records = cohort(k, n);
        expect(evaluateTarget(target({ kind: '>', value: p }), records, { asOf: 2024, indicator: share }).met).toBe(100 * k > p * n);
        expect(evaluateTarget(target({ kind: '>=', value: p }), records, { asOf: 2024, indicator: share }).met).toBe(100 * k >= p * n);
      }),
      { numRuns: 200 },
    );
  });
});

describe('typed errors for what a caller must supply', () => {
  it('an approximately target without any tolerance', () => {
    try {
      evaluateTarget(target({ kind: 'approximately', value: 30, ceiling: CEILING }), cohort(3, 10), { asOf: 2024, indicator: share });
      expect.unreachable();
    } catch (error) {
      expect(isCoopError(error, 'MISSING_TOLERANCE')).toBe(true);
    }
  });
  it('a missing external input names the input and the indicator', () => {
    const ext = IndicatorSchema.parse({
      ...share,
      id: 'households',
      numerator: { op: 'sum', field: 'memberHouseholds' },
      denominator: { op: 'external', input: 'farmHouseholds' },
    });
    const t = target({ kind: '>=', value: 30 }, { indicator: 'households' });
    expect(() => evaluateTarget(t, cohort(1, 2), { asOf: 2024, indicator: ext })).toThrow(
      expect.objectContaining({ code: 'MISSING_EXTERNAL_INPUT', details: expect.objectContaining({ input: 'farmHouseholds', indicator: 'households' }) }),
    );
  });
  it('an indicator that is not the target’s', () => {
    expect(() => evaluateTarget(target({ kind: '>', value: 1 }, { indicator: 'other' }), [], { asOf: 2024, indicator: share })).toThrow(
      expect.objectContaining({ code: 'INDICATOR_MISMATCH' }),
    );
  });
});

describe('purity', () => {
  it('never mutates its inputs (deep-frozen records, sheets, target, indicator, areas)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 2021, max: 2024 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean()), { maxLength: 40 }), (rows) => {
        const records = rows.map(([year, q, sheeted], i): YearlyRecord => ({
          organisationId: `o${i}`,
          year,
          kind: 'cooperative',
          sector: 'agriculture-crop',
          areaCode: 'C1',
          ...(sheeted
            ? { sheet: { rulebook: 'circular-01-2020', points: Object.fromEntries(Object.entries(SHEET_MAXIMA).map(([id, max]) => [id, Math.floor(max * q * 2) / 2])) } }
            : { grade: q > 0.5 ? 'good' : 'weak' }),
        }));
        const areas = [
          { code: 'P', name: { vi: 'P', en: 'P' }, level: 'province' as const },
          { code: 'C1', name: { vi: 'C', en: 'C' }, level: 'commune' as const, parent: 'P' },
        ];
        const snapshot = JSON.stringify(records);
        const t = target({ kind: '>', value: 60 }, { scope: { area: 'P' } });
        deepFreeze(records);
        deepFreeze(t);
        deepFreeze(areas);
        const result = evaluateTarget(t, records, { asOf: 2024, indicator: deepFreeze(share), areas });
        expect(JSON.stringify(records)).toBe(snapshot);
        expect(result.series.length).toBeLessThanOrEqual(4);
      }),
      { numRuns: 60 },
    );
  });
  it('gives the same result twice (no hidden state)', () => {
    const records = [...cohort(4, 10, 2022), ...cohort(6, 10, 2024)];
    const a = evaluateTarget(target({ kind: '>', value: 60 }), records, { asOf: 2024, indicator: share });
    const b = evaluateTarget(target({ kind: '>', value: 60 }), records, { asOf: 2024, indicator: share });
    expect(b).toEqual(a);
    expect(a.value).toEqual(rational(60));
  });
});
