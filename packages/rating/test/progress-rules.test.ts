/**
 * Progress towards a deadline (targets.md, "Progress towards a future deadline"): the rules pinned at
 * their edges — the growth-ratio and linear numbers and projections, falling back to linear (and saying
 * so) whenever the growth form breaks, bounds on projections, baselines, duplicate years, the
 * explanation of every status, and the typed errors of bad options and series. Every number is checked
 * by hand in the comments.
 */
import { rational, type CoopError } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { assessProgress, asOfYear, type ProgressOptions, type ProgressPoint } from '../src/progress.js';
import { coopErrorOf } from '../../../test-support/coop-errors.js';

const gte60 = { kind: '>=', value: 60 } as const;
const FALLBACK_MESSAGE = {
  vi: 'Giá trị bằng 0 (hoặc không dương, hoặc mục tiêu bằng năm gốc) làm phương pháp tăng trưởng không dùng được; dùng phương pháp tuyến tính',
  en: 'A zero (or non-positive value, or a target equal to the baseline) breaks the growth form; the linear method is used',
};

const issuesOf = (error: CoopError) => error.details['issues'] as ReadonlyArray<{ path: unknown[]; code: string; message: unknown; received?: string }>;

describe('growth-ratio: the numbers, the projection and the explanation (40 % → 50 %, ≥ 60 % by 2030)', () => {
  it('reports every number that produced the status', () => {
    // CAGR_obs = (50/40)^(1/3) − 1 = 1.25^(1/3) − 1 = 0.0772173; CAGR_req = 1.5^(1/10) − 1 = 0.0413797;
    // R = 1.866066; projection 50 × 1.25^(7/3) = 50 × e^(7/3 · 0.2231436) = 50 × 1.683152 = 84.1576
    const r = assessProgress([{ year: 2020, value: 40 }, { year: 2023, value: 50 }], { comparator: gte60, deadline: 2030, asOf: 2023 });
    expect(r.status).toBe('on-track');
    expect(r.method).toBe('growth-ratio');
    expect(r.fellBack).toBe(false);
    expect(r.met).toBe(false);
    expect(r.deadlinePassed).toBe(false);
    expect(r.warnings).toEqual([]);
    const { observedGrowth, requiredGrowth, ratio, projected, ...exact } = r.numbers;
    expect(exact).toStrictEqual({ baseYear: 2020, baseValue: 40, nowYear: 2023, nowValue: 50, targetValue: 60, deadline: 2030, projectedClamped: false });
    expect(observedGrowth).toBeCloseTo(0.0772173, 6);
    expect(requiredGrowth).toBeCloseTo(0.0413797, 6);
    expect(ratio).toBeCloseTo(1.866066, 5);
    expect(projected).toBeCloseTo(84.1576, 3);
    // rates in percent with one decimal, R with two; Vietnamese decimal comma
    expect(r.explanation).toEqual({
      vi: 'Tiến độ: đúng tiến độ (tăng trưởng kép thực tế 7,7 %/năm, cần 4,1 %/năm (R = 1,87))',
      en: 'Progress: on track (observed compound growth 7.7 % a year, required 4.1 % (R = 1.87))',
    });
  });

  it('R = 0 exactly (no change) is limited progress, not deterioration', () => {
    // 40 → 40: CAGR_obs = 1^(1/3) − 1 = 0; R = 0 ≥ 0 → limited-progress
    const r = assessProgress([{ year: 2020, value: 40 }, { year: 2023, value: 40 }], { comparator: gte60, deadline: 2030, asOf: 2023 });
    expect(r.method).toBe('growth-ratio');
    expect(r.numbers.ratio).toBe(0);
    expect(r.status).toBe('limited-progress');
  });

  it('reads the series in any order (base = earliest year, now = latest)', () => {
    const r = assessProgress([{ year: 2023, value: 50 }, { year: 2021, value: 45 }, { year: 2020, value: 40 }], { comparator: gte60, deadline: 2030, asOf: 2023 });
    expect(r.numbers.baseYear).toBe(2020);
    expect(r.numbers.baseValue).toBe(40);
    expect(r.numbers.nowYear).toBe(2023);
    expect(r.numbers.nowValue).toBe(50);
    expect(r.status).toBe('on-track');
  });
});

