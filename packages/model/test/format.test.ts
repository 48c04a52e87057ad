import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoopError } from '../src/errors.js';
import { formatDate, formatNumber, formatPercent, formatShare, formatVnd } from '../src/format.js';
import { rational } from '../src/ratio.js';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof CoopError ? error.code : 'not a CoopError';
  }
};

describe('formatVnd', () => {
  it.each([
    [5_000_000_000, '5 tỷ đồng', 'VND 5 billion'],
    [1_500_000_000, '1,5 tỷ đồng', 'VND 1.5 billion'],
    [1_250_000_000, '1,25 tỷ đồng', 'VND 1.25 billion'],
    [250_000_000, '250 triệu đồng', 'VND 250 million'],
    [950_000, '950.000 đồng', 'VND 950,000'],
    [0, '0 đồng', 'VND 0'],
    [1_000_000, '1 triệu đồng', 'VND 1 million'],
    [999_999, '999.999 đồng', 'VND 999,999'],
    [1_000_000_000, '1 tỷ đồng', 'VND 1 billion'],
    [12_345_678, '12,35 triệu đồng', 'VND 12.35 million'],
    [1_234_567_000_000, '1.234,57 tỷ đồng', 'VND 1,234.57 billion'],
    [-1_500_000_000, '-1,5 tỷ đồng', 'VND -1.5 billion'],
    [-950_000, '-950.000 đồng', 'VND -950,000'],
  ])('writes %d compactly', (amount, vi, en) => {
    expect(formatVnd(amount, 'vi')).toBe(vi);
    expect(formatVnd(amount, 'en')).toBe(en);
    expect(formatVnd(BigInt(amount), 'vi')).toBe(vi);
  });

  it('rounds half away from zero, exactly, and moves up a unit at 1 000', () => {
    expect(formatVnd(1_005_000_000, 'vi')).toBe('1,01 tỷ đồng');
    expect(formatVnd(1_004_999_999, 'vi')).toBe('1 tỷ đồng');
    expect(formatVnd(-1_005_000_000, 'en')).toBe('VND -1.01 billion');
    expect(formatVnd(999_999_999, 'vi')).toBe('1 tỷ đồng');
    expect(formatVnd(999_994_999, 'vi')).toBe('999,99 triệu đồng');
    expect(formatVnd(999_995_000, 'en')).toBe('VND 1 billion');
    expect(formatVnd(rational(1_999_999, 2), 'vi')).toBe('1 triệu đồng'); // 999 999.5 rounds up to a million
    expect(formatVnd(rational(9_999_994, 10), 'vi')).toBe('999.999 đồng');
    expect(formatVnd(rational(-2, 5), 'vi')).toBe('0 đồng'); // never "-0"
    // Double rounding would say 1,24: the exact value 1.2349995 million rounds to 1,23.
    expect(formatVnd(rational(2_469_999, 2), 'vi')).toBe('1,23 triệu đồng');
  });

  it('writes every digit with { compact: false }', () => {
    expect(formatVnd(5_000_000_000, 'vi', { compact: false })).toBe('5.000.000.000 đồng');
    expect(formatVnd(5_000_000_000, 'en', { compact: false })).toBe('VND 5,000,000,000');
    expect(formatVnd(10n ** 20n, 'vi', { compact: false })).toBe('100.000.000.000.000.000.000 đồng');
    expect(formatVnd(rational(5, 2), 'en', { compact: false })).toBe('VND 3');
    expect(formatVnd(-999, 'vi', { compact: false })).toBe('-999 đồng');
  });

  it('handles amounts beyond 2^53 exactly', () => {
    expect(formatVnd(10n ** 20n, 'vi')).toBe('100.000.000.000 tỷ đồng');
    expect(formatVnd(9_007_199_254_740_993n, 'en', { compact: false })).toBe('VND 9,007,199,254,740,993');
  });

  it('throws typed errors for misuse', () => {
    expect(codeOf(() => formatVnd(Number.NaN, 'vi'))).toBe('INVALID_NUMBER');
    expect(codeOf(() => formatVnd(Number.POSITIVE_INFINITY, 'en'))).toBe('INVALID_NUMBER');
    expect(codeOf(() => formatVnd(5, 'fr' as 'vi'))).toBe('INVALID_ARGUMENT');
  });

  it('agrees with Intl on grouping for whole amounts', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (amount) => {
        expect(formatVnd(amount, 'en', { compact: false })).toBe(`VND ${new Intl.NumberFormat('en-US').format(amount)}`);
      }),
    );
  });
});

