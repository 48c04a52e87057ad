import { buildAreaIndex, isCoopError, isWithinArea, subAreas } from "@coop/model";
import { fail, prefixIssues } from "./evaluation-guard.js";
const MAX_DEPTH = 16;
const buildAreaLookup = (areas, prefix) => {
  try {
    return { index: buildAreaIndex(areas), memo: /* @__PURE__ */ new Map() };
  } catch (error) {
    if (isCoopError(error, "INVALID_AREAS")) {
      const issues = Array.isArray(error.details["issues"]) ? error.details["issues"] : [];
      return fail("INVALID_AREAS", "list of areas", prefixIssues(prefix, issues));
    }
    throw error;
  }
};
const inHierarchy = (lookup, area, code) => code === area || lookup.index.byCode.has(area) && isWithinArea(lookup.index, code, area);
const firstOnChain = (lookup, code, has) => {
  const seen = /* @__PURE__ */ new Set();
  let current = code;
  while (current !== void 0 && !seen.has(current)) {
    if (has(current)) return current;
    seen.add(current);
    current = lookup.index.byCode.get(current)?.parent;
  }
  return void 0;
};
const successorsOf = (lookup, code) => lookup.index.byCode.get(code)?.successors ?? [];
const predecessorsOf = (lookup, code) => lookup.index.predecessors.get(code) ?? [];
const forward = (lookup, area, code, depth) => {
  if (inHierarchy(lookup, area, code)) return true;
  if (depth >= MAX_DEPTH) return false;
  const mapped = firstOnChain(lookup, code, (c) => successorsOf(lookup, c).length > 0);
  if (mapped === void 0) return false;
  return successorsOf(lookup, mapped).every((s) => forward(lookup, area, s, depth + 1));
};
const backward = (lookup, area, code) => {
  const mapped = firstOnChain(lookup, code, (c) => predecessorsOf(lookup, c).length > 0);
  if (mapped === void 0) return false;
  return predecessorsOf(lookup, mapped).every((p) => inHierarchy(lookup, area, p));
};
const areaCovers = (lookup, area, code) => {
  if (code === area) return true;
  if (lookup === void 0) return false;
  const key = `${area}\0${code}`;
  const known = lookup.memo.get(key);
  if (known !== void 0) return known;
  const answer = forward(lookup, area, code, 0) || backward(lookup, area, code);
  lookup.memo.set(key, answer);
  return answer;
};
const unitsOf = (lookup, area, level, year) => {
  if (!lookup.index.byCode.has(area)) return [];
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  return subAreas(lookup.index, area, level).filter((unit) => unit.code !== area).filter((unit) => (unit.validFrom === void 0 || unit.validFrom <= end) && (unit.validTo === void 0 || unit.validTo >= start)).map((unit) => unit.code).sort();
};
const unitOf = (lookup, code, units, memo, depth = 0) => {
  if (memo.has(code)) return memo.get(code);
  let answer = firstOnChain(lookup, code, (c) => units.has(c));
  if (answer === void 0 && depth < MAX_DEPTH) {
    const same = (list, map) => {
      let found;
      for (const c of list) {
        const u = map(c);
        if (u === void 0 || found !== void 0 && u !== found) return void 0;
        found = u;
      }
      return found;
    };
    const back = firstOnChain(lookup, code, (c) => predecessorsOf(lookup, c).length > 0);
    if (back !== void 0) answer = same(predecessorsOf(lookup, back), (p) => firstOnChain(lookup, p, (c) => units.has(c)));
    if (answer === void 0) {
      const fwd = firstOnChain(lookup, code, (c) => successorsOf(lookup, c).length > 0);
      if (fwd !== void 0) answer = same(successorsOf(lookup, fwd), (s) => unitOf(lookup, s, units, memo, depth + 1));
    }
  }
  memo.set(code, answer);
  return answer;
};
export {
  areaCovers,
  buildAreaLookup,
  inHierarchy,
  unitOf,
  unitsOf
};
