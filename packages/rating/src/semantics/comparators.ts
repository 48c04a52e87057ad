import { CoopError, compareRational, rational, subtractRational, addRational, type Comparator, type Rational } from '@coop/model';
import { truthOf, UNKNOWN, type Truth } from './truth.js';

/**
 * Comparators that judge one level value (not growth, not per-unit): `>`, `>=`, `<`, `<=`, `=`,
 * `range` or `approximately`.
 *
 * @example
 * ```ts
 * import { meetsComparator, type LevelComparator } from '@coop/rating';
 * const band: LevelComparator = { kind: 'range', min: 20, max: 25 };
 * meetsComparator(band, 25); // true — both ends are included
 * meetsComparator(band, 27); // true — a development range is met above its top (exceeded)
 * meetsComparator({ ...band, ceiling: { document: 'Quy chế', phrase: 'không quá 25' } }, 27); // false — a ceiling
 * meetsComparator({ kind: 'approximately', value: 30 }, 27, 5); // true — 30 ± 5
 * ```
 */
export type LevelComparator = Extract<Comparator, { kind: '>' | '>=' | '<' | '<=' | '=' | 'range' | 'approximately' }>;

/** A one- or two-sided constraint on a value. */
export interface Constraint {
  readonly lower?: { readonly bound: Rational; readonly strict: boolean };
  readonly upper?: { readonly bound: Rational; readonly strict: boolean };
  /**
   * The upper end of a range or "about" on a development quantity: not a limit (a value above it
   * meets the target), only the mark above which the target is reported as exceeded.
   */
  readonly exceededAbove?: Rational;
}

/**
 * The upper end of a range or "about X": a ceiling (a limit) only where the text says so — the
 * comparator's `ceiling` cites the words —, otherwise a development quantity's upper end, which a
 * value may pass (the target is then met and marked exceeded).
 */
const upperEnd = (comparator: { readonly ceiling?: unknown }, bound: Rational): Pick<Constraint, 'upper' | 'exceededAbove'> =>
  comparator.ceiling === undefined ? { exceededAbove: bound } : { upper: { bound, strict: false } };

/**
 * The tolerance an approximately comparator uses: the target's own, else the option, else an error.
 * The option must already be checked (finite, ≥ 0): every public entry point validates it with its own
 * typed error (`INVALID_ARGUMENT` / `INVALID_OPTIONS`) before it gets here.
 */
export const resolveTolerance = (
  comparator: LevelComparator,
  tolerance: number | undefined,
  targetId?: string,
): { readonly value: number; readonly source: 'target' | 'option' } | undefined => {
  if (comparator.kind !== 'approximately') return undefined;
  if (comparator.tolerance !== undefined) return { value: comparator.tolerance, source: 'target' };
  if (tolerance !== undefined) return { value: tolerance, source: 'option' };
  throw new CoopError(
    'MISSING_TOLERANCE',
    `Target${targetId === undefined ? '' : ` "${targetId}"`} says "about ${comparator.value}" without a tolerance; pass \`tolerance\``,
    { target: targetId, value: comparator.value },
  );
};

/** How a comparator judges: one level value, growth between years, or a level in every unit. */
export type ComparatorFamily = 'level' | 'growth' | 'per-unit';

/** The key of a comparator's wording (the vi/en phrases are in `explain.ts`, one per key). */
export type PhraseKey = 'exceed' | 'at-least' | 'below' | 'at-most' | 'equal' | 'within' | 'about' | 'growth' | 'yearly-growth' | 'every-unit';

/**
 * What the engine needs to know of one comparator kind:
 * - `family`: a level is judged by its {@link Constraint}; growth by a percentage between years
 *   (`growth.ts`); per-unit by the inner level comparator in every unit;
 * - `phrase`: the key of its wording;
 * - `baseline`: `required` — no verdict without a baseline year (`MISSING_BASELINE`); `first-observed`
 *   — the first year with a value stands in for a missing start year (with a warning); `none`;
 * - `constraint`: for a level, the bounds it sets (a value meets it when it is within them; the gap
 *   is the distance to the bound it violates).
 */
export interface ComparatorRule<K extends Comparator['kind'] = Comparator['kind']> {
  readonly family: ComparatorFamily;
  readonly phrase: PhraseKey;
  readonly baseline: 'required' | 'first-observed' | 'none';
  readonly constraint: ((comparator: Comparator & { readonly kind: K }, tolerance: number | undefined) => Constraint) | undefined;
}

const at = (value: number, strict: boolean) => ({ bound: rational(value), strict });

/**
 * The comparators, by kind. To add one: give its model type and schema (`@coop/model`), its entry here
 * (family, phrase key, baseline, constraint for a level), its wording under the phrase key in
 * `explain.ts`, and tests of meets and the gap at both edges.
 */