describe('formatPercent and formatShare', () => {
  it.each([
    [rational(700, 12), 1, '58,3 %', '58.3%'],
    [60, 1, '60,0 %', '60.0%'],
    [60, 0, '60 %', '60%'],
    [58.25, 1, '58,3 %', '58.3%'],
    [-58.25, 1, '-58,3 %', '-58.3%'],
    [58.35, 1, '58,4 %', '58.4%'],
    [0.05, 1, '0,1 %', '0.1%'],
    [0.04, 1, '0,0 %', '0.0%'],
    [-0.04, 1, '0,0 %', '0.0%'],
    [100, 1, '100,0 %', '100.0%'],
    [1234.5, 1, '1.234,5 %', '1,234.5%'],
    [rational(700, 12), 2, '58,33 %', '58.33%'],
    [rational(200, 3), 3, '66,667 %', '66.667%'],
  ])('formats %o with %d decimals', (value, decimals, vi, en) => {
    expect(formatPercent(value, 'vi', decimals)).toBe(vi);
    expect(formatPercent(value, 'en', decimals)).toBe(en);
  });

  it('defaults to one decimal', () => {
    expect(formatPercent(rational(700, 12), 'vi')).toBe('58,3 %');
  });

  it('formats fractions as shares', () => {
    expect(formatShare(rational(7, 12), 'vi')).toBe('58,3 %');
    expect(formatShare(rational(6, 10), 'en', 0)).toBe('60%');
    expect(formatShare(rational(7, 11), 'en', 2)).toBe('63.64%');
    expect(formatShare(0.6, 'vi')).toBe('60,0 %');
  });

  it('rejects bad decimals and values', () => {
    for (const decimals of [-1, 1.5, 21, Number.NaN]) expect(codeOf(() => formatPercent(1, 'vi', decimals))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => formatPercent(Number.NaN, 'vi'))).toBe('INVALID_NUMBER');
  });
});

describe('formatNumber', () => {
  it.each([
    [1234567.5, '1.234.567,5', '1,234,567.5'],
    [-1234, '-1.234', '-1,234'],
    [0.1 + 0.2, '0,3', '0.3'],
    [rational(2, 3), '0,667', '0.667'],
    [10n ** 30n, '1.000.000.000.000.000.000.000.000.000.000', '1,000,000,000,000,000,000,000,000,000,000'],
    [1e21, '1.000.000.000.000.000.000.000', '1,000,000,000,000,000,000,000'],
    [5e-7, '0', '0'],
    [-0.0001, '0', '0'],
    [999.9995, '1.000', '1,000'],
    [123, '123', '123'],
  ])('formats %o', (value, vi, en) => {
    expect(formatNumber(value, 'vi')).toBe(vi);
    expect(formatNumber(value, 'en')).toBe(en);
  });

  it('takes maximum and minimum decimals', () => {
    expect(formatNumber(rational(2, 3), 'vi', { maxDecimals: 2 })).toBe('0,67');
    expect(formatNumber(5, 'vi', { minDecimals: 2 })).toBe('5,00');
    expect(formatNumber(5.1, 'en', { minDecimals: 2, maxDecimals: 4 })).toBe('5.10');
    expect(formatNumber(2.5, 'en', { maxDecimals: 0 })).toBe('3');
    expect(formatNumber(-2.5, 'en', { maxDecimals: 0 })).toBe('-3');
    expect(codeOf(() => formatNumber(1, 'vi', { maxDecimals: 30 }))).toBe('INVALID_ARGUMENT');
  });

  it('agrees with Intl for integers in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), (value) => {
        expect(formatNumber(value, 'en')).toBe(new Intl.NumberFormat('en-US').format(value).replace('−', '-'));
        expect(formatNumber(value, 'vi')).toBe(formatNumber(value, 'en').replace(/,/g, '.'));
      }),
    );
  });

  it('stays within half a unit of the last decimal', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (value, decimals) => {
        const text = formatNumber(value, 'en', { maxDecimals: decimals });
        expect(Math.abs(Number(text.replace(/,/g, '')) - value)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-6);
      }),
    );
  });
});

describe('formatDate', () => {
  it('writes dd/mm/yyyy in Vietnamese and "d Month yyyy" in English', () => {
    expect(formatDate('2025-06-20', 'vi')).toBe('20/06/2025');
    expect(formatDate('2025-06-20', 'en')).toBe('20 June 2025');
    expect(formatDate('2025-07-01', 'vi')).toBe('01/07/2025');
    expect(formatDate('2025-07-01', 'en')).toBe('1 July 2025');
    expect(formatDate('2024-02-29', 'en')).toBe('29 February 2024');
    expect(formatDate('2024-12-31', 'en')).toBe('31 December 2024');
  });

  it('throws INVALID_DATE for impossible dates and non-strings', () => {
    let deep: unknown = [];
    for (let level = 0; level < 10_000; level += 1) deep = [deep];
    for (const bad of ['2025-02-29', '2025-02-30', '20/06/2025', '', '2025-6-1', deep, null, new Date()]) {
      expect(codeOf(() => formatDate(bad as string, 'vi'))).toBe('INVALID_DATE');
    }
  });
});
