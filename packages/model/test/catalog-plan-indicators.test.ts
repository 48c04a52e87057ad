import { describe, expect, it } from 'vitest';
import {
  DISTRICT_155_2023,
  DISTRICT_155_2023_INDICATORS,
  INDICATORS,
  MARD_2803_2023,
  MARD_2803_2023_INDICATORS,
  PLANS,
  QUANG_NAM_106_2023,
  QUANG_NAM_106_2023_INDICATORS,
  THAI_NGUYEN_42_2024,
  THAI_NGUYEN_42_2024_INDICATORS,
  type Indicator,
  type Plan,
} from '../src/index.js';

const LISTS: ReadonlyArray<readonly [Plan, readonly Indicator[]]> = [
  [MARD_2803_2023, MARD_2803_2023_INDICATORS],
  [QUANG_NAM_106_2023, QUANG_NAM_106_2023_INDICATORS],
  [DISTRICT_155_2023, DISTRICT_155_2023_INDICATORS],
  [THAI_NGUYEN_42_2024, THAI_NGUYEN_42_2024_INDICATORS],
];

/** The indicator ids a plan's targets name (their indicator, then their alternative readings), each once. */
const named = (plan: Plan): string[] => [...new Set(plan.targets.flatMap((t) => [t.indicator, ...(t.alternatives ?? [])]))];

describe("each seed plan's indicator list", () => {
  it.each(LISTS)('%s: exactly the indicators its targets name, in the order they name them', (plan, list) => {
    expect(list.map((i) => i.id)).toEqual(named(plan));
  });
  it.each(LISTS)('%s: the catalog’s own objects', (_plan, list) => {
    for (const indicator of list) expect(INDICATORS).toContain(indicator);
  });
  it('every plan with targets has a list', () => {
    const listed = new Set(LISTS.map(([plan]) => plan.id));
    expect(PLANS.filter((plan) => plan.targets.length > 0 && !listed.has(plan.id)).map((p) => p.id)).toEqual([]);
  });
});
