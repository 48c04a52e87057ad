import { IndicatorSchema, PlanSchema, rational, type AreaInput, type Comparator, type TargetInput, type YearlyRecord } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../src/evaluate-plan.js';
import { evaluateTarget } from '../src/evaluate-target.js';
import { formatIndicatorValue } from '../src/explain.js';
import { recordsLike, targetsOn } from './fixtures/targets.js';
import { count, meanRevenue, revenue, share } from './fixtures/indicators.js';


const target = targetsOn('revenue-total', { vi: 'Doanh thu', en: 'Revenue' });

const rec = recordsLike();
/** One co-op's revenue per year (a year mapped to `undefined` has a record without revenue). */
const byYear = (values: Record<number, number | undefined>): YearlyRecord[] =>
  Object.entries(values).map(([year, revenue]) => rec({ organisationId: 'x', year: Number(year), ...(revenue === undefined ? {} : { revenue }) }));
const series = (values: Record<number, number>) =>
  ({ kind: 'series', points: Object.entries(values).map(([year, value]) => ({ year: Number(year), value })) }) as const;
const codes = (result: { warnings: readonly { code: string }[] }) => result.warnings.map((w) => w.code);

describe('growth vs a baseline — when it cannot be computed', () => {
  const t = target({ kind: 'growth', minPercent: 10, baselineYear: 2022 });
  it('no baseline value: no growth block, the gap says why', () => {
    const result = evaluateTarget(t, byYear({ 2023: 100, 2024: 120 }), { asOf: 2024, indicator: revenue });
    expect(result.gap).toEqual({ kind: 'not-computable', reason: { vi: 'Không có số liệu năm gốc 2022', en: 'No value for the baseline year 2022' } });
    expect(result.growth).toBeUndefined();
    expect(result).not.toHaveProperty('growth');
    expect(result.status).toBe('insufficient-data');
    expect(result.met).toBeUndefined();
    expect(result.method).toBeUndefined();
    expect(result.year).toBe(2024);
  });
  it('no value at all: no growth block', () => {
    const result = evaluateTarget(t, [], { asOf: 2024, indicator: revenue });
    expect(result).not.toHaveProperty('growth');
    expect(result.status).toBe('not-applicable');
  });
  it('a zero baseline, or nothing after it, still reports baseline and current with no percent', () => {
    const zero = evaluateTarget(t, byYear({ 2022: 0, 2024: 120 }), { asOf: 2024, indicator: revenue });
    expect(zero.growth).toEqual({ baselineYear: 2022, baseline: rational(0), current: rational(120), percent: undefined });
    expect(zero.gap).toEqual({ kind: 'not-computable', reason: { vi: 'Giá trị năm gốc bằng 0: không tính được mức tăng', en: 'The baseline value is zero: growth cannot be computed' } });
    const only = evaluateTarget(t, byYear({ 2022: 100 }), { asOf: 2024, indicator: revenue });
    expect(only.growth).toEqual({ baselineYear: 2022, baseline: rational(100), current: rational(100), percent: undefined });
    expect(only.gap).toEqual({ kind: 'not-computable', reason: { vi: 'Chưa có số liệu sau năm gốc', en: 'No value after the baseline year yet' } });
  });
});

