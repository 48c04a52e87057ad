import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoopError } from '../src/errors.js';
import {
  addRational,
  ceilRational,
  compareRational,
  divideRational,
  floorRational,
  multiplyRational,
  rational,
  rationalToNumber,
  subtractRational,
  type Rational,
} from '../src/ratio.js';

const expectCoopError = (run: () => unknown, code: string): void => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CoopError);
    expect((error as CoopError).code).toBe(code);
    return;
  }
  throw new Error(`expected CoopError ${code}`);
};

const gcd = (a: bigint, b: bigint): bigint => {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

const arbRational: fc.Arbitrary<Rational> = fc
  .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 30n }), fc.boolean())
  .map(([num, den, negate]) => rational(num, negate ? -den : den));

const sign = (value: bigint): -1 | 0 | 1 => (value < 0n ? -1 : value > 0n ? 1 : 0);

describe('rational', () => {
  it('makes 6 of 10 exactly 60 %, and 7 of 11 more than 60 %', () => {
    const sixty = rational(60, 100);
    expect(compareRational(rational(6, 10), sixty)).toBe(0);
    expect(compareRational(rational(7, 11), sixty)).toBe(1);
    expect(compareRational(multiplyRational(rational(6, 10), rational(100)), rational(60))).toBe(0);
    expect(compareRational(rational(59_999, 100_000), sixty)).toBe(-1);
    // 80 versus 79.99 points
    expect(compareRational(rational('79.99'), rational(80))).toBe(-1);
    expect(subtractRational(rational(80), rational('79.99'))).toEqual({ num: 1n, den: 100n });
  });

  it('reduces and keeps the denominator positive', () => {
    expect(rational(2, -4)).toEqual({ num: -1n, den: 2n });
    expect(rational(-2, -4)).toEqual({ num: 1n, den: 2n });
    expect(rational(0, 5)).toEqual({ num: 0n, den: 1n });
    expect(rational(0, -5)).toEqual({ num: 0n, den: 1n });
    expect(rational({ num: 10n, den: -4n })).toEqual({ num: -5n, den: 2n });
    expect(rational(-0)).toEqual({ num: 0n, den: 1n });
  });

  it('reads numbers as the decimal they print as', () => {
    expect(rational(0.1)).toEqual({ num: 1n, den: 10n });
    expect(compareRational(addRational(rational(0.1), rational(0.2)), rational(0.3))).toBe(0);
    expect(rational(1e21)).toEqual({ num: 10n ** 21n, den: 1n });
    expect(rational(5e-7)).toEqual({ num: 1n, den: 2_000_000n });
    expect(rational(-2.5)).toEqual({ num: -5n, den: 2n });
    expect(rational(Number.MAX_SAFE_INTEGER)).toEqual({ num: 9_007_199_254_740_991n, den: 1n });
    expect(rational(2n ** 70n)).toEqual({ num: 2n ** 70n, den: 1n });
  });

  it.each([
    ['79.99', 7999n, 100n],
    ['5e9', 5_000_000_000n, 1n],
    ['5E9', 5_000_000_000n, 1n],
    ['1.5e-3', 3n, 2000n],
    ['1.5e+3', 1500n, 1n],
    ['-0.25', -1n, 4n],
    ['+3', 3n, 1n],
    [' 42 ', 42n, 1n],
    ['007', 7n, 1n],
    ['0.000', 0n, 1n],
    ['12345678901234567890.5', 24691357802469135781n, 2n],
  ])('reads the decimal string %s', (text, num, den) => {
    expect(rational(text)).toEqual({ num, den });
  });

  it.each(['', 'abc', '1.', '.5', '1,5', '0x10', '1e', '--1', '1 000', 'NaN', 'Infinity', '5%'])(
    'rejects the string %j with INVALID_NUMBER',
    (text) => {
      expectCoopError(() => rational(text), 'INVALID_NUMBER');
    },
  );

  it('rejects NaN and infinities with INVALID_NUMBER', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expectCoopError(() => rational(value), 'INVALID_NUMBER');
      expectCoopError(() => rational(1, value), 'INVALID_NUMBER');
    }
  });

  it('rejects things that are not numbers with INVALID_NUMBER, never a TypeError', () => {
    for (const bad of [null, undefined, {}, { num: 1, den: 2 }, { num: 1n }, [], true]) {
      expectCoopError(() => rational(bad as unknown as number), 'INVALID_NUMBER');
    }
  });

  it('rejects zero denominators with DIVISION_BY_ZERO', () => {
    expectCoopError(() => rational(1, 0), 'DIVISION_BY_ZERO');
    expectCoopError(() => rational(1, 0n), 'DIVISION_BY_ZERO');
    expectCoopError(() => rational(0, 0), 'DIVISION_BY_ZERO');
    expectCoopError(() => rational({ num: 1n, den: 0n }), 'DIVISION_BY_ZERO');
    expectCoopError(() => divideRational(rational(1), rational(0)), 'DIVISION_BY_ZERO');
    expectCoopError(() => divideRational(rational(1), rational('0.000')), 'DIVISION_BY_ZERO');
  });
});

