import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoopError } from '../src/errors.js';
import { formatVnd } from '../src/format.js';
import { meanVnd, parseVnd, ratioVnd, roundVnd, sumVnd, toVnd, vndToRational } from '../src/money.js';
import { compareRational, rational } from '../src/ratio.js';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof CoopError ? error.code : 'not a CoopError';
  }
};

describe('sumVnd', () => {
  it('is exact past 2^53, where floats drift', () => {
    const values = [Number.MAX_SAFE_INTEGER, 1, 1];
    expect(sumVnd(values)).toBe(9_007_199_254_740_993n);
    expect(values.reduce((a, b) => a + b, 0)).toBe(9_007_199_254_740_992); // the float sum is wrong
  });

  it('mixes numbers and bigints and accepts any iterable', () => {
    expect(sumVnd([1, 2n, -3])).toBe(0n);
    expect(sumVnd(new Set([5_000_000_000, 1_500_000_000]))).toBe(6_500_000_000n);
    expect(sumVnd([])).toBe(0n);
  });

  it('throws INVALID_NUMBER for anything but exact integers', () => {
    for (const bad of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, -(2 ** 53), '5' as unknown as number, undefined as unknown as number]) {
      expect(codeOf(() => sumVnd([1, bad]))).toBe('INVALID_NUMBER');
    }
  });

  it('throws INVALID_ARGUMENT, never a TypeError, for things that are not lists', () => {
    for (const bad of [undefined, null, 5, {}, { length: 2 }]) {
      expect(codeOf(() => sumVnd(bad as unknown as number[]))).toBe('INVALID_ARGUMENT');
      expect(codeOf(() => meanVnd(bad as unknown as number[]))).toBe('INVALID_ARGUMENT');
    }
    let deep: unknown = [];
    for (let level = 0; level < 10_000; level += 1) deep = [deep];
    expect(codeOf(() => toVnd(deep as number))).toBe('INVALID_NUMBER');
  });

  it('equals the bigint sum of any safe integers', () => {
    fc.assert(
      fc.property(fc.array(fc.maxSafeInteger()), (values) => {
        expect(sumVnd(values)).toBe(values.reduce((total, value) => total + BigInt(value), 0n));
      }),
    );
  });
});

