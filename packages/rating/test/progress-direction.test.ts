/**
 * A target met at the baseline and missed now has moved away from it: `deteriorating`, whatever share of
 * a "distance to the target" the linear or growth formulas would compute. Without this rule a ceiling
 * crossed from below (22 → 30 against "at most 25") looked like 267 % progress, `on-track`.
 */
import { describe, expect, it } from 'vitest';
import { assessProgress } from '../src/progress.js';
import { CEILING } from './fixtures/ceiling.js';

const run = (comparator: Parameters<typeof assessProgress>[1]['comparator'], base: number, now: number, method?: 'linear' | 'growth-ratio') =>
  assessProgress([{ year: 2020, value: base }, { year: 2023, value: now }], { comparator, deadline: 2030, asOf: 2023, ...(method ? { method } : {}) });

describe('progress: met at the baseline, missed now', () => {
  it.each([
    ['a ceiling crossed from below', { kind: '<=', value: 25 } as const, 22, 30],
    ['a strict ceiling reached', { kind: '<', value: 25 } as const, 22, 25],
    ['a range left from inside', { kind: 'range', min: 20, max: 25, ceiling: CEILING } as const, 22, 30],
    ['a range left downwards', { kind: 'range', min: 20, max: 25, ceiling: CEILING } as const, 22, 10],
    ['a floor fallen through', { kind: '>=', value: 60 } as const, 70, 50],
  ])('%s is deteriorating, with both years in the explanation', (_name, comparator, base, now) => {
    for (const method of [undefined, 'linear', 'growth-ratio'] as const) {
      const r = run(comparator, base, now, method);
      expect(r.status).toBe('deteriorating');
      expect(r.met).toBe(false);
      expect(r.explanation.en).toContain('met in 2020, no longer met in 2023');
      expect(r.explanation.vi).toContain('đã đạt năm 2020, không còn đạt năm 2023');
    }
  });

  it('a target missed at the baseline keeps the trend methods (the rule only applies to a lost target)', () => {
    expect(run({ kind: '<=', value: 25 }, 30, 27).status).not.toBe('deteriorating');
    expect(run({ kind: '>=', value: 60 }, 40, 50).status).toBe('on-track');
    expect(run({ kind: '<=', value: 25 }, 22, 24).status).toBe('achieved');
  });
});

describe('progress: a baseline on the edge of a strict target', () => {
  it('met now (10 → 12 against "over 10"): achieved, without a trend text saying it did not move', () => {
    const r = run({ kind: '>', value: 10 }, 10, 12);
    expect(r.status).toBe('achieved');
    expect(r.explanation.en).not.toContain('has not moved');
    expect(r.explanation.vi).not.toContain('chưa tiến');
  });
  it('missed now (10 → 9): deteriorating, saying it has not moved towards the target', () => {
    const r = run({ kind: '>', value: 10 }, 10, 9);
    expect(r.status).toBe('deteriorating');
    expect(r.explanation.en).toContain('has not moved towards the target');
  });
});
