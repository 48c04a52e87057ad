import { IndicatorSchema, rational, type AreaInput, type Comparator, type YearlyRecord } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../src/evaluate-target.js';
import { recordsLike, targetsOn } from './fixtures/targets.js';
import { count, meanRevenue, revenue, share } from './fixtures/indicators.js';
import { CEILING } from './fixtures/ceiling.js';


const target = targetsOn('gf-share', { vi: 'HTX đạt loại tốt, khá', en: 'Co-ops rated good or fair' });

const rec = recordsLike();
/** `good` of `total` co-ops rated good in a year. */
const cohort = (good: number, total: number, year = 2024, areaCode = 'A'): YearlyRecord[] =>
  Array.from({ length: total }, (_, i) => rec({ year, areaCode, grade: i < good ? 'good' : 'average' }));

describe('evaluateTarget — every level comparator, both sides of its edge', () => {
  // value = 100·good/10 (%): 60 % is exactly the edge of most rows.
  const rows: [Comparator, number, boolean][] = [
    [{ kind: '>', value: 60 }, 6, false],
    [{ kind: '>', value: 60 }, 7, true],
    [{ kind: '>=', value: 60 }, 5, false],
    [{ kind: '>=', value: 60 }, 6, true],
    [{ kind: '<', value: 60 }, 6, false],
    [{ kind: '<', value: 60 }, 5, true],
    [{ kind: '<=', value: 60 }, 7, false],
    [{ kind: '<=', value: 60 }, 6, true],
    [{ kind: '=', value: 60 }, 5, false],
    [{ kind: '=', value: 60 }, 6, true],
    [{ kind: '=', value: 60 }, 7, false],
    [{ kind: 'range', min: 40, max: 60, ceiling: CEILING }, 3, false],
    [{ kind: 'range', min: 40, max: 60, ceiling: CEILING }, 4, true],
    [{ kind: 'range', min: 40, max: 60, ceiling: CEILING }, 6, true],
    [{ kind: 'range', min: 40, max: 60, ceiling: CEILING }, 7, false],
    [{ kind: 'approximately', value: 50, tolerance: 10, ceiling: CEILING }, 3, false],
    [{ kind: 'approximately', value: 50, tolerance: 10, ceiling: CEILING }, 4, true],
    [{ kind: 'approximately', value: 50, tolerance: 10, ceiling: CEILING }, 6, true],
    [{ kind: 'approximately', value: 50, tolerance: 10, ceiling: CEILING }, 7, false],
  ];
  it.each(rows)('%o with %i of 10 → met %s', (comparator, good, met) => {
    const result = evaluateTarget(target(comparator), cohort(good, 10), { asOf: '2024-12-31', indicator: share });
    expect(result.met).toBe(met);
    expect(result.value).toEqual(rational(good * 10));
    expect(result.status).toBe(met ? 'achieved' : 'insufficient-data');
    expect(result.gap.kind).toBe(met ? 'met' : 'change');
  });
});

