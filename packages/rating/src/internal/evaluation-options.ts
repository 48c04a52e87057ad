import {
  GRADES,
  ORGANISATION_KINDS,
  SECTORS,
  isCivilDate,
  parseIndicator,
  type AreaInput,
  type CivilDate,
  type Grade,
  type Indicator,
  type Issue,
  type OrganisationKind,
  type Rational,
  type Sector,
} from '@coop/model';
import type { Rulebook } from '../rulebook.js';
import {
  checkLength,
  fail,
  isObjectLike,
  isText,
  makeIssue,
  MAX_ISSUES,
  ownField,
  prefixIssues,
  unreadableIssue,
  unwrap,
  type Path,
} from './evaluation-guard.js';
import { readExact, readOptionalNumber, readOptionalYear } from './evaluation-values.js';
import { BUILT_IN_FALLBACKS, type EvaluationFallbacks } from './evaluation-fallbacks.js';
import { buildAreaLookup } from './indicator-area.js';
import { checkedOnce, isCacheState, newCacheState } from './indicator-cache.js';
import type { AreaLookup, EvaluationCacheState } from './engine-types.js';

/** External inputs, validated and exact: one value, or one value per year. */
export type CheckedContext = ReadonlyMap<string, Rational | ReadonlyMap<number, Rational>>;

/** Progress thresholds, every one present. */
export interface CheckedThresholds {
  readonly onTrack: number;
  readonly acceleration: number;
  readonly deterioration: number;
}

/** The defaults 0.95 / 0.60 / 0. */
export const DEFAULT_THRESHOLDS: CheckedThresholds = { onTrack: 0.95, acceleration: 0.6, deterioration: 0 };

/** What every evaluation reads besides its own fields, validated once. */
export interface CheckedShared {
  readonly area?: string;
  readonly lookup?: AreaLookup;
  readonly context?: CheckedContext;
  readonly rulebooks?: readonly Rulebook[];
  readonly effectiveGrades?: readonly Grade[];
  readonly cache: EvaluationCacheState;
}

/** The options of an evaluation of targets, validated (the internal form of `EvaluateTargetOptions`). */
export interface CheckedTargetOptions extends CheckedShared {
  readonly asOf: CivilDate | number;
  readonly year: number;
  readonly indicator?: Indicator;
  readonly indicators?: readonly unknown[];
  /** The catalogs ids are looked up in after the options' own lists (see `EvaluationFallbacks`). */
  readonly fallbacks: EvaluationFallbacks;
  readonly tolerance?: number;
  readonly baselineYear?: number;
  readonly thresholds: CheckedThresholds;
  readonly method?: 'auto' | 'linear' | 'growth-ratio';
}

/**
 * Reads the own fields of an options object once, each read guarded (a throwing getter → an issue). An
 * own key that is not one of `keys` is an `unrecognized_key` issue, never silently ignored: a misspelt
 * or misplaced option (`areas` belongs in a plan's data, not its options) would otherwise change the
 * answer without a word. `elsewhere` names the argument a misplaced key belongs to, for the message.
 */
export const readFields = (
  raw: unknown,
  keys: readonly string[],
  code: string,
  what: string,
  base: Path = [],
  elsewhere?: { readonly keys: readonly string[]; readonly where: string },
): Record<string, unknown> => {
  if (raw === undefined) return {};
  if (!isObjectLike(raw)) return fail(code, what, [makeIssue(base, 'invalid_type', 'Cần một đối tượng tuỳ chọn', 'Expected an options object', { received: raw })]);
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const key of keys) {
    try {
      const value = ownField(raw, key);
      if (value !== undefined) out[key] = value;
    } catch (error) {
      issues.push(unreadableIssue([...base, key], error));
    }
  }
  try {
    for (const key of Object.keys(raw)) {
      if (keys.includes(key)) continue;
      const hint = elsewhere !== undefined && elsewhere.keys.includes(key) ? { vi: ` (thuộc ${elsewhere.where})`, en: ` (it belongs in ${elsewhere.where})` } : { vi: '', en: '' };
      issues.push(
        makeIssue([...base, key], 'unrecognized_key', `Khoá không hợp lệ "${key}"${hint.vi}; các khoá: ${keys.join(', ')}`, `Unknown key "${key}"${hint.en}; known keys: ${keys.join(', ')}`),
      );
      if (issues.length >= MAX_ISSUES) break;
    }
  } catch (error) {
    issues.push(unreadableIssue(base, error));
  }
  if (issues.length > 0) fail(code, what, issues);
  return out;
};

