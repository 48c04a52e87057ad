import { isCoopError, type Issue } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { defineRulebook, parseRulebook } from '../src/define-rulebook.js';
import type { Rulebook } from '../src/rulebook.js';
import { BUILT_IN_RULEBOOKS } from '../src/rulebooks/index.js';
import { CIRCULAR_01_2020 } from '../src/rulebooks/circular-01-2020.js';
import { CIRCULAR_09_2017 } from '../src/rulebooks/circular-09-2017.js';

/** A deep, mutable copy of a built-in rulebook to break on purpose. */
const copy = (rulebook: Rulebook): Record<string, any> => JSON.parse(JSON.stringify(rulebook)) as Record<string, any>;

const issuesOf = (data: unknown): Array<Pick<Issue, 'code' | 'path'>> => {
  const result = parseRulebook(data);
  return result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }));
};

describe('defineRulebook / parseRulebook', () => {
  it('accepts the built-in rulebooks and returns a frozen copy', () => {
    for (const rulebook of BUILT_IN_RULEBOOKS) {
      expect(issuesOf(rulebook)).toEqual([]);
      const defined = defineRulebook(rulebook);
      expect(defined).toEqual(rulebook);
      expect(defined).not.toBe(rulebook);
      expect(Object.isFrozen(defined.groups[0]!.criteria[0])).toBe(true);
    }
  });

  it('runs the TSDoc examples', () => {
    const broken = { ...CIRCULAR_01_2020, grades: [{ grade: 'good', gte: 80 }, { grade: 'weak', lt: 79 }] };
    expect(issuesOf(broken).map((i) => i.code)).toEqual(['band_gap']);
    const province = defineRulebook({
      ...CIRCULAR_01_2020,
      id: 'province-x-2024',
      grades: [{ grade: 'good', gte: 85 }, { grade: 'fair', gte: 65, lt: 85 }, { grade: 'average', gte: 50, lt: 65 }, { grade: 'weak', lt: 50 }],
    });
    expect(province.id).toBe('province-x-2024');
  });

  it('overlapping grade bands: band_overlap at the band', () => {
    const data = copy(CIRCULAR_01_2020);
    data['grades'][1] = { grade: 'fair', gte: 65, lte: 80 };
    expect(issuesOf(data)).toEqual([{ code: 'band_overlap', path: ['grades', 0] }]);
  });

  it('a gap between grade bands: band_gap', () => {
    const data = copy(CIRCULAR_01_2020);
    data['grades'][2] = { grade: 'average', gte: 50, lt: 64.5 };
    expect(issuesOf(data)).toEqual([{ code: 'band_gap', path: ['grades', 1] }]);
  });

  it('grade bands that do not cover 0 … total: band_not_exhaustive; wrong order: grade_order', () => {
    const data = copy(CIRCULAR_01_2020);
    data['grades'][3] = { grade: 'weak', gte: 10, lt: 50 };
    expect(issuesOf(data)).toEqual([{ code: 'band_not_exhaustive', path: ['grades', 3] }]);
    const swapped = copy(CIRCULAR_01_2020);
    swapped['grades'][0]['grade'] = 'fair';
    swapped['grades'][1]['grade'] = 'good';
    expect(issuesOf(swapped).map((i) => i.code)).toEqual(['grade_order']);
  });

  it('overlapping and gapped tier bands', () => {
    const overlap = copy(CIRCULAR_09_2017);
    overlap['groups'][0]['criteria'][0]['criteria'][1]['tiers']['bands'][1] = { gte: 900_000_000, lt: 5_000_000_000, points: 6 };
    expect(issuesOf(overlap)).toEqual([{ code: 'band_overlap', path: ['groups', 0, 'criteria', 0, 'criteria', 1, 'tiers', 'bands', 1] }]);
    const gap = copy(CIRCULAR_09_2017);
    gap['groups'][0]['criteria'][0]['criteria'][0]['tiers']['bands'][1] = { gt: 100, lt: 120, points: 4 };
    expect(issuesOf(gap)).toEqual([{ code: 'band_gap', path: ['groups', 0, 'criteria', 0, 'criteria', 0, 'tiers', 'bands', 1] }]);
  });

  it('maxima that do not add up: sub-criteria vs criterion, criteria vs group cap, caps vs total', () => {
    const sub = copy(CIRCULAR_01_2020);
    sub['groups'][0]['criteria'][0]['criteria'][0]['max'] = 5;
    expect(issuesOf(sub)).toEqual([{ code: 'maxima_mismatch', path: ['groups', 0, 'criteria', 0, 'max'] }]);
    const cap = copy(CIRCULAR_01_2020);
    cap['groups'][1]['cap'] = 31;
    expect(issuesOf(cap).map((i) => i.code)).toEqual(['maxima_mismatch', 'maxima_mismatch']);
    const total = copy(CIRCULAR_01_2020);
    total['total'] = 90;
    expect(issuesOf(total)).toContainEqual({ code: 'maxima_mismatch', path: ['total'] });
  });

  it('unknown maxima under a capped group are allowed; a known part above the cap is not', () => {
    expect(issuesOf(CIRCULAR_01_2020)).toEqual([]);
    const data = copy(CIRCULAR_01_2020);
    data['groups'][2]['criteria'][0]['max'] = 41;
    expect(issuesOf(data)).toEqual([{ code: 'maxima_mismatch', path: ['groups', 2, 'cap'] }]);
    const ok = copy(CIRCULAR_01_2020);
    ok['groups'][2]['criteria'][0]['max'] = 10;
    expect(issuesOf(ok)).toEqual([]);
  });

  it('tiers that are not exhaustive: tier_not_exhaustive', () => {
    const data = copy(CIRCULAR_09_2017);
    data['groups'][0]['criteria'][0]['criteria'][1]['tiers']['bands'][0] = { gte: 0, lt: 1_000_000_000, points: 4 };
    expect(issuesOf(data)).toEqual([{ code: 'tier_not_exhaustive', path: ['groups', 0, 'criteria', 0, 'criteria', 1, 'tiers', 'bands', 0] }]);
    const top = copy(CIRCULAR_09_2017);
    top['groups'][0]['criteria'][0]['criteria'][1]['tiers']['bands'][3] = { gte: 10_000_000_000, lt: 1e15, points: 10 };
    expect(issuesOf(top).map((i) => i.code)).toEqual(['tier_not_exhaustive']);
  });

  it('unknown record fields in tiers and conditions: unknown_field', () => {
    const data = copy(CIRCULAR_09_2017);
    data['groups'][0]['criteria'][0]['criteria'][1]['tiers']['measure'] = { field: 'turnover' };
    data['notRated'][0]['when'] = { field: 'monthsOpen', lt: 12 };
    expect(issuesOf(data)).toEqual([
      { code: 'unknown_field', path: ['groups', 0, 'criteria', 0, 'criteria', 1, 'tiers', 'measure', 'field'] },
      { code: 'unknown_field', path: ['notRated', 0, 'when', 'field'] },
    ]);
    const typed = copy(CIRCULAR_09_2017);
    typed['overrides'][0]['when'] = { field: 'sanctioned', gt: 1 };
    expect(issuesOf(typed).map((i) => i.code)).toEqual(['invalid_condition']);
  });

  it('duplicate ids (criteria, groups, rule codes): duplicate_id', () => {
    const data = copy(CIRCULAR_01_2020);
    data['groups'][1]['criteria'][0]['id'] = '1a';
    expect(issuesOf(data)).toEqual([{ code: 'duplicate_id', path: ['groups', 1, 'criteria', 0, 'id'] }]);
    const rules = copy(CIRCULAR_01_2020);
    rules['notRated'][1]['code'] = rules['notRated'][0]['code'];
    expect(issuesOf(rules)).toEqual([{ code: 'duplicate_id', path: ['notRated', 1, 'code'] }]);
  });

  it('points outside [0, max]: points_out_of_range / invalid_points', () => {
    const data = copy(CIRCULAR_09_2017);
    data['groups'][0]['criteria'][0]['criteria'][0]['tiers']['bands'][2]['points'] = 9;
    expect(issuesOf(data)).toEqual([{ code: 'points_out_of_range', path: ['groups', 0, 'criteria', 0, 'criteria', 0, 'tiers', 'bands', 2, 'points'] }]);
    const negative = copy(CIRCULAR_01_2020);
    negative['groups'][0]['criteria'][0]['criteria'][1]['max'] = -1;
    expect(issuesOf(negative).map((i) => i.code)).toContain('invalid_points');
  });

  it('dates, scope, unknown keys, structure', () => {
    expect(issuesOf({ ...CIRCULAR_01_2020, effectiveFrom: '2020-02-30' })).toEqual([{ code: 'invalid_date', path: ['effectiveFrom'] }]);
    expect(issuesOf({ ...CIRCULAR_01_2020, effectiveTo: '2019-01-01' })).toEqual([{ code: 'date_order', path: ['effectiveTo'] }]);
    expect(issuesOf({ ...CIRCULAR_01_2020, scope: { ...CIRCULAR_01_2020.scope, sectors: ['fintech'] } })).toEqual([
      { code: 'unknown_sector', path: ['scope', 'sectors', 0] },
    ]);
    expect(issuesOf({ ...CIRCULAR_01_2020, maximum: 100 })).toEqual([{ code: 'unknown_key', path: ['maximum'] }]);
    expect(issuesOf(null)).toEqual([{ code: 'invalid_type', path: [] }]);
    const deep = copy(CIRCULAR_01_2020);
    deep['groups'][0]['criteria'][0]['criteria'][0]['criteria'] = [{ id: 'x', title: { vi: 'x', en: 'x' }, max: 6 }];
    expect(issuesOf(deep).map((i) => i.code)).toEqual(['too_deep']);
  });

  it('defineRulebook throws INVALID_RULEBOOK with every issue (path, code, vi and en message)', () => {
    const data = copy(CIRCULAR_01_2020);
    data['grades'][1] = { grade: 'fair', gte: 65, lte: 80 };
    data['groups'][0]['criteria'][1]['id'] = '1';
    try {
      defineRulebook(data);
      expect.unreachable();
    } catch (error) {
      expect(isCoopError(error, 'INVALID_RULEBOOK')).toBe(true);
      const issues = (error as { details: { issues: Issue[] } }).details.issues;
      expect(issues.map((i) => i.code).sort()).toEqual(['band_overlap', 'duplicate_id']);
      for (const issue of issues) {
        expect(issue.message.vi.length).toBeGreaterThan(0);
        expect(issue.message.en.length).toBeGreaterThan(0);
      }
    }
  });
});