describe('evaluateTarget — results explain themselves', () => {
  it('says how many more are needed, in Vietnamese and English', () => {
    // 7 of 12 = 58.3 %; over 60 % needs 8 of 12 (66.7 %): 1 more
    const result = evaluateTarget(target({ kind: '>', value: 60 }), cohort(7, 12), { asOf: 2024, indicator: share });
    expect(result.gap).toMatchObject({ kind: 'change', change: 'more', amount: 1n, unit: 'organisations' });
    expect(result.explanation.vi).toContain('58,3 %');
    expect(result.explanation.vi).toContain('cần thêm 1 HTX để vượt 60 %');
    expect(result.explanation.en).toContain('58.3 %');
    expect(result.explanation.en).toContain('1 more co-op needed to exceed 60 %');
    expect(result.indicator?.populationSize).toBe(12);
  });
  it('reports the tolerance used and where it came from', () => {
    const own = evaluateTarget(target({ kind: 'approximately', value: 30, tolerance: 2, ceiling: CEILING }), cohort(3, 10), { asOf: 2024, indicator: share });
    expect(own.tolerance).toEqual({ value: 2, source: 'target' });
    const given = evaluateTarget(target({ kind: 'approximately', value: 30, ceiling: CEILING }), cohort(3, 10), { asOf: 2024, indicator: share, tolerance: 5 });
    expect(given.tolerance).toEqual({ value: 5, source: 'option' });
    expect(given.explanation.vi).toContain('± 5');
  });
  it('an empty population is not-applicable (no division by zero)', () => {
    const result = evaluateTarget(target({ kind: '>', value: 60 }), [], { asOf: 2024, indicator: share });
    expect(result.status).toBe('not-applicable');
    expect(result.gap.kind).toBe('not-computable');
    expect(evaluateTarget(target({ kind: '>', value: 60 }), cohort(1, 2, 2024, 'B'), { asOf: 2024, indicator: share, area: 'A' }).status).toBe('not-applicable');
  });
  it('judges the trend across years and names the method', () => {
    const records = [...cohort(4, 10, 2020), ...cohort(5, 10, 2023)];
    const result = evaluateTarget(target({ kind: '>=', value: 60 }), records, { asOf: 2023, indicator: share });
    expect(result.status).toBe('on-track');
    expect(result.method).toBe('growth-ratio');
    expect(result.series.map((p) => p.year)).toEqual([2020, 2023]);
    expect(result.explanation.en).toContain('R = 1.87');
  });
  it('a mean target reports the revenue shortfall in VND over the population', () => {
    const records = [rec({ revenue: 4_000_000_000 }), rec({ revenue: 5_000_000_000 }), rec({ revenue: 5_500_000_000 })];
    const result = evaluateTarget(target({ kind: '>=', value: 5e9 }, { indicator: 'revenue-mean' }), records, { asOf: 2024, indicator: meanRevenue });
    expect(result.gap).toMatchObject({ kind: 'change', amount: 500_000_000n, unit: 'vnd', basis: 'population-total' });
    expect(result.explanation.vi).toContain('500 triệu đồng');
  });
  it('a "= 0" target says how many fewer', () => {
    const weak = IndicatorSchema.parse({ ...count, id: 'weak', numerator: { op: 'count', where: { grade: ['weak'] } } });
    const records = [rec({ grade: 'weak' }), rec({ grade: 'weak' }), rec({ grade: 'good' })];
    const result = evaluateTarget(target({ kind: '=', value: 0 }, { indicator: 'weak' }), records, { asOf: 2024, indicator: weak });
    expect(result.gap).toMatchObject({ change: 'fewer', amount: 2n });
    expect(result.explanation.vi).toContain('cần giảm 2 HTX');
  });
});

describe('evaluateTarget — growth comparators', () => {
  const byYear = (values: Record<number, number>): YearlyRecord[] =>
    Object.entries(values).map(([year, revenue]) => rec({ organisationId: 'x', year: Number(year), revenue }));
  it('growth vs a baseline: exact, with the baseline reported', () => {
    const t = target({ kind: 'growth', minPercent: 10, baselineYear: 2022 }, { indicator: 'revenue-total' });
    const met = evaluateTarget(t, byYear({ 2022: 100, 2024: 110 }), { asOf: 2024, indicator: revenue });
    expect(met.value).toEqual(rational(10));
    expect(met.met).toBe(true);
    expect(met.status).toBe('achieved');
    expect(met.growth?.baselineYear).toBe(2022);
    const short = evaluateTarget(t, byYear({ 2022: 100, 2024: 109 }), { asOf: 2024, indicator: revenue });
    expect(short.met).toBe(false);
    expect(short.gap).toMatchObject({ kind: 'distance', distance: rational(1) });
  });
  it('growth without any baseline year is a typed error', () => {
    const t = target({ kind: 'growth', minPercent: 10 }, { indicator: 'revenue-total' });
    expect(() => evaluateTarget(t, byYear({ 2022: 100 }), { asOf: 2024, indicator: revenue })).toThrow(expect.objectContaining({ code: 'MISSING_BASELINE' }));
    expect(evaluateTarget(t, byYear({ 2022: 100, 2024: 120 }), { asOf: 2024, indicator: revenue, baselineYear: 2022 }).met).toBe(true);
  });
  it('yearly growth: each year, the failing years and the compound rate', () => {
    const t = target({ kind: 'yearly-growth', minPercent: 5, fromYear: 2021 }, { indicator: 'revenue-total' });
    // 2022: +10 %, 2023: +4 % (fails), 2024: +5 % (exactly the floor: holds)
    const values = { 2021: 1000, 2022: 1100, 2023: 1144, 2024: 1201.2 };
    const result = evaluateTarget(t, byYear(values), { asOf: 2024, indicator: revenue });
    expect(result.yearlyGrowth?.years.map((y) => [y.year, y.met])).toEqual([[2022, true], [2023, false], [2024, true]]);
    expect(result.gap).toEqual({ kind: 'years', failing: [2023] });
    expect(result.value).toEqual(rational(4));
    // compound = (1201.2 / 1000)^(1/3) − 1 = 6.30 %
    expect(result.yearlyGrowth?.compoundPercent).toBeCloseTo(6.3, 1);
    expect(result.met).toBe(false);
    expect(result.status).toBe('needs-acceleration');
    expect(result.explanation.en).toContain('2023');
  });
});

