import type { Condition, Grade } from '@coop/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnValue, type Column } from '../src/internal/frame-columns.js';
import { columnOf } from './fixtures/columns.js';
import { decideTruths, GRADE_CODE_NAMES, truthAt, type ConditionInput } from '../src/internal/indicator-condition.js';
import { conditionTruth } from '../src/semantics/condition.js';
import { FALSE, TRUE, UNKNOWN } from '../src/semantics/truth.js';
import { conditionsOver } from './fixtures/conditions.js';

/*
 * The indicator engine decides a condition for every row of a frame, over the columns it read once
 * (`decideTruths`). These tests hold it to the rule on plain rows (`conditionTruth`, semantics) and pin
 * the rule's edges: Kleene logic, an absent field or unknown grade is unknown, "not rated" is a known
 * "no", numbers compare exactly (a numeric-string bound too), dates compare as text.
 */

type Row = Record<string, unknown>;
const FIELDS = ['flags.highTech', 'flags.gapCertified', 'revenue', 'officialMembers', 'foundedOn'] as const;

const fieldOf = (row: Row, path: string): unknown => {
  const dot = path.indexOf('.');
  if (dot < 0) return row[path];
  const group = row[path.slice(0, dot)] as Row | undefined;
  return group?.[path.slice(dot + 1)];
};

type Op = 'gt' | 'gte' | 'lt' | 'lte';

/** The reference: the rule of `semantics/condition.ts` on one plain row. */
const reference = (condition: Condition, row: Row, grade: Grade | 'not-rated' | undefined, effective: readonly Grade[]): number =>
  conditionTruth(condition, { value: (path) => fieldOf(row, path), grade: () => grade }, effective);

/** The engine: columns filled from the rows, then every row decided at once. */
const engine = (condition: Condition, rows: readonly Row[], grades: readonly (Grade | 'not-rated' | undefined)[], effective: readonly Grade[]): number[] => {
  const columns = new Map<string, Column>();
  const input: ConditionInput = {
    rows: rows.length,
    effective,
    column: (path) => {
      let column = columns.get(path);
      if (column === undefined) {
        column = columnOf(
          path,
          rows.map((row) => fieldOf(row, path)),
        );
        columns.set(path, column);
      }
      return column;
    },
    gradeCodes: () => Uint8Array.from(grades, (g) => GRADE_CODE_NAMES.indexOf(g)),
  };
  const truths = decideTruths(condition, input);
  return rows.map((_, row) => truthAt(truths, row));
};

const dates = fc.constantFrom('2021-03-01', '2022-11-20', '2022-11-21', '2022-11-22', '2024-12-31');
const arbRow: fc.Arbitrary<Row> = fc.record(
  {
    flags: fc.record({ highTech: fc.boolean(), gapCertified: fc.boolean() }, { requiredKeys: [] }),
    revenue: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(2.5, -0, 20_000_000_000, 1e-7)),
    officialMembers: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constant(-2_147_483_648)),
    foundedOn: dates,
  },
  { requiredKeys: [] },
);
const arbGrade = fc.constantFrom<Grade | 'not-rated' | undefined>('good', 'fair', 'average', 'weak', 'not-rated', undefined);
const arbBound = fc.oneof(fc.integer({ min: -6, max: 13 }), fc.constantFrom('2.5', '-0.5', '7', '2022-11-21', '2022'));
const arbLeaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ field: fc.constantFrom(...FIELDS), eq: fc.oneof(fc.boolean(), fc.integer({ min: -2, max: 3 }), dates) }),
  fc.record({ field: fc.constantFrom(...FIELDS), in: fc.array(fc.oneof(fc.integer({ min: -2, max: 12 }), dates), { minLength: 1, maxLength: 3 }) }),
  // One bound (the engine's fast path for a number against a number) or several.
  fc.tuple(fc.constantFrom(...FIELDS), fc.constantFrom<Op>('gt', 'gte', 'lt', 'lte'), arbBound).map(([field, op, bound]) => ({ field, [op]: bound }) as Condition),
  fc
    .record({ field: fc.constantFrom(...FIELDS), gt: arbBound, gte: arbBound, lt: arbBound, lte: arbBound }, { requiredKeys: ['field'] })
    .filter((c) => Object.keys(c).length > 1) as fc.Arbitrary<Condition>,
  fc.oneof(fc.constant({ grade: 'effective' as const }), fc.record({ grade: fc.uniqueArray(fc.constantFrom<Grade>('good', 'fair', 'average', 'weak'), { minLength: 1 }) })),
);
const arbCondition: fc.Arbitrary<Condition> = conditionsOver(arbLeaf);

