import {
  AREAS,
  DISTRICT_155_2023,
  DISTRICT_155_2023_INDICATORS,
  INDICATORS,
  MARD_2803_2023,
  MARD_2803_2023_INDICATORS,
  PARTY_20_NQ_TW_2022,
  PLANS,
  QUANG_NAM_106_2023,
  QUANG_NAM_106_2023_INDICATORS,
  RESOLUTION_09_NQ_CP_2023,
  THAI_NGUYEN_42_2024,
  THAI_NGUYEN_42_2024_INDICATORS,
  VN_AREAS,
  isCoopError,
  type Indicator,
  type Plan,
} from '@coop/model';
import { generateSampleProvince } from '@coop/sample';
import { describe, expect, it } from 'vitest';
import { evaluatePlan, evaluatePlanWith, type EvaluatePlanOptions, type PlanData } from '../src/evaluate-plan.js';

// evaluatePlanWith (one-plan bundles): the same evaluation as evaluatePlan when the catalog holds what
// the plan names; what is not in the catalog is not found (typed entries and warnings, never a guess).

const province = generateSampleProvince();
const SEED: ReadonlyArray<readonly [Plan, readonly Indicator[]]> = [
  [MARD_2803_2023, MARD_2803_2023_INDICATORS],
  [QUANG_NAM_106_2023, QUANG_NAM_106_2023_INDICATORS],
  [DISTRICT_155_2023, DISTRICT_155_2023_INDICATORS],
  [THAI_NGUYEN_42_2024, THAI_NGUYEN_42_2024_INDICATORS],
];
const optionsFor = (plan: Plan): EvaluatePlanOptions => ({
  asOf: '2025-12-31',
  area: plan.jurisdiction.level === 'district' ? (province.districtCodes[0] as string) : province.provinceCode,
  context: province.context,
  tolerance: 5,
  baselineYear: { 'value-per-area-growth': 2023, 'revenue-growth': 2023 },
});

/** A JSON round trip: compares the plain data of two evaluations (bigints as text). */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)));

/** Records of real Vietnamese codes: provinces of both periods, a district, a closed province and an unknown code. */
const VN_RECORDS = ['19', '06', '167', '49', 'XX'].flatMap((areaCode, i) =>
  [2024, 2025, 2026].map((year) => ({
    organisationId: `HTX-${i}`,
    year,
    kind: 'cooperative' as const,
    sector: 'agriculture-crop' as const,
    areaCode,
    grade: i % 2 === 0 ? ('good' as const) : ('average' as const),
    flags: { valueChainLinkage: i % 3 === 0, highTech: i === 1 },
  })),
);

describe('evaluatePlanWith and evaluatePlan agree', () => {
  it.each(SEED.map(([plan, indicators]) => [plan.id, plan, indicators] as const))('%s on the sample province, with the plan’s own indicators', (_id, plan, indicators) => {
    const data: PlanData = { records: province.records, areas: province.areas };
    const expected = evaluatePlan(plan, data, optionsFor(plan));
    const actual = evaluatePlanWith({ indicators }, plan, data, optionsFor(plan));
    expect(plain(actual)).toEqual(plain(expected));
    expect(actual.summary.notEvaluated).toBe(0);
  });

  it.each([
    ['VN', 2025],
    ['19', 2024],
    ['19', 2026],
    ['49', 2025],
  ] as const)('on Vietnamese area codes with no area list in the data (area %s, %i)', (area, year) => {
    const data: PlanData = { records: VN_RECORDS };
    const options: EvaluatePlanOptions = { asOf: year, area, tolerance: 5 };
    const expected = evaluatePlan(MARD_2803_2023, data, options);
    expect(plain(evaluatePlanWith({ indicators: MARD_2803_2023_INDICATORS, areas: VN_AREAS }, MARD_2803_2023, data, options))).toEqual(plain(expected));
    expect(plain(evaluatePlanWith({ indicators: INDICATORS, plans: PLANS, areas: VN_AREAS }, MARD_2803_2023, data, options))).toEqual(plain(expected));
  });

  it('with the parents in the catalog, includeParents finds them as evaluatePlan does', () => {
    const data: PlanData = { records: VN_RECORDS };
    const options: EvaluatePlanOptions = { asOf: 2025, includeParents: true };
    const expected = evaluatePlan(MARD_2803_2023, data, options);
    expect(expected.plans).toEqual(['mard-2803-2023', 'resolution-09-nq-cp-2023', 'party-20-nq-tw-2022']);
    const catalog = { indicators: MARD_2803_2023_INDICATORS, plans: [RESOLUTION_09_NQ_CP_2023, PARTY_20_NQ_TW_2022], areas: VN_AREAS };
    expect(plain(evaluatePlanWith(catalog, MARD_2803_2023, data, options))).toEqual(plain(expected));
  });

  it('the provinces alone (AREAS) judge province-coded records as VN_AREAS does', () => {
    const records = VN_RECORDS.filter((r) => r.areaCode !== '167');
    const options: EvaluatePlanOptions = { asOf: 2025, area: '19' };
    const expected = evaluatePlan(MARD_2803_2023, { records }, options);
    expect(plain(evaluatePlanWith({ indicators: MARD_2803_2023_INDICATORS, areas: AREAS }, MARD_2803_2023, { records }, options))).toEqual(plain(expected));
  });
});