/** The year of `asOf` (a civil date or an integer year), or an issue. */
export const readAsOf = (value: unknown, path: Path, issues: Issue[]): { asOf: CivilDate | number; year: number } | undefined => {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return { asOf: value, year: value };
  if (typeof value === 'string' && isCivilDate(value)) return { asOf: value, year: Number(value.slice(0, 4)) };
  issues.push(makeIssue(path, value === undefined ? 'missing' : 'invalid_date', 'Cần ngày đánh giá YYYY-MM-DD hoặc một năm', 'Expected asOf: a YYYY-MM-DD date or a year', { received: value }));
  return undefined;
};

const GRADE_SET: ReadonlySet<unknown> = /* @__PURE__ */ new Set(GRADES);
const KIND_SET: ReadonlySet<unknown> = /* @__PURE__ */ new Set(ORGANISATION_KINDS);
const SECTOR_SET: ReadonlySet<unknown> = /* @__PURE__ */ new Set(SECTORS);

/** Reads an optional array of values from a fixed set. */
const readEnumList = <T>(value: unknown, set: ReadonlySet<unknown>, path: Path, issues: Issue[], what: { vi: string; en: string }): T[] | undefined => {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    issues.push(makeIssue(path, 'invalid_type', `Cần một mảng ${what.vi}`, `Expected an array of ${what.en}`, { received: value }));
    return undefined;
  }
  const out: T[] = [];
  const length = value.length;
  if (length > 1000) {
    issues.push(makeIssue(path, 'too_large', 'Mảng quá dài', 'The array is too long', { received: value }));
    return undefined;
  }
  for (let i = 0; i < length; i += 1) {
    const item: unknown = value[i];
    if (set.has(item)) out.push(item as T);
    else {
      issues.push(makeIssue([...path, i], 'invalid_enum', `Không phải ${what.vi} hợp lệ`, `Not a valid ${what.en}`, { received: item }));
      if (issues.length >= MAX_ISSUES) return undefined;
    }
  }
  return out;
};

/** Reads effective grades. */
export const readGrades = (value: unknown, path: Path, issues: Issue[]): Grade[] | undefined =>
  readEnumList<Grade>(value, GRADE_SET, path, issues, { vi: 'xếp loại', en: 'grades' });

/** Reads a population scope `{ kinds?, sectors? }`. */
export const readScope = (
  value: unknown,
  path: Path,
  issues: Issue[],
): { kinds?: OrganisationKind[]; sectors?: Sector[] } | undefined => {
  if (value === undefined) return undefined;
  if (!isObjectLike(value)) {
    issues.push(makeIssue(path, 'invalid_type', 'Cần một đối tượng phạm vi', 'Expected a scope object', { received: value }));
    return undefined;
  }
  const kinds = readEnumList<OrganisationKind>(ownField(value, 'kinds'), KIND_SET, [...path, 'kinds'], issues, { vi: 'loại tổ chức', en: 'organisation kinds' });
  const sectors = readEnumList<Sector>(ownField(value, 'sectors'), SECTOR_SET, [...path, 'sectors'], issues, { vi: 'lĩnh vực', en: 'sectors' });
  return { ...(kinds === undefined ? {} : { kinds }), ...(sectors === undefined ? {} : { sectors }) };
};

/** Reads a grade reading `{ denominator: 'eligible' | 'rated', rulebook? }` (see `ComputeIndicatorOptions.grades`). */
export const readGradeReading = (
  value: unknown,
  path: Path,
  issues: Issue[],
): { denominator: 'eligible' | 'rated'; rulebook?: string } | undefined => {
  if (value === undefined) return undefined;
  const denominator = isObjectLike(value) ? ownField(value, 'denominator') : undefined;
  const rulebook = isObjectLike(value) ? ownField(value, 'rulebook') : undefined;
  if (denominator !== 'eligible' && denominator !== 'rated') {
    issues.push(
      makeIssue([...path, 'denominator'], 'invalid_value', "Cần 'eligible' hoặc 'rated'", "Expected 'eligible' or 'rated'", { received: denominator }),
    );
    return undefined;
  }
  if (rulebook !== undefined && !isText(rulebook)) {
    issues.push(makeIssue([...path, 'rulebook'], 'invalid_type', 'Cần mã bộ tiêu chí', 'Expected a rulebook id', { received: rulebook }));
    return undefined;
  }
  return { denominator, ...(rulebook === undefined ? {} : { rulebook: rulebook as string }) };
};