describe('growth vs a baseline — progress aims at baseline × (1 + p/100)', () => {
  const t = target({ kind: 'growth', minPercent: 10, baselineYear: 2020 });
  it('the aimed level, the method and the status of a growth not yet met', () => {
    const result = evaluateTarget(t, byYear({ 2020: 100, 2022: 104 }), { asOf: 2022, indicator: revenue });
    expect(result.met).toBe(false);
    expect(result.value).toEqual(rational(4));
    expect(result.progress?.numbers.targetValue).toBe(110);
    expect(result.method).toBe('growth-ratio');
    expect(result.progress?.method).toBe('growth-ratio');
    expect(result.gap).toEqual({ kind: 'distance', change: 'more', boundary: rational(10), distance: rational(6) });
    expect(result.status).toBe('on-track');
    expect(result.explanation).toEqual({
      vi: 'Doanh thu: tăng 4 % (đến năm 2022); còn cách 6 điểm phần trăm để tăng ít nhất 10 % so với năm gốc; Tiến độ: đúng tiến độ (tăng trưởng kép thực tế 2 %/năm, cần 1 %/năm (R = 2,07))',
      en: 'Revenue: growth 4 % (to 2022); 6 percentage points short of the target (grow by at least 10 % over the baseline); Progress: on track (observed compound growth 2 % a year, required 1 % (R = 2.07))',
    });
    const linear = evaluateTarget(t, byYear({ 2020: 100, 2022: 104 }), { asOf: 2022, indicator: revenue, method: 'linear' });
    expect(linear.method).toBe('linear');
  });
  it('growth exactly at the floor is met, and the level aimed at is reached (not strictly)', () => {
    const result = evaluateTarget(t, byYear({ 2020: 100, 2022: 110 }), { asOf: 2022, indicator: revenue });
    expect(result.met).toBe(true);
    expect(result.status).toBe('achieved');
    expect(result.gap).toEqual({ kind: 'met' });
    expect(result.progress?.met).toBe(true);
    expect(result.progress?.status).toBe('achieved');
    expect(result.method).toBe('growth-ratio');
    expect(result.explanation.en).toMatch(/^Revenue: growth 10 % \(to 2022\); meets the target \(.*\); Status: achieved$/);
    expect(result.explanation.vi).toMatch(/^Doanh thu: tăng 10 % \(đến năm 2022\); đạt yêu cầu .*; Trạng thái: đã đạt$/);
  });
  it('after the deadline the status clause is the plain status, not the progress line', () => {
    const late = target({ kind: 'growth', minPercent: 10, baselineYear: 2020 }, { deadline: 2021 });
    const result = evaluateTarget(late, byYear({ 2020: 100, 2022: 104 }), { asOf: 2022, indicator: revenue });
    expect(result.status).toBe('not-achieved');
    expect(result.progress).toBeDefined();
    expect(result.explanation.en.endsWith('; Status: not achieved (deadline passed)')).toBe(true);
  });
});

describe('yearly growth — the start year', () => {
  const values = { 2021: 100, 2022: 110, 2023: 121 };
  it('the comparator’s, else the target’s baseline, else the option', () => {
    const own = evaluateTarget(target({ kind: 'yearly-growth', minPercent: 5, fromYear: 2022 }, { baselineYear: 2021 }), byYear(values), { asOf: 2023, indicator: revenue, baselineYear: 2021 });
    expect(own.yearlyGrowth?.fromYear).toBe(2022);
    expect(own.yearlyGrowth?.years.map((y) => y.year)).toEqual([2023]);
    const fromTarget = evaluateTarget(target({ kind: 'yearly-growth', minPercent: 5 }, { baselineYear: 2022 }), byYear(values), { asOf: 2023, indicator: revenue, baselineYear: 2021 });
    expect(fromTarget.yearlyGrowth?.fromYear).toBe(2022);
    const fromOption = evaluateTarget(target({ kind: 'yearly-growth', minPercent: 5 }), byYear(values), { asOf: 2023, indicator: revenue, baselineYear: 2022 });
    expect(fromOption.yearlyGrowth?.fromYear).toBe(2022);
    for (const r of [own, fromTarget, fromOption]) expect(codes(r)).not.toContain('BASELINE_ASSUMED');
  });
  it('none given: the first observed year, with a warning', () => {
    const result = evaluateTarget(target({ kind: 'yearly-growth', minPercent: 5 }), byYear(values), { asOf: 2023, indicator: revenue });
    expect(result.yearlyGrowth?.fromYear).toBe(2021);
    expect(result.warnings).toContainEqual({
      code: 'BASELINE_ASSUMED',
      message: { vi: 'Không nêu năm bắt đầu; dùng năm có số liệu đầu tiên (2021)', en: 'No start year given; the first observed year (2021) is used' },
      details: { fromYear: 2021 },
    });
    expect(result.met).toBe(true);
    expect(result.status).toBe('achieved');
    expect(result.value).toEqual(rational(10));
    expect(result.display).toBe(10);
  });
  it('none given and no value at all: no start year, no warning, no yearly block, not applicable', () => {
    const result = evaluateTarget(target({ kind: 'yearly-growth', minPercent: 5 }), [], { asOf: 2023, indicator: revenue });
    expect(result).not.toHaveProperty('yearlyGrowth');
    expect(result.warnings).toEqual([]);
    expect(result.status).toBe('not-applicable');
    expect(result.year).toBeUndefined();
    expect(result.value).toBeUndefined();
    expect(result.display).toBeUndefined();
    expect(result.met).toBeUndefined();
    expect(result.method).toBeUndefined();
    expect(result.gap).toEqual({ kind: 'not-computable', reason: { vi: 'Không có giá trị để tính khoảng cách', en: 'There is no value to measure the gap from' } });
    expect(result.explanation.en).toBe('Revenue: no value; There is no value to measure the gap from; Status: not applicable');
  });
});

