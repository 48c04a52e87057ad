import {
  AREA_LEVELS,
  VN_AREAS,
  areaForYear,
  buildAreaIndex,
  isCoopError,
  isWithinArea,
  subAreas,
  vnAreaIndex,
  type AreaAttributionStatus,
  type AreaIndex,
  type AreaInput,
  type AreaLevel,
  type Label,
} from '@coop/model';
import { fail, prefixIssues, type Path } from './evaluation-guard.js';
import type { EvaluationWarning } from '../evaluation-types.js';
import type { EvaluationCacheState, Frame, AreaLookup } from './engine-types.js';

/*
 * Area coverage for indicators: a thin, rating-specific layer over the model's area tree
 * (`buildAreaIndex` validates the list and indexes parents, children and predecessors; `isWithinArea`
 * is the parent walk; `subAreas` finds the units of a level). What is rating's own is the 2025 reform
 * rule: which pre-reform codes count for a post-reform area and vice versa (see `areaCovers`).
 */

const newLookup = (index: AreaIndex): AreaLookup => ({ index, status: new Map(), frameStatuses: new WeakMap(), frameWarnings: new WeakMap() });

/** Recursion bound for the successor rule (the data is acyclic — `buildAreaIndex` checks — but chains are short). */
const MAX_DEPTH = 16;

/**
 * Validates and indexes an area list. Throws `INVALID_AREAS` (the model's code) with issue paths under
 * `prefix` (e.g. `['areas', 3, 'parent']`).
 */
export const buildAreaLookup = (areas: readonly AreaInput[], prefix: Path): AreaLookup => {
  try {
    return newLookup(buildAreaIndex(areas));
  } catch (error) {
    if (isCoopError(error, 'INVALID_AREAS')) {
      const issues = Array.isArray(error.details['issues']) ? (error.details['issues'] as Parameters<typeof prefixIssues>[1]) : [];
      return fail('INVALID_AREAS', 'list of areas', prefixIssues(prefix, issues));
    }
    throw error;
  }
};

/** `code` is `area` or lies within it through `parent` links (the model's parent walk; an unknown area covers only itself). */
export const inHierarchy = (lookup: AreaLookup, area: string, code: string): boolean =>
  code === area || (lookup.index.byCode.has(area) && isWithinArea(lookup.index, code, area));

/**
 * The nearest area on the chain code → parent → … that satisfies `has`. The model answers "is X within
 * Y" but has no "nearest ancestor with a property" query, so this small walk stays here.
 */
const firstOnChain = (lookup: AreaLookup, code: string, has: (c: string) => boolean): string | undefined => {
  const seen = new Set<string>();
  let current: string | undefined = code;
  while (current !== undefined && !seen.has(current)) {
    if (has(current)) return current;
    seen.add(current);
    current = lookup.index.byCode.get(current)?.parent;
  }
  return undefined;
};

const successorsOf = (lookup: AreaLookup, code: string): readonly string[] => lookup.index.byCode.get(code)?.successors ?? [];
const predecessorsOf = (lookup: AreaLookup, code: string): readonly string[] => lookup.index.predecessors.get(code) ?? [];

const forward = (lookup: AreaLookup, area: string, code: string, depth: number): boolean => {
  if (inHierarchy(lookup, area, code)) return true;
  if (depth >= MAX_DEPTH) return false;
  const mapped = firstOnChain(lookup, code, (c) => successorsOf(lookup, c).length > 0);
  if (mapped === undefined) return false;
  return successorsOf(lookup, mapped).every((s) => forward(lookup, area, s, depth + 1));
};

const backward = (lookup: AreaLookup, area: string, code: string): boolean => {
  const mapped = firstOnChain(lookup, code, (c) => predecessorsOf(lookup, c).length > 0);
  if (mapped === undefined) return false;
  return predecessorsOf(lookup, mapped).every((p) => inHierarchy(lookup, area, p));
};

/** How a code relates to a year (the model's `areaForYear`): `in-force`, `succeeded`, `closed`, `not-yet` or `unknown`. */
const statusOf = (lookup: AreaLookup, code: string, year: number): AreaAttributionStatus => areaForYear(lookup.index, code, year).status;

