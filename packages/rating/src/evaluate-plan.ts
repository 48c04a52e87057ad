import { isCoopError, PLANS, type Label, type Plan, type Target, type YearlyRecord, type AreaInput } from '@coop/model';
import { createEvaluationCache, type EvaluationCache } from './compute-indicator.js';
import { PROGRESS_STATUS_LABELS, type EvaluationWarning } from './explain.js';
import { evaluateTarget, type EvaluateTargetOptions, type SeriesObservation, type TargetResult } from './evaluate-target.js';
import { asOfYear, PROGRESS_STATUSES, type ProgressStatus } from './progress.js';

/** The data a plan is evaluated on. */
export interface PlanData {
  /** Organisation-year records (used by every target without a series). */
  readonly records?: readonly YearlyRecord[];
  /** Already-aggregated series by target id (or `planId/targetId` for an inherited target). */
  readonly series?: Readonly<Record<string, SeriesObservation>>;
  /** Area list (or an area index with `areas`). */
  readonly areas?: readonly AreaInput[] | { readonly areas: readonly AreaInput[] };
}

/** Options of {@link evaluatePlan}. */
export interface EvaluatePlanOptions
  extends Omit<EvaluateTargetOptions, 'indicator' | 'tolerance' | 'baselineYear' | 'areas' | 'cache'> {
  /** Also evaluate the targets of the plans this one implements (nearest first). */
  readonly includeParents?: boolean;
  /** Plans to find parents in (default: the built-in catalog). */
  readonly plans?: readonly Plan[];
  /** Tolerance for approximately targets: one for all, or by target id (`targetId` or `planId/targetId`). */
  readonly tolerance?: number | Readonly<Record<string, number>>;
  /** Baseline year: one for all, or by target id. Falls back to each plan's `baseYear` (with a warning for growth targets). */
  readonly baselineYear?: number | Readonly<Record<string, number>>;
  /** A memo shared with other evaluations (one is created per call otherwise). */
  readonly cache?: EvaluationCache;
}

/** Why a target could not be evaluated: a typed code (the `CoopError` code), a message and details. */
export interface TargetError {
  readonly code: string;
  readonly message: Label;
  readonly details: Readonly<Record<string, unknown>>;
}

/** One target of a plan evaluation: its result, or the error that kept it from being evaluated. */
export type PlanTargetEntry =
  | { readonly ok: true; readonly planId: string; readonly targetId: string; readonly inherited: boolean; readonly target: Target; readonly result: TargetResult }
  | { readonly ok: false; readonly planId: string; readonly targetId: string; readonly inherited: boolean; readonly target: Target; readonly error: TargetError };

/** Counts of a plan evaluation. `total = evaluated + notEvaluated`; nothing is skipped silently. */
export interface PlanSummary {
  readonly total: number;
  readonly evaluated: number;
  /** Targets with an error entry (missing input, tolerance, baseline, indicator or observations). */
  readonly notEvaluated: number;
  readonly byStatus: Readonly<Record<ProgressStatus, number>>;
  /** achieved + on-track. */
  readonly onTrack: number;
  /** needs-acceleration + limited-progress + deteriorating + not-achieved. */
  readonly offTrack: number;
  /** insufficient-data + not-applicable. */
  readonly unknown: number;
}

/** The result of {@link evaluatePlan}. */
export interface PlanEvaluation {
  readonly planId: string;
  /** The plans evaluated: this one, then its ancestors when `includeParents`. */
  readonly plans: readonly string[];
  readonly entries: readonly PlanTargetEntry[];
  readonly summary: PlanSummary;
  readonly warnings: readonly EvaluationWarning[];
  readonly explanation: Label;
}

