import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARD_2803_2023 } from '../src/catalog/plans/mard-2803.js';
import { RESOLUTION_134_2020 } from '../src/catalog/plans/resolution-134.js';
import { THAI_NGUYEN_42_2024 } from '../src/catalog/plans/thai-nguyen-42.js';
import { coerceCsv } from '../src/internal/csv-coercion.js';
import { field, parseWith } from '../src/internal/parse-core.js';
import type { Issue, ParseResult } from '../src/issue.js';
import { parsePlan, type ParseOptions } from '../src/parse.js';
import { PlanSchema } from '../src/plan.js';

// parsePlan reads `targets` and `tasks` item by item; these tests hold it to the issues of one parse
// of the whole plan with PlanSchema (the reference below), and check that the work stops at maxIssues.

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const base = plain(THAI_NGUYEN_42_2024) as Record<string, unknown>;
const target = plain((THAI_NGUYEN_42_2024.targets as readonly unknown[])[0]);
const task = plain((RESOLUTION_134_2020.tasks as readonly unknown[])[0]);

/** One zod parse of the whole plan, with parsePlan's duplicate-id check: the behaviour before item-by-item reading. */
const reference = (input: unknown, options?: ParseOptions): ParseResult<unknown> =>
  parseWith(PlanSchema, input, options, coerceCsv, (value) =>
    (['targets', 'tasks'] as const).flatMap((key) => {
      const items = field(value, key);
      if (!Array.isArray(items)) return [];
      const first = new Map<string, number>();
      return items.flatMap((item, index) => {
        const id = field(item, 'id');
        if (typeof id !== 'string' || id.length === 0) return [];
        const seen = first.get(id);
        if (seen === undefined) first.set(id, index);
        return seen === undefined ? [] : [{ path: [key, index, 'id'], code: 'duplicate' as const, expected: `index ${seen}`, received: id }];
      });
    }),
  );

/** Issues as compared: the closing too_many_issues issue may say `N+` where the reference counted all. */
const comparable = (result: ParseResult<unknown>): unknown =>
  result.ok ? result : result.issues.map((issue: Issue) => (issue.code === 'too_many_issues' ? { code: issue.code, expected: issue.expected } : issue));

describe('parsePlan reads targets and tasks item by item', () => {
  it('stops reading 100 000 empty targets once maxIssues issues are found', () => {
    const plan = { ...base, targets: Array.from({ length: 100_000 }, () => ({})) };
    const result = parsePlan(plan, { maxIssues: 10 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.length).toBeLessThanOrEqual(11);
    expect(result.issues.at(-1)).toMatchObject({ code: 'too_many_issues', path: [], expected: '10', received: '10+' });
    expect(result.issues.slice(0, -1).every((issue) => issue.path[0] === 'targets' && typeof issue.path[1] === 'number' && issue.path[1] < 10)).toBe(true);
    expect(result.issues[0]).toMatchObject({ path: ['targets', 0, 'id'], code: 'missing' });
  });

  it('keeps the issues, their order and the value of one parse of the whole plan', () => {
    for (const plan of [THAI_NGUYEN_42_2024, RESOLUTION_134_2020, MARD_2803_2023]) {
      const result = parsePlan(plan);
      expect(result.ok).toBe(true);
      expect(result).toEqual(reference(plan));
    }
    const messy = {
      ...base,
      id: '',
      extra: 1,
      targets: [{}, target, { ...(target as object), deadline: 'x' }],
      cycles: [''],
      tasks: [task, task, null],
      source: { document: 1 },
    };
    expect(comparable(parsePlan(messy))).toEqual(comparable(reference(messy)));
    expect(comparable(parsePlan(messy, { maxIssues: 4 }))).toEqual(comparable(reference(messy, { maxIssues: 4 })));
    expect(parsePlan({ ...base, targets: 'none', tasks: {} })).toEqual(reference({ ...base, targets: 'none', tasks: {} }));
  });

  it('matches one parse of the whole plan on generated plans (with and without CSV coercion and caps)', () => {
    const junk = fc.oneof(fc.constant({}), fc.constant(null), fc.constant('x'), fc.constant([]), fc.integer());
    const bent = (good: unknown) =>
      fc.oneof(
        fc.constant(good),
        junk,
        fc
          .record({ key: fc.constantFrom(...Object.keys(good as object), 'extra'), value: fc.oneof(junk, fc.constant(undefined), fc.constant('1.000'), fc.constant('2030')) })
          .map(({ key, value }) => ({ ...(good as object), [key]: value })),
      );
    fc.assert(
      fc.property(
        fc.array(bent(target), { maxLength: 8 }),
        fc.array(bent(task), { maxLength: 8 }),
        fc.record({ id: fc.constantFrom('p', '', 3), stray: fc.boolean(), source: fc.constantFrom(undefined, { document: 1 }, { document: 'QĐ' }) }),
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        fc.boolean(),
        (targets, tasks, top, maxIssues, csv) => {
          const plan: Record<string, unknown> = { ...base, id: top.id, targets, tasks };
          if (top.source !== undefined) plan['source'] = top.source;
          if (top.stray) plan['stray'] = true;
          const options: ParseOptions = { ...(maxIssues === undefined ? {} : { maxIssues }), ...(csv ? { coerce: 'csv' as const } : {}) };
          expect(comparable(parsePlan(plan, options))).toEqual(comparable(reference(plan, options)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