/** Reads external inputs into exact values (own keys only: `constructor` is never an input). */
const readContext = (value: object, path: Path): CheckedContext => {
  const issues: Issue[] = [];
  const out = new Map<string, Rational | ReadonlyMap<number, Rational>>();
  const raw = value as Record<string, unknown>;
  for (const name of Object.keys(raw)) {
    if (issues.length >= MAX_ISSUES) break;
    const entry = raw[name];
    if (isObjectLike(entry) && Object.prototype.hasOwnProperty.call(entry, 'byYear')) {
      const byYear = entry['byYear'];
      if (!isObjectLike(byYear)) {
        issues.push(makeIssue([...path, name, 'byYear'], 'invalid_type', 'Cần { năm: giá trị }', 'Expected { year: value }', { received: byYear }));
        continue;
      }
      const years = new Map<number, Rational>();
      for (const key of Object.keys(byYear)) {
        const year = Number(key);
        if (!Number.isSafeInteger(year) || String(year) !== key) {
          issues.push(makeIssue([...path, name, 'byYear', key], 'invalid_year', 'Khoá phải là một năm', 'Keys must be years', { received: key }));
          continue;
        }
        const exact = readExact(byYear[key], [...path, name, 'byYear', key], issues);
        if (exact !== undefined) years.set(year, exact);
      }
      out.set(name, years);
    } else {
      const exact = readExact(entry, [...path, name], issues);
      if (exact !== undefined) out.set(name, exact);
    }
  }
  if (issues.length > 0) fail('INVALID_OPTIONS', 'context', issues);
  return out;
};

/** Reads a list of areas or an area index (`{ areas }`) into a lookup, once per cache. */
export const readAreas = (value: unknown, path: Path, cache: EvaluationCacheState, code: string): AreaLookup => {
  let list: unknown = value;
  let at: Path = path;
  if (isObjectLike(value)) {
    list = ownField(value, 'areas');
    at = [...path, 'areas'];
  }
  if (!Array.isArray(list)) {
    return fail(code, 'areas', [makeIssue(at, 'invalid_type', 'Cần danh mục địa bàn (mảng)', 'Expected a list of areas (an array)', { received: list })]);
  }
  checkLength(list, at, 'areas');
  const areas = list as readonly AreaInput[];
  let lookup = cache.areaLookups.get(areas);
  if (lookup === undefined) {
    lookup = buildAreaLookup(areas, at);
    cache.areaLookups.set(areas, lookup);
  }
  return lookup;
};

/** Reads rulebooks: an array of objects with an id (the rulebooks themselves are checked by `grade`). */
const readRulebooks = (value: unknown, path: Path, issues: Issue[]): readonly Rulebook[] | undefined => {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > 1000) {
    issues.push(makeIssue(path, 'invalid_type', 'Cần một mảng bộ tiêu chí', 'Expected an array of rulebooks', { received: value }));
    return undefined;
  }
  for (let i = 0; i < value.length; i += 1) {
    const item: unknown = value[i];
    if (!isObjectLike(item) || !isText(ownField(item, 'id'))) {
      issues.push(makeIssue([...path, i], 'invalid_type', 'Cần một bộ tiêu chí có id', 'Expected a rulebook with an id', { received: item }));
      return undefined;
    }
  }
  return value as readonly Rulebook[];
};

/** Reads the cache option (a cache from `createEvaluationCache`, else a fresh one). */
export const readCache = (value: unknown, path: Path, issues: Issue[]): EvaluationCacheState => {
  if (value === undefined) return newCacheState();
  if (isCacheState(value)) return value;
  issues.push(makeIssue(path, 'invalid_type', 'Cần một bộ nhớ đệm tạo bởi createEvaluationCache', 'Expected a cache made by createEvaluationCache', { received: value }));
  return newCacheState();
};

/**
 * Reads the fields shared by `computeIndicator`, `evaluateTarget` and `evaluatePlan`: area, areas (or
 * `areasFrom`, the data's), context, rulebooks, effective grades. `fields` are the own fields already
 * read; issues are collected; the area list and context are validated once per cache.
 */
export const readShared = (
  fields: Record<string, unknown>,
  cache: EvaluationCacheState,
  issues: Issue[],
  code: string,
  areas: { readonly value: unknown; readonly path: Path } | undefined,
): Omit<CheckedShared, 'cache'> => {
  const area = fields['area'];
  if (area !== undefined && !isText(area)) issues.push(makeIssue(['area'], 'invalid_type', 'Cần mã địa bàn', 'Expected an area code', { received: area }));
  const lookup = areas === undefined || areas.value === undefined ? undefined : readAreas(areas.value, areas.path, cache, code);
  const rawContext = fields['context'];
  let context: CheckedContext | undefined;
  if (rawContext !== undefined) {
    if (!isObjectLike(rawContext)) issues.push(makeIssue(['context'], 'invalid_type', 'Cần { tên: giá trị }', 'Expected { name: value }', { received: rawContext }));
    else context = checkedOnce(cache, rawContext, 'context', () => readContext(rawContext, ['context']));
  }
  const rulebooks = readRulebooks(fields['rulebooks'], ['rulebooks'], issues);
  const effectiveGrades = readGrades(fields['effectiveGrades'], ['effectiveGrades'], issues);
  return {
    ...(isText(area) ? { area } : {}),
    ...(lookup === undefined ? {} : { lookup }),
    ...(context === undefined ? {} : { context }),
    ...(rulebooks === undefined ? {} : { rulebooks }),
    ...(effectiveGrades === undefined ? {} : { effectiveGrades }),
  };
};