describe('yearly growth — years that cannot be measured', () => {
  const t = target({ kind: 'yearly-growth', minPercent: 5, fromYear: 2020 });
  it('a year without a value, or after a zero, is listed and warned about; with no measured year short, the verdict is unknown (audit 2026-12: missing is never "no")', () => {
    // 2021 missing: 2021 and 2022 unmeasurable; 2023 after a zero; 2024 +10 %
    const result = evaluateTarget(t, byYear({ 2020: 100, 2022: 0, 2023: 50, 2024: 55 }), { asOf: 2024, indicator: revenue });
    expect(result.yearlyGrowth?.years).toEqual([
      { year: 2021, percent: undefined, met: undefined },
      { year: 2022, percent: undefined, met: undefined },
      { year: 2023, percent: undefined, met: undefined },
      { year: 2024, percent: rational(10), met: true },
    ]);
    expect(result.warnings).toContainEqual({
      code: 'GROWTH_YEARS_MISSING',
      message: { vi: 'Không tính được mức tăng cho năm 2021, 2022, 2023', en: 'Growth cannot be computed for 2021, 2022, 2023' },
    });
    expect(result.met).toBeUndefined();
    expect(result.value).toEqual(rational(10));
    expect(result.gap).toEqual({ kind: 'years', failing: [] });
    expect(result.method).toBe('growth-ratio');
    // compound (55/100)^(1/4) − 1 < 0 with a positive floor: R < 0
    expect(result.yearlyGrowth?.compoundPercent).toBeCloseTo(-13.88, 2);
    expect(result.status).toBe('deteriorating');
  });
  it('a record year without the field counts as missing, not as zero', () => {
    const result = evaluateTarget(t, byYear({ 2020: 100, 2021: undefined, 2022: 121 }), { asOf: 2022, indicator: revenue });
    expect(result.yearlyGrowth?.years.map((y) => y.percent)).toEqual([undefined, undefined]);
    expect(result.met).toBeUndefined();
    expect(result.gap.kind).toBe('not-computable');
    expect(result.method).toBeUndefined();
    // (121/100)^(1/2) − 1 = 10 %
    expect(result.yearlyGrowth?.compoundPercent).toBeCloseTo(10, 9);
    expect(result.status).toBe('insufficient-data');
  });
  it('a negative start value is not divided by: no growth that year', () => {
    const result = evaluateTarget(t, series({ 2020: -10, 2021: -5 }), { asOf: 2021, indicator: revenue });
    expect(result.yearlyGrowth?.years).toEqual([{ year: 2021, percent: undefined, met: undefined }]);
    expect(result.yearlyGrowth?.compoundPercent).toBeUndefined();
    expect(result.explanation.en).not.toContain('compound');
  });
  it('every measured year at the floor but one unmeasured: on track by the compound rate, verdict unknown (not "not met")', () => {
    // 2021 +10 %; no 2022 value, so 2022 and 2023 cannot be measured; compound (133.1/100)^(1/3) − 1 = 10 %
    const result = evaluateTarget(t, series({ 2020: 100, 2021: 110, 2023: 133.1 }), { asOf: 2023, indicator: revenue });
    expect(result.yearlyGrowth?.years.map((y) => [y.year, y.met])).toEqual([[2021, true], [2022, undefined], [2023, undefined]]);
    expect(result.met).toBeUndefined();
    expect(result.gap).toEqual({ kind: 'years', failing: [] });
    expect(result.yearlyGrowth?.compoundPercent).toBeCloseTo(10, 9);
    expect(result.status).toBe('on-track');
  });
});

