import { IndicatorSchema, PLANS, PlanSchema, getPlan, type YearlyRecord } from '@coop/model';
import { generateRecords } from '@coop/sample';
import { codeAndDetails } from '../../../test-support/coop-errors.js';
import { describe, expect, it } from 'vitest';
import { createEvaluationCache } from '../src/compute-indicator.js';
import { evaluatePlan, evaluatePlans } from '../src/evaluate-plan.js';
import type { EvaluationCacheState } from '../src/internal/engine-types.js';

const indicators = [
  IndicatorSchema.parse({
    id: 'gf',
    label: { vi: 'Tỷ lệ HTX tốt, khá', en: 'Share good or fair' },
    population: { kinds: ['cooperative'] },
    numerator: { op: 'count', where: { grade: ['good', 'fair'] } },
    denominator: { op: 'count' },
    factor: 100,
    unit: 'percent',
    direction: 'higher-is-better',
    bounds: [0, 100],
  }),
  IndicatorSchema.parse({
    id: 'households',
    label: { vi: 'Tỷ lệ hộ thành viên', en: 'Member household share' },
    population: { kinds: ['cooperative'] },
    numerator: { op: 'sum', field: 'memberHouseholds' },
    denominator: { op: 'external', input: 'farmHouseholds' },
    factor: 100,
    unit: 'percent',
    direction: 'higher-is-better',
  }),
];
const src = { document: 'test' };
const parent = PlanSchema.parse({
  id: 'parent',
  title: { vi: 'Kế hoạch cha', en: 'Parent plan' },
  issuer: { vi: 'TW', en: 'Centre' },
  document: {},
  jurisdiction: { level: 'country', name: { vi: 'Toàn quốc', en: 'Country' } },
  baseYear: 2022,
  targets: [{ id: 'national-gf', indicator: 'gf', label: { vi: 'Trên 50%', en: 'Over 50 %' }, comparator: { kind: '>', value: 50 }, deadline: 2030, source: src }],
});
const plan = PlanSchema.parse({
  id: 'child',
  title: { vi: 'Kế hoạch tỉnh', en: 'Province plan' },
  issuer: { vi: 'UBND tỉnh', en: 'Province' },
  document: {},
  jurisdiction: { level: 'province', name: { vi: 'Tỉnh', en: 'Province' } },
  parents: ['parent', 'missing-parent'],
  baseYear: 2023,
  targets: [
    { id: 'gf', indicator: 'gf', label: { vi: 'Từ 60%', en: 'At least 60 %' }, comparator: { kind: '>=', value: 60 }, deadline: 2030, source: src },
    { id: 'about', indicator: 'gf', label: { vi: 'Khoảng 30%', en: 'About 30 %' }, comparator: { kind: 'approximately', value: 30 }, deadline: 2030, source: src },
    { id: 'hh', indicator: 'households', label: { vi: 'Từ 30% hộ', en: '30 % of households' }, comparator: { kind: '>=', value: 30 }, deadline: 2030, source: src },
    { id: 'growth', indicator: 'gf', label: { vi: 'Tăng 10%', en: 'Grows 10 %' }, comparator: { kind: 'growth', minPercent: 10 }, deadline: 2030, source: src },
  ],
});

const records: YearlyRecord[] = [2023, 2024].flatMap((year) =>
  Array.from({ length: 10 }, (_, i): YearlyRecord => ({
    organisationId: `c${i}`,
    year,
    kind: 'cooperative',
    sector: 'agriculture-crop',
    areaCode: 'A',
    memberHouseholds: 10,
    grade: i < (year === 2023 ? 5 : 6) ? 'good' : 'average',
  })),
);