/**
 * How a code relates to a year, memoised per year and code (no key text is built). The codes of a
 * year's records are decided by {@link frameStatuses} instead, a byte per code: what is kept here is the
 * areas targets ask for and the few codes judged one by one.
 */
export const statusIn = (lookup: AreaLookup, code: string, year: number): AreaAttributionStatus => {
  let byCode = lookup.status.get(year);
  if (byCode === undefined) {
    byCode = new Map();
    lookup.status.set(year, byCode);
  }
  let status = byCode.get(code);
  if (status === undefined) {
    status = statusOf(lookup, code, year);
    byCode.set(code, status);
  }
  return status;
};

/** The statuses of {@link statusOf}, numbered for a byte per code (every status has its number: the type says so). */
const STATUS_CODES: Readonly<Record<AreaAttributionStatus, number>> = { 'in-force': 0, succeeded: 1, closed: 2, 'not-yet': 3, unknown: 4 };
const STATUSES = Object.keys(STATUS_CODES) as readonly AreaAttributionStatus[];

/**
 * How each of a frame's area codes relates to the frame's year (see {@link statusOf}), as a byte per
 * distinct code (a number of `STATUS_CODES`, read back with {@link frameStatus}), decided once per frame
 * and area list and shared by its area-code warnings and every area's coverage table.
 *
 * @param lookup - the area list
 * @param frame - a year's frame
 * @param year - the frame's year
 * @returns the status of each code of `frame.areas`
 */
export const frameStatuses = (lookup: AreaLookup, frame: Frame, year: number): Uint8Array => {
  const known = lookup.frameStatuses.get(frame);
  if (known !== undefined && known.year === year) return known.codes;
  const codes = Uint8Array.from(frame.areas, (code) => STATUS_CODES[statusOf(lookup, code, year)]);
  lookup.frameStatuses.set(frame, { year, codes });
  return codes;
};

/** The status of a frame's area code `c` in its year, from {@link frameStatuses}. */
export const frameStatus = (statuses: Uint8Array, c: number): AreaAttributionStatus => STATUSES[statuses[c] as number] as AreaAttributionStatus;

/**
 * Does `area` cover a record coded `code`? True when
 * 1. `code` is `area` or lies within it through `parent` links; or
 * 2. (old code → new area) the nearest area on `code`'s parent chain that lists `successors` has every
 *    successor covered by `area` (recursively, through rule 1 and 2) — e.g. a commune of a merged
 *    province counts for the merged province's successor; an ambiguous split (one successor inside, one
 *    outside) does not count; or
 * 3. (new code → old area) the nearest area on `code`'s parent chain that has predecessors (areas
 *    naming it as a successor) has every predecessor within `area` through `parent` links — e.g. a
 *    post-July-2025 commune formed from communes of one former district counts for that district.
 * With a `year`, rule 2 applies only when the code or the area is not in force on the year's last day
 * (the model's `areaForYear`: a record of the year goes to the units in force at its end): a 2024
 * record coded `06` (Bắc Kạn) is not Thái Nguyên's, a 2025 one is; a record coded with a former
 * commune counts for the commune it merged into when that one is asked for before it began. Without a
 * lookup only rule "same code" applies. `codeStatus`, when given, is `code`'s status in `year` (as
 * {@link frameStatuses} has it), else it is looked up.
 */
export const areaCovers = (lookup: AreaLookup | undefined, area: string, code: string, year?: number, codeStatus?: AreaAttributionStatus): boolean => {
  if (code === area) return true;
  if (lookup === undefined) return false;
  const mapsForward = year === undefined || (codeStatus ?? statusIn(lookup, code, year)) !== 'in-force' || statusIn(lookup, area, year) !== 'in-force';
  return mapsForward ? forward(lookup, area, code, 0) || backward(lookup, area, code) : inHierarchy(lookup, area, code) || backward(lookup, area, code);
};

/**
 * The units of `level` under `area` (the model's `subAreas`, plain hierarchy, the area itself
 * excluded) whose validity intersects `year`, sorted by code. `subAreas`' `on` is one date; a unit
 * counts here when it existed on any day of the year, hence the local year filter — so 2025, the year
 * the district level ended (1 July), is still judged district by district; 2026 is not.
 */
