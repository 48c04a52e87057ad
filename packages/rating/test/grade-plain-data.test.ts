/**
 * Grading results are plain data (no getters, no classes): they survive `structuredClone`, an object
 * spread and a JSON round trip unchanged. Batch grading reports a record it cannot grade and goes on.
 */
import type { YearlyRecord } from '@coop/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grade } from '../src/grade.js';
import { gradeBatch, gradeMany, type GradeFailure } from '../src/grade-many.js';
import { CIRCULAR_01_2020 } from '../src/rulebooks/circular-01-2020.js';
import { CIRCULAR_09_2017 } from '../src/rulebooks/circular-09-2017.js';
import { BASE, sheetOf } from './fixtures/sheets.js';

const ids01 = CIRCULAR_01_2020.groups.flatMap((g) => g.criteria.flatMap((c) => (c.criteria ?? [c]).map((leaf) => leaf.id)));
const record = (points: Record<string, unknown>, extra: Record<string, unknown> = {}): YearlyRecord =>
  ({ ...BASE, sheet: { rulebook: 'circular-01-2020', points }, ...extra }) as unknown as YearlyRecord;

/** Every own property, recursively, with its value: what a plain-data copy must keep. */
const plainCopies = (value: object) => [structuredClone(value), JSON.parse(JSON.stringify(value)) as unknown, { ...value }];

