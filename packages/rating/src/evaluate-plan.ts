import { CoopError, assertList, isCoopError, parsePlan, type AreaInput, type Indicator, type Issue, type Label, type Plan, type Target, type YearlyRecord } from '@coop/model';
import type { EvaluationCache } from './compute-indicator.js';
import { PROGRESS_STATUS_LABELS } from './explain.js';
import type { EvaluateTargetOptions, SeriesObservation } from './evaluate-target.js';
import { checkLength, fail, guard, isObjectLike, isText, isYear, makeIssue, MAX_ISSUES, ownField, unwrap, type Path } from './internal/evaluation-guard.js';
import {
  readAsOf,
  readCache,
  readFields,
  readMethod,
  readShared,
  readThresholds,
  type CheckedTargetOptions,
} from './internal/evaluation-options.js';
import { readCatalog } from './internal/evaluation-catalog.js';
import { BUILT_IN_FALLBACKS, type EvaluationFallbacks } from './internal/evaluation-fallbacks.js';
import { checkPoints } from './internal/evaluation-values.js';
import { checkedOnce } from './internal/indicator-cache.js';
import { evaluateChecked, targetFields, type CheckedObservations } from './internal/target-verdict.js';
import { checkRecordList, checkRecordsOnly } from './internal/target-input.js';
import { type EvaluationWarning, type TargetResult, PROGRESS_STATUSES, type ProgressStatus } from './evaluation-types.js';
import type { EvaluationCacheState } from './internal/engine-types.js';

/**
 * The data a plan is evaluated on.
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { evaluatePlan, type PlanData } from '@coop/rating';
 * // no records yet, but the province's statistics give one target as a series
 * const data: PlanData = {
 *   series: { 'good-or-fair-share': { kind: 'series', points: [{ year: 2023, value: 55 }, { year: 2024, value: 58 }] } },
 * };
 * const evaluation = evaluatePlan(getPlan('thai-nguyen-42-2024'), data, { asOf: '2024-12-31' });
 * evaluation.summary.evaluated; // 1
 * evaluation.summary.notEvaluated; // 5 — the other targets have no observations (NO_OBSERVATIONS)
 * ```
 */
export interface PlanData {
  /** Organisation-year records (used by every target without a series). */
  readonly records?: readonly YearlyRecord[];
  /** Already-aggregated series by target id (or `planId/targetId` for an inherited target). */
  readonly series?: Readonly<Record<string, SeriesObservation>>;
  /** Area list (or an area index with `areas`). */
  readonly areas?: readonly AreaInput[] | { readonly areas: readonly AreaInput[] };
}

/**
 * Options of {@link evaluatePlan}.
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { evaluatePlan, type EvaluatePlanOptions } from '@coop/rating';
 * const options: EvaluatePlanOptions = {
 *   asOf: '2025-06-30',
 *   tolerance: { 'managers-trained-share': 5 }, // "khoảng 30%": the text gives no tolerance
 *   includeParents: true, // also the targets of Resolution 106/NQ-CP, which the plan implements
 * };
 * const evaluation = evaluatePlan(getPlan('thai-nguyen-42-2024'), { records: [] }, options);
 * evaluation.plans[0]; // 'thai-nguyen-42-2024'
 * evaluation.plans.length > 1; // true
 * ```
 */
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
  /**
   * Another reading of a target, by target id (`targetId` or `planId/targetId`): the id of one of the
   * target's `alternatives` (e.g. `{ 'mean-revenue': 'ag-model-coop-mean-revenue' }`: mean revenue over
   * the model co-ops). A reading the target does not list gives that target an `UNKNOWN_READING` entry.
   */
  readonly readings?: Readonly<Record<string, string>>;
}

/**
 * Why a target could not be evaluated: a typed code (the `CoopError` code), a message and details.
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { evaluatePlan, type TargetError } from '@coop/rating';
 * const evaluation = evaluatePlan(getPlan('thai-nguyen-42-2024'), { records: [] }, { asOf: '2025-06-30' });
 * const errors: TargetError[] = evaluation.entries.flatMap((e) => (e.ok ? [] : [e.error]));
 * errors.length; // 1
 * errors[0]?.code; // 'MISSING_TOLERANCE' — "about 30 %" needs a tolerance
 * ```
 */
export interface TargetError {
  readonly code: string;
  readonly message: Label;
  readonly details: Readonly<Record<string, unknown>>;
}

