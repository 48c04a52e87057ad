/**
 * Audit 2026-12 (docs/audits/2026-12-rating-rules.md): what the catalog says a grade-based share divides
 * by must agree with what the target's `grades.denominator` makes the evaluation divide by. Found: the
 * Thái Nguyên good/fair target read "rated" while its source note said "every agricultural co-op …,
 * rated or not"; the district's effective share read "rated" while its indicator's description said the
 * denominator was "every collective economic organisation of the area, rated or not" (cooperative groups
 * included).
 */
import { describe, expect, it } from 'vitest';
import { INDICATORS, PLANS, getIndicator, type Condition, type Indicator } from '../src/index.js';

/** Does a condition (or a part of it) read grades? */
const readsGrades = (c: Condition | undefined): boolean =>
  c !== undefined &&
  ('grade' in c || ('all' in c && c.all.some(readsGrades)) || ('any' in c && c.any.some(readsGrades)) || ('not' in c && readsGrades(c.not)));

const gradeBased = (indicator: Indicator): boolean => indicator.numerator.op === 'count' && readsGrades(indicator.numerator.where);

/** "Rated or not" is true of a grade-based share only where the target reads "trong tổng số" (of the total). */
const claimsAllUnconditionally = (text: { vi: string; en: string }): string[] => [
  ...(/rated or not/.test(text.en) && !/trong tổng số|of the total/.test(text.en) ? [text.en] : []),
  ...(/kể cả (HTX )?chưa xếp loại/.test(text.vi) && !/trong tổng số/.test(text.vi) ? [text.vi] : []),
];

describe('grade-based shares: the words agree with the denominator read', () => {
  const targets = PLANS.flatMap((plan) => plan.targets.map((target) => ({ plan: plan.id, target })));

  it('no target read over the rated organisations says its denominator is every one, rated or not', () => {
    const contradictions = targets
      .filter(({ target }) => target.grades?.denominator === 'rated')
      .flatMap(({ plan, target }) =>
        [target.source.note, target.grades?.source.note].filter((note) => note !== undefined && /rated or not/.test(note)).map((note) => `${plan}/${target.id}: ${note}`),
      );
    expect(contradictions).toEqual([]);
  });

  it('no grade-based indicator describes its denominator as every organisation, rated or not, without the "of the total" condition', () => {
    const used = new Set(targets.flatMap(({ target }) => [target.indicator, ...(target.alternatives ?? [])]));
    const claims = INDICATORS.filter((indicator) => gradeBased(indicator) && used.has(indicator.id)).flatMap((indicator) =>
      (indicator.description === undefined ? [] : claimsAllUnconditionally(indicator.description)).map((text) => `${indicator.id}: ${text}`),
    );
    expect(claims).toEqual([]);
  });

  it('every grade-based share target says which denominator it reads (no silent default)', () => {
    const silent = targets
      .filter(({ target }) => {
        const indicator = getIndicator(target.indicator);
        return gradeBased(indicator) && indicator.denominator !== undefined && target.grades === undefined;
      })
      .map(({ plan, target }) => `${plan}/${target.id}`);
    expect(silent).toEqual([]);
  });
});
