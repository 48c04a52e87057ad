/**
 * Rules of one target's evaluation (indicator resolution, the gap in the target's own terms, the
 * level series, statuses without a value, progress options and the growth comparator's
 * not-computable cases), pinned through the public `evaluateTarget` and `evaluatePlan`.
 */
import { AG_KTTT_GOOD_OR_FAIR_SHARE, IndicatorSchema, PlanSchema, isCoopError, rational, type Comparator, type IndicatorInput, type TargetInput, type YearlyRecord } from '@coop/model';
import { SHEET_MAXIMA } from '@coop/sample';
import { describe, expect, it } from 'vitest';
import { CIRCULAR_09_2017 } from '../src/rulebooks/circular-09-2017.js';
import { evaluatePlan } from '../src/evaluate-plan.js';
import { evaluateTarget, type EvaluateTargetOptions, type TargetObservations } from '../src/evaluate-target.js';
import { targetsOn } from './fixtures/targets.js';
import { coopErrorOf } from '../../../test-support/coop-errors.js';

const label = { vi: 'Chỉ tiêu', en: 'Indicator' };
const indicator = (over: Partial<IndicatorInput> & Pick<IndicatorInput, 'numerator'>) =>
  IndicatorSchema.parse({ id: 'i', label, unit: 'count', direction: 'higher-is-better', ...over });
const target = targetsOn('i', { vi: 'Mục tiêu', en: 'Target' });
const rec = (i: number, year: number, extra: Partial<YearlyRecord> = {}): YearlyRecord => ({
  organisationId: `c${i}`,
  year,
  kind: 'cooperative',
  sector: 'agriculture-crop',
  areaCode: 'A',
  ...extra,
});
const share = indicator({
  numerator: { op: 'count', where: { grade: ['good', 'fair'] } },
  denominator: { op: 'count' },
  factor: 100,
  unit: 'percent',
  bounds: [0, 100],
});
const cohort = (good: number, total: number, year = 2024): YearlyRecord[] =>
  Array.from({ length: total }, (_, i) => rec(i, year, { grade: i < good ? 'good' : 'weak' }));
const run = (comparator: Comparator, observations: TargetObservations, options: Partial<EvaluateTargetOptions> = {}, over: Partial<TargetInput> = {}) =>
  evaluateTarget(target(comparator, over), observations, { asOf: 2024, ...options });

describe('the target indicator: options.indicator, then options.indicators, then the catalog', () => {
  it('a mismatching options.indicator is INDICATOR_MISMATCH naming both ids', () => {
    const error = coopErrorOf(() => run({ kind: '>=', value: 1 }, cohort(1, 1), { indicator: { ...share, id: 'other' } }));
    expect(isCoopError(error, 'INDICATOR_MISMATCH')).toBe(true);
    expect((error as { details: unknown }).details).toEqual({ target: 't', expected: 'i', received: 'other' });
  });
  it('an id found nowhere is UNKNOWN_INDICATOR naming the target and the id', () => {
    const error = coopErrorOf(() => run({ kind: '>=', value: 1 }, cohort(1, 1), { indicators: [{ ...share, id: 'j' }] }, { indicator: 'nowhere' }));
    expect(isCoopError(error, 'UNKNOWN_INDICATOR')).toBe(true);
    expect((error as { details: unknown }).details).toEqual({ target: 't', indicator: 'nowhere' });
  });
  it('a list without the id falls through to the catalog', () => {
    const result = run({ kind: '>=', value: 50 }, cohort(1, 2), { indicators: [share] }, { indicator: AG_KTTT_GOOD_OR_FAIR_SHARE.id });
    expect(result.indicatorId).toBe(AG_KTTT_GOOD_OR_FAIR_SHARE.id);
    expect(result.display).toBe(50);
  });
  it('the list entry with the id is used and validated: a bad one is INVALID_OPTIONS at its index', () => {
    const { unit: _unit, ...noUnit } = share;
    const error = coopErrorOf(() => run({ kind: '>=', value: 1 }, cohort(1, 1), { indicators: [{ ...share, id: 'x' }, noUnit] as never }));
    expect(isCoopError(error, 'INVALID_OPTIONS')).toBe(true);
    const issues = error.details['issues'] as { path: unknown[] }[];
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.path.slice(0, 2)).toEqual(['indicators', 1]);
    // the same entry, valid, decides the value
    expect(run({ kind: '>=', value: 1 }, cohort(1, 4), { indicators: [{ ...share, id: 'x' }, share] }).display).toBe(25);
  });
  it('an entry whose id cannot be read is INVALID_OPTIONS with an unreadable issue at indicators', () => {
    const hostile = Object.defineProperty({}, 'id', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const error = coopErrorOf(() => run({ kind: '>=', value: 1 }, cohort(1, 1), { indicators: [hostile] as never }));
    expect(isCoopError(error, 'INVALID_OPTIONS')).toBe(true);
    expect(error.details['issues']).toEqual([expect.objectContaining({ path: ['indicators'], code: 'unreadable' })]);
  });
});

