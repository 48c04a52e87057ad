/** The examples of issue 22 for @coop/model, pinned one by one: each ends as a typed error or a right answer. */
import {
  LIMITS,
  addRational,
  assertList,
  assertRational,
  ceilRational,
  compareRational,
  formatComparator,
  getPlan,
  isAgricultural,
  isCoopError,
  parseYearlyRecord,
  plainCopy,
  planTable,
  rational,
  rationalToNumber,
  subAreas,
  PLANS,
} from '@coop/model';
import { describe, expect, it } from 'vitest';
import { errorCodeOf } from '../../../bench/hostile-args.js';

const codeOf = (run: () => unknown): string | undefined => errorCodeOf(run, isCoopError);

describe('issue 22: bounded and typed (model)', () => {
  it('rational helpers refuse numbers where bigints belong (a JSON round trip) instead of looping', () => {
    expect(codeOf(() => addRational({ num: 1, den: 3 } as never, { num: 1, den: 6 } as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => ceilRational({ num: 7, den: 2 } as never))).toBe('INVALID_ARGUMENT');
    expect(ceilRational({ num: 7n, den: 2n })).toBe(4n);
    expect(ceilRational({ num: 7n, den: -2n })).toBe(-3n);
  });

  it('a zero denominator is DIVISION_BY_ZERO everywhere, never a silent 0 or a RangeError', () => {
    expect(codeOf(() => compareRational({ num: 1n, den: 0n }, rational(2)))).toBe('DIVISION_BY_ZERO');
    expect(codeOf(() => rationalToNumber({ num: 1n, den: 0n }))).toBe('DIVISION_BY_ZERO');
  });

  it('decimal text and rational sizes are limited before any work', () => {
    expect(codeOf(() => rational('1e100000000'))).toBe('LIMIT_EXCEEDED');
    expect(codeOf(() => rational(`1e${LIMITS.decimalExponent + 1}`))).toBe('LIMIT_EXCEEDED');
    expect(rational(`1e${LIMITS.decimalExponent}`).den).toBe(1n);
    expect(codeOf(() => rational('9'.repeat(LIMITS.decimalLength + 1)))).toBe('LIMIT_EXCEEDED');
    expect(codeOf(() => assertRational({ num: 2n ** BigInt(LIMITS.rationalBits), den: 1n }, 'x'))).toBe('LIMIT_EXCEEDED');
    expect(assertRational({ num: 2n ** BigInt(LIMITS.rationalBits) - 1n, den: -1n }, 'x').den).toBe(1n);
  });

  it('a sparse array of length 2³²−1 is refused by its length, an allowed one is copied densely', () => {
    const huge: unknown[] = [];
    huge.length = 2 ** 32 - 1;
    expect(codeOf(() => assertList(huge, 'records'))).toBe('LIMIT_EXCEEDED');
    expect(assertList([1, , 3], 'x')).toEqual([1, undefined, 3]);
  });

  it('a changing getter is read once', () => {
    let reads = 0;
    const value = Object.defineProperty({ den: 3n }, 'num', { enumerable: true, get: () => (reads++ === 0 ? 1n : 'x') });
    expect(assertRational(value, 'x')).toEqual({ num: 1n, den: 3n });
    expect(reads).toBe(1);
  });

  it('raw exceptions became typed errors', () => {
    expect(codeOf(() => isAgricultural(5 as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => getPlan(PLANS[0]!.id, 'x' as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => subAreas({} as never, 'VN', 'province'))).toBe('INVALID_ARGUMENT');
  });

  it('silently wrong output became typed errors', () => {
    const comparator = PLANS[0]!.targets[0]!.comparator;
    expect(codeOf(() => formatComparator(comparator, 'bogus' as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => planTable({ lang: '__proto__' as never }))).toBe('INVALID_ARGUMENT');
    expect(planTable({ lang: 'vi' }).length).toBeGreaterThan(0);
  });

  it('maxIssues caps the issues of an input over the node limit too', () => {
    const input: Record<string, unknown> = {};
    for (let i = 0; i < 300; i += 1) {
      Object.defineProperty(input, `k${i}`, {
        enumerable: true,
        get() {
          throw new Error('x');
        },
      });
    }
    input['list'] = Array.from({ length: 50 }, () => 1);
    const result = parseYearlyRecord(input, { maxIssues: 10, maxNodes: 100 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(11);
      expect(result.issues.at(-1)?.code).toBe('too_many_issues');
    }
  });

  it('plainCopy: cycles, revoked Proxies and null-prototype objects', () => {
    const cyclic: Record<string, unknown> = { id: 'x' };
    cyclic['self'] = cyclic;
    const copy = plainCopy(cyclic);
    expect(copy.ok).toBe(false);
    if (!copy.ok) expect(copy.issues.map((issue) => issue.code)).toEqual(['cyclic_reference']);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(plainCopy(proxy).ok).toBe(false);
    expect(plainCopy(Object.assign(Object.create(null), { id: 'x' }))).toEqual({ ok: true, value: { id: 'x' } });
  });
});
