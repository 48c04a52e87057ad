import { CoopError, rational, rationalToNumber, type CivilDate, type Label, type Rational } from '@coop/model';
import { PROGRESS_STATUS_LABELS, type EvaluationWarning } from './explain.js';
import { formatNumber } from './internal/target-format.js';
import { growthTrend, linearTrend, statusOfRatio, type TrendInput } from './internal/progress-methods.js';
import { aimOf, constraintOf, meetsConstraint, type Constraint, type LevelComparator } from './internal/target-compare.js';

/** The fixed status vocabulary of targets and progress (see `targets.md`). */
export const PROGRESS_STATUSES = [
  'achieved',
  'on-track',
  'needs-acceleration',
  'limited-progress',
  'deteriorating',
  'not-achieved',
  'insufficient-data',
  'not-applicable',
] as const;

/** A target / progress status. */
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** A trend method: `linear` (ESCAP current-status) or `growth-ratio` (Open SDG / Statistics Canada). */
export type ProgressMethod = 'linear' | 'growth-ratio';

/** Thresholds on the progress ratio R: on track if R ≥ onTrack, acceleration needed if R ≥ acceleration, limited progress if R ≥ deterioration, else deteriorating. */
export interface ProgressThresholds {
  readonly onTrack: number;
  readonly acceleration: number;
  readonly deterioration: number;
}

/** The default thresholds 0.95 / 0.60 / 0 (Open SDG growth-ratio method). */
export const DEFAULT_PROGRESS_THRESHOLDS: ProgressThresholds = { onTrack: 0.95, acceleration: 0.6, deterioration: 0 };

/** One observation of a yearly series. */
export interface ProgressPoint {
  readonly year: number;
  readonly value: Rational | number | string;
}

/** Options of {@link assessProgress}. */
export interface ProgressOptions {
  /** The level comparator of the target. */
  readonly comparator: LevelComparator;
  /** Tolerance for an approximately comparator without its own. */
  readonly tolerance?: number;
  /** The deadline year T (the target must hold by the end of T). */
  readonly deadline: number;
  /** Evaluation date (`YYYY-MM-DD`) or year; observations after its year are ignored. */
  readonly asOf: CivilDate | number;
  /** Year progress is measured from (default: the earliest observation). */
  readonly baselineYear?: number;
  /** `auto` (default), `linear` or `growth-ratio`. */
  readonly method?: 'auto' | ProgressMethod;
  readonly thresholds?: Partial<ProgressThresholds>;
  /** Bounds of the value (e.g. `[0, 100]` for a share): projections never leave them. */
  readonly bounds?: readonly [number, number];
}

/** The numbers behind a progress status (floats are projections, reported as such). */
export interface ProgressNumbers {
  readonly baseYear: number | undefined;
  readonly baseValue: number | undefined;
  readonly nowYear: number | undefined;
  readonly nowValue: number | undefined;
  /** TV: the value aimed at (the violated edge of the comparator). */
  readonly targetValue: number;
  readonly deadline: number;
  /** Growth ratio: observed and required compound annual growth rates, as fractions. */
  readonly observedGrowth?: number;
  readonly requiredGrowth?: number;
  /** Linear: progress so far and share of time elapsed (exact). */
  readonly progress?: Rational;
  readonly elapsed?: Rational;
  /** R = CAGR_obs / CAGR_req (growth ratio) or progress / elapsed (linear). */
  readonly ratio?: number;
  /** Value projected at the deadline at the current pace, clamped to the bounds. */
  readonly projected?: number;
  readonly projectedClamped?: boolean;
}

/** The result of {@link assessProgress}. */
export interface ProgressResult {
  readonly status: ProgressStatus;
  /** The trend method used, when there was a trend to measure. */
  readonly method: ProgressMethod | undefined;
  /** True when the growth-ratio form broke (a zero or non-positive value) and linear was used instead. */
  readonly fellBack: boolean;
  /** Whether the latest observation meets the comparator. */
  readonly met: boolean | undefined;
  readonly deadlinePassed: boolean;
  readonly numbers: ProgressNumbers;
  readonly thresholds: ProgressThresholds;
  readonly warnings: readonly EvaluationWarning[];
  /** One clause in each language, e.g. "on track (growth ratio R = 1.86)". */
  readonly explanation: Label;
}

/**
 * The evaluation year of an `asOf` value.
 *
 * @param asOf - a civil date `YYYY-MM-DD` or a year
 * @returns the year
 * @throws CoopError `INVALID_AS_OF` for anything else
 * @example
 * ```ts
 * import { asOfYear } from '@coop/rating';
 * asOfYear('2025-06-30'); // 2025
 * ```
 */
export const asOfYear = (asOf: CivilDate | number): number => {
  if (typeof asOf === 'number' && Number.isInteger(asOf)) return asOf;
  if (typeof asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asOf)) return Number(asOf.slice(0, 4));
  throw new CoopError('INVALID_AS_OF', `asOf must be a YYYY-MM-DD date or a year, received ${String(asOf)}`, { received: asOf });
};