describe('evaluatePlan', () => {
  it('evaluates every target and never skips one silently', () => {
    const result = evaluatePlan(plan, { records }, { asOf: '2024-12-31', indicators });
    expect(result.summary.total).toBe(4);
    expect(result.entries.map((e) => e.targetId)).toEqual(['gf', 'about', 'hh', 'growth']);
    const about = result.entries.find((e) => e.targetId === 'about');
    const hh = result.entries.find((e) => e.targetId === 'hh');
    expect(about?.ok).toBe(false);
    expect(about && !about.ok && about.error.code).toBe('MISSING_TOLERANCE');
    expect(hh && !hh.ok && hh.error).toMatchObject({ code: 'MISSING_EXTERNAL_INPUT', details: { input: 'farmHouseholds' } });
    expect(hh && !hh.ok && hh.error.message.vi).toContain('farmHouseholds');
    expect(result.summary.notEvaluated).toBe(2);
    expect(result.summary.evaluated).toBe(2);
    expect(result.summary.evaluated + result.summary.notEvaluated).toBe(result.summary.total);
    expect(result.explanation.en).toContain('2 not evaluated');
  });
  it('uses tolerance and context when given, and the plan base year for growth (with a warning)', () => {
    const result = evaluatePlan(plan, { records }, { asOf: '2024-12-31', indicators, tolerance: { about: 5 }, context: { farmHouseholds: 400 } });
    expect(result.summary.notEvaluated).toBe(0);
    const growth = result.entries.find((e) => e.targetId === 'growth');
    // 50 % (2023, the plan's base year) → 60 % (2024): +20 % ≥ 10 %
    expect(growth?.ok && growth.result.status).toBe('achieved');
    expect(growth?.ok && growth.result.warnings.map((w) => w.code)).toContain('BASELINE_FROM_PLAN');
    const hh = result.entries.find((e) => e.targetId === 'hh');
    expect(hh?.ok && hh.result.display).toBe(25);
    const byStatus = result.summary.byStatus;
    expect(Object.values(byStatus).reduce((a, b) => a + b, 0)).toBe(4);
  });
  it('shows inherited targets on request, and warns about unknown parents', () => {
    const result = evaluatePlan(plan, { records }, { asOf: 2024, indicators, includeParents: true, plans: [parent], tolerance: 5, context: { farmHouseholds: 400 } });
    expect(result.plans).toEqual(['child', 'parent']);
    const inherited = result.entries.filter((e) => e.inherited);
    expect(inherited.map((e) => `${e.planId}/${e.targetId}`)).toEqual(['parent/national-gf']);
    expect(inherited[0]?.ok && inherited[0].result.status).toBe('achieved');
    expect(result.warnings.map((w) => w.code)).toContain('UNKNOWN_PARENT_PLAN');
  });
  it('takes a series per target id over the records', () => {
    const result = evaluatePlan(plan, { records, series: { gf: { kind: 'series', points: [{ year: 2024, value: 70 }] } } }, { asOf: 2024, indicators, tolerance: 5, context: { farmHouseholds: 400 } });
    const gf = result.entries.find((e) => e.targetId === 'gf');
    expect(gf?.ok && gf.result.display).toBe(70);
  });
  it('reports a target without observations as an error entry', () => {
    const result = evaluatePlan(plan, {}, { asOf: 2024, indicators });
    expect(result.entries.every((e) => !e.ok && e.error.code === 'NO_OBSERVATIONS')).toBe(true);
  });
  it('a plan without numeric targets says so', () => {
    const result = evaluatePlan(getPlan('resolution-134-2020'), { records }, { asOf: 2024 });
    expect(result.summary.total).toBe(0);
    expect(result.explanation.en).toContain('no numeric targets');
  });
  it('a plan with no target judged on the records checks them but builds no frames over them', () => {
    const cache = createEvaluationCache();
    const state = cache as unknown as EvaluationCacheState;
    evaluatePlan(getPlan('resolution-134-2020'), { records }, { asOf: 2024, cache });
    expect(state.frames.has(records)).toBe(false);
    // The records are still checked: a bad one is refused.
    expect(() => evaluatePlan(getPlan('resolution-134-2020'), { records: [...records, { year: 2024 } as unknown as YearlyRecord] }, { asOf: 2024 })).toThrow(
      expect.objectContaining({ code: 'INVALID_RECORD' }),
    );
    evaluatePlan(getPlan('mard-2803-2023'), { records }, { asOf: 2024, cache });
    expect(state.frames.has(records)).toBe(true);
  });
  it('empty data → not-applicable for every catalog target, never a throw', () => {
    const result = evaluatePlan(getPlan('mard-2803-2023'), { records: [] }, { asOf: '2024-12-31' });
    expect(result.summary.byStatus['not-applicable']).toBe(result.summary.total);
  });
});

describe('evaluatePlans', () => {
  const sample = generateRecords(400, 7);
  const options = { asOf: '2025-12-31', context: { farmHouseholds: 50_000, ocopSubjects: 200, population: 400_000 }, tolerance: 2 } as const;

  it('gives, plan by plan, what evaluatePlan gives', () => {
    const together = evaluatePlans(PLANS, { records: sample }, options);
    expect(together.map((e) => e.planId)).toEqual(PLANS.map((p) => p.id));
    PLANS.forEach((p, i) => expect(together[i]).toEqual(evaluatePlan(p, { records: sample }, options)));
    expect(together.some((e) => e.entries.some((entry) => entry.ok && entry.result.value !== undefined))).toBe(true);
  });

  it('reads each record once for every plan together (one pass), where plan by plan reads again for the fields a later plan adds', () => {
    let reads = 0;
    const counted = sample.map((record) => {
      const copy: Record<string, unknown> = { ...record };
      const { officialMembers } = record;
      Object.defineProperty(copy, 'officialMembers', {
        enumerable: true,
        get() {
          reads += 1;
          return officialMembers;
        },
      });
      return copy as unknown as YearlyRecord;
    });
    evaluatePlans(PLANS, { records: counted }, options);
    expect(reads).toBe(counted.length);
    reads = 0;
    const cache = createEvaluationCache();
    for (const p of PLANS) evaluatePlan(p, { records: counted }, { ...options, cache });
    expect(reads).toBeGreaterThan(counted.length);
  });

  it('refuses a non-array, and names the index of a plan that fails parsePlan — after the data errors', () => {
    expect(codeAndDetails(() => evaluatePlans('mard' as never, { records }, { asOf: 2024 })).code).toBe('INVALID_ARGUMENT');
    const bad = { ...getPlan('mard-2803-2023'), targets: 'none' };
    const { code, details } = codeAndDetails(() => evaluatePlans([getPlan('mard-2803-2023'), bad as never], { records }, { asOf: 2024 }));
    expect(code).toBe('INVALID_PLAN');
    expect((details['issues'] as Array<{ path: unknown[] }>)[0]?.path.slice(0, 2)).toEqual([1, 'targets']);
    const invalidRecord = [{ year: 2024 } as unknown as YearlyRecord];
    expect(codeAndDetails(() => evaluatePlans([bad as never], { records: invalidRecord }, { asOf: 2024 })).code).toBe('INVALID_RECORD');
    expect(evaluatePlans([], { records }, { asOf: 2024 })).toEqual([]);
  });
});