/**
 * One target of a plan evaluation: its result, or the error that kept it from being evaluated.
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { evaluatePlan, type PlanTargetEntry } from '@coop/rating';
 * const evaluation = evaluatePlan(getPlan('thai-nguyen-42-2024'), { records: [] }, { asOf: '2025-06-30' });
 * const line = (entry: PlanTargetEntry): string =>
 *   entry.ok ? `${entry.targetId}: ${entry.result.status}` : `${entry.targetId}: ${entry.error.code}`;
 * line(evaluation.entries[0]!); // 'good-or-fair-share: not-applicable'
 * line(evaluation.entries[4]!); // 'managers-trained-share: MISSING_TOLERANCE'
 * ```
 */
export type PlanTargetEntry =
  | { readonly ok: true; readonly planId: string; readonly targetId: string; readonly inherited: boolean; readonly target: Target; readonly result: TargetResult }
  | { readonly ok: false; readonly planId: string; readonly targetId: string; readonly inherited: boolean; readonly target: Target; readonly error: TargetError };

/**
 * Counts of a plan evaluation. `total = evaluated + notEvaluated`; nothing is skipped silently.
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { evaluatePlan } from '@coop/rating';
 * const { summary } = evaluatePlan(getPlan('thai-nguyen-42-2024'), { records: [] }, { asOf: '2025-06-30' });
 * summary.total; // 6
 * summary.notEvaluated; // 1
 * summary.byStatus['not-applicable']; // 5 — no records: never a silent zero
 * summary.unknown; // 5
 * ```
 */
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
  /**
   * Area codes of the records that the area list does not know, over every target (each target's
   * `UNKNOWN_AREA_CODES` warning; also one plan warning). Such records count for no area.
   */
  readonly unknownAreaCodes: readonly string[];
  /** Area codes used in a year after they closed (`CLOSED_AREA_CODES`; counted for the successor). */
  readonly closedAreaCodes: readonly string[];
}

/**
 * The result of {@link evaluatePlan}.
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { evaluatePlan, type PlanEvaluation } from '@coop/rating';
 * const evaluation: PlanEvaluation = evaluatePlan(getPlan('thai-nguyen-42-2024'), { records: [] }, { asOf: '2025-06-30' });
 * evaluation.planId; // 'thai-nguyen-42-2024'
 * evaluation.entries.length; // 6
 * evaluation.explanation.en.endsWith('6 targets — 5 not applicable, 1 not evaluated'); // true
 * ```
 */
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
  UNKNOWN_READING: (d) => `Mục tiêu không có cách đọc "${String(d.reading)}" (các cách đọc: ${String((d.alternatives as unknown[] | undefined)?.join(', ') ?? '')})`,
  UNKNOWN_INDICATOR: (d) => `Không tìm thấy chỉ tiêu ${String(d.indicator ?? d.id)}`,
  NO_OBSERVATIONS: () => 'Không có dữ liệu (bản ghi hoặc chuỗi số liệu) cho mục tiêu này',
  SERIES_NOT_SUPPORTED: () => 'Mục tiêu theo từng địa bàn cần bản ghi, không dùng được chuỗi số liệu tổng hợp',
  UNITS_NOT_EVALUABLE: (d) => `Không đánh giá được theo từng địa bàn: ${String((d.message as { vi?: unknown } | undefined)?.vi ?? d.reason)}`,
};

/**
 * The area codes a plan's records were reported for, gathered from its targets' `UNKNOWN_AREA_CODES`
 * and `CLOSED_AREA_CODES` warnings: each code once, and the records counted once per year (every target
 * reads the same records).
 *
 * @example
 * ```ts
 * import { evaluatePlan, areaCodeCounts, type AreaCodeCount } from '@coop/rating';
 * import { getPlan } from '@coop/model';
 * const records = [{ organisationId: 'a', year: 2025, kind: 'cooperative', sector: 'agriculture-crop', areaCode: 'HN' }] as const;
 * const { entries } = evaluatePlan(getPlan('mard-2803-2023'), { records }, { asOf: 2025 });
 * const unknown: AreaCodeCount = areaCodeCounts(entries).unknown;
 * `${unknown.codes.join()} ${unknown.records}`; // 'HN 1'
 * ```
 */
export interface AreaCodeCount {
  /** The codes, sorted. */
  readonly codes: readonly string[];
  /** The records carrying them, over the years judged. */
  readonly records: number;
}

/**
 * Counts the unknown and the closed area codes of a plan evaluation's entries (see {@link AreaCodeCount}).
 *
 * @param entries - the entries of `evaluatePlan(...).entries`
 * @returns `{ unknown, closed }`
 * @throws CoopError `INVALID_ARGUMENT` when `entries` (or a warning list in it) is not an array or cannot
 * be read; `LIMIT_EXCEEDED` for a list longer than the model's `LIMITS.listLength`
 * @example
 * ```ts
 * import { evaluatePlan, areaCodeCounts } from '@coop/rating';
 * import { getPlan } from '@coop/model';
 * const records = [{ organisationId: 'a', year: 2026, kind: 'cooperative', sector: 'agriculture-crop', areaCode: '06' }] as const;
 * const { entries } = evaluatePlan(getPlan('mard-2803-2023'), { records }, { asOf: 2026 });
 * areaCodeCounts(entries).closed.codes; // ['06'] — Bắc Kạn, closed on 1 July 2025
 * ```
 */