const clamp = (value: number, bounds: readonly [number, number] | undefined): { value: number; clamped: boolean } => {
  if (bounds === undefined) return { value, clamped: false };
  if (value < bounds[0]) return { value: bounds[0], clamped: true };
  if (value > bounds[1]) return { value: bounds[1], clamped: true };
  return { value, clamped: false };
};

const fmtRatio = (r: number, lang: 'vi' | 'en'): string => formatNumber(r, lang, 2);
const pct = (r: number, lang: 'vi' | 'en'): string => `${formatNumber(r * 100, lang, 1)} %`;

/**
 * Judges progress towards a deadline from a yearly series (UN SDG methods).
 *
 * 1. **achieved** when the latest observation meets the comparator (the trend is still reported);
 * 2. **not-achieved** when the deadline year has ended (asOf year > deadline) and it is not met;
 * 3. **insufficient-data** with fewer than two observed years (from the baseline year on);
 * 4. otherwise a ratio R from a trend method, mapped with the thresholds (default 0.95 / 0.60 / 0):
 *    R ≥ 0.95 on-track, 0.60 ≤ R < 0.95 needs-acceleration, 0 ≤ R < 0.60 limited-progress,
 *    R < 0 deteriorating.
 *
 * Methods. **growth-ratio**: R = CAGR_obs / CAGR_req with CAGR_obs = (I_now/I_base)^(1/(t_now−t_base)) − 1
 * and CAGR_req = (TV/I_base)^(1/(T−t_base)) − 1 (floats). **linear**: R = P / E with progress
 * P = (I_now − I_base)/(TV − I_base) and elapsed time E = (t_now − t_base)/(T − t_base) (exact
 * rationals) — R ≥ 0.95 means the distance covered keeps pace with the time used. TV is the edge of the
 * comparator being aimed at. **Default (`auto`)**: growth-ratio when I_base, I_now and TV are all
 * strictly positive and TV ≠ I_base (positive-valued series: shares, revenue, counts above zero);
 * otherwise linear, with `fellBack: true` and a `GROWTH_FORM_FALLBACK` warning (a zero baseline such as
 * a count starting at 0, or a "= 0" target). Asking for `growth-ratio` explicitly falls back the same
 * way. When TV = I_base (no distance to cover) the linear status is limited-progress if nothing moved
 * and deteriorating if the value moved away. Projections are clamped to `bounds`.
 *
 * @param points - the yearly observations (not mutated; any order)
 * @param options - comparator, deadline, asOf, baseline year, method, thresholds, bounds
 * @returns the status, the method, the numbers and a one-line explanation in both languages
 * @example
 * ```ts
 * import { assessProgress } from '@coop/rating';
 * const result = assessProgress(
 *   [{ year: 2020, value: 40 }, { year: 2023, value: 50 }],
 *   { comparator: { kind: '>=', value: 60 }, deadline: 2030, asOf: 2023 },
 * );
 * result.status; // 'on-track' (R ≈ 1.86)
 * ```
 */
export const assessProgress = (points: readonly ProgressPoint[], options: ProgressOptions): ProgressResult =>
  assessProgressWith(points, constraintOf(options.comparator, options.tolerance), options);