describe('evaluateTarget — per unit ("in every district")', () => {
  const AREAS: AreaInput[] = [
    { code: 'P', name: { vi: 'P', en: 'P' }, level: 'province' },
    { code: 'D1', name: { vi: 'D1', en: 'D1' }, level: 'district', parent: 'P' },
    { code: 'D2', name: { vi: 'D2', en: 'D2' }, level: 'district', parent: 'P' },
    { code: 'D3', name: { vi: 'D3', en: 'D3' }, level: 'district', parent: 'P' },
    { code: 'D1-C1', name: { vi: 'C', en: 'C' }, level: 'commune', parent: 'D1' },
  ];
  const t = target(
    { kind: 'every-unit', level: 'district', comparator: { kind: '>=', value: 1 } },
    { indicator: 'model-count', scope: { area: 'P' } },
  );
  const records = [
    rec({ areaCode: 'D1-C1', flags: { modelCooperative: true } }),
    rec({ areaCode: 'D2', flags: { modelCooperative: true } }),
    rec({ areaCode: 'D2', flags: { modelCooperative: false } }),
    // D3 has no records at all: it fails a ">= 1" count
  ];
  it('lists the failing units, including a unit with no records', () => {
    const result = evaluateTarget(t, records, { asOf: 2024, indicator: count, areas: AREAS });
    expect(result.met).toBe(false);
    expect(result.gap).toEqual({ kind: 'units', failing: ['D3'], meeting: 2, total: 3 });
    expect(result.units?.find((u) => u.code === 'D3')).toMatchObject({ populationSize: 0, met: false, value: rational(0) });
    expect(result.explanation.en).toContain('1 of 3 units fail (D3)');
  });
  it('holds when every unit meets it', () => {
    const all = [...records, rec({ areaCode: 'D3', flags: { modelCooperative: true } })];
    expect(evaluateTarget(t, all, { asOf: 2024, indicator: count, areas: AREAS }).status).toBe('achieved');
  });
  it('without an area list is not evaluated (issue 15: it fell back to the codes present, with a warning only)', () => {
    expect(() => evaluateTarget(t, records, { asOf: 2024, indicator: count })).toThrow(
      expect.objectContaining({ code: 'UNITS_NOT_EVALUABLE', details: expect.objectContaining({ reason: 'no-unit-list', target: t.id }) }),
    );
  });
  it('needs records, not a series', () => {
    expect(() => evaluateTarget(t, { kind: 'series', points: [] }, { asOf: 2024, indicator: count })).toThrow(
      expect.objectContaining({ code: 'SERIES_NOT_SUPPORTED' }),
    );
  });
});

describe('evaluateTarget — aggregated series', () => {
  it('judges a yearly series given as totals', () => {
    const series = { kind: 'series', points: [{ year: 2023, value: '58.3' }, { year: 2020, value: 40 }] } as const;
    const result = evaluateTarget(target({ kind: '>', value: 60 }), series, { asOf: 2023, indicator: share });
    expect(result.value).toEqual(rational('58.3'));
    expect(result.status).toBe('on-track');
    expect(result.gap.kind).toBe('distance');
  });
  it('uses numerator and denominator when given for the gap', () => {
    const series = { kind: 'series', points: [{ year: 2024, value: 60, numerator: 6, denominator: 10 }] } as const;
    const result = evaluateTarget(target({ kind: '>', value: 60 }), series, { asOf: 2024, indicator: share });
    expect(result.gap).toMatchObject({ kind: 'change', amount: 1n });
  });
  it('looks the indicator up in the catalog by id', () => {
    const t = target({ kind: '>', value: 60 }, { indicator: 'ag-coop-good-or-fair-share' });
    const result = evaluateTarget(t, { kind: 'series', points: [{ year: 2024, value: 61 }] }, { asOf: 2024 });
    expect(result.indicatorId).toBe('ag-coop-good-or-fair-share');
    expect(result.status).toBe('achieved');
    expect(() => evaluateTarget(target({ kind: '>', value: 1 }, { indicator: 'nope' }), [], { asOf: 2024 })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_INDICATOR' }),
    );
  });
});