export const COMPARATORS: { readonly [K in Comparator['kind']]: ComparatorRule<K> } = {
  '>': { family: 'level', phrase: 'exceed', baseline: 'none', constraint: (c) => ({ lower: at(c.value, true) }) },
  '>=': { family: 'level', phrase: 'at-least', baseline: 'none', constraint: (c) => ({ lower: at(c.value, false) }) },
  '<': { family: 'level', phrase: 'below', baseline: 'none', constraint: (c) => ({ upper: at(c.value, true) }) },
  '<=': { family: 'level', phrase: 'at-most', baseline: 'none', constraint: (c) => ({ upper: at(c.value, false) }) },
  '=': { family: 'level', phrase: 'equal', baseline: 'none', constraint: (c) => ({ lower: at(c.value, false), upper: at(c.value, false) }) },
  range: { family: 'level', phrase: 'within', baseline: 'none', constraint: (c) => ({ lower: at(c.min, false), ...upperEnd(c, rational(c.max)) }) },
  approximately: {
    family: 'level',
    phrase: 'about',
    baseline: 'none',
    constraint: (c, tolerance) => {
      // defined for an approximately comparator (else resolveTolerance throws MISSING_TOLERANCE)
      const t = rational((resolveTolerance(c, tolerance) as { readonly value: number }).value);
      const v = rational(c.value);
      return { lower: { bound: subtractRational(v, t), strict: false }, ...upperEnd(c, addRational(v, t)) };
    },
  },
  growth: { family: 'growth', phrase: 'growth', baseline: 'required', constraint: undefined },
  'yearly-growth': { family: 'growth', phrase: 'yearly-growth', baseline: 'first-observed', constraint: undefined },
  'every-unit': { family: 'per-unit', phrase: 'every-unit', baseline: 'none', constraint: undefined },
};

/** Tells whether a comparator judges a level. */
export const isLevelComparator = (comparator: Comparator): comparator is LevelComparator => COMPARATORS[comparator.kind].family === 'level';

/** Turns a level comparator into exact bounds. */
export const constraintOf = (comparator: LevelComparator, tolerance: number | undefined): Constraint =>
  (COMPARATORS[comparator.kind].constraint as (c: LevelComparator, t: number | undefined) => Constraint)(comparator, tolerance);

/** Does the value satisfy the lower bound? */
export const meetsLower = (c: Constraint, value: Rational): boolean => {
  if (c.lower === undefined) return true;
  const cmp = compareRational(value, c.lower.bound);
  return c.lower.strict ? cmp > 0 : cmp >= 0;
};

/** Does the value satisfy the upper bound? */
export const meetsUpper = (c: Constraint, value: Rational): boolean => {
  if (c.upper === undefined) return true;
  const cmp = compareRational(value, c.upper.bound);
  return c.upper.strict ? cmp < 0 : cmp <= 0;
};

/** Is the value above the upper end of a development range or "about" (met and exceeded)? */
export const exceedsConstraint = (c: Constraint, value: Rational): boolean =>
  c.exceededAbove !== undefined && compareRational(value, c.exceededAbove) > 0;

/** Does the value satisfy the constraint (exactly)? */
export const meetsConstraint = (c: Constraint, value: Rational): boolean => meetsLower(c, value) && meetsUpper(c, value);

/**
 * One unit of a per-unit target ("mỗi huyện … tối thiểu 01"): a unit without a value (its records lack
 * the data) is UNKNOWN, never a failing unit; a unit with a value meets the inner constraint or not. The
 * target holds in every unit by Kleene `all` (`allOf`, `truth.ts`): FALSE when a unit with a value
 * fails, else UNKNOWN while a unit is undecided. (A count or sum over a unit with no records is 0, a value.)
 *
 * @param c - the inner comparator's constraint
 * @param value - the unit's value, if any
 * @returns TRUE, FALSE or UNKNOWN
 */
export const unitTruth = (c: Constraint, value: Rational | undefined): Truth => (value === undefined ? UNKNOWN : truthOf(meetsConstraint(c, value)));

/** The value a "progress" computation aims at: the violated bound, else the lower, else the upper bound. */
export const aimOf = (c: Constraint, value: Rational | undefined): Rational => {
  if (value !== undefined && !meetsUpper(c, value) && c.upper !== undefined) return c.upper.bound;
  if (c.lower !== undefined) return c.lower.bound;
  return (c.upper as { bound: Rational }).bound;
};

/**
 * The bound a value violates and which way the value must move to meet it: `more` below the lower
 * bound, `fewer` above the upper one; `undefined` when the value meets the constraint.
 *
 * @example
 * ```ts
 * import { rational } from '@coop/model';
 * import { violatedBound } from '../../src/semantics/comparators.js';
 * violatedBound({ lower: { bound: rational(60), strict: true } }, rational(55))?.change; // 'more'
 * ```
 */
export const violatedBound = (c: Constraint, value: Rational): { readonly change: 'more' | 'fewer'; readonly bound: Rational; readonly strict: boolean } | undefined => {
  if (!meetsLower(c, value)) return { change: 'more', ...(c.lower as { bound: Rational; strict: boolean }) };
  if (!meetsUpper(c, value)) return { change: 'fewer', ...(c.upper as { bound: Rational; strict: boolean }) };
  return undefined;
};