describe('meanVnd', () => {
  it('is an exact rational; no values means no mean', () => {
    expect(meanVnd([1, 2])).toEqual({ num: 3n, den: 2n });
    expect(meanVnd([5_000_000_000, 5_000_000_001, 5_000_000_001])).toEqual({ num: 15_000_000_002n, den: 3n });
    expect(meanVnd([])).toBeUndefined();
    expect(meanVnd([-4n, 4n])).toEqual({ num: 0n, den: 1n });
  });

  it('lies between the minimum and the maximum', () => {
    fc.assert(
      fc.property(fc.array(fc.maxSafeInteger(), { minLength: 1 }), (values) => {
        const mean = meanVnd(values);
        if (mean === undefined) throw new Error('mean of a non-empty list');
        expect(compareRational(rational(Math.min(...values)), mean)).toBeLessThanOrEqual(0);
        expect(compareRational(mean, rational(Math.max(...values)))).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('helpers for shares of money', () => {
  it('turns amounts and sums into rationals and ratios', () => {
    expect(vndToRational(5_000_000_000)).toEqual({ num: 5_000_000_000n, den: 1n });
    expect(vndToRational(sumVnd([1, 2]))).toEqual({ num: 3n, den: 1n });
    expect(compareRational(ratioVnd(6_000_000_000n, 10_000_000_000n), rational(60, 100))).toBe(0);
    expect(compareRational(ratioVnd(7, 11), rational(60, 100))).toBe(1);
    expect(codeOf(() => ratioVnd(1, 0))).toBe('DIVISION_BY_ZERO');
    expect(codeOf(() => vndToRational(0.5))).toBe('INVALID_NUMBER');
    expect(toVnd(12)).toBe(12n);
    expect(toVnd(-12n)).toBe(-12n);
  });

  it('rounds to whole đồng half away from zero', () => {
    expect(roundVnd(rational(5, 2))).toBe(3n);
    expect(roundVnd(rational(-5, 2))).toBe(-3n);
    expect(roundVnd(rational(7, 3))).toBe(2n);
    expect(roundVnd(rational(-7, 3))).toBe(-2n);
    expect(roundVnd(rational(249_999_999, 100))).toBe(2_500_000n);
    expect(roundVnd(rational(4))).toBe(4n);
  });
});

describe('parseVnd', () => {
  it.each([
    ['5.000.000', 5_000_000n],
    ['5000000', 5_000_000n],
    ['5.000.000 đ', 5_000_000n],
    ['5.000.000đ', 5_000_000n],
    ['5.000.000 đồng', 5_000_000n],
    ['5.000.000 VND', 5_000_000n],
    ['5.000.000 VNĐ', 5_000_000n],
    ['VND 5.000.000', 5_000_000n],
    ['₫5.000.000', 5_000_000n],
    ['5.000.000,0', 5_000_000n],
    ['-5.000.000', -5_000_000n],
    ['1,5 tỷ', 1_500_000_000n],
    ['1,5 tỷ đồng', 1_500_000_000n],
    ['1,5 tỉ', 1_500_000_000n],
    ['5 TỶ ĐỒNG', 5_000_000_000n],
    ['5 ty dong', 5_000_000_000n],
    ['250 triệu', 250_000_000n],
    ['250 triệu đồng', 250_000_000n],
    ['250triệu', 250_000_000n],
    ['12,5 nghìn', 12_500n],
    ['5 ngàn đồng', 5_000n],
    ['2,5 nghìn tỷ', 2_500_000_000_000n],
    ['1.234,5 tỷ đồng', 1_234_500_000_000n],
    ['1,234567891 tỷ', 1_234_567_891n],
    ['99.999.999.999.999.999.999', 99_999_999_999_999_999_999n],
    ['  950.000   đồng ', 950_000n],
    ['5 000 000', 5_000_000n],
    ['1\u00a0500,5 nghìn', 1_500_500n],
    ['1,5 ty\u0309', 1_500_000_000n], // decomposed "tỷ"
  ])('reads %j', (text, value) => {
    expect(parseVnd(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'missing'],
    ['   ', 'missing'],
    ['năm tỷ', 'invalid_number'],
    ['5 00 000', 'invalid_number'],
    ['5.000 000', 'invalid_number'],
    ['5e9', 'invalid_number'],
    ['5 tỷ USD', 'invalid_number'],
    ['1.5 tỷ', 'ambiguous_number'],
    ['5,000,000', 'ambiguous_number'],
    ['VND 5,000,000', 'ambiguous_number'],
    ['1,500', 'ambiguous_number'],
    ['0,5 đ', 'not_integer'],
    ['1,23456789012 tỷ', 'not_integer'],
  ])('rejects %j (%s)', (text, code) => {
    const result = parseVnd(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([[code, []]]);
      expect(result.issues[0]?.message.vi).toMatch(/\S/);
    }
  });

  it('never throws on non-strings', () => {
    for (const value of [5, null, undefined, {}, 5n, Symbol('x')]) {
      const result = parseVnd(value as unknown as string);
      expect(result.ok ? '' : result.issues[0]?.code).toBe('invalid_type');
    }
  });

  it('reads back every amount formatVnd writes in full, in Vietnamese', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }), (amount) => {
        expect(parseVnd(formatVnd(amount, 'vi', { compact: false }))).toEqual({ ok: true, value: amount });
      }),
    );
  });

  it('reads back compact Vietnamese amounts within the rounding of two decimals', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), (amount) => {
        const parsed = parseVnd(formatVnd(amount, 'vi'));
        if (!parsed.ok) throw new Error(formatVnd(amount, 'vi'));
        const magnitude = amount < 0n ? -amount : amount;
        const unit = magnitude >= 999_995_000n ? 1_000_000_000n : magnitude >= 999_999n ? 1_000_000n : 1n;
        const error = parsed.value - amount;
        expect((error < 0n ? -error : error) * 200n <= unit).toBe(true);
      }),
    );
  });
});