describe('ceil and floor', () => {
  it.each([
    [rational(61, 10), 7n, 6n],
    [rational(-61, 10), -6n, -7n],
    [rational(6), 6n, 6n],
    [rational(-6), -6n, -6n],
    [rational(1, 2), 1n, 0n],
    [rational(-1, 2), 0n, -1n],
    [rational(0), 0n, 0n],
    [rational(59, 100), 1n, 0n],
  ])('ceil and floor of %o', (value, ceil, floor) => {
    expect(ceilRational(value)).toBe(ceil);
    expect(floorRational(value)).toBe(floor);
  });

  it('gives the least whole number of organisations for a share: 60 % of 7 needs 5', () => {
    expect(ceilRational(multiplyRational(rational(60, 100), rational(7)))).toBe(5n);
    expect(ceilRational(multiplyRational(rational(60, 100), rational(10)))).toBe(6n);
  });
});

describe('rationalToNumber', () => {
  it('approximates for display', () => {
    expect(rationalToNumber(rational(7, 12))).toBeCloseTo(0.583333, 6);
    expect(rationalToNumber(rational(-7, 12))).toBeCloseTo(-0.583333, 6);
    expect(rationalToNumber(rational(5))).toBe(5);
    expect(rationalToNumber(rational(1, 3))).toBeCloseTo(1 / 3, 15);
  });
});

describe('properties', () => {
  it('results are reduced with a positive denominator', () => {
    fc.assert(
      fc.property(arbRational, arbRational, (a, b) => {
        for (const r of [a, addRational(a, b), subtractRational(a, b), multiplyRational(a, b)]) {
          expect(r.den > 0n).toBe(true);
          expect(gcd(r.num, r.den)).toBe(r.num === 0n ? r.den : 1n);
        }
      }),
    );
  });

  it('addition and multiplication commute and associate', () => {
    fc.assert(
      fc.property(arbRational, arbRational, arbRational, (a, b, c) => {
        expect(addRational(a, b)).toEqual(addRational(b, a));
        expect(multiplyRational(a, b)).toEqual(multiplyRational(b, a));
        expect(addRational(addRational(a, b), c)).toEqual(addRational(a, addRational(b, c)));
        expect(multiplyRational(multiplyRational(a, b), c)).toEqual(multiplyRational(a, multiplyRational(b, c)));
      }),
    );
  });

  it('compare agrees with the sign of the difference and is antisymmetric', () => {
    fc.assert(
      fc.property(arbRational, arbRational, (a, b) => {
        expect(compareRational(a, b)).toBe(sign(subtractRational(a, b).num));
        expect(compareRational(a, b)).toBe(-compareRational(b, a) || 0);
        expect(compareRational(a, a)).toBe(0);
      }),
    );
  });

  it('division undoes multiplication', () => {
    fc.assert(
      fc.property(arbRational, arbRational, (a, b) => {
        fc.pre(b.num !== 0n);
        expect(divideRational(multiplyRational(a, b), b)).toEqual(a);
      }),
    );
  });

  it('floor ≤ x < floor + 1 and ceil − 1 < x ≤ ceil', () => {
    fc.assert(
      fc.property(arbRational, (a) => {
        const floor = rational(floorRational(a));
        const ceil = rational(ceilRational(a));
        expect(compareRational(floor, a)).toBeLessThanOrEqual(0);
        expect(compareRational(a, addRational(floor, rational(1)))).toBe(-1);
        expect(compareRational(a, ceil)).toBeLessThanOrEqual(0);
        expect(compareRational(subtractRational(ceil, rational(1)), a)).toBe(-1);
        expect(ceilRational(a) - floorRational(a)).toBe(a.den === 1n ? 0n : 1n);
      }),
    );
  });

  it('orders finite doubles as JavaScript does, and reads their strings identically', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), (x, y) => {
        const expected = x < y ? -1 : x > y ? 1 : 0;
        expect(compareRational(rational(x), rational(y))).toBe(expected);
        expect(rational(String(x))).toEqual(rational(x));
      }),
    );
  });

  it('round-trips through its parts and through rationalToNumber for small values', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), (num, den) => {
        const r = rational(num, den);
        expect(rational(r.num, r.den)).toEqual(r);
        expect(rationalToNumber(r)).toBeCloseTo(num / den, 9);
      }),
    );
  });
});