describe('linear: progress ÷ elapsed, the projection and the explanation', () => {
  it('40 → 45 (2020 → 2023), ≥ 60 by 2030', () => {
    // P = 5/20 = 1/4; E = 3/10; R = 5/6 = 0.833 → needs-acceleration;
    // slope = 5/3 a year; projection 45 + 5/3 × 7 = 56.667
    const r = assessProgress([{ year: 2020, value: 40 }, { year: 2023, value: 45 }], { comparator: gte60, deadline: 2030, asOf: 2023, method: 'linear' });
    expect(r.status).toBe('needs-acceleration');
    expect(r.fellBack).toBe(false);
    expect(r.warnings).toEqual([]);
    const { ratio, projected, ...exact } = r.numbers;
    expect(exact).toStrictEqual({
      baseYear: 2020, baseValue: 40, nowYear: 2023, nowValue: 45, targetValue: 60, deadline: 2030,
      elapsed: rational(3, 10), progress: rational(1, 4), projectedClamped: false,
    });
    expect(ratio).toBeCloseTo(5 / 6, 12);
    expect(projected).toBeCloseTo(56.6667, 4);
    expect(r.explanation).toEqual({
      vi: 'Tiến độ: cần đẩy nhanh tiến độ (tuyến tính: đã đi 25 % chặng đường trong 30 % thời gian (R = 0,83))',
      en: 'Progress: needs acceleration (linear: 25 % of the way covered in 30 % of the time (R = 0.83))',
    });
  });

  it('a zero baseline: falls back, warns, and the explanation says why (0 → 3, ≥ 9 by 2025)', () => {
    // P = 3/9 = 1/3; E = 3/5; R = 5/9 = 0.556 → limited-progress; slope 1 → projection 3 + 2 = 5
    const r = assessProgress([{ year: 2020, value: 0 }, { year: 2023, value: 3 }], { comparator: { kind: '>=', value: 9 }, deadline: 2025, asOf: 2023 });
    expect(r.status).toBe('limited-progress');
    expect(r.method).toBe('linear');
    expect(r.fellBack).toBe(true);
    expect(r.warnings).toEqual([{ code: 'GROWTH_FORM_FALLBACK', message: FALLBACK_MESSAGE }]);
    expect(r.numbers.progress).toEqual(rational(1, 3));
    expect(r.numbers.elapsed).toEqual(rational(3, 5));
    expect(r.numbers.projected).toBe(5);
    expect(r.explanation).toEqual({
      vi: 'Tiến độ: tiến triển hạn chế (chuyển sang phương pháp tuyến tính do có giá trị 0; tuyến tính: đã đi 33,3 % chặng đường trong 60 % thời gian (R = 0,56))',
      en: 'Progress: limited progress (linear method used because a zero breaks the growth form; linear: 33.3 % of the way covered in 60 % of the time (R = 0.56))',
    });
  });

  it('a current value of zero breaks the growth form too', () => {
    // 5 → 0 (2020 → 2023), ≥ 10 by 2030: linear P = (0 − 5)/(10 − 5) = −1, E = 0.3, R = −10/3 → deteriorating
    const r = assessProgress([{ year: 2020, value: 5 }, { year: 2023, value: 0 }], { comparator: { kind: '>=', value: 10 }, deadline: 2030, asOf: 2023 });
    expect(r.method).toBe('linear');
    expect(r.fellBack).toBe(true);
    expect(r.numbers.progress).toEqual(rational(-1));
    expect(r.status).toBe('deteriorating');
  });

  it('a negative baseline breaks the growth form (even when the float powers happen to exist)', () => {
    // −10 (2029) → 5 (2030), ≥ 10 by 2030: (5/−10)^(1/1) would be a number, but the growth form needs
    // positive values. Linear: P = 15/20 = 3/4, E = 1/1 → R = 0.75 → needs-acceleration
    const r = assessProgress([{ year: 2029, value: -10 }, { year: 2030, value: 5 }], { comparator: { kind: '>=', value: 10 }, deadline: 2030, asOf: 2030 });
    expect(r.method).toBe('linear');
    expect(r.fellBack).toBe(true);
    expect(r.numbers.progress).toEqual(rational(3, 4));
    expect(r.numbers.elapsed).toEqual(rational(1));
    expect(r.status).toBe('needs-acceleration');
  });

  it('a required growth that vanishes in floats falls back to linear (exact)', () => {
    // base = now = 0.99999999999999999999 (reads as 1 in floats), ≥ 1 by 2030: CAGR_req = 1^0.1 − 1 = 0,
    // R would be 0/0. Linear (exact): P = 0 / 1e−20 = 0 → R = 0 → limited-progress
    const v = '0.99999999999999999999';
    const r = assessProgress([{ year: 2020, value: v }, { year: 2023, value: v }], { comparator: { kind: '>=', value: 1 }, deadline: 2030, asOf: 2023 });
    expect(r.method).toBe('linear');
    expect(r.fellBack).toBe(true);
    expect(r.numbers.ratio).toBe(0);
    expect(r.status).toBe('limited-progress');
  });

  it('a required growth that overflows floats falls back to linear', () => {
    // 1e−10 → 2e−10, ≥ 1e300 by 2030: TV / I_base = 1e310 = Infinity in floats. Linear: P ≈ 1e−310 > 0,
    // R tiny but ≥ 0 → limited-progress
    const r = assessProgress([{ year: 2020, value: '1e-10' }, { year: 2023, value: '2e-10' }], { comparator: { kind: '>=', value: 1e300 }, deadline: 2030, asOf: 2023 });
    expect(r.method).toBe('linear');
    expect(r.fellBack).toBe(true);
    expect(r.status).toBe('limited-progress');
  });
});