export const areaCodeCounts = (entries: readonly PlanTargetEntry[]): { readonly unknown: AreaCodeCount; readonly closed: AreaCodeCount } =>
  // A bounded list, each value read once; anything unreadable ends as a typed error (issue 22).
  guard('INVALID_ARGUMENT', 'entries', () => [], () => {
    const found = areaCodeWarnings(assertList(entries, 'entries'));
    const collect = (code: string): AreaCodeCount => {
      const codes = new Set<string>();
      const byYear = new Map<number, number>();
      for (const w of found) {
        if (w.code !== code) continue;
        for (const c of w.codes) codes.add(c);
        byYear.set(w.year, Math.max(byYear.get(w.year) ?? 0, w.records));
      }
      return { codes: [...codes].sort(), records: [...byYear.values()].reduce((a, b) => a + b, 0) };
    };
    return { unknown: collect('UNKNOWN_AREA_CODES'), closed: collect('CLOSED_AREA_CODES') };
  });

/** The warnings with details of the successful entries, read once into plain values. */
const areaCodeWarnings = (entries: readonly unknown[]): Array<{ code: unknown; codes: string[]; year: number; records: number }> => {
  const out: Array<{ code: unknown; codes: string[]; year: number; records: number }> = [];
  for (const entry of entries) {
    if (!isObjectLike(entry) || entry['ok'] !== true) continue;
    const result = entry['result'];
    if (!isObjectLike(result)) continue;
    for (const w of assertList(result['warnings'], 'entries[].result.warnings')) {
      if (!isObjectLike(w)) continue;
      const details = w['details'];
      if (!isObjectLike(details)) continue;
      const codes = details['codes'] === undefined ? [] : assertList(details['codes'], 'warning.details.codes');
      const year = details['year'];
      const records = details['records'];
      out.push({
        code: w['code'],
        codes: codes.filter((c): c is string => typeof c === 'string'),
        year: typeof year === 'number' ? year : Number.NaN,
        records: typeof records === 'number' ? records : 0,
      });
    }
  }
  return out;
};

/** The plan-level view of the targets' area-code warnings: the distinct codes, and one warning per kind. */
const areaCodeSummary = (entries: readonly PlanTargetEntry[]): { unknown: readonly string[]; closed: readonly string[]; warnings: EvaluationWarning[] } => {
  const { unknown, closed } = areaCodeCounts(entries);
  const warnings: EvaluationWarning[] = [];
  if (unknown.codes.length > 0) {
    warnings.push({
      code: 'UNKNOWN_AREA_CODES',
      message: {
        vi: `${unknown.records} bản ghi có mã địa bàn không có trong danh mục (${unknown.codes.join(', ')}), không được tính cho địa bàn nào`,
        en: `${unknown.records} ${unknown.records === 1 ? 'record carries' : 'records carry'} area codes not in the area list (${unknown.codes.join(', ')}) and count for no area`,
      },
      details: { codes: unknown.codes, records: unknown.records },
    });
  }
  if (closed.codes.length > 0) {
    warnings.push({
      code: 'CLOSED_AREA_CODES',
      message: {
        vi: `${closed.records} bản ghi dùng mã địa bàn đã giải thể (${closed.codes.join(', ')}); được tính cho đơn vị kế thừa, cần sửa mã`,
        en: `${closed.records} ${closed.records === 1 ? 'record uses' : 'records use'} closed area codes (${closed.codes.join(', ')}); counted for the successor unit — fix the codes`,
      },
      details: { codes: closed.codes, records: closed.records },
    });
  }
  return { unknown: unknown.codes, closed: closed.codes, warnings };
};

/** A per-target option: one value for all, or a map by `planId/targetId` then `targetId` (own keys only). */
type PerTarget<T> = { readonly all: T } | { readonly byId: ReadonlyMap<string, T> } | undefined;

const pick = <T,>(value: PerTarget<T>, planId: string, targetId: string): T | undefined => {
  if (value === undefined) return undefined;
  if ('all' in value) return value.all;
  return value.byId.get(`${planId}/${targetId}`) ?? value.byId.get(targetId);
};