describe('the gap counts what the numerator counts', () => {
  const two = (field: string, a: number, b: number): YearlyRecord[] => {
    const [head, tail] = field.split('.') as [string, string | undefined];
    const put = (v: number): Partial<YearlyRecord> => (tail === undefined ? { [head]: v } : { [head]: { [tail]: v } }) as Partial<YearlyRecord>;
    return [rec(0, 2024, put(a)), rec(1, 2024, put(b))];
  };
  const sumOf = (field: string) => indicator({ numerator: { op: 'sum', field } as never });
  it.each([
    ['revenue', 'vnd'],
    ['plannedRevenue', 'vnd'],
    ['memberHouseholds', 'households'],
    ['officialMembers', 'members'],
    ['associateMembers', 'members'],
    ['managers.total', 'persons'],
    ['managers.directorProgrammeTrained', 'persons'],
  ])('a sum of %s: a whole change in %s', (field, unit) => {
    const result = run({ kind: '>=', value: 10 }, two(field, 3, 4), { indicator: sumOf(field) });
    expect(result.gap).toEqual({ kind: 'change', change: 'more', amount: 3n, unit, basis: 'numerator', boundary: rational(10), distance: rational(3) });
  });
  it.each([['farmLand.areaHa'], ['monthsOperating']])('a sum of %s (not whole steps): a distance', (field) => {
    const result = run({ kind: '>=', value: 10 }, two(field, 3, 4.5), { indicator: sumOf(field) });
    expect(result.gap).toEqual({ kind: 'distance', change: 'more', boundary: rational(10), distance: rational(5, 2) });
  });
  it('a mean: the population total to add, in the field unit', () => {
    const mean = indicator({ numerator: { op: 'mean', field: 'revenue' } });
    const result = run({ kind: '>=', value: 5 }, two('revenue', 3, 4), { indicator: mean });
    expect(result.display).toBe(3.5);
    expect(result.gap).toEqual({ kind: 'change', change: 'more', amount: 3n, unit: 'vnd', basis: 'population-total', boundary: rational(5), distance: rational(3, 2) });
  });
  it('a mean of member counts: members of the population total', () => {
    const mean = indicator({ numerator: { op: 'mean', field: 'officialMembers' } });
    const result = run({ kind: '>=', value: 5 }, two('officialMembers', 3, 4), { indicator: mean });
    expect(result.gap).toMatchObject({ kind: 'change', amount: 3n, unit: 'members', basis: 'population-total' });
  });
  it('a sum over a count: the numerator changes with today’s denominator', () => {
    const perCoop = indicator({ numerator: { op: 'sum', field: 'revenue' }, denominator: { op: 'count' } });
    const result = run({ kind: '>=', value: 5 }, two('revenue', 3, 4), { indicator: perCoop });
    expect(result.gap).toEqual({ kind: 'change', change: 'more', amount: 3n, unit: 'vnd', basis: 'numerator', boundary: rational(5), distance: rational(3, 2) });
  });
  it.each([
    ['a sum over a mean', { numerator: { op: 'sum', field: 'revenue' }, denominator: { op: 'mean', field: 'officialMembers' } }, rational(7, 2)],
    ['a mean over a count', { numerator: { op: 'mean', field: 'revenue' }, denominator: { op: 'count' } }, rational(7, 4)],
  ] as const)('%s has no whole quantity: a distance on the value', (_name, sides, value) => {
    const records = [rec(0, 2024, { revenue: 3, officialMembers: 2 }), rec(1, 2024, { revenue: 4, officialMembers: 2 })];
    const result = run({ kind: '>=', value: 5 }, records, { indicator: indicator(sides as never) });
    expect(result.value).toEqual(value);
    expect(result.gap).toMatchObject({ kind: 'distance', change: 'more', boundary: rational(5) });
  });
  it('an external numerator: a distance on the value', () => {
    const ext = indicator({ numerator: { op: 'external', input: 'n' }, externalInputs: [{ name: 'n', label }] });
    const result = run({ kind: '>=', value: 10 }, cohort(0, 1), { indicator: ext, context: { n: 4 } });
    expect(result.gap).toEqual({ kind: 'distance', change: 'more', boundary: rational(10), distance: rational(6) });
  });
  it('a count without a denominator: organisations', () => {
    const flagged = indicator({ numerator: { op: 'count', where: { field: 'flags.modelCooperative', eq: true } } });
    const records = [0, 1, 2, 3].map((i) => rec(i, 2024, { flags: { modelCooperative: i < 3 } }));
    const result = run({ kind: '>=', value: 5 }, records, { indicator: flagged });
    expect(result.gap).toEqual({ kind: 'change', change: 'more', amount: 2n, unit: 'organisations', basis: 'numerator', boundary: rational(5), distance: rational(2) });
  });
  it('a share of the whole population cannot need more than all of it; a share of a filtered count can', () => {
    expect(run({ kind: '>=', value: 100 }, cohort(9, 10), { indicator: share }).gap).toMatchObject({ kind: 'change', amount: 1n, unit: 'organisations' });
    const over = run({ kind: '>', value: 100 }, cohort(9, 10), { indicator: share }).gap;
    expect(over).toMatchObject({ kind: 'unreachable', boundary: rational(100), distance: rational(10) });
    expect(over.kind === 'unreachable' && over.reason.en).toBe('It would need more than the whole population');
    const filtered = { ...share, denominator: { op: 'count', where: { field: 'sanctioned', eq: false }, missing: 'skip-if-all-missing' } } as const;
    const records = cohort(9, 10).map((r) => ({ ...r, sanctioned: false }));
    expect(run({ kind: '>', value: 100 }, records, { indicator: filtered }).gap).toMatchObject({ kind: 'change', change: 'more', amount: 2n });
  });
});