describe('no distance to cover (TV = I_base): the linear direction decides', () => {
  // "> 10": the aimed value is 10, the baseline is 10; the growth form breaks (TV = I_base) → linear
  it.each([
    // now 10: nothing moved → limited-progress; projection stays 10
    [10, 'limited-progress', 10],
    // now 8: moved away → deteriorating; slope −2/3 → projection 8 − 14/3 = 3.333
    [8, 'deteriorating', 3.3333],
  ] as const)('10 → %s', (now, status, projected) => {
    const r = assessProgress([{ year: 2020, value: 10 }, { year: 2023, value: now }], { comparator: { kind: '>', value: 10 }, deadline: 2030, asOf: 2023 });
    expect(r.status).toBe(status);
    expect(r.method).toBe('linear');
    expect(r.fellBack).toBe(true);
    expect(r.warnings).toEqual([{ code: 'GROWTH_FORM_FALLBACK', message: FALLBACK_MESSAGE }]);
    const { projected: p, ...exact } = r.numbers;
    // no progress share and no ratio: there is no distance to divide by
    expect(exact).toStrictEqual({
      baseYear: 2020, baseValue: 10, nowYear: 2023, nowValue: now, targetValue: 10, deadline: 2030, elapsed: rational(3, 10), projectedClamped: false,
    });
    expect(p).toBeCloseTo(projected, 4);
    expect(r.explanation).toEqual({
      vi: `Tiến độ: ${status === 'deteriorating' ? 'đang đi xuống' : 'tiến triển hạn chế'} (tuyến tính: giá trị chưa tiến về mục tiêu)`,
      en: `Progress: ${status === 'deteriorating' ? 'deteriorating' : 'limited progress'} (linear: the value has not moved towards the target)`,
    });
  });
});

