import { CoopError, compareRational, rational, subtractRational, addRational, type Comparator, type Rational } from '@coop/model';

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

/** Tells whether a comparator judges a level. */
export const isLevelComparator = (comparator: Comparator): comparator is LevelComparator =>
  comparator.kind !== 'growth' && comparator.kind !== 'yearly-growth' && comparator.kind !== 'every-unit';

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

/** Turns a level comparator into exact bounds. */
export const constraintOf = (comparator: LevelComparator, tolerance: number | undefined): Constraint => {
  switch (comparator.kind) {
    case '>':
      return { lower: { bound: rational(comparator.value), strict: true } };
    case '>=':
      return { lower: { bound: rational(comparator.value), strict: false } };
    case '<':
      return { upper: { bound: rational(comparator.value), strict: true } };
    case '<=':
      return { upper: { bound: rational(comparator.value), strict: false } };
    case '=': {
      const v = rational(comparator.value);
      return { lower: { bound: v, strict: false }, upper: { bound: v, strict: false } };
    }
    case 'range':
      return { lower: { bound: rational(comparator.min), strict: false }, ...upperEnd(comparator, rational(comparator.max)) };
    case 'approximately': {
      // defined for an approximately comparator (else resolveTolerance throws MISSING_TOLERANCE)
      const t = rational((resolveTolerance(comparator, tolerance) as { readonly value: number }).value);
      const v = rational(comparator.value);
      return { lower: { bound: subtractRational(v, t), strict: false }, ...upperEnd(comparator, addRational(v, t)) };
    }
  }
};

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

/** The value a "progress" computation aims at: the violated bound, else the lower, else the upper bound. */
export const aimOf = (c: Constraint, value: Rational | undefined): Rational => {
  if (value !== undefined && !meetsUpper(c, value) && c.upper !== undefined) return c.upper.bound;
  if (c.lower !== undefined) return c.lower.bound;
  return (c.upper as { bound: Rational }).bound;
};
