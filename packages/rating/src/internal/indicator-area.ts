import { buildAreaIndex, isCoopError, isWithinArea, subAreas, type AreaIndex, type AreaInput, type AreaLevel } from '@coop/model';
import { fail, prefixIssues, type Path } from './evaluation-guard.js';

/*
 * Area coverage for indicators: a thin, rating-specific layer over the model's area tree
 * (`buildAreaIndex` validates the list and indexes parents, children and predecessors; `isWithinArea`
 * is the parent walk; `subAreas` finds the units of a level). What is rating's own is the 2025 reform
 * rule: which pre-reform codes count for a post-reform area and vice versa (see `areaCovers`).
 */

/** An area index plus a memo of "does area A cover code X" answers; built once per area list and cache. */
export interface AreaLookup {
  readonly index: AreaIndex;
  readonly memo: Map<string, boolean>;
}

/** Recursion bound for the successor rule (the data is acyclic — `buildAreaIndex` checks — but chains are short). */
const MAX_DEPTH = 16;

/**
 * Validates and indexes an area list. Throws `INVALID_AREAS` (the model's code) with issue paths under
 * `prefix` (e.g. `['areas', 3, 'parent']`).
 */
export const buildAreaLookup = (areas: readonly AreaInput[], prefix: Path): AreaLookup => {
  try {
    return { index: buildAreaIndex(areas), memo: new Map() };
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
 * Without a lookup only rule "same code" applies.
 */
export const areaCovers = (lookup: AreaLookup | undefined, area: string, code: string): boolean => {
  if (code === area) return true;
  if (lookup === undefined) return false;
  const key = `${area}\u0000${code}`;
  const known = lookup.memo.get(key);
  if (known !== undefined) return known;
  const answer = forward(lookup, area, code, 0) || backward(lookup, area, code);
  lookup.memo.set(key, answer);
  return answer;
};

/**
 * The units of `level` under `area` (the model's `subAreas`, plain hierarchy, the area itself
 * excluded) whose validity intersects `year`, sorted by code. `subAreas`' `on` is one date; a unit
 * counts here when it existed on any day of the year, hence the local year filter.
 */
export const unitsOf = (lookup: AreaLookup, area: string, level: AreaLevel, year: number): string[] => {
  if (!lookup.index.byCode.has(area)) return [];
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  return subAreas(lookup.index, area, level)
    .filter((unit) => unit.code !== area)
    .filter((unit) => (unit.validFrom === undefined || unit.validFrom <= end) && (unit.validTo === undefined || unit.validTo >= start))
    .map((unit) => unit.code)
    .sort();
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