export const unitsOf = (lookup: AreaLookup, area: string, level: AreaLevel, year: number): string[] => {
  if (!lookup.index.byCode.has(area)) return [];
  const start = `${String(year).padStart(4, '0')}-01-01`;
  const end = `${String(year).padStart(4, '0')}-12-31`;
  return subAreas(lookup.index, area, level)
    .filter((unit) => unit.code !== area)
    .filter((unit) => (unit.validFrom === undefined || unit.validFrom <= end) && (unit.validTo === undefined || unit.validTo >= start))
    .map((unit) => unit.code)
    .sort();
};

/** The last year in which `area` had units of `level`, when they all ended before `year` (else `undefined`). */
export const unitsEnded = (lookup: AreaLookup, area: string, level: AreaLevel, year: number): number | undefined => {
  if (!lookup.index.byCode.has(area)) return undefined;
  const ends = subAreas(lookup.index, area, level)
    .filter((unit) => unit.code !== area && unit.validTo !== undefined && unit.validTo < `${String(year).padStart(4, '0')}-01-01`)
    .map((unit) => Number((unit.validTo as string).slice(0, 4)));
  return ends.length === 0 ? undefined : Math.max(...ends);
};

/** Whether a code names an area above `level` (a province for districts), or `area` itself. */
export const isAboveLevel = (lookup: AreaLookup, area: string, code: string, level: AreaLevel): boolean => {
  if (code === area) return true;
  const found = lookup.index.byCode.get(code);
  return found !== undefined && AREA_LEVELS.indexOf(found.level) < AREA_LEVELS.indexOf(level);
};

/** An area's name for explanations: its label, or `undefined` when the label only repeats the code. */
export const areaName = (lookup: AreaLookup | undefined, code: string): Label | undefined => {
  const area = lookup?.index.byCode.get(code);
  if (area === undefined || (area.name.vi === code && area.name.en === code)) return undefined;
  return area.name;
};

/**
 * The built-in list of Viet Nam's areas (the model's `VN_AREAS`: country, provinces of both periods,
 * districts until 30/06/2025) as a lookup, built once per cache — used for a target whose area is a
 * Vietnamese code when the data bring no area list. Referenced only from evaluation code, so `grade`
 * does not pull the district table into a bundle.
 */
const builtInLookup = (cache: EvaluationCacheState): AreaLookup => {
  let lookup = cache.areaLookups.get(VN_AREAS);
  if (lookup === undefined) {
    lookup = newLookup(vnAreaIndex());
    cache.areaLookups.set(VN_AREAS, lookup);
  }
  return lookup;
};

/**
 * An area list to fall back on when the data bring none: whether it knows a code, and its lookup (built
 * at most once per cache).
 */
export interface AreaFallback {
  readonly has: (code: string) => boolean;
  readonly lookup: (cache: EvaluationCacheState) => AreaLookup;
}

/** The built-in fallback: the model's `VN_AREAS` (see {@link builtInLookup}). */
export const BUILT_IN_AREAS: AreaFallback = { has: (code) => VN_AREAS.some((known) => known.code === code), lookup: builtInLookup };

/** A fallback over a caller's area list, already validated into `lookup`. */
export const areaFallback = (lookup: AreaLookup): AreaFallback => ({ has: (code) => lookup.index.byCode.has(code), lookup: () => lookup });

/** The lookup a target on `area` uses: the given one, else the fallback's when it knows `area`. */
export const lookupWith = (
  lookup: AreaLookup | undefined,
  area: string | undefined,
  cache: EvaluationCacheState,
  fallback: AreaFallback | undefined,
): AreaLookup | undefined => {
  if (lookup !== undefined || area === undefined) return lookup;
  return fallback !== undefined && fallback.has(area) ? fallback.lookup(cache) : undefined;
};

const list = (codes: readonly string[]): string => (codes.length > 10 ? `${codes.slice(0, 10).join(', ')}, …` : codes.join(', '));

