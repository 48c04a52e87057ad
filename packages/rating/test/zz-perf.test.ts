import { PLANS } from '@coop/model';
import { generateRecords, generateSampleProvince } from '@coop/sample';
import { it } from 'vitest';
import { evaluatePlan } from '../src/evaluate-plan.js';
import { createEvaluationCache } from '../src/compute-indicator.js';

it('perf', () => {
  const p = generateSampleProvince({ districts: 1 });
  const records = generateRecords(100_000, 1);
  const areas = [...p.areas];
  const t = performance.now();
  const cache = createEvaluationCache();
  for (const plan of PLANS.slice(0, 5)) {
    const ev = evaluatePlan(plan, { records }, { asOf: '2025-12-31', context: { farmHouseholds: 1e6, population: 5e6, ocopSubjects: 1e4 }, tolerance: 5, baselineYear: 2023, cache });
    console.log(plan.id, ev.summary.notEvaluated, JSON.stringify(ev.summary.byStatus));
  }
  console.log('5 plans over 100k', Math.round(performance.now() - t), 'ms');
  let s = performance.now();
  let good = 0;
  for (const r of records) if (r.grade === 'good') good += 1;
  console.log('trivial pass', Math.round(performance.now() - s), good);
});
