import { rational } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { assessProgress, asOfYear, DEFAULT_PROGRESS_THRESHOLDS } from '../src/progress.js';

const gte60 = { kind: '>=', value: 60 } as const;

describe('assessProgress — growth-ratio worked examples (checked by hand)', () => {
  // Required pace for all four: base 40 % in 2020, target 60 % in 2030:
  //   CAGR_req = (60/40)^(1/10) − 1 = 1.5^0.1 − 1 = 0.041380
  it('on track: 40 % → 50 % (2020 → 2023)', () => {
    // CAGR_obs = (50/40)^(1/3) − 1 = 1.25^(1/3) − 1 = 0.077217; R = 0.077217 / 0.041380 = 1.866 ≥ 0.95
    const r = assessProgress([{ year: 2020, value: 40 }, { year: 2023, value: 50 }], { comparator: gte60, deadline: 2030, asOf: 2023 });
    expect(r.status).toBe('on-track');
    expect(r.method).toBe('growth-ratio');
    expect(r.numbers.observedGrowth).toBeCloseTo(0.077217, 5);
    expect(r.numbers.requiredGrowth).toBeCloseTo(0.04138, 5);
    expect(r.numbers.ratio).toBeCloseTo(1.866, 3);
  });
  it('needs acceleration: 40 % → 44 %', () => {
    // CAGR_obs = 1.1^(1/3) − 1 = 0.032280; R = 0.032280 / 0.041380 = 0.780 ∈ [0.60, 0.95)
    const r = assessProgress([{ year: 2020, value: 40 }, { year: 2023, value: 44 }], { comparator: gte60, deadline: 2030, asOf: 2023 });
    expect(r.status).toBe('needs-acceleration');
    expect(r.numbers.ratio).toBeCloseTo(0.7801, 4);
  });
  it('limited progress: 40 % → 42 %', () => {
    // CAGR_obs = 1.05^(1/3) − 1 = 0.016396; R = 0.3962 ∈ [0, 0.60)
    const r = assessProgress([{ year: 2020, value: 40 }, { year: 2023, value: 42 }], { comparator: gte60, deadline: 2030, asOf: 2023 });
    expect(r.status).toBe('limited-progress');
    expect(r.numbers.ratio).toBeCloseTo(0.3962, 4);
  });
  it('deteriorating: 40 % → 38 %', () => {
    // CAGR_obs = 0.95^(1/3) − 1 = −0.016952; R = −0.4097 < 0
    const r = assessProgress([{ year: 2020, value: 40 }, { year: 2023, value: 38 }], { comparator: gte60, deadline: 2030, asOf: 2023 });
    expect(r.status).toBe('deteriorating');
    expect(r.numbers.ratio).toBeCloseTo(-0.4097, 4);
  });
  it('a zero baseline breaks the growth form: falls back to linear and says so', () => {
    // 0 in 2020, 3 in 2023, target ≥ 10 in 2030. Linear: P = (3 − 0)/(10 − 0) = 0.3;
    // E = (2023 − 2020)/(2030 − 2020) = 0.3; R = P/E = 1 ≥ 0.95 → on track.
    const r = assessProgress([{ year: 2020, value: 0 }, { year: 2023, value: 3 }], { comparator: { kind: '>=', value: 10 }, deadline: 2030, asOf: 2023 });
    expect(r.method).toBe('linear');
    expect(r.fellBack).toBe(true);
    expect(r.warnings.map((w) => w.code)).toContain('GROWTH_FORM_FALLBACK');
    expect(r.numbers.ratio).toBe(1);
    expect(r.status).toBe('on-track');
    expect(r.explanation.en).toContain('linear');
  });
  it('a "= 0" target (aim 0) also falls back to linear', () => {
    // weak co-ops 10 → 6 (2023 → 2025), target 0 by 2030: P = (6 − 10)/(0 − 10) = 0.4; E = 2/7; R = 1.4
    const r = assessProgress([{ year: 2023, value: 10 }, { year: 2025, value: 6 }], { comparator: { kind: '=', value: 0 }, deadline: 2030, asOf: 2025 });
    expect(r.fellBack).toBe(true);
    expect(r.numbers.ratio).toBeCloseTo(1.4, 10);
    expect(r.status).toBe('on-track');
  });
});