/**
 * The warnings about the area codes of a year's records (memoised per frame): codes the area list does
 * not know (`UNKNOWN_AREA_CODES` — such records are in no area's population, never silently), and
 * codes closed before the year began (`CLOSED_AREA_CODES` — attributed to their successors, but a
 * data error to fix). Details: `year`, `codes`, `records`.
 */
export const areaCodeWarnings = (lookup: AreaLookup, frame: Frame, year: number): readonly EvaluationWarning[] => {
  const known = lookup.frameWarnings.get(frame);
  if (known !== undefined) return known;
  const rows = new Array<number>(frame.areas.length).fill(0);
  for (let i = 0; i < frame.areaOf.length; i += 1) rows[frame.areaOf[i] as number] = (rows[frame.areaOf[i] as number] as number) + 1;
  const unknown: string[] = [];
  const closed: string[] = [];
  let unknownRows = 0;
  let closedRows = 0;
  const statuses = frameStatuses(lookup, frame, year);
  frame.areas.forEach((code, i) => {
    const status = frameStatus(statuses, i);
    if (status === 'unknown') {
      unknown.push(code);
      unknownRows += rows[i] as number;
    } else if (status === 'closed') {
      closed.push(code);
      closedRows += rows[i] as number;
    }
  });
  const warnings: EvaluationWarning[] = [];
  if (unknown.length > 0) {
    warnings.push({
      code: 'UNKNOWN_AREA_CODES',
      message: {
        vi: `Năm ${year}: ${unknownRows} bản ghi có mã địa bàn không có trong danh mục (${list(unknown)}), không được tính vào địa bàn nào`,
        en: `${year}: ${unknownRows} ${unknownRows === 1 ? 'record carries' : 'records carry'} area codes that are not in the area list (${list(unknown)}) and count for no area`,
      },
      details: { year, codes: unknown, records: unknownRows },
    });
  }
  if (closed.length > 0) {
    warnings.push({
      code: 'CLOSED_AREA_CODES',
      message: {
        vi: `Năm ${year}: ${closedRows} bản ghi dùng mã địa bàn đã giải thể trước năm đó (${list(closed)}); được tính cho đơn vị kế thừa, cần sửa mã`,
        en: `${year}: ${closedRows} ${closedRows === 1 ? 'record uses' : 'records use'} area codes closed before that year (${list(closed)}); counted for the successor unit — fix the codes`,
      },
      details: { year, codes: closed, records: closedRows },
    });
  }
  lookup.frameWarnings.set(frame, warnings);
  return warnings;
};

/**
 * The unit (one of `units`) a record coded `code` belongs to, under the same rules as
 * {@link areaCovers}: its parent chain, else the nearest reorganised area on the chain whose
 * predecessors (new → old) or successors (old → new) all fall in one unit. `undefined` when none or
 * ambiguous. Memoised per code in `memo`.
 */
export const unitOf = (
  lookup: AreaLookup,
  code: string,
  units: ReadonlySet<string>,
  memo: Map<string, string | undefined>,
  depth = 0,
): string | undefined => {
  if (memo.has(code)) return memo.get(code);
  let answer: string | undefined = firstOnChain(lookup, code, (c) => units.has(c));
  if (answer === undefined && depth < MAX_DEPTH) {
    const same = (list: readonly string[], map: (c: string) => string | undefined): string | undefined => {
      let found: string | undefined;
      for (const c of list) {
        const u = map(c);
        if (u === undefined || (found !== undefined && u !== found)) return undefined;
        found = u;
      }
      return found;
    };
    const back = firstOnChain(lookup, code, (c) => predecessorsOf(lookup, c).length > 0);
    if (back !== undefined) answer = same(predecessorsOf(lookup, back), (p) => firstOnChain(lookup, p, (c) => units.has(c)));
    if (answer === undefined) {
      const fwd = firstOnChain(lookup, code, (c) => successorsOf(lookup, c).length > 0);
      if (fwd !== undefined) answer = same(successorsOf(lookup, fwd), (s) => unitOf(lookup, s, units, memo, depth + 1));
    }
  }
  memo.set(code, answer);
  return answer;
};