/** Reads `tolerance` / `baselineYear`: a value, or `{ id: value }`. */
const readPerTarget = (raw: unknown, path: Path, issues: Issue[], ok: (v: unknown) => v is number, expected: { vi: string; en: string }): PerTarget<number> => {
  if (raw === undefined) return undefined;
  if (ok(raw)) return { all: raw };
  if (!isObjectLike(raw)) {
    issues.push(makeIssue(path, 'invalid_type', expected.vi, expected.en, { received: raw }));
    return undefined;
  }
  const byId = new Map<string, number>();
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    if (ok(value)) byId.set(key, value);
    else {
      issues.push(makeIssue([...path, key], 'invalid_value', expected.vi, expected.en, { received: value }));
      if (issues.length >= MAX_ISSUES) break;
    }
  }
  return { byId };
};

const isTolerance = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

interface CheckedPlanOptions {
  readonly base: CheckedTargetOptions;
  readonly includeParents: boolean;
  readonly plans: readonly unknown[] | undefined;
  readonly tolerance: PerTarget<number>;
  readonly baselineYear: PerTarget<number>;
  readonly readings: PerTarget<string>;
}

/** Reads `readings`: `{ targetId: indicatorId }`. */
const readReadings = (raw: unknown, path: Path, issues: Issue[]): PerTarget<string> => {
  if (raw === undefined) return undefined;
  if (!isObjectLike(raw)) {
    issues.push(makeIssue(path, 'invalid_type', 'Cần { mã mục tiêu: mã chỉ tiêu }', 'Expected { targetId: indicatorId }', { received: raw }));
    return undefined;
  }
  const byId = new Map<string, string>();
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    if (typeof value === 'string' && value.length > 0) byId.set(key, value);
    else issues.push(makeIssue([...path, key], 'invalid_value', 'Cần một mã chỉ tiêu', 'Expected an indicator id', { received: value }));
  }
  return { byId };
};

/**
 * The target as read: the target itself, or with the indicator of one of its listed `alternatives`.
 *
 * @throws CoopError `UNKNOWN_READING` when the reading is neither the target's indicator nor one it lists
 */
const targetAsRead = (target: Target, reading: string | undefined): Target => {
  if (reading === undefined || reading === target.indicator) return target;
  if (target.alternatives?.includes(reading) !== true) {
    throw new CoopError('UNKNOWN_READING', `Target "${target.id}" has no reading "${reading}"; it lists: ${(target.alternatives ?? []).join(', ') || 'none'}`, {
      target: target.id,
      reading,
      alternatives: target.alternatives ?? [],
    });
  }
  return { ...target, indicator: reading };
};

const PLAN_OPTION_KEYS = [
  'asOf', 'indicators', 'area', 'context', 'thresholds', 'method', 'rulebooks', 'effectiveGrades', 'includeParents', 'plans',
  'tolerance', 'baselineYear', 'cache', 'readings',
] as const;

const DATA_KEYS = ['records', 'series', 'areas'] as const;

/** The checked options and data of a plan evaluation. */
interface CheckedPlanInputs {
  readonly options: CheckedPlanOptions;
  readonly records: readonly YearlyRecord[] | undefined;
  readonly series: ReadonlyMap<string, CheckedObservations>;
}

/**
 * Validates the options and the data (areas are read from the data); throws typed errors. `recordFields`
 * is asked, once the options are valid and before the records are checked, which fields to read from
 * them in the same pass (`undefined`: nothing is judged on the records, so no frames are built).
 */