describe('bounds: projections never leave them, and say when they were clamped', () => {
  const linear = (base: number, baseYear: number, now: number, nowYear: number, target: number, bounds?: readonly [number, number]) =>
    assessProgress([{ year: baseYear, value: base }, { year: nowYear, value: now }], {
      comparator: { kind: '>=', value: target }, deadline: 2030, asOf: nowYear, method: 'linear', ...(bounds === undefined ? {} : { bounds }),
    }).numbers;
  it.each([
    // 50 → 20 (2020 → 2023): slope −10 → 20 − 70 = −50
    ['below the lower bound → the bound', 50, 2020, 20, 2023, 60, [0, 100], 0, true],
    ['no bounds → unclamped', 50, 2020, 20, 2023, 60, undefined, -50, false],
    // 30 → 20 (2020 → 2025): slope −2 → 20 − 10 = 10, exactly the lower bound
    ['exactly the lower bound → kept', 30, 2020, 20, 2025, 60, [10, 100], 10, false],
    // 40 → 50 (2020 → 2025): slope 2 → 50 + 10 = 60, exactly the upper bound
    ['exactly the upper bound → kept', 40, 2020, 50, 2025, 70, [0, 60], 60, false],
    ['inside → kept', 40, 2020, 50, 2025, 70, [0, 100], 60, false],
    // 40 → 50 (2020 → 2023): slope 10/3 → 50 + 70/3 = 73.33 > 70
    ['above the upper bound → the bound', 40, 2020, 50, 2023, 70, [0, 70], 70, true],
  ] as const)('%s', (_label, base, baseYear, now, nowYear, target, bounds, projected, clamped) => {
    const numbers = linear(base, baseYear, now, nowYear, target, bounds);
    expect(numbers.projected).toBe(projected);
    expect(numbers.projectedClamped).toBe(clamped);
  });
});

describe('statuses without a trend, and their explanations', () => {
  it.each([
    ['no observation at all', [] as ProgressPoint[]],
    ['only observations after asOf', [{ year: 2024, value: 50 }, { year: 2025, value: 55 }]],
  ])('%s → insufficient-data, nothing met, nothing guessed', (_label, points) => {
    const r = assessProgress(points, { comparator: gte60, deadline: 2030, asOf: 2023 });
    expect(r.status).toBe('insufficient-data');
    expect(r.met).toBeUndefined();
    expect(r.method).toBeUndefined();
    expect(r.warnings).toEqual([]);
    expect(r.numbers).toStrictEqual({ baseYear: undefined, baseValue: undefined, nowYear: undefined, nowValue: undefined, targetValue: 60, deadline: 2030 });
    expect(r.explanation).toEqual({
      vi: 'Tiến độ: chưa đủ số liệu (cần số liệu của ít nhất hai năm)',
      en: 'Progress: insufficient data (observations for at least two years are needed)',
    });
  });

  it('one observation that meets the target → achieved, explained without a trend', () => {
    const r = assessProgress([{ year: 2023, value: 70 }], { comparator: gte60, deadline: 2030, asOf: 2023 });
    expect(r.status).toBe('achieved');
    expect(r.met).toBe(true);
    expect(r.method).toBeUndefined();
    expect(r.explanation).toEqual({ vi: 'Tiến độ: đã đạt', en: 'Progress: achieved' });
  });

  it('observations after the deadline: not-achieved, and no trend towards a passed deadline', () => {
    const r = assessProgress([{ year: 2020, value: 40 }, { year: 2031, value: 50 }], { comparator: gte60, deadline: 2030, asOf: 2031 });
    expect(r.status).toBe('not-achieved');
    expect(r.deadlinePassed).toBe(true);
    expect(r.method).toBeUndefined();
    expect(r.numbers.ratio).toBeUndefined();
    expect(r.explanation).toEqual({ vi: 'Tiến độ: không đạt (đã quá hạn)', en: 'Progress: not achieved (deadline passed)' });
  });
});

