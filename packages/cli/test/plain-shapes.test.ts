/**
 * The argument shapes written as data (src/internal/plain-shapes.ts, checked without zod) answer exactly as
 * the zod schemas they replace (as src/internal/argument-shapes.ts wrote them before, with the bounds of
 * the counts and widths since): the same issues, messages and values, argument by argument, for valid
 * values and for values of every wrong kind.
 */
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { parseWithSchema } from '@coop/model';
import * as plain from '../src/internal/plain-shapes.js';

const text = z.string();
const lang = z.enum(['vi', 'en']);
/** The bounded counts and widths (plain-shapes.ts's BAR_WIDTH, TICK_COUNT, COLUMN_WIDTH), as zod writes them. */
const tickCount = z.int().check(z.gte(1), z.lte(1000));

/** The zod schemas of each shape list, as the CLI wrote them until the plain shapes replaced them. */
const ZOD: Record<string, readonly z.ZodMiniType[]> = {
  NONE: [],
  ONE_TEXT: [text],
  HEADING: [text, z.optional(text)],
  TEXT_AND_LANG: [text, lang],
  TEXT_LIST: [z.array(text)],
  PROGRESS_BAR: [z.number(), z.number(), z.optional(z.int().check(z.gte(0), z.lte(1000)))],
  YEAR_TICKS: [z.int(), z.int(), z.optional(tickCount)],
  RENDER_TABLE: [z.array(z.looseObject({ header: text, align: z.optional(z.enum(['left', 'right'])), maxWidth: z.optional(z.int().check(z.gte(1))) })), z.array(z.array(text))],
  AXIS_TICKS: [z.number(), z.number(), z.optional(z.looseObject({ count: z.optional(tickCount), integer: z.optional(z.boolean()), bounds: z.optional(z.tuple([z.number(), z.number()])) }))],
  GRADE_KEY_LABEL: [z.enum(['good', 'fair', 'average', 'weak', 'incomplete', 'not-rated']), lang],
  RULEBOOK_FOR: [z.looseObject({ year: z.number() }), z.optional(z.looseObject({ id: text })), z.number()],
  POPULATION_PHRASE: [z.looseObject({ kinds: z.optional(z.array(text)), sectors: z.optional(z.array(text)), sectorGroup: z.optional(text) }), lang],
};

/** Valid values and values of every wrong kind, for any argument. */
const VALUES: readonly unknown[] = [
  undefined, null, true, 0, 1, -3, 1000, 1001, 1e9, -(2 ** 60), 2.5, 2 ** 60, Number.NaN, Number.POSITIVE_INFINITY, '', 'x', 'vi', 'fr', 'good', 'left', '10', 5n, new Date(0), Symbol('s'),
  [], ['a', 'b'], [1, 2], [['1', '2'], ['3', 4]], [{ header: 'A', align: 'right', maxWidth: 8 }, { header: 3, align: 'up', maxWidth: 1.5 }, {}], [{ header: 'B', maxWidth: 1 }, { header: 'C', maxWidth: 0 }],
  {}, { year: 2024, id: 'r' }, { year: '2024' }, { count: 5, integer: true, bounds: [0, 10] }, { count: 'five', bounds: [0] }, { count: 0 }, { count: 1000 }, { count: 1e9 },
  { kinds: ['cooperative'], sectors: 'farm', sectorGroup: 7 },
];
const LIMITS = { maxIssues: 20, maxNodes: 1000, maxDepth: 8 };

describe('@coop/cli: the plain argument shapes (no zod)', () => {
  it('every shape list of plain-shapes.ts is compared here', () => {
    const lists = Object.keys(plain).filter((name) => typeof (plain as Record<string, unknown>)[name] === 'function');
    expect(lists.sort()).toEqual(Object.keys(ZOD).sort());
  });
  for (const [name, schemas] of Object.entries(ZOD)) {
    it(`${name}: the same answers as the zod schemas it replaces`, () => {
      const checks = (plain as unknown as Record<string, () => ReadonlyArray<(value: unknown, limits: object) => unknown>>)[name]!();
      expect(checks.length).toBe(schemas.length);
      checks.forEach((check, index) => {
        for (const value of VALUES) expect(check(value, LIMITS)).toEqual(parseWithSchema(schemas[index]!, value, LIMITS));
      });
    });
  }
});
