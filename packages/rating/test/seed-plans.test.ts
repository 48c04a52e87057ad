import { getPlan, type Plan } from '@coop/model';
import { generateSampleProvince } from '@coop/sample';
import { describe, expect, it } from 'vitest';
import { createEvaluationCache } from '../src/compute-indicator.js';
import { evaluatePlan } from '../src/evaluate-plan.js';
import { PROGRESS_STATUSES } from '../src/progress.js';

const SEED_PLANS = ['mard-2803-2023', 'resolution-134-2020', 'quang-nam-106-2023', 'district-155-2023', 'thai-nguyen-42-2024'] as const;

const province = generateSampleProvince();
// The sample province stands in for each plan's jurisdiction; the district programme is evaluated on one district.
const areaFor = (plan: Plan): string => (plan.jurisdiction.level === 'district' ? (province.districtCodes[0] as string) : province.provinceCode);

describe('the five seed plans on the synthetic province', () => {
  const cache = createEvaluationCache();
  it.each(SEED_PLANS)('%s: every target evaluates, without an error entry', (id) => {
    const plan = getPlan(id);
    const result = evaluatePlan(
      plan,
      { records: province.records, areas: province.areas },
      {
        asOf: '2025-12-31',
        area: areaFor(plan),
        context: province.context,
        tolerance: 5,
        baselineYear: { 'value-per-area-growth': 2023, 'revenue-growth': 2023 },
        includeParents: true,
        cache,
      },
    );
    expect(result.summary.total).toBe(plan.targets.length);
    for (const entry of result.entries) {
      if (!entry.ok) throw new Error(`${id}/${entry.targetId}: ${entry.error.code} ${entry.error.message.en}`);
      expect(PROGRESS_STATUSES).toContain(entry.result.status);
      expect(entry.result.status, `${id}/${entry.targetId}`).not.toBe('not-applicable');
      expect(entry.result.status, `${id}/${entry.targetId}`).not.toBe('insufficient-data');
      expect(entry.result.explanation.vi.length).toBeGreaterThan(10);
      expect(entry.result.explanation.en.length).toBeGreaterThan(10);
    }
    expect(result.summary.notEvaluated).toBe(0);
  });
  it('the cache grades each record once across plans (same answers with or without it)', () => {
    const plan = getPlan('mard-2803-2023');
    const options = { asOf: '2025-12-31', area: province.provinceCode, context: province.context, tolerance: 5 } as const;
    const data = { records: province.records, areas: province.areas };
    const shared = evaluatePlan(plan, data, { ...options, cache });
    const fresh = evaluatePlan(plan, data, options);
    expect(shared.summary).toEqual(fresh.summary);
  });
});