describe('yearly growth — the compound rate', () => {
  it('is computed from the start value to the latest', () => {
    const t = target({ kind: 'yearly-growth', minPercent: 5, fromYear: 2021 });
    const result = evaluateTarget(t, byYear({ 2021: 1000, 2022: 1100, 2023: 1144, 2024: 1201.2 }), { asOf: 2024, indicator: revenue });
    expect(result.yearlyGrowth?.compoundPercent).toBeCloseTo(6.3, 2);
    expect(result.explanation.en).toMatch(/^Revenue: lowest yearly growth 4 % \(to 2024\); years below the growth floor: 2023; compound growth 6\.3 % a year; Status: needs acceleration$/);
    expect(result.explanation.vi).toContain('mức tăng thấp nhất hằng năm 4 % (đến năm 2024)');
    expect(result.explanation.vi).toContain('tăng trưởng kép 6,3 %/năm');
  });
  it('falls to −100 % when the latest value is zero', () => {
    const t = target({ kind: 'yearly-growth', minPercent: 5, fromYear: 2022 });
    const result = evaluateTarget(t, series({ 2022: 100, 2023: 0 }), { asOf: 2023, indicator: revenue });
    expect(result.yearlyGrowth?.compoundPercent).toBe(-100);
    expect(result.value).toEqual(rational(-100));
    expect(result.status).toBe('deteriorating');
  });
  it('is undefined with no start value, a zero start value, a negative latest value or no year after the start', () => {
    const t = (fromYear: number) => target({ kind: 'yearly-growth', minPercent: 5, fromYear });
    const noStart = evaluateTarget(t(2020), series({ 2021: 100, 2022: 110 }), { asOf: 2022, indicator: revenue });
    expect(noStart.yearlyGrowth?.compoundPercent).toBeUndefined();
    expect(noStart.yearlyGrowth?.years.map((y) => y.met)).toEqual([undefined, true]);
    expect(noStart.status).toBe('insufficient-data');
    expect(noStart.method).toBe('growth-ratio');
    const zeroStart = evaluateTarget(t(2021), series({ 2021: 0, 2022: 10, 2023: 11 }), { asOf: 2023, indicator: revenue });
    expect(zeroStart.yearlyGrowth?.compoundPercent).toBeUndefined();
    expect(zeroStart.status).toBe('insufficient-data');
    const negative = evaluateTarget(t(2021), series({ 2021: 10, 2022: 11, 2023: -1 }), { asOf: 2023, indicator: revenue });
    expect(negative.yearlyGrowth?.compoundPercent).toBeUndefined();
    expect(negative.status).toBe('insufficient-data');
    const same = evaluateTarget(t(2022), series({ 2021: 10, 2022: 11 }), { asOf: 2022, indicator: revenue });
    expect(same.yearlyGrowth).toEqual({ fromYear: 2022, years: [], compoundPercent: undefined });
    expect(same.status).toBe('insufficient-data');
    expect(same.warnings).toEqual([]);
  });
});

describe('yearly growth — status', () => {
  const yg = (minPercent: number, deadline = 2030) => target({ kind: 'yearly-growth', minPercent, fromYear: 2020 }, { deadline });
  it.each([
    // minPercent, values, asOf / deadline, status
    [5, { 2020: 100, 2021: 104, 2022: 110 }, 2030, 'needs-acceleration'], // compound 4.9 %: R 0.98 but 2021 fails
    [10, { 2020: 100, 2021: 104, 2022: 110.24 }, 2030, 'limited-progress'], // compound 5 %: R 0.5 (× would be 50)
    [10, { 2020: 100, 2021: 112, 2022: 112 }, 2030, 'limited-progress'], // compound 5.8 %: R 0.58
    [0, { 2020: 100, 2021: 99, 2022: 100 }, 2030, 'needs-acceleration'], // floor 0: compound 0 ≥ 0
    [0, { 2020: 100, 2021: 99, 2022: 99.5 }, 2030, 'deteriorating'], // floor 0: compound < 0
    [-5, { 2020: 100, 2021: 90, 2022: 92 }, 2030, 'needs-acceleration'], // compound −4.1 % ≥ −5
    [-5, { 2020: 100, 2021: 90, 2022: 80 }, 2030, 'deteriorating'], // compound −10.6 % < −5
    [5, { 2020: 100, 2021: 104, 2022: 110 }, 2022, 'needs-acceleration'], // deadline year not over yet → trend
    [5, { 2020: 100, 2021: 104, 2022: 110 }, 2021, 'not-achieved'],
  ] as const)('floor %s, values %j, deadline %s → %s', (minPercent, values, deadline, status) => {
    const result = evaluateTarget(yg(minPercent, deadline), series(values), { asOf: 2022, indicator: revenue });
    expect(result.status).toBe(status);
  });
  it('achieved once every year holds, whatever the deadline', () => {
    const result = evaluateTarget(yg(5, 2021), series({ 2020: 100, 2021: 105, 2022: 110.25 }), { asOf: 2022, indicator: revenue });
    expect(result.status).toBe('achieved');
    expect(result.gap).toEqual({ kind: 'met' });
    expect(result.method).toBe('comparison');
    expect(result.explanation.en.endsWith('; Status: achieved')).toBe(true);
  });
  it('no measurable year: insufficient data before the deadline, not achieved after, not applicable without data', () => {
    const one = (deadline: number) => evaluateTarget(yg(5, deadline), byYear({ 2020: 100 }), { asOf: 2022, indicator: revenue });
    expect(one(2030).status).toBe('insufficient-data');
    expect(one(2022).status).toBe('insufficient-data');
    expect(one(2021).status).toBe('not-achieved');
    expect(evaluateTarget(yg(5, 2021), byYear({ 2020: 100 }), { asOf: 2021, indicator: revenue }).status).toBe('insufficient-data');
    // an empty series is simply too little data (no population to speak of)
    expect(evaluateTarget(yg(5), { kind: 'series', points: [] }, { asOf: 2022, indicator: revenue }).status).toBe('insufficient-data');
    expect(evaluateTarget(yg(5), [], { asOf: 2022, indicator: revenue }).status).toBe('not-applicable');
    // records with a population but no value: insufficient, not "not applicable"
    const missing = evaluateTarget(yg(5), byYear({ 2021: undefined }), { asOf: 2022, indicator: revenue });
    expect(missing.status).toBe('insufficient-data');
    expect(missing.explanation.en.startsWith('Revenue: no value (')).toBe(true);
    expect(missing.explanation.vi.startsWith('Doanh thu: chưa có giá trị (')).toBe(true);
  });
  it('the deadline passes only after its year', () => {
    const values = { 2020: 100, 2021: 104, 2022: 110 };
    expect(evaluateTarget(yg(5, 2022), series(values), { asOf: 2022, indicator: revenue }).status).not.toBe('not-achieved');
    expect(evaluateTarget(yg(5, 2021), series(values), { asOf: 2022, indicator: revenue }).status).toBe('not-achieved');
  });
});

