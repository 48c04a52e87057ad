import { isCoopError, type YearlyRecord } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { grade } from '../src/grade.js';
import { gradeEach, gradeMany } from '../src/grade-many.js';
import { summariseGrades } from '../src/grade-summary.js';
import { CIRCULAR_01_2020 } from '../src/rulebooks/circular-01-2020.js';
import { CIRCULAR_09_2017 } from '../src/rulebooks/circular-09-2017.js';

const FULL = {
  '1a': 6, '1b': 1, '2a': 5, '2b': 1, '3a': 4, '3b': 3, '3c': 4, '4a': 2, '4b': 2, '4c': 2,
  '5': 8, '6': 6, '7a': 2, '7b': 2, '7c': 2, '8': 6, '9': 4, '10': 0, '11': 0, '12': 0, '13': 0, '14': 0, '15': 0,
};
const rec = (i: number, extra: Partial<YearlyRecord> = {}): YearlyRecord => ({
  organisationId: `H${i}`,
  year: 2024,
  kind: 'cooperative',
  sector: 'trade-services',
  areaCode: 'X',
  monthsOperating: 12,
  monthsSuspended: 0,
  sheet: { rulebook: 'circular-01-2020', points: { ...FULL, '10': (i % 81) / 2 > 40 ? 40 : (i % 81) / 2 } },
  ...extra,
});

const records: YearlyRecord[] = [
  ...Array.from({ length: 120 }, (_, i) => rec(i)),
  rec(200, { monthsOperating: 6 }),
  rec(201, { monthsSuspended: 5 }),
  rec(202, { kind: 'cooperative-group' }),
  rec(203, { sheet: { rulebook: 'circular-01-2020', points: { '1a': 1 } } }),
  rec(204, { year: 2025 }),
];

describe('gradeMany', () => {
  it('returns exactly what grade returns, record by record', () => {
    const many = gradeMany(records, { rulebook: CIRCULAR_01_2020 });
    expect(many).toHaveLength(records.length);
    many.forEach((r, i) => expect(JSON.stringify(r)).toBe(JSON.stringify(grade(records[i]!, { rulebook: CIRCULAR_01_2020 }))));
  });

  it('takes any iterable, and gradeEach streams the same results', () => {
    function* source() {
      yield* records;
    }
    const fromGenerator = gradeMany(source(), { rulebook: CIRCULAR_01_2020 });
    const streamed = [...gradeEach(records, { rulebook: CIRCULAR_01_2020 })];
    expect(fromGenerator.map((r) => JSON.stringify(r))).toEqual(streamed.map((r) => JSON.stringify(r)));
  });

  it('a fixed year applies to every record', () => {
    const results = gradeMany(records.slice(0, 3), { rulebook: CIRCULAR_01_2020, year: 2026 });
    expect(results.every((r) => r.year === 2026 && !r.rulebook.inForce)).toBe(true);
  });

  it('throws the typed error grade would throw', () => {
    const bad = [...records, rec(300, { sheet: { rulebook: 'circular-01-2020', points: { ...FULL, '1a': 7 } } })];
    let code = '';
    try {
      gradeMany(bad, { rulebook: CIRCULAR_01_2020 });
    } catch (error) {
      if (isCoopError(error)) code = error.code;
    }
    expect(code).toBe('POINTS_ABOVE_MAXIMUM');
    expect(() => gradeMany(42 as never, { rulebook: CIRCULAR_01_2020 })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('summariseGrades', () => {
  it('counts grades, not rated (with reasons), incomplete and the total', () => {
    const summary = summariseGrades(gradeMany(records, { rulebook: CIRCULAR_01_2020 }));
    expect(summary.total).toBe(records.length);
    expect(summary.notRated).toBe(3);
    expect(summary.notRatedReasons).toEqual({ 'operating-under-12-months': 1, 'suspended-over-3-months': 1, 'out-of-scope': 1 });
    expect(summary.incomplete).toBe(1);
    expect(summary.rated).toBe(records.length - 4);
    expect(summary.grades.good + summary.grades.fair + summary.grades.average + summary.grades.weak).toBe(summary.rated);
    expect(summary.notInForce).toBe(1);
    expect(summary.grades.good).toBeGreaterThan(0);
    expect(summary.grades.fair).toBeGreaterThan(0);
  });

  it('counts overridden grades', () => {
    const agri: YearlyRecord = {
      organisationId: 'A', year: 2024, kind: 'cooperative', sector: 'agriculture-crop', areaCode: 'X', monthsOperating: 12, sanctioned: true,
      sheet: { rulebook: 'circular-09-2017', points: { '1a': 8, '1b': 10, '1c': 10, '1d': 5, '1e': 5, '2': 12, '3': 12, '4': 12, '5': 12, '6': 12 } },
    };
    const summary = summariseGrades([grade(agri, CIRCULAR_09_2017)]);
    expect(summary).toMatchObject({ total: 1, rated: 1, overridden: 1, grades: { weak: 1, good: 0, fair: 0, average: 0 } });
    expect(summariseGrades([])).toMatchObject({ total: 0, rated: 0, notRated: 0, incomplete: 0 });
  });
});
