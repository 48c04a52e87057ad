/**
 * Rules of the exact level comparison, the gap in the target's own terms and the argument checks of
 * `meetsComparator`, `targetGap` and `evaluateTarget` (typed errors with issue paths).
 */
import { TargetSchema, getPlan, rational, type Comparator, type Rational } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { evaluateTarget, meetsComparator } from '../src/evaluate-target.js';
import { assessProgress } from '../src/progress.js';
import { targetGap, type TargetGap } from '../src/target-gap.js';
import type { LevelComparator } from '../src/semantics/comparators.js';
import { coopErrorOf } from '../../../test-support/coop-errors.js';
import { CEILING } from './fixtures/ceiling.js';

/** The `[path, code]` of every issue of a thrown CoopError. */
const issuesOf = (fn: () => unknown, code: string): [ReadonlyArray<string | number>, string][] => {
  const error = coopErrorOf(fn);
  expect(error.code).toBe(code);
  return (error.details['issues'] as { path: (string | number)[]; code: string }[]).map((i) => [i.path, i.code]);
};
const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

describe('meetsComparator — every level comparator, exact at its edges', () => {
  const cases: [LevelComparator, Rational | number | string, boolean][] = [
    [{ kind: '>', value: 60 }, rational(600, 10), false], // 6 of 10 is not over 60 %
    [{ kind: '>', value: 60 }, rational(700, 11), true], // 7 of 11 is
    [{ kind: '>=', value: 60 }, rational(6000, 100), true], // 60 of 100 meets "from 60 % up"
    [{ kind: '>=', value: 60 }, rational(5999, 100), false],
    [{ kind: '<', value: 10 }, 10, false],
    [{ kind: '<', value: 10 }, '9.99', true],
    [{ kind: '<=', value: 10 }, 10, true],
    [{ kind: '<=', value: 10 }, 5, true], // anything below the ceiling
    [{ kind: '<=', value: 10 }, 0, true],
    [{ kind: '<=', value: 10 }, '10.01', false],
    [{ kind: '=', value: 0 }, 0, true],
    [{ kind: '=', value: 0 }, '0.001', false],
    [{ kind: '=', value: 5 }, 4, false],
    [{ kind: 'range', min: 20, max: 25, ceiling: CEILING }, 20, true],
    [{ kind: 'range', min: 20, max: 25, ceiling: CEILING }, 25, true],
    [{ kind: 'range', min: 20, max: 25, ceiling: CEILING }, '19.999', false],
    [{ kind: 'range', min: 20, max: 25, ceiling: CEILING }, '25.001', false],
    [{ kind: 'approximately', value: 30, tolerance: 5, ceiling: CEILING }, 25, true],
    [{ kind: 'approximately', value: 30, tolerance: 5, ceiling: CEILING }, 35, true],
    [{ kind: 'approximately', value: 30, tolerance: 5, ceiling: CEILING }, '35.01', false],
    [{ kind: 'approximately', value: 30, tolerance: 0, ceiling: CEILING }, 30, true],
    [{ kind: 'approximately', value: 30, tolerance: 0, ceiling: CEILING }, '30.5', false],
  ];
  it('each case', () => {
    for (const [comparator, value, expected] of cases) {
      expect([comparator, value, meetsComparator(comparator, value)]).toEqual([comparator, value, expected]);
    }
  });
  it('approximately: the target’s own tolerance wins over the argument', () => {
    expect(meetsComparator({ kind: 'approximately', value: 30, tolerance: 1, ceiling: CEILING }, 27, 5)).toBe(false);
    expect(meetsComparator({ kind: 'approximately', value: 30, ceiling: CEILING }, 27, 5)).toBe(true);
    expect(meetsComparator({ kind: 'approximately', value: 30, ceiling: CEILING }, 24, 5)).toBe(false);
  });
});

