import type { AreaInput, AreaLevel } from '@coop/model';

/**
 * A lookup over a list of areas: codes, parents, successors and (derived) predecessors, plus a memo of
 * "does area A cover code X" answers. Built once per area list and shared by every indicator of an
 * evaluation.
 */
export interface AreaLookup {
  readonly byCode: ReadonlyMap<string, AreaInput>;
  readonly predecessors: ReadonlyMap<string, readonly string[]>;
  readonly memo: Map<string, boolean>;
}

const MAX_DEPTH = 16;

/** Builds an {@link AreaLookup} from a list of areas (later duplicates of a code win). */
export const buildAreaLookup = (areas: readonly AreaInput[]): AreaLookup => {
  const byCode = new Map<string, AreaInput>();
  for (const area of areas) byCode.set(area.code, area);
  const predecessors = new Map<string, string[]>();
  for (const area of byCode.values()) {
    for (const successor of area.successors ?? []) {
      const list = predecessors.get(successor);
      if (list === undefined) predecessors.set(successor, [area.code]);
      else if (!list.includes(area.code)) list.push(area.code);
    }
  }
  return { byCode, predecessors, memo: new Map() };
};

/** `code` itself or one of its ancestors (by `parent`) is `area`: the plain hierarchy, no reform mapping. */
export const inHierarchy = (lookup: AreaLookup, area: string, code: string): boolean => {
  let current: string | undefined = code;
  for (let depth = 0; current !== undefined && depth < MAX_DEPTH; depth += 1) {
    if (current === area) return true;
    current = lookup.byCode.get(current)?.parent;
  }
  return false;
};

/** The first area on the chain code → parent → … that satisfies `has`. */
const firstOnChain = (lookup: AreaLookup, code: string, has: (c: string) => boolean): string | undefined => {
  let current: string | undefined = code;
  for (let depth = 0; current !== undefined && depth < MAX_DEPTH; depth += 1) {
    if (has(current)) return current;
    current = lookup.byCode.get(current)?.parent;
  }
  return undefined;
};

const forward = (lookup: AreaLookup, area: string, code: string, depth: number): boolean => {
  if (inHierarchy(lookup, area, code)) return true;
  if (depth >= MAX_DEPTH) return false;
  const mapped = firstOnChain(lookup, code, (c) => (lookup.byCode.get(c)?.successors?.length ?? 0) > 0);
  if (mapped === undefined) return false;
  const successors = lookup.byCode.get(mapped)?.successors ?? [];
  return successors.every((s) => forward(lookup, area, s, depth + 1));
};

const backward = (lookup: AreaLookup, area: string, code: string): boolean => {
  const mapped = firstOnChain(lookup, code, (c) => (lookup.predecessors.get(c)?.length ?? 0) > 0);
  if (mapped === undefined) return false;
  const before = lookup.predecessors.get(mapped) ?? [];
  return before.every((p) => inHierarchy(lookup, area, p));
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
 * The units of `level` under `area` (plain hierarchy) whose validity intersects `year`, sorted by code.
 */
export const unitsOf = (lookup: AreaLookup, area: string, level: AreaLevel, year: number): string[] => {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const units: string[] = [];
  for (const candidate of lookup.byCode.values()) {
    if (candidate.level !== level || candidate.code === area) continue;
    if (candidate.validFrom !== undefined && candidate.validFrom > end) continue;
    if (candidate.validTo !== undefined && candidate.validTo < start) continue;
    if (inHierarchy(lookup, area, candidate.code)) units.push(candidate.code);
  }
  return units.sort();
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
  const viaChain = firstOnChain(lookup, code, (c) => units.has(c));
  let answer: string | undefined = viaChain;
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
    const back = firstOnChain(lookup, code, (c) => (lookup.predecessors.get(c)?.length ?? 0) > 0);
    if (back !== undefined) answer = same(lookup.predecessors.get(back) ?? [], (p) => firstOnChain(lookup, p, (c) => units.has(c)));
    if (answer === undefined) {
      const fwd = firstOnChain(lookup, code, (c) => (lookup.byCode.get(c)?.successors?.length ?? 0) > 0);
      if (fwd !== undefined) answer = same(lookup.byCode.get(fwd)?.successors ?? [], (s) => unitOf(lookup, s, units, memo, depth + 1));
    }
  }
  memo.set(code, answer);
  return answer;
};