describe('a plan reads its targets’ fields once, and an unresolvable indicator stays that target’s error', () => {
  it('an unknown indicator is an error entry, the other targets are evaluated', () => {
    const src = { document: 'test' };
    const plan = PlanSchema.parse({
      id: 'p',
      title: { vi: 'Kế hoạch', en: 'Plan' },
      issuer: { vi: 'UBND', en: 'Province' },
      document: {},
      jurisdiction: { level: 'province', name: { vi: 'Tỉnh', en: 'Province' } },
      baseYear: 2023,
      targets: [
        { id: 'lost', indicator: 'nowhere', label: { vi: 'Mất', en: 'Lost' }, comparator: { kind: '>=', value: 1 }, deadline: 2030, source: src },
        { id: 'gf', indicator: 'i', label: { vi: 'Từ 50%', en: 'At least 50 %' }, comparator: { kind: '>=', value: 50 }, deadline: 2030, source: src },
      ],
    });
    const result = evaluatePlan(plan, { records: cohort(3, 4) }, { asOf: 2024, indicators: [share] });
    const [lost, gf] = result.entries;
    expect(lost?.ok === false && lost.error).toMatchObject({ code: 'UNKNOWN_INDICATOR', details: { target: 'lost', indicator: 'nowhere' } });
    expect(gf?.ok === true && [gf.result.status, gf.result.display]).toEqual(['achieved', 75]);
    expect([result.summary.evaluated, result.summary.notEvaluated]).toEqual([1, 1]);
  });
});

