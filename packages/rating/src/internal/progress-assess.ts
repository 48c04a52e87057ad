import { rationalToNumber, type Label, type Rational } from '@coop/model';
import { PROGRESS_STATUS_LABELS } from '../explain.js';
import { formatDecimal } from './target-format.js';
import { growthTrend, linearTrend, statusOfRatio, type TrendInput } from '../semantics/progress.js';
import { aimOf, meetsConstraint, type Constraint } from '../semantics/comparators.js';
import type { EvaluationWarning, ProgressMethod, ProgressNumbers, ProgressResult, ProgressStatus, ProgressThresholds } from '../evaluation-types.js';

const clamp = (value: number, bounds: readonly [number, number] | undefined): { value: number; clamped: boolean } => {
  if (bounds === undefined) return { value, clamped: false };
  if (value < bounds[0]) return { value: bounds[0], clamped: true };
  if (value > bounds[1]) return { value: bounds[1], clamped: true };
  return { value, clamped: false };
};

const fmtRatio = (r: number, lang: 'vi' | 'en'): string => formatDecimal(r, lang, 2);
const pct = (r: number, lang: 'vi' | 'en'): string => `${formatDecimal(r * 100, lang, 1)} %`;

/** Validated progress options (thresholds complete, the asOf year resolved). */
export interface ProgressRun {
  readonly deadline: number;
  readonly year: number;
  readonly baselineYear?: number;
  readonly method?: 'auto' | ProgressMethod;
  readonly thresholds: ProgressThresholds;
  readonly bounds?: readonly [number, number];
}

/** A yearly observation with an exact value. */
export interface ExactPoint {
  readonly year: number;
  readonly value: Rational;
}

/**
 * `assessProgress` over validated points and an exact constraint (also used for growth targets and
 * unit counts). See `assessProgress` for the rules.
 */
export const assessChecked = (points: readonly ExactPoint[], constraint: Constraint, options: ProgressRun): ProgressResult => {
  const thresholds = options.thresholds;
  const year = options.year;
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
    byYear.set(point.year, point.value);
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
    if (met === false && meetsConstraint(constraint, base)) {
      // Met at the baseline, not any more: the value moved away from the target, whatever share of a
      // "distance to the target" the formulas would compute (a ceiling crossed from below looks like progress).
      trendStatus = 'deteriorating';
      trendText = {
        vi: `đã đạt năm ${baseYear}, không còn đạt năm ${nowYear}`,
        en: `met in ${baseYear}, no longer met in ${nowYear}`,
      };
    } else {
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
          // The baseline sits on the target's edge: no distance to measure. Met now means it moved across
          // the edge (the status says achieved, no trend text to contradict it); otherwise it stayed or left.
          trendStatus = linear.direction === 'none' ? 'limited-progress' : 'deteriorating';
          if (met !== true) trendText = { vi: 'tuyến tính: giá trị chưa tiến về mục tiêu', en: 'linear: the value has not moved towards the target' };
        }
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
