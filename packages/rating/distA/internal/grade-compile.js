import { CoopError } from "@coop/model";
import { GRADE_LABEL } from "./grade-labels.js";
import { compileCondition } from "./grade-read.js";
import { inForceForYear } from "./grade-validity.js";
import { keyedSheetReader } from "./sheet-read.js";
import { toHundredths } from "./points.js";
import { compileTiers } from "./tier-eval.js";
const cache = /* @__PURE__ */ new WeakMap();
const scaledMax = (max, where) => {
  if (max === void 0 || max === null) return -1;
  const scaled = toHundredths(max);
  if (!(scaled >= 0)) throw new CoopError("INVALID_RULEBOOK", `Invalid maximum at ${where}`, { where, max });
  return scaled;
};
const lowerEdge = (band) => {
  if (band.gte !== void 0) return toHundredths(band.gte);
  if (band.gt !== void 0) return toHundredths(band.gt) + 1;
  return Number.MIN_SAFE_INTEGER;
};
const build = (rulebook) => {
  const leafIds = [];
  const leafMax = [];
  const leafGroup = [];
  const leafParent = [];
  const leafTiers = [];
  const parents = [];
  rulebook.groups.forEach((group, g) => {
    for (const criterion of group.criteria) {
      const children = criterion.criteria ?? [];
      if (children.length === 0) {
        leafIds.push(criterion.id);
        leafMax.push(scaledMax(criterion.max, criterion.id));
        leafGroup.push(g);
        leafParent.push(-1);
        leafTiers.push(criterion.tiers === void 0 ? void 0 : compileTiers(criterion.tiers));
        continue;
      }
      const p = parents.length;
      const first = leafIds.length;
      for (const child of children) {
        leafIds.push(child.id);
        leafMax.push(scaledMax(child.max, child.id));
        leafGroup.push(g);
        leafParent.push(p);
        leafTiers.push(child.tiers === void 0 ? void 0 : compileTiers(child.tiers));
      }
      parents.push({ id: criterion.id, max: scaledMax(criterion.max, criterion.id), first, last: leafIds.length - 1, group: g });
    }
  });
  const UNKNOWN = 2 ** 30;
  const fastMax = leafMax.map((m) => m < 0 ? UNKNOWN : m);
  const fastBucket = leafIds.map(() => -1);
  const fastCap = [];
  let fast = !leafTiers.some((t) => t !== void 0);
  const needs = (first, last, cap) => {
    if (cap < 0) return false;
    let sum = 0;
    for (let i = first; i <= last; i++) sum += fastMax[i];
    return sum > cap;
  };
  const mark = (first, last, cap) => {
    const bucket = fastCap.length;
    fastCap.push(cap);
    for (let i = first; i <= last; i++) {
      if (fastBucket[i] !== -1) fast = false;
      fastBucket[i] = bucket;
    }
  };
  for (const p of parents) if (needs(p.first, p.last, p.max)) mark(p.first, p.last, p.max);
  rulebook.groups.forEach((group, g) => {
    const first = leafGroup.indexOf(g);
    const last = leafGroup.lastIndexOf(g);
    const cap = scaledMax(group.cap, group.id);
    if (first >= 0 && needs(first, last, cap)) mark(first, last, cap);
  });
  const bands = [...rulebook.grades].sort((a, b) => lowerEdge(b) - lowerEdge(a));
  if (typeof rulebook.id !== "string" || bands.length === 0 || bands.some((b) => !(b.grade in GRADE_LABEL) || Number.isNaN(lowerEdge(b))) || !Array.isArray(rulebook.scope.kinds)) {
    throw new CoopError("INVALID_RULEBOOK", "Invalid rulebook", { id: String(rulebook.id) });
  }
  const scope = rulebook.scope;
  let bit = 1;
  const nextBit = () => {
    const b = bit;
    bit *= 2;
    return b;
  };
  return {
    rulebook,
    id: rulebook.id,
    total: rulebook.total,
    leafIds,
    leafMax,
    leafGroup,
    leafParent,
    leafTiers,
    fast,
    fastMax,
    fastBucket,
    fastCap,
    readSheet: keyedSheetReader(leafIds),
    parents,
    groupIds: rulebook.groups.map((g) => g.id),
    groupCap: rulebook.groups.map((g) => scaledMax(g.cap, g.id)),
    bandLow: bands.map(lowerEdge),
    bandGrade: bands.map((b) => b.grade),
    kinds: new Set(scope.kinds),
    sectors: scope.sectors === "all" ? void 0 : new Set(scope.sectors),
    excluded: new Set(scope.excludeSectors),
    notRated: rulebook.notRated.map((rule) => ({
      rule,
      when: compileCondition(rule.when),
      bit: nextBit(),
      reason: Object.freeze({ code: rule.code, label: rule.label, citation: rule.citation })
    })),
    overrides: rulebook.overrides.map((rule) => ({
      rule,
      when: compileCondition(rule.when),
      bit: nextBit(),
      fired: Object.freeze({ code: rule.code, grade: rule.grade, label: rule.label, citation: rule.citation })
    })),
    outOfScope: Object.freeze({
      code: "out-of-scope",
      label: {
        vi: `Ngo\xE0i ph\u1EA1m vi \xE1p d\u1EE5ng c\u1EE7a ${rulebook.document}`,
        en: `Outside the scope of ${rulebook.document}`
      },
      citation: scope.citation
    }),
    scored: new Set(leafIds),
    years: /* @__PURE__ */ new Map()
  };
};
const compileRulebook = (rulebook) => {
  if (typeof rulebook !== "object" || rulebook === null) {
    throw new CoopError("INVALID_RULEBOOK", "Not a rulebook", { received: rulebook === null ? "null" : typeof rulebook });
  }
  let compiled = cache.get(rulebook);
  if (compiled === void 0) {
    try {
      compiled = build(rulebook);
    } catch (error) {
      if (error instanceof CoopError) throw error;
      throw new CoopError("INVALID_RULEBOOK", "Invalid rulebook", {
        cause: error instanceof Error ? error.message : String(error)
      });
    }
    cache.set(rulebook, compiled);
  }
  return compiled;
};
const notInForceWarning = (rulebook, year) => {
  const by = rulebook.endedBy === void 0 ? "" : ` (${rulebook.endedBy.document})`;
  const span = `${rulebook.effectiveFrom} \u2013 ${rulebook.effectiveTo ?? "\u2026"}${by}`;
  return Object.freeze({
    code: "RULEBOOK_NOT_IN_FORCE",
    message: {
      vi: `${rulebook.document} kh\xF4ng c\xF3 hi\u1EC7u l\u1EF1c v\xE0o 31/12/${year} (hi\u1EC7u l\u1EF1c ${span}).`,
      en: `${rulebook.document} was not in force on 31 December ${year} (in force ${span}).`
    },
    details: { year, effectiveFrom: rulebook.effectiveFrom, effectiveTo: rulebook.effectiveTo }
  });
};
const yearInfo = (compiled, year) => {
  let info = compiled.years.get(year);
  if (info === void 0) {
    const rb = compiled.rulebook;
    const inForce = inForceForYear(rb, year);
    const ref = Object.freeze({
      id: rb.id,
      document: rb.document,
      title: rb.title,
      inForce,
      effectiveFrom: rb.effectiveFrom,
      ...rb.effectiveTo === void 0 ? {} : { effectiveTo: rb.effectiveTo },
      maxTotal: rb.total
    });
    const base = Object.freeze(inForce ? [] : [notInForceWarning(rb, year)]);
    info = { ref, base, byMask: /* @__PURE__ */ new Map([[0, base]]) };
    compiled.years.set(year, info);
  }
  return info;
};
const uncheckedWarning = (rule, kind) => {
  const field = rule.when.field;
  return Object.freeze({
    code: kind === "not-rated" ? "NOT_RATED_RULE_UNCHECKED" : "OVERRIDE_UNCHECKED",
    message: {
      vi: `Kh\xF4ng ki\u1EC3m tra \u0111\u01B0\u1EE3c "${rule.label.vi}": thi\u1EBFu ${field}.`,
      en: `Could not check "${rule.label.en}": no ${field}.`
    },
    details: { rule: rule.code, field }
  });
};
const baseWarnings = (compiled, info, mask) => {
  let list = info.byMask.get(mask);
  if (list === void 0) {
    const out = [...info.base];
    for (const r of compiled.notRated) if (mask & r.bit) out.push(uncheckedWarning(r.rule, "not-rated"));
    for (const r of compiled.overrides) if (mask & r.bit) out.push(uncheckedWarning(r.rule, "override"));
    list = Object.freeze(out);
    info.byMask.set(mask, list);
  }
  return list;
};
export {
  baseWarnings,
  compileRulebook,
  yearInfo
};
