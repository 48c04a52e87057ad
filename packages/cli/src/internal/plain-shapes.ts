/**
 * The documented argument shapes of the library entry's functions that take plain values — a text, a
 * number, a language, a grade key, a table's columns and cells, a few options — written as data and
 * checked by `@coop/model`'s `parseWithShape`, which gives the same issues as `parseWithSchema` with the
 * matching zod schema (its test compares the two) without zod: a portal that imports `escapeHtml` or
 * `renderTable` alone does not bundle a schema library (measured in
 * docs/decisions/0022-cli-light-argument-checks.md). The structures of rating, grading, deadlines and
 * the report are in ./argument-shapes.ts. A field the function does not read is kept and not checked.
 */
import { parseWithShape, type DataShape } from '@coop/model';
import type { ArgumentCheck, ArgumentChecks } from '../guard.js';

/** The checks of a function's arguments, one shape each (`@coop/model`'s `parseWithShape`). */
const shapes = (...list: readonly DataShape[]): ArgumentCheck[] => list.map((shape) => (value, limits) => parseWithShape(shape, value, limits));

const maybe = (shape: DataShape): DataShape => ({ optional: shape });
// Module-level shapes are literals (no calls), so a bundle that does not use them drops them.
const TEXTS: DataShape = { listOf: 'string' };
const LANG: DataShape = { oneOf: ['vi', 'en'] };

// The bounds of the counts and widths the CLI's functions take (whole numbers: a fraction, a negative
// width or a count of a billion is refused up front), each what the code needs. Each is its own
// literal: a shape that read a field of a shared object would be a property access, which a bundler
// keeps (and with it every shape that reads it).

/**
 * The columns of a progress bar (0: an empty bar): it is written with `repeat(width)`, so a width of
 * 10⁹ was a RangeError and 10⁸ a 100 MB string; no terminal shows 1 000 columns.
 */
export const BAR_WIDTH = { min: 0, max: 1000 } as const;
/** About how many ticks an axis asks for: d3's `ticks(count)` makes about that many (0 makes none; no axis labels 1 000). */
export const TICK_COUNT = { min: 1, max: 1000 } as const;
/** The width a table column truncates to (1: only `…`; 0 truncated nothing, a negative width everything). */
export const COLUMN_WIDTH = { min: 1 } as const;
/**
 * The width and height of a chart, in `viewBox` units: the margins and the number of year ticks are
 * taken from them (100 leaves room for every chart's margins; 10 000 is wider than an 8K screen).
 */
export const CHART_SIZE = { min: 100, max: 10_000 } as const;

/** The grade keys, in the order the issues list them (as ./argument-shapes.ts's grade rows do). */
export const GRADE_KEYS = ['good', 'fair', 'average', 'weak', 'incomplete', 'not-rated'] as const;

/** A column of `renderTable`. */
const COLUMN: DataShape = { fields: { header: 'string', align: { optional: { oneOf: ['left', 'right'] } }, maxWidth: { optional: { integer: COLUMN_WIDTH } } } };
/** The options of `axisTicks`. */
const TICK_OPTIONS: DataShape = { fields: { count: { optional: { integer: TICK_COUNT } }, integer: { optional: 'boolean' }, bounds: { optional: { tuple: ['number', 'number'] } } } };
/** What `populationPhrase` reads of a target's population. */
const POPULATION: DataShape = { fields: { kinds: { optional: TEXTS }, sectors: { optional: TEXTS }, sectorGroup: { optional: 'string' } } };

// The shapes of each export, in argument order.
export const NONE: ArgumentChecks = () => [];
export const ONE_TEXT: ArgumentChecks = () => shapes('string');
export const HEADING: ArgumentChecks = () => shapes('string', maybe('string'));
export const TEXT_AND_LANG: ArgumentChecks = () => shapes('string', LANG);
export const TEXT_LIST: ArgumentChecks = () => shapes(TEXTS);
export const PROGRESS_BAR: ArgumentChecks = () => shapes('number', 'number', maybe({ integer: BAR_WIDTH }));
export const RENDER_TABLE: ArgumentChecks = () => shapes({ listOf: COLUMN }, { listOf: TEXTS });
export const AXIS_TICKS: ArgumentChecks = () => shapes('number', 'number', maybe(TICK_OPTIONS));
export const YEAR_TICKS: ArgumentChecks = () => shapes('integer', 'integer', maybe({ integer: TICK_COUNT }));
export const GRADE_KEY_LABEL: ArgumentChecks = () => shapes({ oneOf: GRADE_KEYS }, LANG);
export const RULEBOOK_FOR: ArgumentChecks = () => shapes({ fields: { year: 'number' } }, maybe({ fields: { id: 'string' } }), 'number');
export const POPULATION_PHRASE: ArgumentChecks = () => shapes(POPULATION, LANG);