describe('meetsComparator — argument checks', () => {
  it('approximately without any tolerance: MISSING_TOLERANCE, with no target to name', () => {
    const error = coopErrorOf(() => meetsComparator({ kind: 'approximately', value: 30, ceiling: CEILING }, 30));
    expect(error.code).toBe('MISSING_TOLERANCE');
    expect(error.details).toEqual({ target: undefined, value: 30 });
    expect(error.message).toMatch(/^Target says "about 30"/);
  });
  it('each bad argument is an issue at its own path', () => {
    expect(issuesOf(() => meetsComparator({ kind: '>', value: 60 }, 50, -1), 'INVALID_ARGUMENT')).toEqual([[['tolerance'], 'invalid_number']]);
    expect(issuesOf(() => meetsComparator({ kind: '>', value: 60 }, 'abc'), 'INVALID_ARGUMENT')).toEqual([[['value'], 'invalid_number']]);
    expect(issuesOf(() => meetsComparator({ kind: '>', value: 60 }, Number.NaN, Number.POSITIVE_INFINITY), 'INVALID_ARGUMENT')).toEqual([
      [['value'], 'invalid_number'],
      [['tolerance'], 'invalid_number'],
    ]);
    const bad = issuesOf(() => meetsComparator({ kind: '>' } as unknown as LevelComparator, 50), 'INVALID_ARGUMENT');
    expect(bad.length).toBeGreaterThan(0);
    for (const [path, code] of bad) {
      expect(path[0]).toBe('comparator');
      expect(code).toBe('invalid_comparator');
    }
  });
  it('an unreadable comparator is an INVALID_ARGUMENT at the root, never a TypeError', () => {
    expect(issuesOf(() => meetsComparator(revoked() as LevelComparator, 50), 'INVALID_ARGUMENT')).toEqual([[[], 'unreadable']]);
  });
});