describe('baseline year and duplicate years', () => {
  const points = [{ year: 2019, value: 10 }, { year: 2020, value: 40 }, { year: 2023, value: 50 }];
  it('an observed baseline year is used silently', () => {
    const r = assessProgress(points, { comparator: gte60, deadline: 2030, asOf: 2023, baselineYear: 2019 });
    expect(r.numbers.baseYear).toBe(2019);
    expect(r.numbers.baseValue).toBe(10);
    expect(r.warnings).toEqual([]);
  });
  it('an unobserved baseline year: the next observed year is used, with a warning', () => {
    const r = assessProgress(points.slice(1), { comparator: gte60, deadline: 2030, asOf: 2023, baselineYear: 2018 });
    expect(r.numbers.baseYear).toBe(2020);
    expect(r.numbers.baseValue).toBe(40);
    expect(r.status).toBe('on-track');
    expect(r.warnings).toEqual([
      {
        code: 'BASELINE_NOT_OBSERVED',
        message: { vi: 'Không có số liệu năm gốc 2018; dùng năm 2020', en: 'No observation for the baseline year 2018; 2020 is used' },
        details: { baselineYear: 2018, used: 2020 },
      },
    ]);
  });
  it('a baseline year after every observation: no baseline, insufficient data, with a warning', () => {
    const r = assessProgress(points, { comparator: gte60, deadline: 2030, asOf: 2025, baselineYear: 2024 });
    expect(r.status).toBe('insufficient-data');
    expect(r.numbers.baseYear).toBeUndefined();
    expect(r.numbers.baseValue).toBeUndefined();
    expect(r.numbers.nowValue).toBe(50);
    expect(r.warnings).toEqual([
      {
        code: 'BASELINE_NOT_OBSERVED',
        message: { vi: 'Không có số liệu năm gốc 2024', en: 'No observation for the baseline year 2024' },
        details: { baselineYear: 2024, used: undefined },
      },
    ]);
  });
  it('a year given twice: the last value is used, with a warning', () => {
    // 2020 given as 40 then 30: base 30 → 50 (2023)
    const r = assessProgress([{ year: 2020, value: 40 }, { year: 2023, value: 50 }, { year: 2020, value: 30 }], { comparator: gte60, deadline: 2030, asOf: 2023 });
    expect(r.numbers.baseValue).toBe(30);
    expect(r.warnings).toEqual([
      {
        code: 'DUPLICATE_YEAR',
        message: { vi: 'Năm 2020 có nhiều giá trị; dùng giá trị sau cùng', en: 'Year 2020 has several values; the last is used' },
        details: { year: 2020 },
      },
    ]);
  });
});

describe('asOfYear', () => {
  it.each([
    [2024.5, '2024.5'],
    [Number.NaN, 'NaN'],
    [['2025-06-30'], 'an array of 1'],
    [{ toString: () => '2025-06-30' }, 'an object'],
  ])('%s is not an evaluation date → INVALID_AS_OF', (asOf, received) => {
    const error = coopErrorOf(() => asOfYear(asOf as never));
    expect(error.code).toBe('INVALID_AS_OF');
    expect(error.details).toEqual({ received });
  });
});

