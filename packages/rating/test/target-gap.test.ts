import { rational, type Rational } from '@coop/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meetsComparator } from '../src/evaluate-target.js';
import { targetGap } from '../src/target-gap.js';
import type { LevelComparator } from '../src/semantics/comparators.js';
import { CEILING } from './fixtures/ceiling.js';

const share = (num: number | bigint, den: number): Rational => rational(BigInt(num) * 100n, BigInt(den));

describe('targetGap — worked cases', () => {
  it('over 60 % of 10 with 6 good or fair: 1 more (7 needed)', () => {
    const gap = targetGap({ kind: '>', value: 60 }, { numerator: 6, denominator: 10, factor: 100, limit: 10 });
    expect(gap).toMatchObject({ kind: 'change', change: 'more', amount: 1n, unit: 'organisations' });
  });
  it('from 60 % up: 60 of 100 is met', () => {
    expect(targetGap({ kind: '>=', value: 60 }, { numerator: 60, denominator: 100, factor: 100 })).toEqual({ kind: 'met' });
  });
  it('"= 0" weak co-ops: how many fewer', () => {
    expect(targetGap({ kind: '=', value: 0 }, { numerator: 4 })).toMatchObject({ kind: 'change', change: 'fewer', amount: 4n });
  });
  it('"< 10 %": fewer, strictly', () => {
    // 10 of 100 = 10 % is not below 10 %: 1 fewer
    expect(targetGap({ kind: '<', value: 10 }, { numerator: 10, denominator: 100, factor: 100 })).toMatchObject({ change: 'fewer', amount: 1n });
    expect(targetGap({ kind: '<=', value: 10 }, { numerator: 12, denominator: 100, factor: 100 })).toMatchObject({ change: 'fewer', amount: 2n });
  });
  it('range: distance to the nearest edge of the band', () => {
    expect(targetGap({ kind: 'range', min: 20, max: 25, ceiling: CEILING }, { numerator: 17 })).toMatchObject({ change: 'more', amount: 3n, boundary: rational(20) });
    expect(targetGap({ kind: 'range', min: 20, max: 25, ceiling: CEILING }, { numerator: 28 })).toMatchObject({ change: 'fewer', amount: 3n, boundary: rational(25) });
  });
  it('a band that holds no whole number is unreachable', () => {
    // 33.4 %–33.5 % of 10: no k/10 lands there
    const gap = targetGap({ kind: 'range', min: 33.4, max: 33.5, ceiling: CEILING }, { numerator: 1, denominator: 10, factor: 100 });
    expect(gap.kind).toBe('unreachable');
  });
  it('more than the whole population is unreachable', () => {
    expect(targetGap({ kind: '>', value: 100 }, { numerator: 9, denominator: 10, factor: 100, limit: 10 }).kind).toBe('unreachable');
  });
  it('approximately needs a tolerance', () => {
    expect(() => targetGap({ kind: 'approximately', value: 30, ceiling: CEILING }, { numerator: 1, denominator: 10, factor: 100 })).toThrow(/tolerance/);
    expect(targetGap({ kind: 'approximately', value: 30, ceiling: CEILING }, { numerator: 2, denominator: 10, factor: 100 }, { tolerance: 5 })).toMatchObject({
      change: 'more',
      amount: 1n,
    });
  });
  it('a mean: the total VND the population must add', () => {
    // 3 co-ops with 4.0 + 5.0 + 5.5 = 14.5 bn; mean ≥ 5 bn needs 15 bn: 0.5 bn more in total
    const gap = targetGap({ kind: '>=', value: 5e9 }, { numerator: 14.5e9, denominator: 3, unit: 'vnd', basis: 'population-total' });
    expect(gap).toMatchObject({ kind: 'change', amount: 500_000_000n, unit: 'vnd', basis: 'population-total' });
  });
  it('non-integral quantities give a distance', () => {
    expect(targetGap({ kind: '>=', value: 10 }, { numerator: '9.5', integral: false })).toMatchObject({ kind: 'distance', distance: rational(1, 2) });
  });
});

const comparators: fc.Arbitrary<LevelComparator> = fc.oneof(
  fc.record({ kind: fc.constantFrom('>', '>=', '<', '<=', '=' as const), value: fc.integer({ min: 0, max: 100 }) }) as fc.Arbitrary<LevelComparator>,
  fc
    .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
    .map(([a, b]) => ({ kind: 'range', min: Math.min(a, b), max: Math.max(a, b), ceiling: CEILING }) as LevelComparator),
  fc.record({ kind: fc.constant('approximately' as const), value: fc.integer({ min: 0, max: 100 }), tolerance: fc.integer({ min: 0, max: 10 }), ceiling: fc.constant(CEILING) }),
);

describe('targetGap — properties', () => {
  it('the gap is the least change that makes a share target hold', () => {
    fc.assert(
      fc.property(comparators, fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 300 }), (comparator, den, raw) => {
        const num = raw % (den + 1);
        const gap = targetGap(comparator, { numerator: num, denominator: den, factor: 100, limit: den });
        const holds = (n: bigint): boolean => meetsComparator(comparator, share(n, den));
        if (gap.kind === 'met') return holds(BigInt(num));
        if (gap.kind === 'unreachable') {
          // no whole number of organisations between 0 and den satisfies it
          for (let n = 0; n <= den; n += 1) if (holds(BigInt(n))) return false;
          return true;
        }
        if (gap.kind !== 'change') return false;
        const sign = gap.change === 'more' ? 1n : -1n;
        const after = BigInt(num) + sign * gap.amount;
        const oneFewer = BigInt(num) + sign * (gap.amount - 1n);
        return gap.amount >= 1n && holds(after) && !holds(oneFewer) && !holds(BigInt(num));
      }),
      { numRuns: 500 },
    );
  });
  it('exact at the edge: k of n vs "over p %" agrees with integer arithmetic', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 100 }), (n, raw, p) => {
        const k = raw % (n + 1);
        // k/n > p/100  ⇔  100k > p·n (integers, no floats)
        expect(meetsComparator({ kind: '>', value: p }, share(k, n))).toBe(100 * k > p * n);
        expect(meetsComparator({ kind: '>=', value: p }, share(k, n))).toBe(100 * k >= p * n);
      }),
      { numRuns: 1000 },
    );
  });
});