describe('assessProgress — linear method', () => {
  it('maps R = progress ÷ elapsed with the same thresholds', () => {
    // base 40 (2020), now 45 (2023), TV 60 (2030): P = 5/20 = 0.25, E = 0.3, R = 0.8333 → needs acceleration
    const r = assessProgress([{ year: 2020, value: 40 }, { year: 2023, value: 45 }], { comparator: gte60, deadline: 2030, asOf: 2023, method: 'linear' });
    expect(r.method).toBe('linear');
    expect(r.fellBack).toBe(false);
    expect(r.numbers.progress).toEqual(rational(1, 4));
    expect(r.numbers.elapsed).toEqual(rational(3, 10));
    expect(r.status).toBe('needs-acceleration');
  });
  it('is exact at the 0.95 threshold', () => {
    // base 0 (2020), TV 100 (2030), 2024: E = 0.4; now 38 → P = 0.38 → R = 0.95 exactly → on track
    const at = assessProgress([{ year: 2020, value: 0 }, { year: 2024, value: 38 }], { comparator: { kind: '>=', value: 100 }, deadline: 2030, asOf: 2024, method: 'linear' });
    expect(at.status).toBe('on-track');
    const below = assessProgress([{ year: 2020, value: 0 }, { year: 2024, value: '37.99' }], { comparator: { kind: '>=', value: 100 }, deadline: 2030, asOf: 2024, method: 'linear' });
    expect(below.status).toBe('needs-acceleration');
  });
  it('thresholds are parameters', () => {
    const r = assessProgress([{ year: 2020, value: 40 }, { year: 2023, value: 45 }], {
      comparator: gte60, deadline: 2030, asOf: 2023, method: 'linear', thresholds: { onTrack: 0.8 },
    });
    expect(r.status).toBe('on-track');
    expect(r.thresholds).toEqual({ ...DEFAULT_PROGRESS_THRESHOLDS, onTrack: 0.8 });
  });
});

describe('assessProgress — short-circuits and guards', () => {
  it('achieved short-circuits but still reports the trend', () => {
    const r = assessProgress([{ year: 2020, value: 40 }, { year: 2023, value: 61 }], { comparator: { kind: '>', value: 60 }, deadline: 2030, asOf: 2023 });
    expect(r.status).toBe('achieved');
    expect(r.method).toBe('growth-ratio');
    expect(r.numbers.ratio).toBeGreaterThan(0);
  });
  it('fewer than two years → insufficient-data (not a guess)', () => {
    const r = assessProgress([{ year: 2023, value: 50 }], { comparator: gte60, deadline: 2030, asOf: 2023 });
    expect(r.status).toBe('insufficient-data');
    expect(r.method).toBeUndefined();
  });
  it('deadline passed and not met → not-achieved', () => {
    const r = assessProgress([{ year: 2020, value: 40 }, { year: 2030, value: 59 }], { comparator: gte60, deadline: 2030, asOf: '2031-01-01' });
    expect(r.status).toBe('not-achieved');
    expect(r.deadlinePassed).toBe(true);
  });
  it('the deadline year itself is still in time', () => {
    const r = assessProgress([{ year: 2020, value: 40 }, { year: 2030, value: 59 }], { comparator: gte60, deadline: 2030, asOf: '2030-12-31' });
    expect(r.status).not.toBe('not-achieved');
  });
  it('never projects a share past its bounds', () => {
    // CAGR_obs = (90/50)^(1/3) − 1 = 0.2164; unclamped projection 90 × 1.2164^7 ≈ 354.7 → clamped to 100
    const r = assessProgress([{ year: 2020, value: 50 }, { year: 2023, value: 90 }], { comparator: { kind: '=', value: 100 }, deadline: 2030, asOf: 2023, bounds: [0, 100] });
    expect(r.numbers.projected).toBe(100);
    expect(r.numbers.projectedClamped).toBe(true);
  });
  it('ignores observations after asOf and uses the baseline year', () => {
    const r = assessProgress(
      [{ year: 2019, value: 10 }, { year: 2020, value: 40 }, { year: 2023, value: 50 }, { year: 2024, value: 99 }],
      { comparator: gte60, deadline: 2030, asOf: 2023, baselineYear: 2020 },
    );
    expect(r.numbers.baseYear).toBe(2020);
    expect(r.numbers.nowYear).toBe(2023);
    expect(r.status).toBe('on-track');
  });
  it('asOfYear reads dates and years', () => {
    expect(asOfYear('2025-06-30')).toBe(2025);
    expect(asOfYear(2024)).toBe(2024);
    expect(() => asOfYear('30/06/2025')).toThrow(/asOf/);
  });
});