describe('assessProgress: typed errors for bad options and series', () => {
  const good: ProgressOptions = { comparator: gte60, deadline: 2030, asOf: 2023 };
  const pts = [{ year: 2020, value: 40 }, { year: 2023, value: 50 }];

  it('missing options: one issue at the root', () => {
    const error = coopErrorOf(() => assessProgress(pts, undefined as never));
    expect(error.code).toBe('INVALID_OPTIONS');
    expect(issuesOf(error)).toEqual([{ path: [], code: 'missing', message: { vi: 'Thiếu tuỳ chọn', en: 'Options are required' } }]);
  });

  it('every bad field is reported at its own path', () => {
    const error = coopErrorOf(() =>
      assessProgress(pts, {
        comparator: { kind: '>=', value: 'x' }, tolerance: -1, asOf: '2023/12/31', baselineYear: 1800, method: 'fast',
        thresholds: { onTrack: 'high' }, bounds: [100, 0],
      } as never),
    );
    expect(error.code).toBe('INVALID_OPTIONS');
    expect(issuesOf(error).map((i) => [i.path, i.code])).toEqual([
      [['comparator', 'value'], 'invalid_comparator'],
      [['tolerance'], 'invalid_number'],
      [['deadline'], 'missing'],
      [['asOf'], 'invalid_date'],
      [['baselineYear'], 'invalid_year'],
      [['method'], 'invalid_enum'],
      [['thresholds', 'onTrack'], 'invalid_number'],
      [['bounds'], 'invalid_bounds'],
    ]);
    expect(issuesOf(error).find((i) => i.code === 'missing')?.message).toEqual({ vi: 'Thiếu năm hạn', en: 'The deadline year is required' });
  });

  it.each([
    ['tolerance', { tolerance: -1 }, 'invalid_number'],
    ['deadline', { deadline: 1800 }, 'invalid_year'],
    ['asOf', { asOf: 2023.5 }, 'invalid_date'],
    ['baselineYear', { baselineYear: 1800 }, 'invalid_year'],
    ['method', { method: 'fast' }, 'invalid_enum'],
    ['thresholds', { thresholds: { onTrack: Number.NaN } }, 'invalid_number'],
    ['bounds', { bounds: [100, 0] }, 'invalid_bounds'],
  ])('a single bad %s is enough to refuse', (field, extra, code) => {
    const error = coopErrorOf(() => assessProgress(pts, { ...good, ...extra } as never));
    expect(error.code).toBe('INVALID_OPTIONS');
    expect(issuesOf(error).map((i) => [i.path[0], i.code])).toEqual([[field, code]]);
  });

  it.each([
    ['min > max', [100, 0], 'an array of 2'],
    ['three numbers', [0, 50, 100], 'an array of 3'],
    ['an array-like object', { length: 2, 0: 0, 1: 100 }, 'an object'],
    ['a text minimum', ['0', 100], 'an array of 2'],
    ['a text maximum', [0, '100'], 'an array of 2'],
    ['a NaN minimum', [Number.NaN, 100], 'an array of 2'],
    ['an infinite maximum', [0, Number.POSITIVE_INFINITY], 'an array of 2'],
    ['a number', 100, '100'],
  ])('bounds: %s is refused', (_label, bounds, received) => {
    const error = coopErrorOf(() => assessProgress(pts, { ...good, bounds } as never));
    expect(issuesOf(error)).toEqual([
      {
        path: ['bounds'],
        code: 'invalid_bounds',
        message: { vi: 'Cần [nhỏ nhất, lớn nhất] hữu hạn', en: 'Expected finite [min, max] with min ≤ max' },
        received,
      },
    ]);
  });

  it('bounds: a single point [50, 50] is accepted (every projection becomes 50)', () => {
    const r = assessProgress(pts, { ...good, method: 'linear', bounds: [50, 50] });
    expect(r.numbers.projected).toBe(50);
  });

  it('a comparator that throws when read → INVALID_OPTIONS with an unreadable issue at the options root', () => {
    const trap = new Proxy({}, {
      get: () => { throw new Error('trap'); },
      getOwnPropertyDescriptor: () => { throw new Error('trap'); },
      has: () => { throw new Error('trap'); },
    });
    const error = coopErrorOf(() => assessProgress(pts, { ...good, comparator: trap } as never));
    expect(error.code).toBe('INVALID_OPTIONS');
    expect(issuesOf(error).map((i) => [i.path, i.code])).toEqual([[[], 'unreadable']]);
  });

  it('a series that throws when read → INVALID_SERIES with an unreadable issue at the series root', () => {
    const trap = new Proxy([] as unknown[], { get: (target, key) => { if (key === 'length') throw new Error('trap'); return Reflect.get(target, key); } });
    const error = coopErrorOf(() => assessProgress(trap as never, good));
    expect(error.code).toBe('INVALID_SERIES');
    expect(issuesOf(error).map((i) => [i.path, i.code])).toEqual([[[], 'unreadable']]);
  });

  it('a bad point is reported at its index; extra fields of a point are ignored', () => {
    const error = coopErrorOf(() => assessProgress([{ year: 2020, value: 40 }, { year: 2023, value: 'abc' }], good));
    expect(error.code).toBe('INVALID_SERIES');
    expect(issuesOf(error).map((i) => [i.path, i.code])).toEqual([[[1, 'value'], 'invalid_number']]);
    const withExtras = [{ year: 2020, value: 40, numerator: 'junk', denominator: 0 }, { year: 2023, value: 50 }];
    expect(assessProgress(withExtras as never, good).status).toBe('on-track');
  });
});