const VI_ERRORS: Readonly<Record<string, (d: Readonly<Record<string, unknown>>) => string>> = {
  MISSING_EXTERNAL_INPUT: (d) => `Thiếu số liệu đầu vào bên ngoài "${String(d.input)}" cho chỉ tiêu ${String(d.indicator)}`,
  MISSING_TOLERANCE: () => 'Mục tiêu "khoảng" cần một dung sai (tolerance)',
  MISSING_BASELINE: () => 'Mục tiêu tăng trưởng cần năm gốc (baselineYear)',
  UNKNOWN_INDICATOR: (d) => `Không tìm thấy chỉ tiêu ${String(d.indicator ?? d.id)}`,
  NO_OBSERVATIONS: () => 'Không có dữ liệu (bản ghi hoặc chuỗi số liệu) cho mục tiêu này',
  SERIES_NOT_SUPPORTED: () => 'Mục tiêu theo từng địa bàn cần bản ghi, không dùng được chuỗi số liệu tổng hợp',
};

const pick = <T,>(value: T | Readonly<Record<string, T>> | undefined, planId: string, targetId: string): T | undefined => {
  if (value === undefined || typeof value !== 'object' || value === null) return value as T | undefined;
  const byId = value as Readonly<Record<string, T>>;
  return byId[`${planId}/${targetId}`] ?? byId[targetId];
};

const ancestorsOf = (plan: Plan, plans: readonly Plan[], warnings: EvaluationWarning[]): Plan[] => {
  const seen = new Set<string>([plan.id]);
  const found: Plan[] = [];
  let frontier: Plan[] = [plan];
  while (frontier.length > 0) {
    const next: Plan[] = [];
    for (const current of frontier) {
      for (const parentId of current.parents) {
        if (seen.has(parentId)) continue;
        seen.add(parentId);
        const parent = plans.find((p) => p.id === parentId);
        if (parent === undefined) {
          warnings.push({
            code: 'UNKNOWN_PARENT_PLAN',
            message: { vi: `Không tìm thấy kế hoạch cấp trên "${parentId}"`, en: `Parent plan "${parentId}" is not known` },
            details: { plan: current.id, parent: parentId },
          });
          continue;
        }
        found.push(parent);
        next.push(parent);
      }
    }
    frontier = next;
  }
  return found;
};

/**
 * Evaluates every target of a plan (and, with `includeParents`, the targets of the plans it
 * implements, nearest first) and summarises them by status.
 *
 * Nothing is skipped silently: a target that cannot be evaluated — a missing external input, an
 * "about X" target without a tolerance, a growth target without a baseline year, an unknown indicator,
 * no observations — gets an entry with `ok: false` and a typed `error` (`code` is the `CoopError`
 * code, e.g. `MISSING_EXTERNAL_INPUT`), and is counted in `summary.notEvaluated`; the other targets are
 * still evaluated. The status vocabulary of results is unchanged. Other exceptions (bugs) propagate.
 *
 * Every target shares one evaluation cache: each record is graded once and each population is
 * filtered once per (indicator population, year, area).
 *
 * @param plan - the plan
 * @param data - records, series by target id, areas
 * @param options - asOf, context, includeParents, tolerance, baselineYear, area, thresholds …
 * @returns each target's entry, the summary and a one-line explanation
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { evaluatePlan } from '@coop/rating';
 * const evaluation = evaluatePlan(getPlan('mard-2803-2023'), { records: [] }, { asOf: '2024-12-31' });
 * evaluation.summary.total; // 6
 * evaluation.summary.byStatus['not-applicable']; // 6 — no records
 * ```
 */