describe('per unit — units, values and the count meeting', () => {
  const AREAS: AreaInput[] = [
    { code: 'P', name: { vi: 'P', en: 'P' }, level: 'province' },
    { code: 'D1', name: { vi: 'D1', en: 'D1' }, level: 'district', parent: 'P' },
    { code: 'D2', name: { vi: 'D2', en: 'D2' }, level: 'district', parent: 'P' },
    { code: 'D3', name: { vi: 'D3', en: 'D3' }, level: 'district', parent: 'P' },
  ];
  const every = (indicator: string, comparator: Comparator, over: Partial<TargetInput> = {}) =>
    target({ kind: 'every-unit', level: 'district', comparator: comparator as never }, { indicator, scope: { area: 'P' }, ...over });

  it('a unit without records counts 0 for a sum, but has no value for a mean or a share', () => {
    const records = [rec({ areaCode: 'D1', revenue: 50, grade: 'weak' }), rec({ areaCode: 'D2', revenue: 500, grade: 'weak' }), rec({ areaCode: 'D2', grade: 'good' })];
    const sum = evaluateTarget(every('revenue-total', { kind: '<=', value: 100 }), records, { asOf: 2024, indicator: revenue, areas: AREAS });
    expect(sum.units).toEqual([
      { code: 'D1', value: rational(50), display: 50, met: true, populationSize: 1 },
      { code: 'D2', value: rational(500), display: 500, met: false, populationSize: 2 },
      { code: 'D3', value: rational(0), display: 0, met: true, populationSize: 0 },
    ]);
    const mean = evaluateTarget(every('revenue-mean', { kind: '<=', value: 100 }), records, { asOf: 2024, indicator: meanRevenue, areas: AREAS });
    // Audit 2026-12 (W3): a unit without a value is undecided (met undefined), not failing; D2 fails.
    expect(mean.units?.find((u) => u.code === 'D3')).toEqual({ code: 'D3', value: undefined, display: undefined, met: undefined, populationSize: 0 });
    expect(mean.gap).toEqual({ kind: 'units', failing: ['D2'], meeting: 1, total: 3 });
    const gf = evaluateTarget(every('gf-share', { kind: '<=', value: 100 }), records, { asOf: 2024, indicator: share, areas: AREAS });
    expect(gf.units?.map((u) => [u.code, u.met])).toEqual([['D1', true], ['D2', true], ['D3', undefined]]);
  });
  it('a unit whose records lack the summed field has no value (missing data is not zero)', () => {
    const records = [rec({ areaCode: 'D1', revenue: 50 }), rec({ areaCode: 'D2' }), rec({ areaCode: 'D3', revenue: 10 })];
    const result = evaluateTarget(every('revenue-total', { kind: '<=', value: 100 }), records, { asOf: 2024, indicator: revenue, areas: AREAS });
    // Audit 2026-12 (W3): undecided, not failing — the target's verdict is unknown, the gap names the unit.
    expect(result.units?.find((u) => u.code === 'D2')).toMatchObject({ value: undefined, display: undefined, met: undefined, populationSize: 1 });
    expect(result.met).toBeUndefined();
    expect(result.gap).toEqual({ kind: 'not-computable', reason: { vi: 'Chưa có giá trị ở: D2', en: 'No value in: D2' } });
  });
  it('the series counts the units meeting each year, in year order, ignoring years after asOf', () => {
    const records = [
      rec({ year: 2025, areaCode: 'D1', flags: { modelCooperative: true } }),
      rec({ year: 2024, areaCode: 'D1', flags: { modelCooperative: true } }),
      rec({ year: 2024, areaCode: 'D2', flags: { modelCooperative: true } }),
      rec({ year: 2022, areaCode: 'D1', flags: { modelCooperative: true } }),
    ];
    const result = evaluateTarget(every('model-count', { kind: '>=', value: 1 }), records, { asOf: 2024, indicator: count, areas: AREAS });
    expect(result.series).toEqual([
      { year: 2022, value: rational(1), display: 1 },
      { year: 2024, value: rational(2), display: 2 },
    ]);
    expect(result.year).toBe(2024);
    expect(result.value).toEqual(rational(2));
    expect(result.display).toBe(2);
    expect(result.unit).toBe('units');
    expect(codes(result)).not.toContain('NO_AREA_LIST');
    // linear from 1 (2022) to 2 (2024) of 3 by 2030: projected 5, clamped to the 3 units
    expect(result.method).toBe('growth-ratio');
    expect(result.progress?.numbers.targetValue).toBe(3);
    expect(result.progress?.numbers.projected).toBe(3);
    expect(result.progress?.numbers.projectedClamped).toBe(true);
    expect(result.status).toBe('on-track');
    // the method option reaches the progress on the unit counts
    const linear = evaluateTarget(every('model-count', { kind: '>=', value: 1 }), records, { asOf: 2024, indicator: count, areas: AREAS, method: 'linear' });
    expect(linear.method).toBe('linear');
    expect(linear.progress?.method).toBe('linear');
    expect(result.explanation.en).toBe(`Revenue: 2 of 3 units meet it (2024); 1 of 3 units fail (D3); ${result.progress?.explanation.en}`);
    expect(result.explanation.vi.startsWith('Doanh thu: 2/3 địa bàn đạt (năm 2024); 1/3 địa bàn chưa đạt (D3); Tiến độ: ')).toBe(true);
  });
  it('the baseline year (the target’s, else the option’s) reaches the progress on the unit counts', () => {
    const records = [
      rec({ year: 2021, areaCode: 'D1', flags: { modelCooperative: true } }),
      rec({ year: 2022, areaCode: 'D2', flags: { modelCooperative: false } }),
      rec({ year: 2024, areaCode: 'D1', flags: { modelCooperative: true } }),
      rec({ year: 2024, areaCode: 'D2', flags: { modelCooperative: true } }),
    ];
    const t = every('model-count', { kind: '>=', value: 1 });
    const plain = evaluateTarget(t, records, { asOf: 2024, indicator: count, areas: AREAS });
    expect(plain.progress?.numbers.baseYear).toBe(2021);
    expect(plain.method).toBe('growth-ratio');
    const option = evaluateTarget(t, records, { asOf: 2024, indicator: count, areas: AREAS, baselineYear: 2022 });
    expect(option.progress?.numbers.baseYear).toBe(2022);
    // 0 of 3 units in 2022 breaks the growth form: linear, and said so
    expect(option.method).toBe('linear');
    expect(option.progress?.fellBack).toBe(true);
    const own = evaluateTarget(every('model-count', { kind: '>=', value: 1 }, { baselineYear: 2022 }), records, { asOf: 2024, indicator: count, areas: AREAS, baselineYear: 2021 });
    expect(own.progress?.numbers.baseYear).toBe(2022);
    const targetOnly = evaluateTarget(every('model-count', { kind: '>=', value: 1 }, { baselineYear: 2022 }), records, { asOf: 2024, indicator: count, areas: AREAS });
    expect(targetOnly.progress?.numbers.baseYear).toBe(2022);
  });
  it('all units meeting: met, achieved, and the count reaches the total (not strictly)', () => {
    const records = ['D1', 'D2', 'D3'].map((areaCode) => rec({ areaCode, flags: { modelCooperative: true } }));
    const result = evaluateTarget(every('model-count', { kind: '>=', value: 1 }), records, { asOf: 2024, indicator: count, areas: AREAS });
    expect(result.met).toBe(true);
    expect(result.status).toBe('achieved');
    expect(result.gap).toEqual({ kind: 'met' });
    expect(result.method).toBe('comparison');
    expect(result.progress?.met).toBe(true);
    expect(result.explanation.en).toMatch(/^Revenue: 3 of 3 units meet it \(2024\); meets the target \(.*\); Status: achieved$/);
  });
  it('without an area list, a per-unit target is not evaluated (issue 15: the codes present were taken as the units, so "1 of 1 units" could pass)', () => {
    const records = [rec({ areaCode: 'Z', revenue: 1 }), rec({ areaCode: 'B', revenue: 5 }), rec({ areaCode: 'M', revenue: 3 })];
    expect(() => evaluateTarget(every('revenue-total', { kind: '>=', value: 3 }), records, { asOf: 2024, indicator: revenue })).toThrow(
      expect.objectContaining({
        code: 'UNITS_NOT_EVALUABLE',
        details: expect.objectContaining({
          reason: 'no-unit-list',
          message: { vi: 'Không có danh mục địa bàn: không biết các huyện cần đánh giá', en: 'No area list: the districts to judge are not known' },
        }),
      }),
    );
  });
  it('with an area list but no area to split, the area codes present are the units', () => {
    const records = [rec({ areaCode: 'D2', revenue: 1 }), rec({ areaCode: 'D1', revenue: 5 })];
    const t = target({ kind: 'every-unit', level: 'district', comparator: { kind: '>=', value: 3 } });
    const result = evaluateTarget(t, records, { asOf: 2024, indicator: revenue, areas: AREAS });
    expect(result.units?.map((u) => u.code)).toEqual(['D1', 'D2']);
    expect(codes(result)).not.toContain('NO_AREA_LIST');
  });
  it('no unit to judge: not applicable, with nothing invented', () => {
    const noDistricts: AreaInput[] = [{ code: 'P', name: { vi: 'P', en: 'P' }, level: 'province' }];
    const result = evaluateTarget(every('model-count', { kind: '>=', value: 1 }), [rec({ areaCode: 'P' })], { asOf: 2024, indicator: count, areas: noDistricts });
    expect(result).toMatchObject({
      status: 'not-applicable',
      met: undefined,
      year: undefined,
      value: undefined,
      display: undefined,
      unit: 'units',
      method: undefined,
      progress: undefined,
      series: [],
      units: [],
      indicator: undefined,
      gap: { kind: 'not-computable', reason: { vi: 'Không có đơn vị nào để đánh giá', en: 'There is no unit to evaluate' } },
    });
    expect(result.explanation.en).toBe('Revenue: no value; There is no unit to evaluate; Status: not applicable');
  });
  it('a year after the unit level ended is not evaluated, with the last year that had units (issue 15: it was skipped back to that year)', () => {
    const abolished: AreaInput[] = [
      { code: 'P', name: { vi: 'P', en: 'P' }, level: 'province' },
      { code: 'D1', name: { vi: 'D1', en: 'D1' }, level: 'district', parent: 'P', validTo: '2023-12-31' },
      { code: 'D2', name: { vi: 'D2', en: 'D2' }, level: 'district', parent: 'P', validTo: '2023-12-31' },
    ];
    const records = [rec({ year: 2023, areaCode: 'D1', flags: { modelCooperative: true } }), rec({ year: 2024, areaCode: 'D1', flags: { modelCooperative: true } })];
    const run = (asOf: number) => evaluateTarget(every('model-count', { kind: '>=', value: 1 }), records, { asOf, indicator: count, areas: abolished });
    expect(() => run(2024)).toThrow(
      expect.objectContaining({ code: 'UNITS_NOT_EVALUABLE', details: expect.objectContaining({ reason: 'unit-level-ended', year: 2024, lastYear: 2023 }) }),
    );
    const result = run(2023);
    expect(result.year).toBe(2023);
    expect(result.series).toEqual([{ year: 2023, value: rational(1), display: 1 }]);
    expect(result.gap).toEqual({ kind: 'units', failing: ['D2'], meeting: 1, total: 2 });
  });

});