describe('targetGap — the least whole change, in the target’s own terms', () => {
  const organisations = (change: 'more' | 'fewer', amount: bigint, boundary: Rational, distance: Rational): TargetGap => ({
    kind: 'change',
    change,
    amount,
    unit: 'organisations',
    basis: 'numerator',
    boundary,
    distance,
  });
  it('a share: how many more organisations with today’s denominator', () => {
    // over 60 % of 10 with 6: 7 needed
    expect(targetGap({ kind: '>', value: 60 }, { numerator: 6, denominator: 10, factor: 100, limit: 10 })).toEqual(organisations('more', 1n, rational(60), rational(0)));
    // from 60 % up, 55 of 100: 5 more, 5 points short
    expect(targetGap({ kind: '>=', value: 60 }, { numerator: 55, denominator: 100, factor: 100 })).toEqual(organisations('more', 5n, rational(60), rational(5)));
    // over 60 % of 11 with 6 (54.5 %): 7 of 11 is over
    expect(targetGap({ kind: '>', value: 60 }, { numerator: 6, denominator: 11, factor: 100, limit: 11 })).toMatchObject({ amount: 1n, distance: rational(60, 11) });
  });
  it('fewer: the distance is positive (|boundary − value|)', () => {
    expect(targetGap({ kind: '<=', value: 10 }, { numerator: 12, denominator: 100, factor: 100 })).toEqual(organisations('fewer', 2n, rational(10), rational(2)));
    expect(targetGap({ kind: '<', value: 10 }, { numerator: 10, denominator: 100, factor: 100 })).toEqual(organisations('fewer', 1n, rational(10), rational(0)));
    expect(targetGap({ kind: 'range', min: 20, max: 25, ceiling: CEILING }, { numerator: 27 })).toEqual(organisations('fewer', 2n, rational(25), rational(2)));
    expect(targetGap({ kind: '=', value: 0 }, { numerator: 4 })).toEqual(organisations('fewer', 4n, rational(0), rational(4)));
  });
  it('a mean: the revenue shortfall of the population total, in VND', () => {
    // mean ≥ 5 bn over 2 co-ops with 9 bn in all: 1 bn short in total (0.5 bn on the mean)
    expect(targetGap({ kind: '>=', value: 5e9 }, { numerator: 9e9, denominator: 2, unit: 'vnd', basis: 'population-total' })).toEqual({
      kind: 'change',
      change: 'more',
      amount: 1_000_000_000n,
      unit: 'vnd',
      basis: 'population-total',
      boundary: rational(5e9),
      distance: rational(5e8),
    });
  });
  it('met, not computable (denominator 0), distance for non-integral quantities', () => {
    expect(targetGap({ kind: '>=', value: 60 }, { numerator: 60, denominator: 100, factor: 100 })).toEqual({ kind: 'met' });
    expect(targetGap({ kind: '>=', value: 60 }, { numerator: 0, denominator: 0, factor: 100 })).toEqual({
      kind: 'not-computable',
      reason: { vi: 'Mẫu số bằng 0', en: 'The denominator is zero' },
    });
    expect(targetGap({ kind: '<=', value: 10 }, { numerator: '12.5', integral: false })).toEqual({
      kind: 'distance',
      change: 'fewer',
      boundary: rational(10),
      distance: rational(5, 2),
    });
  });
  it('unreachable: below zero, more than the whole population, or no whole number in the band', () => {
    expect(targetGap({ kind: '<', value: 0 }, { numerator: 0 })).toEqual({
      kind: 'unreachable',
      reason: { vi: 'Không thể giảm xuống dưới 0', en: 'It cannot go below zero' },
      boundary: rational(0),
      distance: rational(0),
    });
    expect(targetGap({ kind: '>', value: 100 }, { numerator: 9, denominator: 10, factor: 100, limit: 10 })).toMatchObject({
      kind: 'unreachable',
      reason: { en: 'It would need more than the whole population' },
    });
    expect(targetGap({ kind: 'range', min: 33.4, max: 33.5, ceiling: CEILING }, { numerator: 1, denominator: 10, factor: 100 })).toMatchObject({
      kind: 'unreachable',
      reason: { en: 'No whole number lands within the target band' },
    });
  });
  it('a signed quantity (a total of profits) may go below zero; an unsigned one may not', () => {
    // "total after-tax profit ≤ −2 bn" with a 1 bn profit today: 3 bn fewer (a 2 bn loss) makes it hold
    expect(targetGap({ kind: '<=', value: -2e9 }, { numerator: 1e9, unit: 'vnd', signed: true })).toMatchObject({
      kind: 'change',
      change: 'fewer',
      amount: 3_000_000_000n,
      unit: 'vnd',
    });
    expect(targetGap({ kind: '<=', value: -2e9 }, { numerator: 1e9, unit: 'vnd' })).toMatchObject({
      kind: 'unreachable',
      reason: { en: 'It cannot go below zero' },
    });
    // a mean loss: 2 co-ops with −1 bn in all, "mean profit < −1 bn" needs their total below −2 bn: 1 VND fewer
    expect(
      targetGap({ kind: '<', value: -1e9 }, { numerator: -2e9, denominator: 2, unit: 'vnd', basis: 'population-total', signed: true }),
    ).toMatchObject({ kind: 'change', change: 'fewer', amount: 1n });
    expect(targetGap({ kind: '<', value: -1e9 }, { numerator: -2e9, denominator: 2, unit: 'vnd' })).toMatchObject({ kind: 'unreachable' });
  });
  it('the population limit is compared exactly, also when it or the numerator is not whole', () => {
    // limit 10.5: reaching 11 needs more than the whole; reaching 10 does not
    expect(targetGap({ kind: '>=', value: 11 }, { numerator: 9, limit: { num: 21n, den: 2n } })).toMatchObject({ kind: 'unreachable' });
    expect(targetGap({ kind: '>=', value: 10 }, { numerator: 9, limit: '10.5' })).toMatchObject({ kind: 'change', amount: 1n });
    // numerator 9.5 moved by 1 to 10.5: within a limit of 11, beyond a limit of 10
    expect(targetGap({ kind: '>=', value: 10.5 }, { numerator: '9.5', limit: 11 })).toMatchObject({ kind: 'change', amount: 1n });
    expect(targetGap({ kind: '>=', value: 10.5 }, { numerator: '9.5', limit: 10 })).toMatchObject({ kind: 'unreachable' });
  });
  it('approximately aims at the nearest edge of value ± tolerance', () => {
    expect(targetGap({ kind: 'approximately', value: 30, ceiling: CEILING }, { numerator: 2, denominator: 10, factor: 100 }, { tolerance: 5 })).toEqual(
      organisations('more', 1n, rational(25), rational(5)),
    );
    expect(targetGap({ kind: 'approximately', value: 30, tolerance: 5, ceiling: CEILING }, { numerator: 4, denominator: 10, factor: 100 })).toEqual(
      organisations('fewer', 1n, rational(35), rational(5)),
    );
  });
});