describe('the target scope and the options narrow the computation', () => {
  const anyone = indicator({ numerator: { op: 'count' } });
  const mixed = [
    rec(0, 2024),
    rec(1, 2024, { kind: 'union' }),
    rec(2, 2024, { kind: 'union', sector: 'finance' }),
    rec(3, 2024, { sector: 'finance', areaCode: 'B' }),
  ];
  it.each<[TargetInput['scope'], number]>([
    [{}, 4],
    [{ kinds: ['union'] }, 2],
    [{ sectors: ['finance'] }, 2],
    [{ kinds: ['union'], sectors: ['finance'] }, 1],
    [{ area: 'B' }, 1],
  ])('scope %j counts %i records', (scope, count) => {
    const result = run({ kind: '>=', value: 1 }, mixed, { indicator: anyone }, { scope });
    expect(result.display).toBe(count);
    expect(result.indicator?.populationSize).toBe(count);
  });
  it('options.area overrides the scope area', () => {
    expect(run({ kind: '>=', value: 1 }, mixed, { indicator: anyone, area: 'A' }, { scope: { area: 'B' } }).display).toBe(3);
  });
  it('effectiveGrades decide what "effective" counts', () => {
    const effective = indicator({ numerator: { op: 'count', where: { grade: 'effective' } } });
    const records = [rec(0, 2024, { grade: 'good' }), rec(1, 2024, { grade: 'fair' }), rec(2, 2024, { grade: 'weak' })];
    expect(run({ kind: '>=', value: 1 }, records, { indicator: effective }).display).toBe(2);
    const onlyGood = run({ kind: '>=', value: 1 }, records, { indicator: effective, effectiveGrades: ['good'] });
    expect(onlyGood.display).toBe(1);
    expect(onlyGood.indicator?.effectiveGrades).toEqual(['good']);
  });
  it('sheets are graded only through the rulebooks passed', () => {
    const full = { rulebook: 'circular-01-2020', points: Object.fromEntries(Object.entries(SHEET_MAXIMA).map(([id, max]) => [id, max])) };
    const records = [rec(0, 2024, { sheet: full } as Partial<YearlyRecord>), rec(1, 2024, { grade: 'weak' })];
    const builtIn = run({ kind: '>=', value: 50 }, records, { indicator: share });
    expect([builtIn.display, builtIn.indicator?.gradesFrom]).toEqual([50, { sheet: 1, data: 1, none: 0 }]);
    const other = run({ kind: '>=', value: 50 }, records, { indicator: share, rulebooks: [CIRCULAR_09_2017] });
    // the sheet names a rulebook that was not passed: it cannot be graded, and the indicator's warning is reported
    expect([other.display, other.indicator?.gradesFrom]).toEqual([0, { sheet: 0, data: 1, none: 1 }]);
    // … and the co-op whose sheet went ungraded is eligible but unrated: coverage 1 of 2 (issue 16)
    expect(other.warnings.map((w) => w.code)).toEqual(['INCOMPLETE_COVERAGE', 'UNKNOWN_RULEBOOK']);
  });
  it('an external input comes from options.context', () => {
    const ext = indicator({ numerator: { op: 'count' }, denominator: { op: 'external', input: 'all' }, factor: 100, unit: 'percent', externalInputs: [{ name: 'all', label }] });
    expect(run({ kind: '>=', value: 1 }, cohort(0, 3), { indicator: ext, context: { all: 12 } }).display).toBe(25);
  });
});

