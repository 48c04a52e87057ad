import type { Aggregate, Condition, MissingPolicy, RecordField } from '@coop/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Column } from '../src/internal/frame-columns.js';
import { columnOf } from './fixtures/columns.js';
import { computeSide } from '../src/internal/indicator-aggregate.js';
import { conditionFields, conditionUsesEffective, conditionUsesGrades } from '../src/semantics/condition.js';
import { FALSE, TRUE, UNKNOWN } from '../src/semantics/truth.js';

/*
 * One side of an indicator over a population, read from the packed columns of a frame: counts, exact
 * sums and means, the `where` of a side (an undecided one counts as missing), and the missing-value
 * policies of the domain note.
 */

/** Truths two bits a row, as a frame keeps them (`Truths`). */
const packed = (truths: readonly number[]): Uint8Array => {
  const out = new Uint8Array((truths.length + 3) >> 2);
  truths.forEach((t, i) => (out[i >> 2]! |= t << ((i & 3) * 2)));
  return out;
};
const all = (n: number) => Array.from({ length: n }, (_, i) => i);
const side = (aggregate: Exclude<Aggregate, { op: 'external' }>, values: readonly unknown[], where?: readonly number[], rows = all(values.length)) =>
  computeSide(
    aggregate,
    (path) => columnOf(path, values),
    rows,
    where === undefined ? undefined : packed(where),
  );
const sum = (field: RecordField, missing: MissingPolicy, where?: Condition) => ({ op: 'sum' as const, field, missing, ...(where ? { where } : {}) });
const mean = (field: RecordField, missing: MissingPolicy) => ({ op: 'mean' as const, field, missing });
const ANY_WHERE: Condition = { field: 'flags.highTech', eq: true }; // what the side's `where` is does not matter here: its truths are given

describe('a sum or mean side over packed columns', () => {
  it('adds exactly beyond 2^53 and with decimals', () => {
    const big = 2 ** 53;
    expect(side(sum('revenue', 'skip-if-any-missing'), [big, 1, 1, big]).value).toEqual({ num: 2n * 2n ** 53n + 2n, den: 1n });
    expect(side(sum('revenue', 'skip-if-any-missing'), [big - 1, big - 1]).value).toEqual({ num: 2n * (2n ** 53n - 1n), den: 1n });
    expect(side(sum('farmLand.areaHa', 'skip-if-any-missing'), [12.5, 0.25, 0.1, 0.2]).value).toEqual({ num: 261n, den: 20n }); // 13.05
    expect(side(sum('farmLand.areaHa', 'skip-if-any-missing'), [1e-7, 2e-7]).value).toEqual({ num: 3n, den: 10_000_000n });
    expect(side(sum('revenue', 'skip-if-any-missing'), [-5, 2]).value).toEqual({ num: -3n, den: 1n });
  });

  it('reads absent values as missing in integer, float and flag columns, and follows each policy', () => {
    for (const [field, values] of [
      ['officialMembers', [3, undefined, 4]],
      ['revenue', [2.5, undefined, 4.5]],
    ] as const) {
      expect(side(sum(field, 'skip-if-any-missing'), values)).toMatchObject({ status: 'skipped', reason: 'any-missing', records: 2, missing: 1 });
      expect(side(sum(field, 'skip-if-all-missing'), values)).toMatchObject({ status: 'ok', value: { num: 7n, den: 1n }, records: 2, missing: 1 });
      expect(side(sum(field, 'missing-as-zero'), values)).toMatchObject({ status: 'ok', value: { num: 7n, den: 1n }, records: 3, missing: 1 });
      expect(side(mean(field, 'missing-as-zero'), values).value).toEqual({ num: 7n, den: 3n });
      expect(side(mean(field, 'skip-if-all-missing'), values).value).toEqual({ num: 7n, den: 2n });
      expect(side(sum(field, 'skip-if-all-missing'), [undefined, undefined])).toMatchObject({ status: 'skipped', reason: 'all-missing', missing: 2 });
    }
    const flags = [true, undefined, false, true];
    expect(side(sum('flags.ocopProduct', 'skip-if-all-missing'), flags)).toMatchObject({ value: { num: 2n, den: 1n }, records: 3, missing: 1 });
    expect(side(mean('flags.ocopProduct', 'skip-if-all-missing'), flags).value).toEqual({ num: 2n, den: 3n });
    expect(side(sum('flags.ocopProduct', 'skip-if-any-missing'), flags)).toMatchObject({ status: 'skipped', reason: 'any-missing' });
  });

  it('sums a column kept as plain values (a field outside the field table) the same way', () => {
    const custom = 'custom.score' as RecordField; // what a column of a field outside `RECORD_FIELDS` holds
    const values = [2, true, undefined, 'x', false];
    expect(side(sum(custom, 'skip-if-all-missing'), values)).toMatchObject({ value: { num: 3n, den: 1n }, records: 3, missing: 2 });
    expect(side(sum(custom, 'missing-as-zero'), values)).toMatchObject({ records: 5, missing: 2 });
  });

  it('reads only the population rows, and a `where`: false is left out, unknown is eligible but missing', () => {
    const values = [10, 20, 30, 40, 50];
    expect(side(sum('revenue', 'skip-if-all-missing'), values, undefined, [1, 3]).value).toEqual({ num: 60n, den: 1n });
    const where = [TRUE, FALSE, UNKNOWN, TRUE, TRUE];
    expect(side(sum('revenue', 'skip-if-all-missing', ANY_WHERE), values, where)).toMatchObject({ value: { num: 100n, den: 1n }, records: 3, missing: 1 });
    expect(side(sum('revenue', 'skip-if-any-missing', ANY_WHERE), values, where)).toMatchObject({ status: 'skipped', reason: 'any-missing' });
    // Every eligible row undecided: nothing to add.
    expect(side(sum('revenue', 'skip-if-all-missing', ANY_WHERE), values, [UNKNOWN, FALSE, UNKNOWN, FALSE, FALSE])).toMatchObject({
      status: 'skipped',
      reason: 'all-missing',
      missing: 2,
    });
    // No eligible row at all: a mean has no records, a sum is zero.
    const none = [FALSE, FALSE, FALSE, FALSE, FALSE];
    expect(side(mean('revenue', 'skip-if-all-missing'), values, none)).toMatchObject({ status: 'skipped', reason: 'no-records', records: 0, missing: 0 });
    expect(side(sum('revenue', 'skip-if-all-missing', ANY_WHERE), values, none)).toMatchObject({ status: 'ok', value: { num: 0n, den: 1n } });
  });

  it('counts where the truth holds; unknown truths follow the policy', () => {
    const count = (missing: MissingPolicy) => ({ op: 'count' as const, missing, where: ANY_WHERE });
    const where = [TRUE, FALSE, UNKNOWN, TRUE];
    expect(side(count('skip-if-all-missing'), [0, 0, 0, 0], where)).toMatchObject({ value: { num: 2n, den: 1n }, records: 2, missing: 1 });
    expect(side(count('skip-if-any-missing'), [0, 0, 0, 0], where)).toMatchObject({ status: 'skipped', reason: 'any-missing' });
    expect(side(count('skip-if-all-missing'), [0, 0], [UNKNOWN, UNKNOWN])).toMatchObject({ status: 'skipped', reason: 'all-missing' });
    expect(side(count('missing-as-zero'), [0, 0], [UNKNOWN, UNKNOWN])).toMatchObject({ status: 'ok', value: { num: 0n, den: 1n } });
  });

  it('sums any integers exactly, whatever their size (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constant(2 ** 60), fc.constant(-(2 ** 55))), { maxLength: 30 }), (values) => {
        const expected = values.reduce((a, v) => a + BigInt(v), 0n);
        expect(side(sum('revenue', 'skip-if-any-missing'), values).value).toEqual({ num: expected, den: 1n });
      }),
    );
  });
});