const checkPlanInputs = (
  rawOptions: unknown,
  rawData: unknown,
  fallbacksFor: (cache: EvaluationCacheState) => EvaluationFallbacks,
  recordFields: (options: CheckedPlanOptions) => Iterable<string> | undefined,
): CheckedPlanInputs => {
  if (rawOptions === undefined) return fail('INVALID_OPTIONS', 'options', [makeIssue([], 'missing', 'Thiếu tuỳ chọn (cần asOf)', 'Options are required (asOf)')]);
  const fields = guard('INVALID_OPTIONS', 'options', () => [], () =>
    readFields(rawOptions, PLAN_OPTION_KEYS, 'INVALID_OPTIONS', 'options', [], { keys: DATA_KEYS, where: 'data' }),
  );
  const dataFields = guard('INVALID_ARGUMENT', 'data', () => [], () => {
    if (!isObjectLike(rawData)) {
      return fail('INVALID_ARGUMENT', 'data', [makeIssue([], 'invalid_type', 'Cần { records?, series?, areas? }', 'Expected { records?, series?, areas? }', { received: rawData })]);
    }
    return readFields(rawData, DATA_KEYS, 'INVALID_ARGUMENT', 'data', [], { keys: PLAN_OPTION_KEYS, where: 'options' });
  });
  const options = guard('INVALID_OPTIONS', 'options', () => [], (): CheckedPlanOptions => {
    const issues: Issue[] = [];
    const cache = readCache(fields['cache'], ['cache'], issues);
    const asOf = readAsOf(fields['asOf'], ['asOf'], issues);
    const indicators = fields['indicators'];
    if (indicators !== undefined && !Array.isArray(indicators)) {
      issues.push(makeIssue(['indicators'], 'invalid_type', 'Cần một mảng chỉ tiêu', 'Expected an array of indicators', { received: indicators }));
    } else if (indicators !== undefined) checkLength(indicators, ['indicators'], 'options');
    const includeParents = fields['includeParents'];
    if (includeParents !== undefined && typeof includeParents !== 'boolean') {
      issues.push(makeIssue(['includeParents'], 'invalid_type', 'Cần true/false', 'Expected true or false', { received: includeParents }));
    }
    const plans = fields['plans'];
    if (plans !== undefined && !Array.isArray(plans)) {
      issues.push(makeIssue(['plans'], 'invalid_type', 'Cần một mảng kế hoạch', 'Expected an array of plans', { received: plans }));
    } else if (plans !== undefined) checkLength(plans, ['plans'], 'options');
    const tolerance = readPerTarget(fields['tolerance'], ['tolerance'], issues, isTolerance, {
      vi: 'Dung sai: một số ≥ 0, hoặc { mã mục tiêu: số }',
      en: 'Tolerance: a number ≥ 0, or { targetId: number }',
    });
    const baselineYear = readPerTarget(fields['baselineYear'], ['baselineYear'], issues, isYear, {
      vi: 'Năm gốc: một năm, hoặc { mã mục tiêu: năm }',
      en: 'Baseline year: a year, or { targetId: year }',
    });
    const readings = readReadings(fields['readings'], ['readings'], issues);
    const shared = readShared(fields, cache, issues, 'INVALID_OPTIONS', undefined);
    const thresholds = readThresholds(fields['thresholds'], ['thresholds'], issues);
    const method = readMethod(fields['method'], ['method'], issues);
    if (issues.length > 0 || asOf === undefined) return fail('INVALID_OPTIONS', 'options', issues);
    const base: CheckedTargetOptions = {
      ...shared,
      cache,
      asOf: asOf.asOf,
      year: asOf.year,
      thresholds,
      fallbacks: fallbacksFor(cache),
      ...(Array.isArray(indicators) ? { indicators } : {}),
      ...(method === undefined ? {} : { method }),
    };
    return { base, includeParents: includeParents === true, plans: Array.isArray(plans) ? plans : undefined, tolerance, baselineYear, readings };
  });
  const cache = options.base.cache;
  // The data: areas (validated by the model's buildAreaIndex), records (structural check), series.
  const areaIssues: Issue[] = [];
  const areaPart = guard('INVALID_AREAS', 'areas', () => ['areas'], () =>
    readShared({}, cache, areaIssues, 'INVALID_AREAS', { value: dataFields['areas'], path: ['areas'] }),
  );
  const rawRecords = dataFields['records'];
  let records: readonly YearlyRecord[] | undefined;
  if (rawRecords !== undefined) {
    if (!Array.isArray(rawRecords)) {
      fail('INVALID_ARGUMENT', 'data', [makeIssue(['records'], 'invalid_type', 'Cần một mảng bản ghi', 'Expected an array of records', { received: rawRecords })]);
    }
    checkLength(rawRecords as readonly unknown[], ['records'], 'data');
    const fields = recordFields(options);
    records =
      fields === undefined
        ? checkRecordsOnly(rawRecords as readonly unknown[], options.base, ['records'])
        : checkRecordList(rawRecords as readonly unknown[], options.base, ['records'], fields);
  }
  const series = guard('INVALID_SERIES', 'series', () => ['series'], () => readSeriesMap(dataFields['series']));
  return { options: areaPart.lookup === undefined ? options : { ...options, base: { ...options.base, lookup: areaPart.lookup } }, records, series };
};

/** Reads `data.series`: `{ targetId: { kind: 'series', points } }` (own keys only). */
const readSeriesMap = (raw: unknown): ReadonlyMap<string, CheckedObservations> => {
  const out = new Map<string, CheckedObservations>();
  if (raw === undefined) return out;
  if (!isObjectLike(raw)) {
    return fail('INVALID_SERIES', 'series', [makeIssue(['series'], 'invalid_type', 'Cần { mã mục tiêu: chuỗi số liệu }', 'Expected { targetId: series }', { received: raw })]);
  }
  for (const key of Object.keys(raw)) {
    const entry = raw[key];
    if (!isObjectLike(entry) || ownField(entry, 'kind') !== 'series') {
      fail('INVALID_SERIES', 'series', [makeIssue(['series', key], 'invalid_type', 'Cần { kind: "series", points }', 'Expected { kind: "series", points }', { received: entry })]);
    }
    out.set(key, { kind: 'series', points: checkPoints(ownField(entry as Record<string, unknown>, 'points'), ['series', key, 'points'], 'INVALID_SERIES', true) });
  }
  return out;
};

