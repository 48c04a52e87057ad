import { getPlan, type Issue } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { computeIndicator } from '../src/compute-indicator.js';
import { evaluatePlan } from '../src/evaluate-plan.js';
import { evaluateTarget } from '../src/evaluate-target.js';
import { assessProgress } from '../src/progress.js';
import { share } from './fixtures/indicators.js';
import { targetsOn } from './fixtures/targets.js';
import { codeAndDetails } from '../../../test-support/coop-errors.js';

/** The code, the path and the English message of every issue of the typed error a call throws. */
const issues = (fn: () => unknown) => {
  const error = codeAndDetails(fn);
  return { code: error.code, issues: (error.details['issues'] as Issue[]).map((i) => ({ path: i.path, code: i.code, en: i.message.en })) };
};

describe('unknown option keys are refused, never silently ignored', () => {
  const plan = getPlan('mard-2803-2023');
  it('evaluatePlan: `areas` in the options instead of the data says where it belongs', () => {
    expect(issues(() => evaluatePlan(plan, { records: [] }, { asOf: '2025-12-31', areas: [] } as never))).toEqual({
      code: 'INVALID_OPTIONS',
      issues: [{ path: ['areas'], code: 'unrecognized_key', en: expect.stringMatching(/^Unknown key "areas" \(it belongs in data\); known keys: .*asOf/) }],
    });
  });
  it('evaluatePlan: `asOf` in the data instead of the options, and a misspelt data key', () => {
    const result = issues(() => evaluatePlan(plan, { records: [], asOf: '2025-12-31', serie: {} } as never, { asOf: '2025-12-31' }));
    expect(result.code).toBe('INVALID_ARGUMENT');
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([
      [['asOf'], 'unrecognized_key'],
      [['serie'], 'unrecognized_key'],
    ]);
    expect(result.issues[0]!.en).toContain('(it belongs in options)');
    expect(result.issues[1]!.en).toBe('Unknown key "serie"; known keys: records, series, areas');
  });
  it('evaluateTarget, computeIndicator and assessProgress: a misspelt option', () => {
    const target = targetsOn('gf-share', { vi: 'Tỷ lệ', en: 'Share' })({ kind: '>=', value: 60 });
    expect(issues(() => evaluateTarget(target, [], { asOf: 2024, indicator: share, tolerence: 2 } as never))).toMatchObject({
      code: 'INVALID_OPTIONS',
      issues: [{ path: ['tolerence'], code: 'unrecognized_key' }],
    });
    expect(issues(() => computeIndicator(share, [], { year: 2024, area: 'X', aeras: [] } as never))).toMatchObject({
      code: 'INVALID_OPTIONS',
      issues: [{ path: ['aeras'], code: 'unrecognized_key' }],
    });
    expect(
      issues(() => assessProgress([{ year: 2023, value: 1 }, { year: 2024, value: 2 }], { comparator: { kind: '>=', value: 5 }, deadline: 2030, asOf: 2024, treshold: 1 } as never)),
    ).toMatchObject({ code: 'INVALID_OPTIONS', issues: [{ path: ['treshold'], code: 'unrecognized_key' }] });
  });
  it('an options object whose keys cannot be listed is an unreadable issue, not a crash', () => {
    const hostile = new Proxy({ asOf: '2025-12-31' }, { ownKeys: () => { throw new Error('no keys'); } });
    expect(issues(() => evaluatePlan(plan, { records: [] }, hostile))).toMatchObject({ code: 'INVALID_OPTIONS', issues: [{ path: [], code: 'unreadable' }] });
  });
});