describe('targetGap — argument checks (INVALID_ARGUMENT, every issue with its path)', () => {
  const ok: LevelComparator = { kind: '>=', value: 60 };
  const bad = (quantities: unknown, options?: unknown) =>
    issuesOf(() => targetGap(ok, quantities as never, options as never), 'INVALID_ARGUMENT');
  it('quantities', () => {
    expect(bad(null)).toEqual([[['quantities'], 'invalid_type']]);
    expect(bad([6, 10])).toEqual([[['quantities'], 'invalid_type']]);
    expect(bad({ denominator: 10 })).toEqual([[['quantities', 'numerator'], 'missing']]);
    expect(bad({ numerator: 'six' })).toEqual([[['quantities', 'numerator'], 'invalid_number']]);
    expect(bad({ numerator: 6, denominator: Number.NaN })).toEqual([[['quantities', 'denominator'], 'invalid_number']]);
    expect(bad({ numerator: 6, limit: 'all' })).toEqual([[['quantities', 'limit'], 'invalid_number']]);
    expect(bad({ numerator: 6, factor: '100' })).toEqual([[['quantities', 'factor'], 'invalid_number']]);
    expect(bad({ numerator: 6, integral: 'yes' })).toEqual([[['quantities', 'integral'], 'invalid_type']]);
    expect(bad({ numerator: 6, signed: 1 })).toEqual([[['quantities', 'signed'], 'invalid_type']]);
    expect(bad({ numerator: 6, unit: 'dollars' })).toEqual([[['quantities', 'unit'], 'invalid_enum']]);
    expect(bad({ numerator: 6, basis: 'mean' })).toEqual([[['quantities', 'basis'], 'invalid_enum']]);
  });
  it('each issue says what it received', () => {
    const received = (quantities: unknown, options?: unknown) =>
      (coopErrorOf(() => targetGap(ok, quantities as never, options as never)).details['issues'] as { received?: string }[]).map((i) => i.received);
    expect(received(null)).toEqual(['null']);
    expect(received({ numerator: 6, integral: 'yes', unit: 'dollars', basis: 'mean' }, 5)).toEqual(['"yes"', '"dollars"', '"mean"', '5']);
  });
  it('every accepted basis and unit is accepted', () => {
    for (const basis of ['numerator', 'population-total'] as const) {
      expect(targetGap(ok, { numerator: 5, denominator: 10, factor: 100, basis })).toMatchObject({ kind: 'change', basis });
    }
    for (const unit of ['organisations', 'vnd', 'members', 'households', 'persons', 'hectares', 'units'] as const) {
      expect(targetGap(ok, { numerator: 5, denominator: 10, factor: 100, unit })).toMatchObject({ kind: 'change', unit });
    }
  });
  it('options and the comparator', () => {
    expect(bad({ numerator: 6 }, null)).toEqual([[['options'], 'invalid_type']]);
    expect(bad({ numerator: 6 }, 5)).toEqual([[['options'], 'invalid_type']]);
    expect(bad({ numerator: 6 }, { tolerance: -1 })).toEqual([[['options', 'tolerance'], 'invalid_number']]);
    const issues = issuesOf(() => targetGap({ kind: 'between' } as unknown as LevelComparator, { numerator: 6 }), 'INVALID_ARGUMENT');
    expect(issues.length).toBeGreaterThan(0);
    for (const [path, code] of issues) {
      expect(path[0]).toBe('comparator');
      expect(code).toBe('invalid_comparator');
    }
  });
  it('several problems are all reported', () => {
    expect(bad({ numerator: 6, unit: 'x', basis: 'y' }, { tolerance: 'z' })).toEqual([
      [['quantities', 'unit'], 'invalid_enum'],
      [['quantities', 'basis'], 'invalid_enum'],
      [['options', 'tolerance'], 'invalid_number'],
    ]);
  });
  it('unreadable quantities end as INVALID_ARGUMENT at the root, never a TypeError', () => {
    expect(bad(revoked())).toEqual([[[], 'unreadable']]);
    const getter = Object.defineProperty({}, 'numerator', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(bad(getter)).toEqual([[[], 'unreadable']]);
  });
  it('approximately without any tolerance: MISSING_TOLERANCE with the value', () => {
    const error = coopErrorOf(() => targetGap({ kind: 'approximately', value: 30, ceiling: CEILING }, { numerator: 1, denominator: 10, factor: 100 }));
    expect(error.code).toBe('MISSING_TOLERANCE');
    expect(error.details).toEqual({ target: undefined, value: 30 });
  });
});

describe('progress aims at the violated edge (numbers.targetValue)', () => {
  const progress = (comparator: LevelComparator, values: number[]) =>
    assessProgress(
      values.map((value, i) => ({ year: 2022 + i, value })),
      { comparator, deadline: 2030, asOf: 2022 + values.length - 1 },
    ).numbers.targetValue;
  it.each([
    [{ kind: 'range', min: 20, max: 25, ceiling: CEILING }, [30, 28], 25], // above the band: its ceiling
    [{ kind: 'range', min: 20, max: 25, ceiling: CEILING }, [10, 15], 20], // below the band: its floor
    [{ kind: 'range', min: 20, max: 25, ceiling: CEILING }, [22, 23], 20], // inside: the floor
    [{ kind: 'range', min: 20, max: 25, ceiling: CEILING }, [], 20], // no value: the floor
    [{ kind: '<=', value: 10 }, [14, 12], 10],
    [{ kind: '<=', value: 10 }, [], 10],
    [{ kind: '>=', value: 60 }, [40, 50], 60],
    [{ kind: 'approximately', value: 30, tolerance: 5, ceiling: CEILING }, [40, 38], 35],
    [{ kind: 'approximately', value: 30, tolerance: 5, ceiling: CEILING }, [10, 20], 25],
  ] as [LevelComparator, number[], number][])('%j with %j aims at %d', (comparator, values, aim) => {
    expect(progress(comparator, values)).toBe(aim);
  });
});

describe('evaluateTarget — option checks and the tolerance it reports', () => {
  const managers = getPlan('thai-nguyen-42-2024').targets.find((t) => t.id === 'managers-trained-share')!;
  const series = { kind: 'series', points: [{ year: 2024, value: 27 }] } as const;
  it('"about 30 %" without a tolerance: MISSING_TOLERANCE naming the target', () => {
    const error = coopErrorOf(() => evaluateTarget(managers, series, { asOf: 2024 }));
    expect(error.code).toBe('MISSING_TOLERANCE');
    expect(error.details).toEqual({ target: 'managers-trained-share', value: 30 });
    expect(error.message).toMatch(/^Target "managers-trained-share" says "about 30"/);
  });
  it('the option tolerance is used and reported; the target’s own wins', () => {
    const result = evaluateTarget(managers, series, { asOf: 2024, tolerance: 5 });
    expect(result.tolerance).toEqual({ value: 5, source: 'option' });
    expect(result.met).toBe(true);
    expect(evaluateTarget(managers, series, { asOf: 2024, tolerance: 2 }).met).toBe(false);
    const own = TargetSchema.parse({ ...managers, comparator: { kind: 'approximately', value: 30, tolerance: 3, ceiling: CEILING } });
    const r = evaluateTarget(own, series, { asOf: 2024, tolerance: 1 });
    expect(r.tolerance).toEqual({ value: 3, source: 'target' });
    expect(r.met).toBe(true);
  });
  it('a bad tolerance option is INVALID_OPTIONS at ["tolerance"]', () => {
    expect(issuesOf(() => evaluateTarget(managers, series, { asOf: 2024, tolerance: -1 }), 'INVALID_OPTIONS')).toEqual([[['tolerance'], 'invalid_number']]);
    expect(issuesOf(() => evaluateTarget(managers, series, { asOf: 2024, tolerance: Number.NaN }), 'INVALID_OPTIONS')).toEqual([
      [['tolerance'], 'invalid_number'],
    ]);
  });
  it('unreadable options end as INVALID_OPTIONS at the root, never a TypeError', () => {
    expect(issuesOf(() => evaluateTarget(managers, series, revoked() as never), 'INVALID_OPTIONS')).toEqual([[[], 'unreadable']]);
  });
  it('observations neither records nor a series: INVALID_ARGUMENT at the root', () => {
    expect(issuesOf(() => evaluateTarget(managers, 42 as never, { asOf: 2024, tolerance: 5 }), 'INVALID_ARGUMENT')).toEqual([[[], 'invalid_type']]);
    expect(issuesOf(() => evaluateTarget(managers, { kind: 'table' } as never, { asOf: 2024, tolerance: 5 }), 'INVALID_ARGUMENT')).toEqual([
      [[], 'invalid_type'],
    ]);
  });
  it('a per-unit target judges level comparators per unit (every district ≥ 1 model co-op)', () => {
    const perDistrict = getPlan('thai-nguyen-42-2024').targets.find((t) => t.id === 'model-coop-per-district')!;
    expect((perDistrict.comparator as Extract<Comparator, { kind: 'every-unit' }>).kind).toBe('every-unit');
    const areas = [
      { code: 'TN', name: { vi: 'Thái Nguyên', en: 'Thai Nguyen' }, level: 'province' },
      { code: 'D1', name: { vi: 'Huyện 1', en: 'District 1' }, level: 'district', parent: 'TN' },
      { code: 'D2', name: { vi: 'Huyện 2', en: 'District 2' }, level: 'district', parent: 'TN' },
    ] as const;
    const base = { year: 2025, kind: 'cooperative', sector: 'agriculture-crop' } as const;
    const records = [
      { ...base, organisationId: 'a', areaCode: 'D1', flags: { modelCooperative: true } },
      { ...base, organisationId: 'b', areaCode: 'D2', flags: { modelCooperative: true } },
    ];
    const result = evaluateTarget(perDistrict, records, { asOf: '2025-12-31', area: 'TN', areas, tolerance: 5 });
    expect(result.met).toBe(true);
    expect(result.tolerance).toBeUndefined();
  });
});