/** Parses a plan once per cache (`parsePlan`), or throws `code` with the issues under `path`. */
const checkPlan = (raw: unknown, cache: EvaluationCacheState, code: string, path: Path): Plan =>
  isObjectLike(raw)
    ? checkedOnce(cache, raw, 'plan', () => unwrap(parsePlan(raw), code, 'plan', path))
    : unwrap(parsePlan(raw), code, 'plan', path);

/** Finds a plan by id in the user's list (read defensively, parsed when found) or in the fallback catalog. */
const findPlan = (id: string, options: CheckedPlanOptions): Plan | undefined => {
  const list = options.plans;
  if (list === undefined) {
    const known = options.base.fallbacks.plans.find((p) => p.id === id);
    return known === undefined ? undefined : checkPlan(known, options.base.cache, 'INVALID_PLAN', []);
  }
  return guard('INVALID_OPTIONS', 'options', () => ['plans'], () => {
    for (let i = 0; i < list.length; i += 1) {
      const item: unknown = list[i];
      if (isObjectLike(item) && ownField(item, 'id') === id) return checkPlan(item, options.base.cache, 'INVALID_OPTIONS', ['plans', i]);
    }
    return undefined;
  });
};

const ancestorsOf = (plan: Plan, options: CheckedPlanOptions, warnings: EvaluationWarning[]): Plan[] => {
  const seen = new Set<string>([plan.id]);
  const found: Plan[] = [];
  let frontier: Plan[] = [plan];
  while (frontier.length > 0) {
    const next: Plan[] = [];
    for (const current of frontier) {
      for (const parentId of current.parents) {
        if (seen.has(parentId)) continue;
        seen.add(parentId);
        const parent = findPlan(parentId, options);
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
 * Every target shares one evaluation cache: the records are read once for every field the targets'
 * indicators need, each record is graded once, each condition decided once per record, and each
 * population filtered once per (indicator population, year, area).
 *
 * @param plan - the plan
 * @param data - records, series by target id, areas
 * @param options - asOf, context, includeParents, tolerance, baselineYear, area, thresholds …
 * @returns each target's entry, the summary and a one-line explanation
 * @throws CoopError before any target is evaluated, with `details.issues` (paths): `INVALID_PLAN`
 *   (from `parsePlan`), `INVALID_ARGUMENT` (data not an object, records not an array),
 *   `INVALID_RECORD` (`details.index` and `details.field`; see `evaluateTarget`), `INVALID_SERIES`,
 *   `INVALID_AREAS` (the data's area list), `INVALID_OPTIONS` (including an unknown key, and a parent plan in `plans` that
 *   fails `parsePlan`)
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { evaluatePlan } from '@coop/rating';
 * const evaluation = evaluatePlan(getPlan('mard-2803-2023'), { records: [] }, { asOf: '2024-12-31' });
 * evaluation.summary.total; // 6
 * evaluation.summary.byStatus['not-applicable']; // 6 — no records
 * ```
 */
export const evaluatePlan = (plan: Plan, data: PlanData, options: EvaluatePlanOptions): PlanEvaluation =>
  evaluatePlanList([plan], [], data, options, () => BUILT_IN_FALLBACKS)[0] as PlanEvaluation;

/**
 * The lists {@link evaluatePlanWith} looks ids up in, in place of the built-in catalogs of
 * `@coop/model`. Each list is checked (indicators and plans by the model's parsers, areas by
 * `buildAreaIndex`); a list left out is empty.
 *
 * @example
 * ```ts
 * import { AREAS, MARD_2803_2023_INDICATORS, RESOLUTION_09_NQ_CP_2023 } from '@coop/model';
 * import type { PlanCatalog } from '@coop/rating';
 * const catalog: PlanCatalog = {
 *   indicators: MARD_2803_2023_INDICATORS, // the indicators the plan's targets name
 *   plans: [RESOLUTION_09_NQ_CP_2023], // parents, for includeParents
 *   areas: AREAS, // the country and the provinces: the plan's area is 'VN'
 * };
 * catalog.indicators?.length; // 7
 * ```
 */
export interface PlanCatalog {
  /** Indicators a target's `indicator` id is found in (after `options.indicators`). */
  readonly indicators?: readonly Indicator[];
  /** Plans a parent id is found in when `options.plans` is absent (for `includeParents`). */
  readonly plans?: readonly Plan[];
  /**
   * Areas for a target whose area is one of their codes when `data.areas` is absent (as `evaluatePlan`
   * uses `VN_AREAS`). Without them, a target on an area is judged on the records coded with that very
   * code only.
   */
  readonly areas?: readonly AreaInput[];
}

/**
 * {@link evaluatePlan} over the caller's catalog instead of the built-in ones: the indicators, parent
 * plans and areas are looked up only in `catalog` (and, as for `evaluatePlan`, in the options' and the
 * data's own lists). With the lists of the catalog `evaluatePlan` uses (`INDICATORS`, `PLANS`,
 * `VN_AREAS`) the result is the same. What it is for: a browser bundle that imports `evaluatePlanWith`
 * and one plan's constants carries that plan and its indicators, not every built-in plan, the whole
 * indicator catalog and the district table, as one that imports `evaluatePlan` does.
 *
 * @param catalog - `{ indicators?, plans?, areas? }` (see {@link PlanCatalog})
 * @param plan - the plan
 * @param data - records, series by target id, areas
 * @param options - as for {@link evaluatePlan}
 * @returns as {@link evaluatePlan}: a target whose indicator is in no list gets an `UNKNOWN_INDICATOR`
 *   entry, a parent in no list an `UNKNOWN_PARENT_PLAN` warning
 * @throws CoopError as {@link evaluatePlan} does, and, once the options are valid, `INVALID_ARGUMENT`
 *   (`details.issues` under `indicators` or `plans`) or `INVALID_AREAS` (under `areas`) for a catalog
 *   that is not one
 * @example
 * ```ts
 * import { AREAS, MARD_2803_2023, MARD_2803_2023_INDICATORS } from '@coop/model';
 * import { evaluatePlanWith } from '@coop/rating';
 * const records = [{ organisationId: 'a', year: 2024, kind: 'cooperative', sector: 'agriculture-crop', areaCode: '19', grade: 'good' }] as const;
 * const evaluation = evaluatePlanWith({ indicators: MARD_2803_2023_INDICATORS, areas: AREAS }, MARD_2803_2023, { records }, { asOf: '2024-12-31' });
 * evaluation.summary.total; // 6
 * evaluation.entries.every((entry) => entry.ok || entry.error.code !== 'UNKNOWN_INDICATOR'); // true
 * ```
 */
export const evaluatePlanWith = (catalog: PlanCatalog, plan: Plan, data: PlanData, options: EvaluatePlanOptions): PlanEvaluation =>
  evaluatePlanList([plan], [], data, options, (cache) => readCatalog(catalog, cache))[0] as PlanEvaluation;

/**
 * Evaluates several plans over the same data and options, as {@link evaluatePlan} does for each, in
 * order — but the records are checked, and every field that any of the plans' indicators reads is
 * read, in ONE pass: evaluating the plans one by one, even with a shared `cache`, reads the fields each
 * later plan adds in a further pass over the records. Each plan gets its own evaluation (entries,
 * summary, warnings); per-target options (`tolerance`, `baselineYear`) are looked up by
 * `planId/targetId`, then by target id.
 *
 * @param plans - the plans (an array)
 * @param data - records, series by target id, areas (shared by every plan)
 * @param options - as for {@link evaluatePlan} (shared by every plan)
 * @returns one evaluation per plan, in the order given
 * @throws CoopError as {@link evaluatePlan} does (a plan that fails `parsePlan` is `INVALID_PLAN` with
 *   its index first in every issue path), `INVALID_ARGUMENT` when `plans` is not an array, and
 *   `LIMIT_EXCEEDED` for a list (of plans, records, indicators…) longer than the model's `LIMITS.listLength`
 * @example
 * ```ts
 * import { PLANS } from '@coop/model';
 * import { evaluatePlans } from '@coop/rating';
 * const evaluations = evaluatePlans(PLANS, { records: [] }, { asOf: '2024-12-31' });
 * evaluations.length === PLANS.length; // true
 * evaluations[0]?.planId === PLANS[0]?.id; // true
 * ```
 */
export const evaluatePlans = (plans: readonly Plan[], data: PlanData, options: EvaluatePlanOptions): PlanEvaluation[] => {
  const list = guard('INVALID_ARGUMENT', 'plans', () => [], (): unknown[] => {
    if (!Array.isArray(plans)) {
      return fail('INVALID_ARGUMENT', 'plans', [makeIssue([], 'invalid_type', 'Cần một mảng kế hoạch', 'Expected an array of plans', { received: plans })]);
    }
    checkLength(plans, [], 'plans');
    const copy: unknown[] = [];
    for (let i = 0; i < plans.length; i += 1) copy.push(plans[i]);
    return copy;
  });
  return evaluatePlanList(list, list.map((_, i) => [i]), data, options, () => BUILT_IN_FALLBACKS);
};

/**
 * Evaluates plans (`paths[i]` is where plan `i` sits in the caller's argument, for issues): the options
 * and data are checked once, the plans are read before the records (the fields to read from them in the
 * same pass are their indicators'), and the plans' errors are thrown after those of the data, as
 * documented.
 */
const evaluatePlanList = (
  plans: readonly unknown[],
  paths: readonly Path[],
  data: unknown,
  options: unknown,
  fallbacksFor: (cache: EvaluationCacheState) => EvaluationFallbacks,
): PlanEvaluation[] => {
  let chains: Array<{ readonly chain: Plan[]; readonly warnings: EvaluationWarning[] }> | undefined;
  let planError: unknown;
  const readChains = (checked: CheckedPlanOptions) =>
    plans.map((plan, i) => {
      const path = paths[i] ?? [];
      const warnings: EvaluationWarning[] = [];
      const root = guard('INVALID_PLAN', 'plan', () => path, () => checkPlan(plan, checked.base.cache, 'INVALID_PLAN', path));
      return { chain: [root, ...(checked.includeParents ? ancestorsOf(root, checked, warnings) : [])], warnings };
    });
  const inputs = checkPlanInputs(options, data, fallbacksFor, (checked) => {
    try {
      chains = readChains(checked);
    } catch (error) {
      planError = error;
      return undefined;
    }
    const targets = chains.flatMap(({ chain }) => chain.flatMap((current) => current.targets));
    // Plans with no target (tasks only) judge nothing on the records: they are checked, no frames are built.
    return targets.length === 0 ? undefined : targetFields(targets, checked.base);
  });
  if (planError !== undefined) throw planError;
  return (chains ?? readChains(inputs.options)).map(({ chain, warnings }) => evaluateChain(chain, warnings, inputs));
};

/** Evaluates one plan (and the plans it implements, when asked) over checked inputs. */
const evaluateChain = (chain: readonly Plan[], warnings: EvaluationWarning[], inputs: CheckedPlanInputs): PlanEvaluation => {
  const checked = inputs.options;
  const root = chain[0] as Plan;
  const entries: PlanTargetEntry[] = [];
  for (const current of chain) {
    const inherited = current !== root;
    for (const target of current.targets) {
      const head = { planId: current.id, targetId: target.id, inherited, target };
      try {
        const series = inputs.series.get(`${current.id}/${target.id}`) ?? inputs.series.get(target.id);
        const observations: CheckedObservations | undefined =
          series ?? (inputs.records === undefined ? undefined : { kind: 'records', records: inputs.records });
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
        const tolerance = pick(checked.tolerance, current.id, target.id);
        let baselineYear = pick(checked.baselineYear, current.id, target.id);
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
        const result = evaluateChecked(targetAsRead(target, pick(checked.readings, current.id, target.id)), observations, {
          ...checked.base,
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
  const areas = areaCodeSummary(entries);
  const summary: PlanSummary = {
    total: entries.length,
    evaluated: entries.length - notEvaluated,
    notEvaluated,
    byStatus,
    onTrack: byStatus.achieved + byStatus['on-track'],
    offTrack: byStatus['needs-acceleration'] + byStatus['limited-progress'] + byStatus.deteriorating + byStatus['not-achieved'],
    unknown: byStatus['insufficient-data'] + byStatus['not-applicable'],
    unknownAreaCodes: areas.unknown,
    closedAreaCodes: areas.closed,
  };
  const counts = PROGRESS_STATUSES.filter((s) => byStatus[s] > 0);
  const explanation: Label =
    entries.length === 0
      ? {
          vi: `${root.title.vi}: không có mục tiêu định lượng (theo dõi nhiệm vụ bằng trackTasks)`,
          en: `${root.title.en}: no numeric targets (track its tasks with trackTasks)`,
        }
      : {
          vi: `${root.title.vi}: ${entries.length} mục tiêu — ${[
            ...counts.map((s) => `${byStatus[s]} ${PROGRESS_STATUS_LABELS[s].vi}`),
            ...(notEvaluated > 0 ? [`${notEvaluated} chưa đánh giá được`] : []),
          ].join(', ')}`,
          en: `${root.title.en}: ${entries.length} targets — ${[
            ...counts.map((s) => `${byStatus[s]} ${PROGRESS_STATUS_LABELS[s].en}`),
            ...(notEvaluated > 0 ? [`${notEvaluated} not evaluated`] : []),
          ].join(', ')}`,
        };
  return { planId: root.id, plans: chain.map((p) => p.id), entries, summary, warnings: [...warnings, ...areas.warnings], explanation };
};