describe('per-unit targets need records', () => {
  const everyDistrict: Comparator = { kind: 'every-unit', level: 'district', comparator: { kind: '>=', value: 1 } };
  it('a series is SERIES_NOT_SUPPORTED naming the target', () => {
    const error = coopErrorOf(() => run(everyDistrict, { kind: 'series', points: [{ year: 2024, value: 1 }] }, { indicator: share }));
    expect(isCoopError(error, 'SERIES_NOT_SUPPORTED')).toBe(true);
    expect((error as { details: unknown }).details).toEqual({ target: 't' });
  });
  it('records are judged unit by unit', () => {
    const flagged = indicator({ numerator: { op: 'count', where: { field: 'flags.modelCooperative', eq: true } } });
    const areas = [
      { code: 'TN', name: { vi: 'Tỉnh', en: 'Province' }, level: 'province' },
      { code: 'D1', name: { vi: 'Huyện 1', en: 'District 1' }, level: 'district', parent: 'TN' },
      { code: 'D2', name: { vi: 'Huyện 2', en: 'District 2' }, level: 'district', parent: 'TN' },
    ] as const;
    const records = [rec(0, 2024, { areaCode: 'D1', flags: { modelCooperative: true } }), rec(1, 2024, { areaCode: 'D2', flags: { modelCooperative: false } })];
    const result = run(everyDistrict, records, { indicator: flagged, area: 'TN', areas });
    expect(result.units?.map((u) => [u.code, u.display, u.met])).toEqual([['D1', 1, true], ['D2', 0, false]]);
    expect(result.met).toBe(false);
  });
});

describe('the level series', () => {
  it('series points after asOf are ignored, the rest sorted by year', () => {
    const result = run({ kind: '>=', value: 60 }, { kind: 'series', points: [{ year: 2024, value: 58 }, { year: 2025, value: 70 }, { year: 2023, value: 55 }] }, { indicator: share });
    expect(result.series.map((p) => [p.year, p.display])).toEqual([[2023, 55], [2024, 58]]);
    expect([result.year, result.met]).toEqual([2024, false]);
    expect(result.indicator).toBeUndefined();
    expect(result.warnings).toEqual([]);
  });
  it('record years after asOf are ignored; the years are sorted whatever the record order', () => {
    const records = [...cohort(3, 4, 2024), ...cohort(1, 4, 2022), ...cohort(4, 4, 2025), ...cohort(2, 4, 2023)];
    const result = run({ kind: '>=', value: 60 }, records, { indicator: share });
    expect(result.series.map((p) => [p.year, p.display])).toEqual([[2022, 25], [2023, 50], [2024, 75]]);
    expect([result.year, result.met, result.status]).toEqual([2024, true, 'achieved']);
    expect(result.indicator?.year).toBe(2024);
    expect(result.warnings).toEqual([]);
    expect(result).not.toHaveProperty('tolerance');
  });
  it('a latest year without a value: the last valued year is judged, with LATEST_YEAR_NO_VALUE', () => {
    const sum = indicator({ numerator: { op: 'sum', field: 'revenue' } });
    const records = [
      rec(0, 2021, { revenue: 1 }),
      rec(0, 2022, { revenue: 2 }),
      rec(0, 2023, { revenue: 3 }),
      rec(0, 2024),
    ];
    const result = run({ kind: '>=', value: 5 }, records, { indicator: sum });
    expect(result.series.map((p) => p.year)).toEqual([2021, 2022, 2023]);
    expect([result.year, result.display, result.indicator?.year]).toEqual([2023, 3, 2023]);
    const warning = result.warnings.find((w) => w.code === 'LATEST_YEAR_NO_VALUE');
    expect(warning?.details).toEqual({ year: 2024, used: 2023 });
    expect(warning?.message).toEqual({ vi: expect.stringMatching(/^Năm 2024 chưa có giá trị \(.+\); dùng năm 2023$/), en: expect.stringMatching(/^2024 has no value \(.+\); 2023 is used$/) });
  });
});

