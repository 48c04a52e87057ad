/*
 * Truth over missing data. A condition on an organisation-year is true, false, or unknown (the data
 * needed to decide it is missing). Missing is never "no": `all`, `any` and `not` follow Kleene's strong
 * three-valued logic — false wins an `all`, true wins an `any`, otherwise any unknown part leaves the
 * whole unknown.
 */

/** The condition does not hold. */
export const FALSE = 0;
/** The condition holds. */
export const TRUE = 1;
/** The data cannot decide the condition (a field is absent, the grade is not known). */
export const UNKNOWN = 2;

/** Three-valued truth: {@link FALSE}, {@link TRUE} or {@link UNKNOWN}. */
export type Truth = typeof FALSE | typeof TRUE | typeof UNKNOWN;

/** Kleene `and`: false if either is false, else unknown if either is unknown, else true. */
export const and = (a: Truth, b: Truth): Truth => (a === FALSE || b === FALSE ? FALSE : a === UNKNOWN || b === UNKNOWN ? UNKNOWN : TRUE);

/** Kleene `or`: true if either is true, else unknown if either is unknown, else false. */
export const or = (a: Truth, b: Truth): Truth => (a === TRUE || b === TRUE ? TRUE : a === UNKNOWN || b === UNKNOWN ? UNKNOWN : FALSE);

/** Kleene `not`: unknown stays unknown. */
export const not = (a: Truth): Truth => (a === UNKNOWN ? UNKNOWN : a === TRUE ? FALSE : TRUE);

/** A boolean as a known truth. */
export const truthOf = (holds: boolean): Truth => (holds ? TRUE : FALSE);

/** Kleene `all` over many truths: false if any is false, else unknown if any is unknown, else true (none: true). */
export const allOf = (truths: Iterable<Truth>): Truth => {
  let t: Truth = TRUE;
  for (const part of truths) t = and(t, part);
  return t;
};
