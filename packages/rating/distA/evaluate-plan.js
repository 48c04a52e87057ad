import { isCoopError, parsePlan, PLANS } from "@coop/model";
import { PROGRESS_STATUS_LABELS } from "./explain.js";
import { fail, guard, isObjectLike, isText, isYear, makeIssue, MAX_ISSUES, ownField, unwrap } from "./internal/evaluation-guard.js";
import {
  readAsOf,
  readCache,
  readFields,
  readMethod,
  readShared,
  readThresholds
} from "./internal/evaluation-options.js";
import { checkPoints } from "./internal/evaluation-values.js";
import { checkedOnce } from "./internal/indicator-cache.js";
import { evaluateChecked, targetFields } from "./internal/target-evaluate.js";
import { checkRecordList, checkRecordsOnly } from "./internal/target-input.js";
import { PROGRESS_STATUSES } from "./progress.js";
const VI_ERRORS = {
  MISSING_EXTERNAL_INPUT: (d) => `Thi\u1EBFu s\u1ED1 li\u1EC7u \u0111\u1EA7u v\xE0o b\xEAn ngo\xE0i "${String(d.input)}" cho ch\u1EC9 ti\xEAu ${String(d.indicator)}`,
  MISSING_TOLERANCE: () => 'M\u1EE5c ti\xEAu "kho\u1EA3ng" c\u1EA7n m\u1ED9t dung sai (tolerance)',
  MISSING_BASELINE: () => "M\u1EE5c ti\xEAu t\u0103ng tr\u01B0\u1EDFng c\u1EA7n n\u0103m g\u1ED1c (baselineYear)",
  UNKNOWN_INDICATOR: (d) => `Kh\xF4ng t\xECm th\u1EA5y ch\u1EC9 ti\xEAu ${String(d.indicator ?? d.id)}`,
  NO_OBSERVATIONS: () => "Kh\xF4ng c\xF3 d\u1EEF li\u1EC7u (b\u1EA3n ghi ho\u1EB7c chu\u1ED7i s\u1ED1 li\u1EC7u) cho m\u1EE5c ti\xEAu n\xE0y",
  SERIES_NOT_SUPPORTED: () => "M\u1EE5c ti\xEAu theo t\u1EEBng \u0111\u1ECBa b\xE0n c\u1EA7n b\u1EA3n ghi, kh\xF4ng d\xF9ng \u0111\u01B0\u1EE3c chu\u1ED7i s\u1ED1 li\u1EC7u t\u1ED5ng h\u1EE3p"
};
const pick = (value, planId, targetId) => {
  if (value === void 0) return void 0;
  if ("all" in value) return value.all;
  return value.byId.get(`${planId}/${targetId}`) ?? value.byId.get(targetId);
};
const readPerTarget = (raw, path, issues, ok, expected) => {
  if (raw === void 0) return void 0;
  if (ok(raw)) return { all: raw };
  if (!isObjectLike(raw)) {
    issues.push(makeIssue(path, "invalid_type", expected.vi, expected.en, { received: raw }));
    return void 0;
  }
  const byId = /* @__PURE__ */ new Map();
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    if (ok(value)) byId.set(key, value);
    else {
      issues.push(makeIssue([...path, key], "invalid_value", expected.vi, expected.en, { received: value }));
      if (issues.length >= MAX_ISSUES) break;
    }
  }
  return { byId };
};
const isTolerance = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0;
const PLAN_OPTION_KEYS = [
  "asOf",
  "indicators",
  "area",
  "context",
  "thresholds",
  "method",
  "rulebooks",
  "effectiveGrades",
  "includeParents",
  "plans",
  "tolerance",
  "baselineYear",
  "cache"
];
const DATA_KEYS = ["records", "series", "areas"];
const checkPlanInputs = (rawOptions, rawData, recordFields) => {
  if (rawOptions === void 0) return fail("INVALID_OPTIONS", "options", [makeIssue([], "missing", "Thi\u1EBFu tu\u1EF3 ch\u1ECDn (c\u1EA7n asOf)", "Options are required (asOf)")]);
  const fields = guard(
    "INVALID_OPTIONS",
    "options",
    () => [],
    () => readFields(rawOptions, PLAN_OPTION_KEYS, "INVALID_OPTIONS", "options", [], { keys: DATA_KEYS, where: "data" })
  );
  const dataFields = guard("INVALID_ARGUMENT", "data", () => [], () => {
    if (!isObjectLike(rawData)) {
      return fail("INVALID_ARGUMENT", "data", [makeIssue([], "invalid_type", "C\u1EA7n { records?, series?, areas? }", "Expected { records?, series?, areas? }", { received: rawData })]);
    }
    return readFields(rawData, DATA_KEYS, "INVALID_ARGUMENT", "data", [], { keys: PLAN_OPTION_KEYS, where: "options" });
  });
  const options = guard("INVALID_OPTIONS", "options", () => [], () => {
    const issues = [];
    const cache2 = readCache(fields["cache"], ["cache"], issues);
    const asOf = readAsOf(fields["asOf"], ["asOf"], issues);
    const indicators = fields["indicators"];
    if (indicators !== void 0 && !Array.isArray(indicators)) {
      issues.push(makeIssue(["indicators"], "invalid_type", "C\u1EA7n m\u1ED9t m\u1EA3ng ch\u1EC9 ti\xEAu", "Expected an array of indicators", { received: indicators }));
    }
    const includeParents = fields["includeParents"];
    if (includeParents !== void 0 && typeof includeParents !== "boolean") {
      issues.push(makeIssue(["includeParents"], "invalid_type", "C\u1EA7n true/false", "Expected true or false", { received: includeParents }));
    }
    const plans = fields["plans"];
    if (plans !== void 0 && !Array.isArray(plans)) {
      issues.push(makeIssue(["plans"], "invalid_type", "C\u1EA7n m\u1ED9t m\u1EA3ng k\u1EBF ho\u1EA1ch", "Expected an array of plans", { received: plans }));
    }
    const tolerance = readPerTarget(fields["tolerance"], ["tolerance"], issues, isTolerance, {
      vi: "Dung sai: m\u1ED9t s\u1ED1 \u2265 0, ho\u1EB7c { m\xE3 m\u1EE5c ti\xEAu: s\u1ED1 }",
      en: "Tolerance: a number \u2265 0, or { targetId: number }"
    });
    const baselineYear = readPerTarget(fields["baselineYear"], ["baselineYear"], issues, isYear, {
      vi: "N\u0103m g\u1ED1c: m\u1ED9t n\u0103m, ho\u1EB7c { m\xE3 m\u1EE5c ti\xEAu: n\u0103m }",
      en: "Baseline year: a year, or { targetId: year }"
    });
    const shared = readShared(fields, cache2, issues, "INVALID_OPTIONS", void 0);
    const thresholds = readThresholds(fields["thresholds"], ["thresholds"], issues);
    const method = readMethod(fields["method"], ["method"], issues);
    if (issues.length > 0 || asOf === void 0) return fail("INVALID_OPTIONS", "options", issues);
    const base = {
      ...shared,
      cache: cache2,
      asOf: asOf.asOf,
      year: asOf.year,
      thresholds,
      ...Array.isArray(indicators) ? { indicators } : {},
      ...method === void 0 ? {} : { method }
    };
    return { base, includeParents: includeParents === true, plans: Array.isArray(plans) ? plans : void 0, tolerance, baselineYear };
  });
  const cache = options.base.cache;
  const areaIssues = [];
  const areaPart = guard(
    "INVALID_AREAS",
    "areas",
    () => ["areas"],
    () => readShared({}, cache, areaIssues, "INVALID_AREAS", { value: dataFields["areas"], path: ["areas"] })
  );
  const rawRecords = dataFields["records"];
  let records;
  if (rawRecords !== void 0) {
    if (!Array.isArray(rawRecords)) {
      fail("INVALID_ARGUMENT", "data", [makeIssue(["records"], "invalid_type", "C\u1EA7n m\u1ED9t m\u1EA3ng b\u1EA3n ghi", "Expected an array of records", { received: rawRecords })]);
    }
    const fields2 = recordFields(options);
    records = fields2 === void 0 ? checkRecordsOnly(rawRecords, options.base, ["records"]) : checkRecordList(rawRecords, options.base, ["records"], fields2);
  }
  const series = guard("INVALID_SERIES", "series", () => ["series"], () => readSeriesMap(dataFields["series"]));
  return { options: areaPart.lookup === void 0 ? options : { ...options, base: { ...options.base, lookup: areaPart.lookup } }, records, series };
};
const readSeriesMap = (raw) => {
  const out = /* @__PURE__ */ new Map();
  if (raw === void 0) return out;
  if (!isObjectLike(raw)) {
    return fail("INVALID_SERIES", "series", [makeIssue(["series"], "invalid_type", "C\u1EA7n { m\xE3 m\u1EE5c ti\xEAu: chu\u1ED7i s\u1ED1 li\u1EC7u }", "Expected { targetId: series }", { received: raw })]);
  }
  for (const key of Object.keys(raw)) {
    const entry = raw[key];
    if (!isObjectLike(entry) || ownField(entry, "kind") !== "series") {
      fail("INVALID_SERIES", "series", [makeIssue(["series", key], "invalid_type", 'C\u1EA7n { kind: "series", points }', 'Expected { kind: "series", points }', { received: entry })]);
    }
    out.set(key, { kind: "series", points: checkPoints(ownField(entry, "points"), ["series", key, "points"], "INVALID_SERIES", true) });
  }
  return out;
};
const checkPlan = (raw, cache, code, path) => isObjectLike(raw) ? checkedOnce(cache, raw, "plan", () => unwrap(parsePlan(raw), code, "plan", path)) : unwrap(parsePlan(raw), code, "plan", path);
const findPlan = (id, options) => {
  const list = options.plans;
  if (list === void 0) {
    const builtIn = PLANS.find((p) => p.id === id);
    return builtIn === void 0 ? void 0 : checkPlan(builtIn, options.base.cache, "INVALID_PLAN", []);
  }
  return guard("INVALID_OPTIONS", "options", () => ["plans"], () => {
    for (let i = 0; i < list.length; i += 1) {
      const item = list[i];
      if (isObjectLike(item) && ownField(item, "id") === id) return checkPlan(item, options.base.cache, "INVALID_OPTIONS", ["plans", i]);
    }
    return void 0;
  });
};
const ancestorsOf = (plan, options, warnings) => {
  const seen = /* @__PURE__ */ new Set([plan.id]);
  const found = [];
  let frontier = [plan];
  while (frontier.length > 0) {
    const next = [];
    for (const current of frontier) {
      for (const parentId of current.parents) {
        if (seen.has(parentId)) continue;
        seen.add(parentId);
        const parent = findPlan(parentId, options);
        if (parent === void 0) {
          warnings.push({
            code: "UNKNOWN_PARENT_PLAN",
            message: { vi: `Kh\xF4ng t\xECm th\u1EA5y k\u1EBF ho\u1EA1ch c\u1EA5p tr\xEAn "${parentId}"`, en: `Parent plan "${parentId}" is not known` },
            details: { plan: current.id, parent: parentId }
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
const evaluatePlan = (plan, data, options) => evaluatePlanList([plan], [], data, options)[0];
const evaluatePlans = (plans, data, options) => {
  const list = guard("INVALID_ARGUMENT", "plans", () => [], () => {
    if (!Array.isArray(plans)) {
      return fail("INVALID_ARGUMENT", "plans", [makeIssue([], "invalid_type", "C\u1EA7n m\u1ED9t m\u1EA3ng k\u1EBF ho\u1EA1ch", "Expected an array of plans", { received: plans })]);
    }
    const copy = [];
    for (let i = 0; i < plans.length; i += 1) copy.push(plans[i]);
    return copy;
  });
  return evaluatePlanList(list, list.map((_, i) => [i]), data, options);
};
const evaluatePlanList = (plans, paths, data, options) => {
  let chains;
  let planError;
  const readChains = (checked) => plans.map((plan, i) => {
    const path = paths[i] ?? [];
    const warnings = [];
    const root = guard("INVALID_PLAN", "plan", () => path, () => checkPlan(plan, checked.base.cache, "INVALID_PLAN", path));
    return { chain: [root, ...checked.includeParents ? ancestorsOf(root, checked, warnings) : []], warnings };
  });
  const inputs = checkPlanInputs(options, data, (checked) => {
    try {
      chains = readChains(checked);
    } catch (error) {
      planError = error;
      return void 0;
    }
    const targets = chains.flatMap(({ chain }) => chain.flatMap((current) => current.targets));
    return targets.length === 0 ? void 0 : targetFields(targets, checked.base);
  });
  if (planError !== void 0) throw planError;
  return (chains ?? readChains(inputs.options)).map(({ chain, warnings }) => evaluateChain(chain, warnings, inputs));
};
const evaluateChain = (chain, warnings, inputs) => {
  const checked = inputs.options;
  const root = chain[0];
  const entries = [];
  for (const current of chain) {
    const inherited = current !== root;
    for (const target of current.targets) {
      const head = { planId: current.id, targetId: target.id, inherited, target };
      try {
        const series = inputs.series.get(`${current.id}/${target.id}`) ?? inputs.series.get(target.id);
        const observations = series ?? (inputs.records === void 0 ? void 0 : { kind: "records", records: inputs.records });
        if (observations === void 0) {
          entries.push({
            ...head,
            ok: false,
            error: {
              code: "NO_OBSERVATIONS",
              message: { vi: VI_ERRORS.NO_OBSERVATIONS?.({}) ?? "", en: `No records or series for target "${target.id}"` },
              details: { target: target.id, plan: current.id }
            }
          });
          continue;
        }
        const tolerance = pick(checked.tolerance, current.id, target.id);
        let baselineYear = pick(checked.baselineYear, current.id, target.id);
        const extra = [];
        const needsBaseline = target.comparator.kind === "growth" && target.comparator.baselineYear === void 0 || target.comparator.kind === "yearly-growth" && target.comparator.fromYear === void 0;
        if (baselineYear === void 0 && target.baselineYear === void 0 && current.baseYear !== void 0) {
          baselineYear = current.baseYear;
          if (needsBaseline) {
            extra.push({
              code: "BASELINE_FROM_PLAN",
              message: {
                vi: `V\u0103n b\u1EA3n kh\xF4ng n\xEAu n\u0103m g\u1ED1c; d\xF9ng n\u0103m c\u01A1 s\u1EDF c\u1EE7a k\u1EBF ho\u1EA1ch (${current.baseYear})`,
                en: `The text states no baseline year; the plan's base year (${current.baseYear}) is used`
              },
              details: { baselineYear: current.baseYear }
            });
          }
        }
        const result = evaluateChecked(target, observations, {
          ...checked.base,
          ...tolerance === void 0 ? {} : { tolerance },
          ...baselineYear === void 0 ? {} : { baselineYear }
        });
        entries.push({ ...head, ok: true, result: extra.length === 0 ? result : { ...result, warnings: [...extra, ...result.warnings] } });
      } catch (error) {
        if (!isCoopError(error)) throw error;
        const vi = VI_ERRORS[error.code]?.(error.details) ?? `Kh\xF4ng \u0111\xE1nh gi\xE1 \u0111\u01B0\u1EE3c m\u1EE5c ti\xEAu (${error.code})`;
        entries.push({ ...head, ok: false, error: { code: error.code, message: { vi, en: error.message }, details: error.details } });
      }
    }
  }
  const byStatus = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0]));
  let notEvaluated = 0;
  for (const entry of entries) {
    if (entry.ok) byStatus[entry.result.status] += 1;
    else notEvaluated += 1;
  }
  const summary = {
    total: entries.length,
    evaluated: entries.length - notEvaluated,
    notEvaluated,
    byStatus,
    onTrack: byStatus.achieved + byStatus["on-track"],
    offTrack: byStatus["needs-acceleration"] + byStatus["limited-progress"] + byStatus.deteriorating + byStatus["not-achieved"],
    unknown: byStatus["insufficient-data"] + byStatus["not-applicable"]
  };
  const counts = PROGRESS_STATUSES.filter((s) => byStatus[s] > 0);
  const explanation = entries.length === 0 ? {
    vi: `${root.title.vi}: kh\xF4ng c\xF3 m\u1EE5c ti\xEAu \u0111\u1ECBnh l\u01B0\u1EE3ng (theo d\xF5i nhi\u1EC7m v\u1EE5 b\u1EB1ng trackTasks)`,
    en: `${root.title.en}: no numeric targets (track its tasks with trackTasks)`
  } : {
    vi: `${root.title.vi}: ${entries.length} m\u1EE5c ti\xEAu \u2014 ${[
      ...counts.map((s) => `${byStatus[s]} ${PROGRESS_STATUS_LABELS[s].vi}`),
      ...notEvaluated > 0 ? [`${notEvaluated} ch\u01B0a \u0111\xE1nh gi\xE1 \u0111\u01B0\u1EE3c`] : []
    ].join(", ")}`,
    en: `${root.title.en}: ${entries.length} targets \u2014 ${[
      ...counts.map((s) => `${byStatus[s]} ${PROGRESS_STATUS_LABELS[s].en}`),
      ...notEvaluated > 0 ? [`${notEvaluated} not evaluated`] : []
    ].join(", ")}`
  };
  return { planId: root.id, plans: chain.map((p) => p.id), entries, summary, warnings, explanation };
};
export {
  evaluatePlan,
  evaluatePlans
};