describe('what a condition reads', () => {
  const deep: Condition = {
    all: [{ field: 'revenue', gt: 0 }, { any: [{ not: { field: 'flags.highTech', eq: true } }, { grade: 'effective' }] }],
  };
  it('names every field it reads, at any depth', () => {
    const into = new Set<string>();
    conditionFields(deep, into);
    conditionFields(undefined, into);
    conditionFields({ any: [{ field: 'foundedOn', gte: '2022-11-21' }, { grade: ['good'] }] }, into);
    expect([...into].sort()).toEqual(['flags.highTech', 'foundedOn', 'revenue']);
  });
  it('tells whether it reads grades, and the effective grades', () => {
    expect(conditionUsesGrades(deep)).toBe(true);
    expect(conditionUsesEffective(deep)).toBe(true);
    expect(conditionUsesGrades({ any: [{ field: 'revenue', gt: 0 }, { not: { grade: ['weak'] } }] })).toBe(true);
    expect(conditionUsesEffective({ any: [{ field: 'revenue', gt: 0 }, { not: { grade: ['weak'] } }] })).toBe(false);
    expect(conditionUsesEffective({ not: { grade: 'effective' } })).toBe(true);
    expect(conditionUsesGrades({ all: [{ field: 'revenue', gt: 0 }, { not: { field: 'sanctioned', eq: true } }] })).toBe(false);
    expect(conditionUsesGrades(undefined)).toBe(false);
    expect(conditionUsesEffective(undefined)).toBe(false);
  });
  it('refuses a condition nested deeper than the limit, with a typed error', () => {
    let c: Condition = { grade: 'effective' };
    for (let i = 0; i < 70; i += 1) c = { not: c };
    for (const f of [() => conditionUsesGrades(c), () => conditionUsesEffective(c), () => conditionFields(c, new Set())]) {
      expect(f).toThrow(expect.objectContaining({ code: 'CONDITION_TOO_DEEP' }));
    }
  });
});
