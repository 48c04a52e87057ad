import { compareRational, divideRational, rational, rationalToNumber, subtractRational, type Rational } from '@coop/model';

/** Thresholds on the progress ratio R. */
export interface Thresholds {
  readonly onTrack: number;
  readonly acceleration: number;
  readonly deterioration: number;
}

/** Maps a ratio R to a status with the thresholds (R ≥ onTrack → on track, …, R < deterioration → deteriorating). */
export const statusOfRatio = (
  ratio: Rational | number,
  t: Thresholds,
): 'on-track' | 'needs-acceleration' | 'limited-progress' | 'deteriorating' => {
  const geq = (x: number): boolean =>
    typeof ratio === 'number' ? ratio >= x : compareRational(ratio, rational(x)) >= 0;
  if (geq(t.onTrack)) return 'on-track';
  if (geq(t.acceleration)) return 'needs-acceleration';
  if (geq(t.deterioration)) return 'limited-progress';
  return 'deteriorating';
};

/** The inputs of a trend method: base and current observations, the aimed value and the deadline. */
export interface TrendInput {
  readonly baseYear: number;
  readonly base: Rational;
  readonly nowYear: number;
  readonly now: Rational;
  readonly aim: Rational;
  readonly deadline: number;
}

/** Linear current-status method (ESCAP): exact rationals. */
export interface LinearOutcome {
  readonly progress: Rational | undefined;
  readonly elapsed: Rational;
  readonly ratio: Rational | undefined;
  /** When the aim equals the base (no distance to cover): the direction of the change so far. */
  readonly direction: 'towards' | 'none' | 'away' | undefined;
  readonly projected: number;
}

/**
 * progress P = (I_now − I_base) / (TV − I_base), elapsed E = (t_now − t_base) / (T − t_base), R = P / E.
 * Projection (for information): I_now + slope × (T − t_now), slope = (I_now − I_base) / (t_now − t_base).
 */
export const linearTrend = (input: TrendInput): LinearOutcome => {
  const elapsed = rational(input.nowYear - input.baseYear, input.deadline - input.baseYear);
  const moved = subtractRational(input.now, input.base);
  const span = subtractRational(input.aim, input.base);
  const slope = rationalToNumber(moved) / (input.nowYear - input.baseYear);
  const projected = rationalToNumber(input.now) + slope * (input.deadline - input.nowYear);
  if (span.num === 0n) {
    return { progress: undefined, elapsed, ratio: undefined, direction: moved.num === 0n ? 'none' : 'away', projected };
  }
  const progress = divideRational(moved, span);
  return { progress, elapsed, ratio: divideRational(progress, elapsed), direction: undefined, projected };
};

/** Growth-ratio method (Open SDG / Statistics Canada): floats, as a projection. */
export interface GrowthOutcome {
  readonly observed: number;
  readonly required: number;
  readonly ratio: number;
  readonly projected: number;
}

/**
 * CAGR_obs = (I_now / I_base)^(1/(t_now − t_base)) − 1, CAGR_req = (TV / I_base)^(1/(T − t_base)) − 1,
 * R = CAGR_obs / CAGR_req; projection I_now · (1 + CAGR_obs)^(T − t_now). `undefined` when a value is
 * not strictly positive or the aim equals the base (the growth form breaks).
 */
export const growthTrend = (input: TrendInput): GrowthOutcome | undefined => {
  if (input.base.num <= 0n || input.now.num <= 0n || input.aim.num <= 0n) return undefined;
  if (compareRational(input.aim, input.base) === 0) return undefined;
  const base = rationalToNumber(input.base);
  const now = rationalToNumber(input.now);
  const aim = rationalToNumber(input.aim);
  const observed = (now / base) ** (1 / (input.nowYear - input.baseYear)) - 1;
  const required = (aim / base) ** (1 / (input.deadline - input.baseYear)) - 1;
  if (required === 0 || !Number.isFinite(required)) return undefined;
  return { observed, required, ratio: observed / required, projected: now * (1 + observed) ** (input.deadline - input.nowYear) };
};