describe('inside a plan', () => {
  it('a yearly-growth target without a start year starts at the plan’s base year; a per-unit target is judged on the areas', () => {
    const AREAS: AreaInput[] = [
      { code: 'P', name: { vi: 'P', en: 'P' }, level: 'province' },
      { code: 'D1', name: { vi: 'D1', en: 'D1' }, level: 'district', parent: 'P' },
      { code: 'D2', name: { vi: 'D2', en: 'D2' }, level: 'district', parent: 'P' },
    ];
    const plan = PlanSchema.parse({
      id: 'p',
      title: { vi: 'Kế hoạch', en: 'Plan' },
      issuer: { vi: 'UBND tỉnh', en: 'Province' },
      document: {},
      jurisdiction: { level: 'province', name: { vi: 'Tỉnh', en: 'Province' } },
      baseYear: 2022,
      targets: [
        { id: 'yg', indicator: 'revenue-total', label: { vi: 'Doanh thu tăng 5%/năm', en: 'Revenue +5 % a year' }, comparator: { kind: 'yearly-growth', minPercent: 5 }, deadline: 2030, source: { document: 'test' } },
        { id: 'units', indicator: 'model-count', label: { vi: 'Mỗi huyện 1 HTX', en: 'One per district' }, comparator: { kind: 'every-unit', level: 'district', comparator: { kind: '>=', value: 1 } }, scope: { area: 'P' }, deadline: 2030, source: { document: 'test' } },
      ],
    });
    const records = [
      rec({ organisationId: 'x', year: 2021, areaCode: 'D1', revenue: 50, flags: { modelCooperative: true } }),
      rec({ organisationId: 'x', year: 2022, areaCode: 'D1', revenue: 100, flags: { modelCooperative: true } }),
      rec({ organisationId: 'x', year: 2023, areaCode: 'D1', revenue: 105, flags: { modelCooperative: true } }),
    ];
    const result = evaluatePlan(plan, { records, areas: AREAS }, { asOf: 2023, indicators: [revenue, count] });
    const yg = result.entries.find((e) => e.targetId === 'yg');
    expect(yg?.ok && yg.result.yearlyGrowth).toEqual({ fromYear: 2022, years: [{ year: 2023, percent: rational(5), met: true }], compoundPercent: expect.closeTo(5, 9) });
    expect(yg?.ok && yg.result.status).toBe('achieved');
    expect(yg?.ok && codes(yg.result)).not.toContain('BASELINE_ASSUMED');
    const units = result.entries.find((e) => e.targetId === 'units');
    expect(units?.ok && units.result.gap).toEqual({ kind: 'units', failing: ['D2'], meeting: 1, total: 2 });
    expect(units?.ok && units.result.progress?.numbers.baseYear).toBe(2022);
  });
});