describe('no value at all', () => {
  const sum = indicator({ numerator: { op: 'sum', field: 'revenue' }, population: { kinds: ['cooperative'] } });
  it.each([
    ['no record in the population in any year', [rec(0, 2023, { kind: 'union', revenue: 1 }), rec(1, 2024, { kind: 'union', revenue: 1 })], 'not-applicable', 2024],
    ['only records after asOf', [rec(0, 2025, { revenue: 1 })], 'not-applicable', undefined],
    ['records without the field', [rec(0, 2023), rec(0, 2024)], 'insufficient-data', 2024],
    ['an empty year, then a year without the field', [rec(0, 2023, { kind: 'union' }), rec(0, 2024)], 'insufficient-data', 2024],
    ['a year without the field, then an empty year', [rec(0, 2023), rec(0, 2024, { kind: 'union' })], 'insufficient-data', 2024],
    ['three years without the field', [rec(0, 2022), rec(0, 2023), rec(0, 2024)], 'insufficient-data', 2024],
  ] as const)('%s', (_name, records, status, indicatorYear) => {
    const result = run({ kind: '>=', value: 5 }, records as readonly YearlyRecord[], { indicator: sum });
    expect(result.status).toBe(status);
    expect([result.met, result.year, result.value, result.method, result.progress]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(result.gap.kind).toBe('not-computable');
    expect(result.series).toEqual([]);
    expect(result.indicator?.year).toBe(indicatorYear);
    expect(result.warnings.map((w) => w.code)).not.toContain('LATEST_YEAR_NO_VALUE');
    expect(result.warnings.every((w) => typeof w === 'object')).toBe(true);
  });
  it('a series with no point up to asOf: insufficient-data', () => {
    const result = run({ kind: '>=', value: 5 }, { kind: 'series', points: [{ year: 2025, value: 9 }] }, { indicator: sum });
    expect([result.status, result.met, result.method]).toEqual(['insufficient-data', undefined, undefined]);
    expect(result.warnings).toEqual([]);
  });
});

describe('progress options reach the assessment', () => {
  const points = { kind: 'series', points: [{ year: 2022, value: 50 }, { year: 2023, value: 60 }, { year: 2024, value: 80 }] } as const;
  it('one value: the comparison decides', () => {
    const result = run({ kind: '>=', value: 90 }, { kind: 'series', points: [{ year: 2024, value: 80 }] }, { indicator: share });
    expect([result.status, result.method]).toEqual(['insufficient-data', 'comparison']);
  });
  it('the method option is used', () => {
    expect(run({ kind: '>=', value: 90 }, points, { indicator: share }).method).toBe('growth-ratio');
    expect(run({ kind: '>=', value: 90 }, points, { indicator: share, method: 'linear' }).method).toBe('linear');
  });
  it('the indicator bounds clamp the projection', () => {
    expect(run({ kind: '>=', value: 90 }, points, { indicator: share }).progress?.numbers).toMatchObject({ projected: 100, projectedClamped: true });
    const unbounded = { ...share, bounds: undefined };
    const free = run({ kind: '>=', value: 90 }, points, { indicator: unbounded }).progress?.numbers;
    expect(free?.projectedClamped).toBe(false);
    expect(free?.projected).toBeGreaterThan(100);
  });
  it.each([
    [undefined, undefined, 2022],
    [2023, undefined, 2023],
    [undefined, 2023, 2023],
    [2023, 2022, 2023],
  ] as const)('target baseline %s, option %s: progress from %i', (own, option, base) => {
    const result = run({ kind: '>=', value: 90 }, points, { indicator: share, ...(option === undefined ? {} : { baselineYear: option }) }, own === undefined ? {} : { baselineYear: own });
    expect(result.progress?.numbers.baseYear).toBe(base);
  });
});

describe('growth vs a baseline that cannot be measured', () => {
  const growth = (over: Partial<{ baselineYear: number }> = {}): Comparator => ({ kind: 'growth', minPercent: 10, ...over });
  const series = (...values: [number, number][]) => ({ kind: 'series', points: values.map(([year, value]) => ({ year, value })) }) as const;
  it('no baseline year anywhere is MISSING_BASELINE naming the target', () => {
    const error = coopErrorOf(() => run(growth(), series([2023, 50]), { indicator: share }));
    expect(isCoopError(error, 'MISSING_BASELINE')).toBe(true);
    expect((error as { details: unknown }).details).toEqual({ target: 't' });
  });
  it('the baseline year is found anywhere in the series', () => {
    const result = run(growth({ baselineYear: 2023 }), series([2022, 10], [2023, 50], [2024, 60]), { indicator: share });
    expect(result.growth).toEqual({ baselineYear: 2023, baseline: rational(50), current: rational(60), percent: rational(20) });
    expect([result.status, result.met]).toEqual(['achieved', true]);
  });
  it.each([
    ['no baseline value', series([2023, 50], [2024, 60]), 2022, 2024, 'No value for the baseline year 2022', 'Không có số liệu năm gốc 2022', false],
    ['a zero baseline', series([2023, 0], [2024, 60]), 2023, 2024, 'The baseline value is zero: growth cannot be computed', 'Giá trị năm gốc bằng 0: không tính được mức tăng', true],
    ['nothing after the baseline', series([2023, 40], [2024, 60]), 2024, 2024, 'No value after the baseline year yet', 'Chưa có số liệu sau năm gốc', true],
  ] as const)('%s: not computable, with GROWTH_NOT_COMPUTABLE', (_name, observations, baselineYear, year, en, vi, hasGrowth) => {
    const result = run(growth({ baselineYear }), observations, { indicator: share });
    const reason = { vi, en };
    expect(result).toMatchObject({ status: 'insufficient-data', met: undefined, year, value: undefined, unit: 'percent-growth', gap: { kind: 'not-computable', reason }, method: undefined, progress: undefined });
    expect(result.warnings).toEqual([{ code: 'GROWTH_NOT_COMPUTABLE', message: reason, details: { baselineYear } }]);
    expect(result.growth !== undefined).toBe(hasGrowth);
  });
  it.each([
    [2029, 'insufficient-data'],
    [2030, 'insufficient-data'],
    [2031, 'not-achieved'],
  ] as const)('not computable in %i (deadline 2030): %s', (asOf, status) => {
    expect(run(growth({ baselineYear: 2020 }), series([2023, 50], [2024, 60]), { indicator: share, asOf }).status).toBe(status);
  });
  it('records with values but no baseline value: not-achieved once the deadline year has ended', () => {
    const records = [...cohort(2, 4, 2023), ...cohort(3, 4, 2024)];
    expect(run(growth({ baselineYear: 2020 }), records, { indicator: share, asOf: 2031 }).status).toBe('not-achieved');
    expect(run(growth({ baselineYear: 2020 }), records, { indicator: share, asOf: 2030 }).status).toBe('insufficient-data');
  });
  it('no value at all: not-applicable for an empty population, insufficient-data for an empty series', () => {
    const none = run(growth({ baselineYear: 2023 }), [rec(0, 2023, { kind: 'union' }), rec(1, 2024, { kind: 'union' })], { indicator: { ...share, population: { kinds: ['cooperative'] } } });
    expect([none.status, none.year, none.growth]).toEqual(['not-applicable', undefined, undefined]);
    expect(none.warnings.map((w) => w.code)).toEqual(['GROWTH_NOT_COMPUTABLE']);
    const empty = run(growth({ baselineYear: 2023 }), series([2025, 50]), { indicator: share });
    expect([empty.status, empty.year]).toEqual(['insufficient-data', undefined]);
    const late = run(growth({ baselineYear: 2023 }), series([2032, 50]), { indicator: share, asOf: 2031 });
    expect([late.status, late.year]).toEqual(['not-achieved', undefined]);
    const missing = run(growth({ baselineYear: 2023 }), [rec(0, 2023), rec(0, 2024)], { indicator: indicator({ numerator: { op: 'sum', field: 'revenue' } }) });
    expect(missing.status).toBe('insufficient-data');
  });
});
