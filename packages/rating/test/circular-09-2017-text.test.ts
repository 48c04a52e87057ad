import { describe, expect, it } from 'vitest';
import { CIRCULAR_01_2020, CIRCULAR_09_2017, grade, parseRulebook } from '../src/index.js';
import { record09, sheetOf, BASE } from './fixtures/sheets.js';

/** Sheet points for criteria 1a … 6 adding up to `total` (criterion 1 at its 38, the rest on 2 … 6). */
const sheet09 = (total: number): Record<string, number> => {
  const rest = total - 38;
  return { '1a': 8, '1b': 10, '1c': 10, '1d': 5, '1e': 5, '2': rest - 4 * Math.floor(rest / 5), '3': Math.floor(rest / 5), '4': Math.floor(rest / 5), '5': Math.floor(rest / 5), '6': Math.floor(rest / 5) };
};

describe('Circular 09/2017 against articles 4–6 (issue 16)', () => {
  it('six criteria, worded as art. 4.1 words them; criterion 2 keeps no invented sub-items', () => {
    const criteria = CIRCULAR_09_2017.groups.flatMap((g) => g.criteria);
    expect(criteria.map((c) => c.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(criteria.find((c) => c.id === '2')).toMatchObject({ title: { vi: 'Lợi ích của các thành viên hợp tác xã' }, max: null });
    expect(criteria.find((c) => c.id === '2')?.criteria).toBeUndefined();
    expect(criteria.find((c) => c.id === '4')?.title.vi).toBe('Quy mô thành viên ảnh hưởng tích cực đến cộng đồng');
  });

  it('grades at 80 / 65 / 50 (art. 6.1), each band cited', () => {
    expect(CIRCULAR_09_2017.grades.map((g) => [g.grade, g.citation?.clause])).toEqual([
      ['good', 'Điều 6.1.a'],
      ['fair', 'Điều 6.1.b'],
      ['average', 'Điều 6.1.c'],
      ['weak', 'Điều 6.1.d'],
    ]);
    const at = (total: number) => grade(record09(sheet09(total)), { rulebook: CIRCULAR_09_2017 }).grade;
    expect([at(80), at(79), at(65), at(64), at(50), at(49)]).toEqual(['good', 'fair', 'fair', 'average', 'average', 'weak']);
  });

  it('not rated under 12 months (art. 6.2); weak when sanctioned in the year (art. 6.1.d)', () => {
    expect(CIRCULAR_09_2017.notRated[0]?.citation.clause).toBe('Điều 6.2');
    expect(CIRCULAR_09_2017.overrides[0]?.citation.clause).toBe('Điều 6.1.d');
    expect(grade(record09(sheet09(90), { monthsOperating: 11 }), { rulebook: CIRCULAR_09_2017 }).status).toBe('not-rated');
    expect(grade(record09(sheet09(90), { sanctioned: true }), { rulebook: CIRCULAR_09_2017 }).grade).toBe('weak');
  });
});

describe('criterion 2\'s unread sub-items: a known gap, as data and as a warning', () => {
  const gap = CIRCULAR_09_2017.gaps?.[0];
  it('the gap names criterion 2, the appendix and that the 8 points are unconfirmed', () => {
    expect(CIRCULAR_09_2017.gaps).toHaveLength(1);
    expect(gap).toMatchObject({ code: 'criterion-2-sub-items', criterion: '2', citation: { clause: 'Điều 4.2; Phụ lục 1' } });
    expect(gap?.label.vi).toContain('giá ưu đãi cho thành viên, tối đa 8 điểm');
    expect(gap?.label.en).toContain('not confirmed');
    expect(parseRulebook(CIRCULAR_09_2017).ok).toBe(true);
  });

  it('every scored 09/2017 result carries it; a not-rated one and a 01/2020 result do not', () => {
    const rated = grade(record09(sheet09(90)), { rulebook: CIRCULAR_09_2017 });
    expect(rated.status).toBe('rated');
    expect(rated.warnings.filter((w) => w.code === 'RULEBOOK_GAP')).toEqual([
      { code: 'RULEBOOK_GAP', criterion: '2', message: gap?.label, details: { gap: 'criterion-2-sub-items', document: 'Thông tư 09/2017/TT-BNNPTNT', clause: 'Điều 4.2; Phụ lục 1' } },
    ]);
    const { '2': _two, ...without2 } = sheet09(90);
    const incomplete = grade(record09(without2), { rulebook: CIRCULAR_09_2017 });
    expect([incomplete.status, incomplete.warnings.some((w) => w.code === 'RULEBOOK_GAP')]).toEqual(['incomplete', true]);
    const young = grade(record09(sheet09(90), { monthsOperating: 6 }), { rulebook: CIRCULAR_09_2017 });
    expect(young.warnings.some((w) => w.code === 'RULEBOOK_GAP')).toBe(false);
    const other = grade({ ...BASE, sheet: { rulebook: 'circular-01-2020', points: sheetOf(90) } }, { rulebook: CIRCULAR_01_2020 });
    expect(other.warnings.some((w) => w.code === 'RULEBOOK_GAP')).toBe(false);
  });

  it('parseRulebook checks gaps: a known criterion, a label, a citation, no other keys', () => {
    const withGap = (g: unknown) => parseRulebook({ ...CIRCULAR_09_2017, gaps: [g] });
    const codes = (r: ReturnType<typeof parseRulebook>) => (r.ok ? [] : r.issues.map((i) => [i.path.join('.'), i.code]));
    expect(codes(withGap({ ...gap, criterion: '9' }))).toEqual([['gaps.0.criterion', 'unknown_criterion']]);
    expect(codes(withGap({ ...gap, extra: 1 }))).toEqual([['gaps.0.extra', 'unknown_key']]);
    expect(codes(parseRulebook({ ...CIRCULAR_09_2017, gaps: 'none' }))).toEqual([['gaps', 'invalid_type']]);
    expect(withGap({ code: 'x', label: { vi: 'a', en: 'a' }, citation: { document: 'd' } }).ok).toBe(true);
  });
});
