import { CoopError } from "@coop/model";
import { inForceForYear } from "./internal/grade-validity.js";
const covers = (rulebook, kind, sector) => {
  const scope = rulebook.scope;
  if (kind !== void 0 && !scope.kinds.includes(kind)) return false;
  if (sector === void 0) return true;
  if (scope.excludeSectors?.includes(sector)) return false;
  return scope.sectors === "all" || scope.sectors.includes(sector);
};
const breadth = (rulebook) => rulebook.scope.kinds.length * (rulebook.scope.sectors === "all" ? Number.POSITIVE_INFINITY : rulebook.scope.sectors.length);
const selectRulebook = (rulebooks, query) => {
  const { year } = query;
  const kind = query.kind ?? query.record?.kind;
  const sector = query.sector ?? query.record?.sector;
  const inScope = rulebooks.filter((r) => covers(r, kind, sector));
  const candidates = inScope.filter((r) => inForceForYear(r, year));
  const describe = (list) => list.map((r) => ({ id: r.id, effectiveFrom: r.effectiveFrom, ...r.effectiveTo === void 0 ? {} : { effectiveTo: r.effectiveTo } }));
  if (candidates.length === 0) {
    const reason = inScope.length > 0 ? "not-in-force" : "out-of-scope";
    throw new CoopError(
      "NO_RULEBOOK_IN_FORCE",
      reason === "not-in-force" ? `No rulebook was in force on 31 December ${year} for ${kind ?? "any kind"} / ${sector ?? "any sector"}; covering that scope in other years: ${inScope.map((r) => r.id).join(", ")}` : `No rulebook covers ${kind ?? "any kind"} / ${sector ?? "any sector"}`,
      { year, kind, sector, reason, candidates: describe(inScope) }
    );
  }
  if (candidates.length === 1) return candidates[0];
  const ambiguous = () => {
    throw new CoopError(
      "AMBIGUOUS_RULEBOOK",
      `Several rulebooks apply to ${year} for ${kind ?? "any kind"} / ${sector ?? "any sector"}: ${candidates.map((r) => r.id).join(", ")}; pass kind and sector, or choose one`,
      { year, kind, sector, candidates: describe(candidates) }
    );
  };
  if (kind === void 0 || sector === void 0) return ambiguous();
  const order = (x, y) => x === y ? 0 : x < y ? -1 : 1;
  const ranked = [...candidates].sort((a, b) => order(breadth(a), breadth(b)) || order(b.effectiveFrom, a.effectiveFrom));
  const [first, second] = ranked;
  if (breadth(first) === breadth(second) && first.effectiveFrom === second.effectiveFrom) return ambiguous();
  return first;
};
export {
  selectRulebook
};