export const evaluatePlan = (plan: Plan, data: PlanData, options: EvaluatePlanOptions): PlanEvaluation => {
  asOfYear(options.asOf);
  const cache = options.cache ?? createEvaluationCache();
  const warnings: EvaluationWarning[] = [];
  const chain = [plan, ...(options.includeParents === true ? ancestorsOf(plan, options.plans ?? PLANS, warnings) : [])];
  const entries: PlanTargetEntry[] = [];
  for (const current of chain) {
    const inherited = current !== plan;
    for (const target of current.targets) {
      const head = { planId: current.id, targetId: target.id, inherited, target };
      try {
        const series = data.series?.[`${current.id}/${target.id}`] ?? data.series?.[target.id];
        const observations = series ?? data.records;
        if (observations === undefined) {
          entries.push({
            ...head,
            ok: false,
            error: {
              code: 'NO_OBSERVATIONS',
              message: { vi: VI_ERRORS.NO_OBSERVATIONS?.({}) ?? '', en: `No records or series for target "${target.id}"` },
              details: { target: target.id, plan: current.id },
            },
          });
          continue;
        }
        const tolerance = pick(options.tolerance, current.id, target.id);
        let baselineYear = pick(options.baselineYear, current.id, target.id);
        const extra: EvaluationWarning[] = [];
        const needsBaseline =
          (target.comparator.kind === 'growth' && target.comparator.baselineYear === undefined) ||
          (target.comparator.kind === 'yearly-growth' && target.comparator.fromYear === undefined);
        if (baselineYear === undefined && target.baselineYear === undefined && current.baseYear !== undefined) {
          baselineYear = current.baseYear;
          if (needsBaseline) {
            extra.push({
              code: 'BASELINE_FROM_PLAN',
              message: {
                vi: `Văn bản không nêu năm gốc; dùng năm cơ sở của kế hoạch (${current.baseYear})`,
                en: `The text states no baseline year; the plan's base year (${current.baseYear}) is used`,
              },
              details: { baselineYear: current.baseYear },
            });
          }
        }
        const { includeParents: _i, plans: _p, tolerance: _t, baselineYear: _b, cache: _c, ...rest } = options;
        const result = evaluateTarget(target, observations, {
          ...rest,
          cache,
          ...(data.areas === undefined ? {} : { areas: data.areas }),
          ...(tolerance === undefined ? {} : { tolerance }),
          ...(baselineYear === undefined ? {} : { baselineYear }),
        });
        entries.push({ ...head, ok: true, result: extra.length === 0 ? result : { ...result, warnings: [...extra, ...result.warnings] } });
      } catch (error) {
        if (!isCoopError(error)) throw error;
        const vi = VI_ERRORS[error.code]?.(error.details) ?? `Không đánh giá được mục tiêu (${error.code})`;
        entries.push({ ...head, ok: false, error: { code: error.code, message: { vi, en: error.message }, details: error.details } });
      }
    }
  }
  const byStatus = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as Record<ProgressStatus, number>;
  let notEvaluated = 0;
  for (const entry of entries) {
    if (entry.ok) byStatus[entry.result.status] += 1;
    else notEvaluated += 1;
  }
  const summary: PlanSummary = {
    total: entries.length,
    evaluated: entries.length - notEvaluated,
    notEvaluated,
    byStatus,
    onTrack: byStatus.achieved + byStatus['on-track'],
    offTrack: byStatus['needs-acceleration'] + byStatus['limited-progress'] + byStatus.deteriorating + byStatus['not-achieved'],
    unknown: byStatus['insufficient-data'] + byStatus['not-applicable'],
  };
  const counts = PROGRESS_STATUSES.filter((s) => byStatus[s] > 0);
  const explanation: Label =
    entries.length === 0
      ? {
          vi: `${plan.title.vi}: không có mục tiêu định lượng (theo dõi nhiệm vụ bằng trackTasks)`,
          en: `${plan.title.en}: no numeric targets (track its tasks with trackTasks)`,
        }
      : {
          vi: `${plan.title.vi}: ${entries.length} mục tiêu — ${[
            ...counts.map((s) => `${byStatus[s]} ${PROGRESS_STATUS_LABELS[s].vi}`),
            ...(notEvaluated > 0 ? [`${notEvaluated} chưa đánh giá được`] : []),
          ].join(', ')}`,
          en: `${plan.title.en}: ${entries.length} targets — ${[
            ...counts.map((s) => `${byStatus[s]} ${PROGRESS_STATUS_LABELS[s].en}`),
            ...(notEvaluated > 0 ? [`${notEvaluated} not evaluated`] : []),
          ].join(', ')}`,
        };
  return { planId: plan.id, plans: chain.map((p) => p.id), entries, summary, warnings, explanation };
};