/** Parses an indicator definition once per cache (`parseIndicator`); issues under `path`. */
export const checkIndicator = (raw: unknown, cache: EvaluationCacheState, code: string, path: Path): Indicator => {
  if (!isObjectLike(raw)) return unwrap(parseIndicator(raw), code, 'indicator', path);
  return checkedOnce(cache, raw, 'indicator', () => unwrap(parseIndicator(raw), code, 'indicator', path));
};

/** Reads progress thresholds. */
export const readThresholds = (value: unknown, path: Path, issues: Issue[]): CheckedThresholds => {
  if (value === undefined) return DEFAULT_THRESHOLDS;
  if (!isObjectLike(value)) {
    issues.push(makeIssue(path, 'invalid_type', 'Cần { onTrack, acceleration, deterioration }', 'Expected { onTrack, acceleration, deterioration }', { received: value }));
    return DEFAULT_THRESHOLDS;
  }
  const read = (key: keyof CheckedThresholds): number => readOptionalNumber(ownField(value, key), [...path, key], issues) ?? DEFAULT_THRESHOLDS[key];
  return { onTrack: read('onTrack'), acceleration: read('acceleration'), deterioration: read('deterioration') };
};

/** Reads a progress method. */
export const readMethod = (value: unknown, path: Path, issues: Issue[]): 'auto' | 'linear' | 'growth-ratio' | undefined => {
  if (value === undefined || value === 'auto' || value === 'linear' || value === 'growth-ratio') return value;
  issues.push(makeIssue(path, 'invalid_enum', 'Phương pháp: auto, linear hoặc growth-ratio', 'Method: auto, linear or growth-ratio', { received: value }));
  return undefined;
};

const TARGET_OPTION_KEYS = [
  'asOf', 'indicator', 'indicators', 'tolerance', 'baselineYear', 'area', 'areas', 'context', 'thresholds', 'method', 'rulebooks',
  'effectiveGrades', 'cache',
] as const;

/**
 * Validates `evaluateTarget` options into their internal form, or throws `INVALID_OPTIONS` with every
 * issue (paths from the options root). An area list that fails the model's checks throws `INVALID_AREAS`.
 */
export const checkTargetOptions = (raw: unknown): CheckedTargetOptions => {
  if (raw === undefined) return fail('INVALID_OPTIONS', 'options', [makeIssue([], 'missing', 'Thiếu tuỳ chọn (cần asOf)', 'Options are required (asOf)')]);
  const fields = readFields(raw, TARGET_OPTION_KEYS, 'INVALID_OPTIONS', 'options');
  const issues: Issue[] = [];
  const cache = readCache(fields['cache'], ['cache'], issues);
  const asOf = readAsOf(fields['asOf'], ['asOf'], issues);
  const indicatorRaw = fields['indicator'];
  const indicator = indicatorRaw === undefined ? undefined : checkIndicator(indicatorRaw, cache, 'INVALID_OPTIONS', ['indicator']);
  const indicators = fields['indicators'];
  if (indicators !== undefined && !Array.isArray(indicators)) {
    issues.push(makeIssue(['indicators'], 'invalid_type', 'Cần một mảng chỉ tiêu', 'Expected an array of indicators', { received: indicators }));
  } else if (indicators !== undefined) checkLength(indicators, ['indicators'], 'options');
  const tolerance = readOptionalNumber(fields['tolerance'], ['tolerance'], issues, 0);
  const baselineYear = readOptionalYear(fields['baselineYear'], ['baselineYear'], issues);
  const shared = readShared(fields, cache, issues, 'INVALID_OPTIONS', { value: fields['areas'], path: ['areas'] });
  const thresholds = readThresholds(fields['thresholds'], ['thresholds'], issues);
  const method = readMethod(fields['method'], ['method'], issues);
  if (issues.length > 0 || asOf === undefined) return fail('INVALID_OPTIONS', 'options', prefixIssues([], issues));
  return {
    ...shared,
    cache,
    asOf: asOf.asOf,
    year: asOf.year,
    thresholds,
    fallbacks: BUILT_IN_FALLBACKS,
    ...(indicator === undefined ? {} : { indicator }),
    ...(Array.isArray(indicators) ? { indicators } : {}),
    ...(tolerance === undefined ? {} : { tolerance }),
    ...(baselineYear === undefined ? {} : { baselineYear }),
    ...(method === undefined ? {} : { method }),
  };
};