/** @internal {@link assessProgress} over an exact constraint (used for growth targets and unit counts). */
export const assessProgressWith = (
  points: readonly ProgressPoint[],
  constraint: Constraint,
  options: Omit<ProgressOptions, 'comparator' | 'tolerance'>,
): ProgressResult => {
  const thresholds: ProgressThresholds = { ...DEFAULT_PROGRESS_THRESHOLDS, ...options.thresholds };
  const year = asOfYear(options.asOf);
  const warnings: EvaluationWarning[] = [];
  const byYear = new Map<number, Rational>();
  for (const point of points) {
    if (point.year > year) continue;
    if (byYear.has(point.year)) {
      warnings.push({
        code: 'DUPLICATE_YEAR',
        message: { vi: `Năm ${point.year} có nhiều giá trị; dùng giá trị sau cùng`, en: `Year ${point.year} has several values; the last is used` },
        details: { year: point.year },
      });
    }
    byYear.set(point.year, rational(point.value));
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const deadlinePassed = year > options.deadline;
  const nowYear = years.at(-1);
  const now = nowYear === undefined ? undefined : (byYear.get(nowYear) as Rational);
  const aim = aimOf(constraint, now);
  const met = now === undefined ? undefined : meetsConstraint(constraint, now);

  let baseYear: number | undefined = years[0];
  if (options.baselineYear !== undefined) {
    baseYear = years.find((y) => y >= (options.baselineYear as number));
    if (baseYear !== options.baselineYear) {
      warnings.push({
        code: 'BASELINE_NOT_OBSERVED',
        message: {
          vi: `Không có số liệu năm gốc ${options.baselineYear}${baseYear === undefined ? '' : `; dùng năm ${baseYear}`}`,
          en: `No observation for the baseline year ${options.baselineYear}${baseYear === undefined ? '' : `; ${baseYear} is used`}`,
        },
        details: { baselineYear: options.baselineYear, used: baseYear },
      });
    }
  }
  const base = baseYear === undefined ? undefined : byYear.get(baseYear);

  const numbers: {
    -readonly [K in keyof ProgressNumbers]: ProgressNumbers[K];
  } = {
    baseYear,
    baseValue: base === undefined ? undefined : rationalToNumber(base),
    nowYear,
    nowValue: now === undefined ? undefined : rationalToNumber(now),
    targetValue: rationalToNumber(aim),
    deadline: options.deadline,
  };

  let method: ProgressMethod | undefined;
  let fellBack = false;
  let trendStatus: ProgressStatus | undefined;
  let trendText: Label | undefined;
  if (base !== undefined && now !== undefined && baseYear !== undefined && nowYear !== undefined && nowYear > baseYear && nowYear <= options.deadline) {
    const input: TrendInput = { baseYear, base, nowYear, now, aim, deadline: options.deadline };
    const wanted = options.method ?? 'auto';
    const growth = wanted === 'linear' ? undefined : growthTrend(input);
    if (growth !== undefined) {
      method = 'growth-ratio';
      numbers.observedGrowth = growth.observed;
      numbers.requiredGrowth = growth.required;
      numbers.ratio = growth.ratio;
      const projected = clamp(growth.projected, options.bounds);
      numbers.projected = projected.value;
      numbers.projectedClamped = projected.clamped;
      trendStatus = statusOfRatio(growth.ratio, thresholds);
      trendText = {
        vi: `tăng trưởng kép thực tế ${pct(growth.observed, 'vi')}/năm, cần ${pct(growth.required, 'vi')}/năm (R = ${fmtRatio(growth.ratio, 'vi')})`,
        en: `observed compound growth ${pct(growth.observed, 'en')} a year, required ${pct(growth.required, 'en')} (R = ${fmtRatio(growth.ratio, 'en')})`,
      };
    } else {
      if (wanted !== 'linear') {
        fellBack = true;
        warnings.push({
          code: 'GROWTH_FORM_FALLBACK',
          message: {
            vi: 'Giá trị bằng 0 (hoặc không dương, hoặc mục tiêu bằng năm gốc) làm phương pháp tăng trưởng không dùng được; dùng phương pháp tuyến tính',
            en: 'A zero (or non-positive value, or a target equal to the baseline) breaks the growth form; the linear method is used',
          },
        });
      }
      method = 'linear';
      const linear = linearTrend(input);
      numbers.elapsed = linear.elapsed;
      if (linear.progress !== undefined) numbers.progress = linear.progress;
      const projected = clamp(linear.projected, options.bounds);
      numbers.projected = projected.value;
      numbers.projectedClamped = projected.clamped;
      if (linear.ratio !== undefined) {
        numbers.ratio = rationalToNumber(linear.ratio);
        trendStatus = statusOfRatio(linear.ratio, thresholds);
        trendText = {
          vi: `${fellBack ? 'chuyển sang phương pháp tuyến tính do có giá trị 0; ' : ''}tuyến tính: đã đi ${pct(rationalToNumber(linear.progress as Rational), 'vi')} chặng đường trong ${pct(rationalToNumber(linear.elapsed), 'vi')} thời gian (R = ${fmtRatio(numbers.ratio, 'vi')})`,
          en: `${fellBack ? 'linear method used because a zero breaks the growth form; ' : ''}linear: ${pct(rationalToNumber(linear.progress as Rational), 'en')} of the way covered in ${pct(rationalToNumber(linear.elapsed), 'en')} of the time (R = ${fmtRatio(numbers.ratio, 'en')})`,
        };
      } else {
        trendStatus = linear.direction === 'none' ? 'limited-progress' : 'deteriorating';
        trendText = { vi: 'tuyến tính: giá trị chưa tiến về mục tiêu', en: 'linear: the value has not moved towards the target' };
      }
    }
  }

  let status: ProgressStatus;
  if (met === true) status = 'achieved';
  else if (deadlinePassed) status = 'not-achieved';
  else if (trendStatus === undefined) status = 'insufficient-data';
  else status = trendStatus;

  const head = PROGRESS_STATUS_LABELS[status];
  const why: Label | undefined =
    status === 'insufficient-data'
      ? { vi: 'cần số liệu của ít nhất hai năm', en: 'observations for at least two years are needed' }
      : trendText;
  const explanation: Label =
    why === undefined ? { vi: `Tiến độ: ${head.vi}`, en: `Progress: ${head.en}` } : { vi: `Tiến độ: ${head.vi} (${why.vi})`, en: `Progress: ${head.en} (${why.en})` };
  return { status, method, fellBack, met, deadlinePassed, numbers, thresholds, warnings, explanation };
};