describe('grading results are plain data', () => {
  const samples: Array<[string, YearlyRecord, boolean]> = [
    ['rated', record(sheetOf(79.99)), false],
    ['rated, clamped with warnings', record({ ...sheetOf(80), '1a': 9, '99': 1 }), true],
    ['incomplete', record({ '1a': 3 }), false],
    ['not rated', record(sheetOf(90), { monthsOperating: 6 }), false],
    ['out of scope', record(sheetOf(90), { kind: 'union' }), false],
    ['rule unchecked, not in force', record(sheetOf(66), { monthsSuspended: undefined, year: 2026 }), false],
  ];
  for (const [name, r, clamp] of samples) {
    it(`a ${name} result survives structuredClone, spread and JSON unchanged`, () => {
      const result = grade(r, { rulebook: CIRCULAR_01_2020, clamp });
      for (const copy of plainCopies(result)) expect(copy).toEqual(result);
      expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
      // Nothing is computed on access: every field is an own data property.
      for (const key of Object.keys(result)) expect(Object.getOwnPropertyDescriptor(result, key)).toHaveProperty('value');
    });
  }

  it('a rated result carries its total, label, margins and breakdown as own fields', () => {
    const result = grade(record(sheetOf(79.99)), { rulebook: CIRCULAR_01_2020 });
    const copy = structuredClone(result);
    expect(copy).toMatchObject({ status: 'rated', total: 79.99, totalHundredths: 7999, grade: 'fair', label: { en: 'Fair' } });
    expect(copy.margins.up).toEqual({ grade: 'good', points: 0.01, pointsHundredths: 1 });
    expect(copy.criteria).toHaveLength(result.criteria.length);
    expect(copy.criteria.find((c) => c.id === '1')).toMatchObject({ source: 'sum', level: 'criterion' });
    expect(copy.groups.map((g) => g.pointsHundredths).reduce((a, b) => a! + b!, 0)).toBe(7999);
  });

  it('any sheet of either rulebook grades to a result equal to its JSON round trip', () => {
    const entry = fc.oneof(fc.integer({ min: 0, max: 1600 }).map((h) => h / 100), fc.constant(undefined));
    fc.assert(
      fc.property(fc.array(entry, { minLength: ids01.length, maxLength: ids01.length }), fc.boolean(), (values, sanctioned) => {
        const points = Object.fromEntries(ids01.flatMap((id, i) => (values[i] === undefined ? [] : [[id, values[i]]])));
        const r = record(points);
        const r09 = { ...r, sector: 'agriculture-crop', sanctioned, revenue: 5e9, plannedRevenue: 4e9, sheet: undefined } as YearlyRecord;
        for (const [rec, rulebook] of [[r, CIRCULAR_01_2020], [r09, CIRCULAR_09_2017]] as const) {
          const result = grade(rec, { rulebook, clamp: true });
          expect(JSON.parse(JSON.stringify(result))).toEqual(result);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('gradeMany shares equal breakdowns, and only equal ones', () => {
  it('results with equal points share one frozen breakdown; each result still equals grade of its record', () => {
    const records = [record(sheetOf(79.99)), record({ ...sheetOf(79.99) }), record(sheetOf(66)), record({ '1a': 3 }), record({ '1a': 3 })];
    const many = gradeMany(records, { rulebook: CIRCULAR_01_2020 });
    many.forEach((result, i) => expect(result).toEqual(grade(records[i]!, { rulebook: CIRCULAR_01_2020 })));
    expect(many[1]!.criteria).toBe(many[0]!.criteria);
    expect(many[1]!.groups).toBe(many[0]!.groups);
    expect(many[4]!.criteria).toBe(many[3]!.criteria);
    expect(many[2]!.criteria).not.toBe(many[0]!.criteria);
    expect(Object.isFrozen(many[0]!.criteria) && Object.isFrozen(many[0]!.groups)).toBe(true);
    const batch = gradeBatch(records, { rulebook: CIRCULAR_01_2020 });
    expect(batch).toEqual(many);
  });

  it('different points that hash alike are never shared: the second gets its own breakdown', () => {
    // The share table hashes the leaf keys (hundredths × 3 + source) as h·31 + key, leaf by leaf: one
    // hundredth more on "14" (key +3) and 31 hundredths less on "15", the last leaf (key −93), cancel out.
    const a = { ...sheetOf(70), '14': 4, '15': 0.49 };
    const b = { ...a, '14': 4.01, '15': 0.18 };
    const records = [record(a), record(b), record({ ...a }), record({ ...b })];
    const many = gradeMany(records, { rulebook: CIRCULAR_01_2020 });
    many.forEach((result, i) => expect(result).toEqual(grade(records[i]!, { rulebook: CIRCULAR_01_2020 })));
    expect(many[0]!.criteria).not.toBe(many[1]!.criteria);
    expect(many[1]!.criteria.find((c) => c.id === '15')).toMatchObject({ pointsHundredths: 18 });
    expect(many[2]!.criteria).toBe(many[0]!.criteria);
    expect(many[3]!.criteria).not.toBe(many[0]!.criteria);
  });

  it('computed breakdowns (Circular 09/2017, no sheet) from gradeMany equal those of grade', () => {
    const r09 = { ...record({}), sector: 'agriculture-crop', sanctioned: false, revenue: 5e9, plannedRevenue: 4e9, sheet: undefined } as YearlyRecord;
    const records = [r09, { ...r09, organisationId: 'HTX-2' }];
    const many = gradeMany(records, { rulebook: CIRCULAR_09_2017 });
    many.forEach((result, i) => expect(result).toEqual(grade(records[i]!, { rulebook: CIRCULAR_09_2017 })));
    for (const result of many) expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('index-like criterion ids (5, 10) are read from the sheet, and an extra key is still warned about', () => {
    const result = gradeMany([record({ ...sheetOf(70), 10: 1, 99: 2 })], { rulebook: CIRCULAR_01_2020 })[0]!;
    expect(result.criteria.find((c) => c.id === '10')).toMatchObject({ source: 'sheet', pointsHundredths: 100 });
    expect(result.warnings.map((w) => [w.code, w.criterion])).toContainEqual(['UNKNOWN_CRITERION', '99']);
    const sameCount = gradeMany([record({ ...Object.fromEntries(Object.entries(sheetOf(70)).filter(([id]) => id !== '5')), '05': 8 })], {
      rulebook: CIRCULAR_01_2020,
    })[0]!;
    expect(sameCount.status).toBe('incomplete');
    expect(sameCount.warnings.map((w) => [w.code, w.criterion])).toContainEqual(['UNKNOWN_CRITERION', '05']);
  });
});

describe('gradeBatch: one bad record does not stop the batch', () => {
  const good = [record(sheetOf(85)), record(sheetOf(70)), record(sheetOf(40))];
  const bad = record({ ...sheetOf(85), '1a': 7 }, { organisationId: 'HTX-BAD' });

  it('gradeMany throws for the whole batch (its contract); gradeBatch reports the record and goes on', () => {
    const records = [good[0]!, bad, good[1]!, good[2]!];
    expect(() => gradeMany(records, { rulebook: CIRCULAR_01_2020 })).toThrow(expect.objectContaining({ code: 'POINTS_ABOVE_MAXIMUM' }));
    const entries = gradeBatch(records, { rulebook: CIRCULAR_01_2020 });
    expect(entries.map((e) => e.status)).toEqual(['rated', 'failed', 'rated', 'rated']);
    const failure = entries[1] as GradeFailure;
    expect(failure).toMatchObject({ index: 1, organisationId: 'HTX-BAD', error: { code: 'POINTS_ABOVE_MAXIMUM', details: { criterion: '1a', points: 7, max: 6 } } });
    expect(entries[0]).toEqual(grade(good[0]!, CIRCULAR_01_2020));
    expect(entries[3]).toEqual(grade(good[2]!, CIRCULAR_01_2020));
    expect(JSON.parse(JSON.stringify(entries))).toEqual(entries);
  });

  it('each failure carries its typed error code, as plain data (a bigint point echoed as a string)', () => {
    const entries = gradeBatch(
      [
        record({ ...sheetOf(85), '1a': 3n }),
        { ...record(sheetOf(85)), sheet: { rulebook: 'circular-09-2017', points: {} } } as YearlyRecord,
        { organisationId: 'X', year: 2024.5 } as unknown as YearlyRecord,
        record({ ...sheetOf(85), '1a': 1.234 }),
      ],
      { rulebook: CIRCULAR_01_2020 },
    );
    expect(entries.map((e) => (e.status === 'failed' ? [e.index, e.error.code] : e.status))).toEqual([
      [0, 'INVALID_POINTS'],
      [1, 'RULEBOOK_MISMATCH'],
      [2, 'INVALID_RECORD'],
      [3, 'INVALID_POINTS'],
    ]);
    expect((entries[0] as GradeFailure).error.details['received']).toBe('3');
    expect(structuredClone(entries)).toEqual(entries);
  });

  it('a hostile record (a throwing getter) is a failure entry too; misuse of the call still throws', () => {
    const hostile = record(sheetOf(85));
    Object.defineProperty(hostile, 'kind', { get: () => { throw new Error('boom'); } });
    const entries = gradeBatch([hostile, good[0]!], { rulebook: CIRCULAR_01_2020 });
    expect(entries.map((e) => e.status)).toEqual(['failed', 'rated']);
    expect((entries[0] as GradeFailure).error.code).toBe('INVALID_INPUT');
    expect(() => gradeBatch(42 as never, { rulebook: CIRCULAR_01_2020 })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => gradeBatch(good, null as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
  });

  it('gives, for any mix of good and bad sheets, what grade gives or the code grade throws, in order', () => {
    const sheet = fc.record(Object.fromEntries(ids01.map((id) => [id, fc.oneof(fc.integer({ min: 0, max: 900 }).map((h) => h / 100), fc.constant('x'))])), { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(sheet, { maxLength: 6 }), (sheets) => {
        const records = sheets.map((points) => record(points));
        const entries = gradeBatch(records, { rulebook: CIRCULAR_01_2020 });
        records.forEach((r, i) => {
          let expected: unknown;
          try {
            expected = grade(r, CIRCULAR_01_2020);
          } catch (error) {
            expected = { status: 'failed', index: i, code: (error as { code: string }).code };
          }
          const entry = entries[i]!;
          expect(entry.status === 'failed' ? { status: 'failed', index: entry.index, code: entry.error.code } : entry).toEqual(expected);
        });
      }),
      { numRuns: 150 },
    );
  });
});