describe('what the catalog does not hold is not found', () => {
  it('a target whose indicator is in no list is an UNKNOWN_INDICATOR entry; the others are evaluated', () => {
    const only = MARD_2803_2023_INDICATORS.filter((i) => i.id !== 'ag-coop-high-tech-count');
    const evaluation = evaluatePlanWith({ indicators: only }, MARD_2803_2023, { records: VN_RECORDS }, { asOf: 2025 });
    const failed = evaluation.entries.filter((e) => !e.ok);
    expect(failed.map((e) => [e.targetId, e.ok ? '' : e.error.code])).toEqual([['high-tech-count', 'UNKNOWN_INDICATOR']]);
    expect(evaluation.summary.evaluated).toBe(MARD_2803_2023.targets.length - 1);
  });

  it('options.indicators are still searched first', () => {
    const data: PlanData = { records: province.records, areas: province.areas };
    const options = optionsFor(THAI_NGUYEN_42_2024);
    const viaOptions = evaluatePlanWith({}, THAI_NGUYEN_42_2024, data, { ...options, indicators: [...THAI_NGUYEN_42_2024_INDICATORS] });
    expect(viaOptions.summary.notEvaluated).toBe(0);
    expect(plain(viaOptions)).toEqual(plain(evaluatePlan(THAI_NGUYEN_42_2024, data, options)));
  });

  it('a parent in no list is an UNKNOWN_PARENT_PLAN warning', () => {
    const evaluation = evaluatePlanWith({ indicators: MARD_2803_2023_INDICATORS }, MARD_2803_2023, { records: [] }, { asOf: 2025, includeParents: true });
    expect(evaluation.plans).toEqual(['mard-2803-2023']);
    expect(evaluation.warnings.filter((w) => w.code === 'UNKNOWN_PARENT_PLAN').map((w) => w.details?.['parent'])).toEqual(['resolution-09-nq-cp-2023']);
  });

  it('without an area list, a target on an area counts the records coded with that very code only', () => {
    const records = VN_RECORDS.filter((r) => r.areaCode === '19' || r.areaCode === '167');
    const options: EvaluatePlanOptions = { asOf: 2024, area: '19' };
    const without = evaluatePlanWith({ indicators: MARD_2803_2023_INDICATORS }, MARD_2803_2023, { records }, options);
    const withAreas = evaluatePlanWith({ indicators: MARD_2803_2023_INDICATORS, areas: VN_AREAS }, MARD_2803_2023, { records }, options);
    const populations = (e: typeof without) => e.entries.map((entry) => (entry.ok ? entry.result.indicator?.populationSize : undefined));
    expect(populations(without)).toEqual(MARD_2803_2023.targets.map(() => 1));
    expect(populations(withAreas)).toEqual(MARD_2803_2023.targets.map(() => 2));
  });
});

describe('a catalog that is not one is a typed error', () => {
  const codeOf = (run: () => unknown): { code: string | undefined; paths: unknown } => {
    try {
      run();
    } catch (error) {
      if (!isCoopError(error)) throw error;
      return { code: error.code, paths: (error.details['issues'] as Array<{ path: unknown }> | undefined)?.map((i) => i.path) };
    }
    return { code: undefined, paths: undefined };
  };
  const run = (catalog: unknown) => () => evaluatePlanWith(catalog as never, MARD_2803_2023, { records: [] }, { asOf: 2025 });

  it.each([null, 1, 'x', []])('not an object (%s): INVALID_ARGUMENT', (catalog) => {
    expect(codeOf(run(catalog)).code).toBe('INVALID_ARGUMENT');
  });
  it('an unknown key: INVALID_ARGUMENT with its path', () => {
    expect(codeOf(run({ indicator: [] }))).toEqual({ code: 'INVALID_ARGUMENT', paths: [['indicator']] });
  });
  it('a list that is not an array, or an invalid indicator or plan: INVALID_ARGUMENT with the paths', () => {
    expect(codeOf(run({ indicators: {} }))).toEqual({ code: 'INVALID_ARGUMENT', paths: [['indicators']] });
    expect(codeOf(run({ indicators: [{ ...MARD_2803_2023_INDICATORS[0], factor: 'x' }] })).paths).toEqual([['indicators', 0, 'factor']]);
    expect(codeOf(run({ plans: [RESOLUTION_09_NQ_CP_2023, { id: 'p' }] })).code).toBe('INVALID_ARGUMENT');
  });
  it('an area list the model refuses: INVALID_AREAS', () => {
    expect(codeOf(run({ areas: [{ code: 'X' }] })).code).toBe('INVALID_AREAS');
    expect(codeOf(run({ areas: 'VN' })).code).toBe('INVALID_AREAS');
  });
  it('invalid options are reported before the catalog', () => {
    expect(codeOf(() => evaluatePlanWith(null as never, MARD_2803_2023, { records: [] }, { asOf: 'x' } as never)).code).toBe('INVALID_OPTIONS');
  });
});