describe('explanations of level targets', () => {
  it('value in the indicator’s unit and year, then the gap, then the progress', () => {
    const t = target({ kind: '>=', value: 1000 });
    const result = evaluateTarget(t, byYear({ 2024: 500 }), { asOf: 2024, indicator: revenue });
    expect(result.explanation.en).toBe(`Revenue: ${formatIndicatorValue(rational(500), 'vnd', 'en')} in 2024; ${result.explanation.en.split('; ')[1]}; Progress: insufficient data (observations for at least two years are needed)`);
    expect(result.explanation.en.split('; ')[1]).not.toContain('percentage points');
    expect(result.explanation.vi.startsWith(`Doanh thu: ${formatIndicatorValue(rational(500), 'vnd', 'vi')} (năm 2024); `)).toBe(true);
  });
});

describe('the gap of a signed quantity (profits can be losses)', () => {
  // The total-revenue test indicator, summing another field.
  const totalOf = (id: string, field: string, unit: 'vnd' | 'members') =>
    IndicatorSchema.parse({ ...revenue, id, numerator: { op: 'sum', field }, unit, direction: 'lower-is-better' });
  const losses = totalOf('profit-total', 'afterTaxProfit', 'vnd');
  const members = totalOf('members-total', 'officialMembers', 'members');
  const on = targetsOn('profit-total', { vi: 'Lợi nhuận', en: 'Profit' });
  it('a total profit may be brought below zero: the gap is the change in VND', () => {
    const records = [rec({ afterTaxProfit: 600_000_000 }), rec({ afterTaxProfit: 400_000_000 })];
    const result = evaluateTarget(on({ kind: '<=', value: -500_000_000 }), records, { asOf: 2024, indicator: losses });
    expect(result.gap).toMatchObject({ kind: 'change', change: 'fewer', amount: 1_500_000_000n, unit: 'vnd' });
  });
  it('a count-like total may not: the same target on members is unreachable', () => {
    const records = [rec({ officialMembers: 60 }), rec({ officialMembers: 40 })];
    const t = targetsOn('members-total', { vi: 'Thành viên', en: 'Members' })({ kind: '<=', value: -5 });
    const result = evaluateTarget(t, records, { asOf: 2024, indicator: members });
    expect(result.gap).toMatchObject({ kind: 'unreachable', reason: { en: 'It cannot go below zero' } });
  });
});