describe('condition truths (every row of a frame decided at once)', () => {
  it('equal the row-by-row reading of the rules for any condition, rows and grades', () => {
    fc.assert(
      fc.property(
        arbCondition,
        fc.array(fc.tuple(arbRow, arbGrade), { maxLength: 40 }),
        fc.uniqueArray(fc.constantFrom<Grade>('good', 'fair', 'average', 'weak'), { minLength: 1 }),
        (condition, table, effective) => {
          const rows = table.map(([row]) => row);
          const grades = table.map(([, grade]) => grade);
          expect(engine(condition, rows, grades, effective)).toEqual(rows.map((row, i) => reference(condition, row, grades[i], effective)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('decide a condition on flags and the grade by the table of their values, every combination as the rule says', () => {
    // Every combination of two flags (true, false, absent) and a grade (each, "not rated", unknown).
    const flagValues = [true, false, undefined];
    const gradeValues: (Grade | 'not-rated' | undefined)[] = [undefined, 'good', 'fair', 'average', 'weak', 'not-rated'];
    const rows: Row[] = [];
    const grades: (Grade | 'not-rated' | undefined)[] = [];
    for (const a of flagValues) for (const b of flagValues) for (const g of gradeValues) {
      const flags: Row = {};
      if (a !== undefined) flags['highTech'] = a;
      if (b !== undefined) flags['gapCertified'] = b;
      rows.push({ flags });
      grades.push(g);
    }
    const conditions: Condition[] = [
      { all: [{ grade: 'effective' }, { any: [{ field: 'flags.highTech', eq: true }, { not: { field: 'flags.gapCertified', eq: false } }] }] },
      { any: [{ grade: ['weak'] }, { not: { field: 'flags.gapCertified', eq: true } }] },
      { field: 'flags.highTech', eq: 1 }, // a flag compared with a number: a known "no"
    ];
    for (const condition of conditions) {
      expect(engine(condition, rows, grades, ['good', 'fair'])).toEqual(rows.map((row, i) => reference(condition, row, grades[i], ['good', 'fair'])));
    }
    // Seven flags and the grade are too many combinations for a table: decided row by row, the same.
    const seven = ['highTech', 'gapCertified', 'ocopProduct', 'enterpriseLinked', 'modelCooperative', 'valueChainLinkage', 'digitalTransformation'];
    const many: Condition = { any: [{ grade: ['good'] }, ...seven.map((flag) => ({ field: `flags.${flag}`, eq: true }))] };
    const sparse: Row[] = [{ flags: { ocopProduct: true } }, { flags: { digitalTransformation: false } }, {}];
    expect(engine(many, sparse, [undefined, undefined, 'weak'], ['good'])).toEqual([TRUE, UNKNOWN, UNKNOWN]);
  });

  it('decide the edges: 79.99 is not ≥ 80, the integer-column marker is a real value, −0 equals 0', () => {
    const rows: Row[] = [{ revenue: 80 }, { revenue: 79.99 }, {}, { officialMembers: -2_147_483_648 }, { revenue: -0 }];
    const grades = rows.map(() => undefined);
    expect(engine({ field: 'revenue', gte: 80 }, rows, grades, ['good'])).toEqual([TRUE, FALSE, UNKNOWN, UNKNOWN, FALSE]);
    expect(engine({ field: 'revenue', gte: '79.99' }, rows, grades, ['good'])).toEqual([TRUE, TRUE, UNKNOWN, UNKNOWN, FALSE]);
    expect(engine({ field: 'officialMembers', lt: -2_147_483_647 }, rows, grades, ['good'])).toEqual([UNKNOWN, UNKNOWN, UNKNOWN, TRUE, UNKNOWN]);
    expect(engine({ field: 'revenue', eq: 0 }, rows, grades, ['good'])).toEqual([FALSE, FALSE, UNKNOWN, UNKNOWN, TRUE]);
    // Counts kept as 32-bit integers: an absent count is unknown, never the marker compared as a number.
    expect(engine({ field: 'officialMembers', lt: 5 }, [{ officialMembers: 3 }, {}, { officialMembers: 5 }], [undefined, undefined, undefined], ['good'])).toEqual([TRUE, UNKNOWN, FALSE]);
  });

  it('decide dates at their edges (kept as numbers YYYYMMDD), and a bound that is not a date as text', () => {
    const rows: Row[] = [{ foundedOn: '2022-11-20' }, { foundedOn: '2022-11-21' }, { foundedOn: '2022-11-22' }, {}];
    const grades = rows.map(() => undefined);
    const on = (condition: Condition) => engine(condition, rows, grades, ['good']);
    expect(on({ field: 'foundedOn', gte: '2022-11-21' })).toEqual([FALSE, TRUE, TRUE, UNKNOWN]);
    expect(on({ field: 'foundedOn', gt: '2022-11-21' })).toEqual([FALSE, FALSE, TRUE, UNKNOWN]);
    expect(on({ field: 'foundedOn', lte: '2022-11-21' })).toEqual([TRUE, TRUE, FALSE, UNKNOWN]);
    expect(on({ field: 'foundedOn', lt: '2022-11-21' })).toEqual([TRUE, FALSE, FALSE, UNKNOWN]);
    // Text bounds compare lexically: every 2022 date is after "2022-11" up to "2022-11-2…" and before "2022-12".
    expect(on({ field: 'foundedOn', gt: '2022-11' })).toEqual([TRUE, TRUE, TRUE, UNKNOWN]);
    expect(on({ field: 'foundedOn', lt: '2022-11-21T' })).toEqual([TRUE, TRUE, FALSE, UNKNOWN]);
    expect(on({ field: 'foundedOn', eq: '2022-11-21' })).toEqual([FALSE, TRUE, FALSE, UNKNOWN]);
    expect(on({ field: 'foundedOn', gte: '2022-11-20', lt: '2022-11-22' })).toEqual([TRUE, TRUE, FALSE, UNKNOWN]);
  });

  it('read a flag compared with a non-boolean as a known "no", an absent flag as unknown', () => {
    const rows: Row[] = [{ flags: { highTech: true } }, { flags: { highTech: false } }, { flags: {} }, {}];
    const grades = rows.map(() => undefined);
    expect(engine({ field: 'flags.highTech', eq: 1 }, rows, grades, ['good'])).toEqual([FALSE, FALSE, UNKNOWN, UNKNOWN]);
    expect(engine({ field: 'flags.highTech', in: [true] } as unknown as Condition, rows, grades, ['good'])).toEqual([TRUE, FALSE, UNKNOWN, UNKNOWN]);
    expect(engine({ not: { field: 'flags.highTech', eq: true } }, rows, grades, ['good'])).toEqual([FALSE, TRUE, UNKNOWN, UNKNOWN]);
  });

  it('count "not rated" as a known "no" for every grade set, no grade as unknown', () => {
    const rows: Row[] = [{}, {}, {}];
    const grades = ['not-rated', undefined, 'fair'] as const;
    expect(engine({ grade: ['good', 'fair', 'average', 'weak'] }, rows, grades, ['good'])).toEqual([FALSE, UNKNOWN, TRUE]);
    expect(engine({ grade: 'effective' }, rows, grades, ['good'])).toEqual([FALSE, UNKNOWN, FALSE]);
  });
});
