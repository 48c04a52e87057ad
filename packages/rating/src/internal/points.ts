/**
 * Exact point arithmetic. Points are kept as integers in hundredths of a point ("scaled points"):
 * `79.99` is `7999`, `80` is `8000`, a half point is `50`. Sums and comparisons of scaled points are
 * exact integer operations (far inside the safe-integer range), so 79.99 never rounds up to 80.
 *
 * A number is accepted as points only when it *is* a decimal with at most two places, i.e. it is the
 * double nearest to `k / 100` for an integer `k`; anything finer (`33.333`) is rejected, never rounded.
 */

/** Hundredths per point. */
export const POINT_SCALE = 100;

/**
 * Converts points to scaled hundredths.
 *
 * @param value - points as a JavaScript number
 * @returns the integer number of hundredths, or `NaN` when `value` is not a finite number with at
 * most two decimals
 */
export const toHundredths = (value: unknown): number => {
  if (typeof value !== 'number') return Number.NaN;
  const scaled = Math.round(value * POINT_SCALE);
  return scaled / POINT_SCALE === value ? scaled : Number.NaN;
};

/**
 * Converts scaled hundredths back to a display number (the double nearest to the exact decimal).
 *
 * @param hundredths - an integer number of hundredths
 * @returns points as a JavaScript number
 */
export const fromHundredths = (hundredths: number): number => hundredths / POINT_SCALE;
