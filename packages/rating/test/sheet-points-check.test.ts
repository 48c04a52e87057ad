/**
 * Sheet points are checked when the sheet is graded, against the criteria of the rulebook that grades
 * it (issue 4: the record check no longer walks every key of every sheet). Pins, through the public
 * functions: a non-number at a criterion is `INVALID_RECORD` at `sheet.points.<id>` before anything is
 * evaluated; keys that are not criteria, and sheets of a rulebook the evaluation does not know, are never
 * read; a throwing point is `unreadable` there; a cache graded with one rulebook list checks the points
 * again for another list.
 */
import { CoopError, getPlan, type YearlyRecord } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { CIRCULAR_01_2020, computeIndicator, createEvaluationCache, evaluatePlan, evaluateTarget, type Rulebook } from '../src/index.js';
import { codeAndDetails } from '../../../test-support/coop-errors.js';
import { count, share } from './fixtures/indicators.js';
import { BASE, sheetOf } from './fixtures/sheets.js';
import { targetsOn } from './fixtures/targets.js';

const sheeted = (points: Record<string, unknown>, over: Partial<YearlyRecord> = {}): YearlyRecord =>
  ({ ...BASE, sheet: { rulebook: 'circular-01-2020', points }, ...over }) as YearlyRecord;
const good = (id: string) => sheeted(sheetOf(85), { organisationId: id });
const target = targetsOn('gf-share', { vi: 'HTX tốt, khá', en: 'Good or fair co-ops' })({ kind: '>=', value: 50 });

const issuesOf = (run: () => unknown) => {
  const { code, details } = codeAndDetails(run);
  return { code, issues: (details['issues'] as Array<{ path: unknown[]; code: string }>).map((i) => [i.path.join('.'), i.code]), index: details['index'], field: details['field'] };
};

describe('sheet points: checked at grading, against the rulebook that grades them', () => {
  it('a non-number at a criterion is INVALID_RECORD at sheet.points.<id>, before any target is evaluated', () => {
    const records = [good('a'), sheeted({ ...sheetOf(85), '1a': '6', '10': Number.POSITIVE_INFINITY }, { organisationId: 'b' }), good('c')];
    expect(issuesOf(() => evaluatePlan(getPlan('mard-2803-2023'), { records }, { asOf: '2024-12-31', context: { farmHouseholds: 10 } }))).toEqual({
      code: 'INVALID_RECORD',
      issues: [
        ['records.1.sheet.points.1a', 'invalid_value'],
        ['records.1.sheet.points.10', 'invalid_value'],
      ],
      index: 1,
      field: 'sheet.points.1a',
    });
    expect(issuesOf(() => evaluateTarget(target, records, { asOf: '2024-12-31', indicator: share })).issues[0]).toEqual(['1.sheet.points.1a', 'invalid_value']);
    // Whether or not the indicator reads grades: the records are checked the same way.
    expect(issuesOf(() => computeIndicator(count, records, { year: 2024 })).issues[0]).toEqual(['1.sheet.points.1a', 'invalid_value']);
  });

  it('absent criteria are missing (the sheet is incomplete), not invalid', () => {
    const { ['1a']: _dropped, ...rest } = sheetOf(85);
    const result = computeIndicator(share, [sheeted({ ...rest, '1b': undefined }), good('b')], { year: 2024 });
    // The incomplete sheet gives no grade (and the record has none in its data); the other is graded.
    expect(result.gradesFrom).toEqual({ sheet: 1, data: 0, none: 1 });
  });

  it('keys that are not criteria of the rulebook are never read (grade ignores them too)', () => {
    const records = [sheeted({ ...sheetOf(85), zz: 'not a number', '1': null }), good('b')];
    expect(computeIndicator(share, records, { year: 2024 }).value).toEqual({ num: 100n, den: 1n });
    const unknownBook = { ...BASE, organisationId: 'u', grade: 'good', sheet: { rulebook: 'not-a-rulebook', points: { '1a': 'x' } } } as unknown as YearlyRecord;
    const result = computeIndicator(share, [unknownBook], { year: 2024 });
    expect(result.value).toEqual({ num: 100n, den: 1n });
    expect(result.gradesFrom).toEqual({ sheet: 0, data: 1, none: 0 }); // the data's grade: the sheet's rulebook is unknown
  });

  it('a point whose getter throws is reported as unreadable at its criterion', () => {
    const points = Object.defineProperty({ ...sheetOf(85) }, '5', {
      enumerable: true,
      get(): never {
        throw new Error('no');
      },
    });
    expect(issuesOf(() => computeIndicator(share, [good('a'), sheeted(points)], { year: 2024 })).issues).toEqual([['1.sheet.points.5', 'unreadable']]);
  });

  it('a cache graded with one rulebook list checks the points again for another list (issues in record order)', () => {
    const strict: Rulebook = { ...CIRCULAR_01_2020, id: 'strict' };
    const records = [
      good('a'),
      { ...BASE, organisationId: 'b', year: 2025, sheet: { rulebook: 'strict', points: { ...sheetOf(85), '2a': 'x' } } } as unknown as YearlyRecord,
      { ...BASE, organisationId: 'c', year: 2024, sheet: { rulebook: 'strict', points: { ...sheetOf(85), '3a': false } } } as unknown as YearlyRecord,
    ];
    const cache = createEvaluationCache();
    // The built-in list does not know `strict`: those sheets are not read.
    expect(computeIndicator(share, records, { year: 2024, cache }).numerator.value).toBeDefined();
    expect(issuesOf(() => computeIndicator(share, records, { year: 2024, cache, rulebooks: [strict] })).issues).toEqual([
      ['1.sheet.points.2a', 'invalid_value'],
      ['2.sheet.points.3a', 'invalid_value'],
    ]);
    expect(() => computeIndicator(share, records, { year: 2024, cache, rulebooks: [strict] })).toThrow(CoopError);
  });

  it('grades with the values the record check read: a field a rule reads (months operating) is read once', () => {
    let reads = 0;
    const flaky: Record<string, unknown> = { ...good('a') };
    Object.defineProperty(flaky, 'monthsOperating', {
      enumerable: true,
      get() {
        reads += 1;
        return reads === 1 ? 12 : 6; // the whole year when the check reads it; 6 months (not rated) if read again
      },
    });
    const result = computeIndicator(share, [flaky as unknown as YearlyRecord, good('b')], { year: 2024 });
    expect(result.value).toEqual({ num: 100n, den: 1n }); // both good: graded as the check read the record
    expect(reads).toBe(1);
  });
});
