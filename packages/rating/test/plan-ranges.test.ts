import { getPlan, type YearlyRecord } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../src/evaluate-target.js';
import { targetGap } from '../src/target-gap.js';
import { CEILING } from './fixtures/ceiling.js';

/** `count` cooperative groups of one district in 2025. */
const groups = (count: number): YearlyRecord[] =>
  Array.from({ length: count }, (_, i) => ({ organisationId: `g${i}`, year: 2025, kind: 'cooperative-group', sector: 'agriculture-crop', areaCode: 'D' }));

const district = getPlan('district-155-2023');
const groupTarget = district.targets.find((t) => t.id === 'coop-group-count')!;

describe('ranges on development quantities ("khoảng 20-25 tổ hợp tác")', () => {
  it('27 groups against 20–25 is achieved and exceeded, with no gap', () => {
    const result = evaluateTarget(groupTarget, groups(27), { asOf: 2025 });
    expect(result.status).toBe('achieved');
    expect(result.met).toBe(true);
    expect(result.exceeded).toBe(true);
    expect(result.gap).toEqual({ kind: 'met', exceeded: true });
    expect(result.explanation.en).toContain('exceeds the upper end');
    expect(result.explanation.vi).toContain('vượt mức trên');
  });
  it('25 groups is met, not exceeded; 19 needs 1 more', () => {
    const at = evaluateTarget(groupTarget, groups(25), { asOf: 2025 });
    expect([at.met, at.exceeded]).toEqual([true, undefined]);
    const below = evaluateTarget(groupTarget, groups(19), { asOf: 2025 });
    expect(below.met).toBe(false);
    expect(below.gap).toMatchObject({ kind: 'change', change: 'more', amount: 1n });
  });
  it('a ceiling cited on the comparator makes the range two-sided: 27 is 2 too many', () => {
    const capped = { ...groupTarget, comparator: { kind: 'range' as const, min: 20, max: 25, ceiling: CEILING } };
    const result = evaluateTarget(capped, groups(27), { asOf: 2025 });
    expect(result.met).toBe(false);
    expect(result.exceeded).toBeUndefined();
    expect(result.gap).toMatchObject({ kind: 'change', change: 'fewer', amount: 2n });
  });
  it('"khoảng 30 %" with a tolerance of 5: 40 % is met and exceeded; 24 % is not met', () => {
    expect(targetGap({ kind: 'approximately', value: 30, tolerance: 5 }, { numerator: 4, denominator: 10, factor: 100 })).toEqual({ kind: 'met', exceeded: true });
    expect(targetGap({ kind: 'approximately', value: 30, tolerance: 5 }, { numerator: 24, denominator: 100, factor: 100 })).toMatchObject({ kind: 'change', change: 'more', amount: 1n });
  });
  it('no catalog range or "about" carries a ceiling: none of the five plans caps a development target', () => {
    for (const id of ['mard-2803-2023', 'quang-nam-106-2023', 'district-155-2023', 'thai-nguyen-42-2024'] as const) {
      for (const target of getPlan(id).targets) {
        const c = target.comparator.kind === 'every-unit' ? target.comparator.comparator : target.comparator;
        if (c.kind === 'range' || c.kind === 'approximately') expect(c.ceiling, `${id}/${target.id}`).toBeUndefined();
      }
    }
  });
});
