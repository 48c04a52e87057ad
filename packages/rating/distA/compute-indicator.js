import {
} from "@coop/model";
import { fail, guard, isObjectLike, isYear, makeIssue } from "./internal/evaluation-guard.js";
import { checkIndicator, readCache, readFields, readScope, readShared } from "./internal/evaluation-options.js";
import { newCacheState } from "./internal/indicator-cache.js";
import { computeChecked, gradingRulebooks, indicatorFields } from "./internal/indicator-compute.js";
import { ingestRecords } from "./internal/indicator-frame.js";
const createEvaluationCache = () => newCacheState();
const computeIndicator = (indicator, records, options) => {
  const run = guard("INVALID_OPTIONS", "options", () => [], () => {
    if (!isObjectLike(options)) {
      return fail("INVALID_OPTIONS", "options", [makeIssue([], "invalid_type", "C\u1EA7n { year, \u2026 }", "Expected { year, \u2026 }", { received: options })]);
    }
    const fields = readFields(options, ["year", "area", "areas", "context", "rulebooks", "effectiveGrades", "scope", "cache"], "INVALID_OPTIONS", "options");
    const issues = [];
    const cache = readCache(fields["cache"], ["cache"], issues);
    const year = fields["year"];
    if (!isYear(year)) issues.push(makeIssue(["year"], "invalid_year", "C\u1EA7n m\u1ED9t n\u0103m (1900\u20132199)", "Expected a year (1900\u20132199)", { received: year }));
    const shared = readShared(fields, cache, issues, "INVALID_OPTIONS", { value: fields["areas"], path: ["areas"] });
    const scope = readScope(fields["scope"], ["scope"], issues);
    if (issues.length > 0) return fail("INVALID_OPTIONS", "options", issues);
    return { ...shared, cache, year, ...scope === void 0 ? {} : { scope } };
  });
  const checked = guard("INVALID_INDICATOR", "indicator", () => [], () => checkIndicator(indicator, run.cache, "INVALID_INDICATOR", []));
  const list = guard("INVALID_ARGUMENT", "records", () => [], () => {
    if (!Array.isArray(records)) {
      return fail("INVALID_ARGUMENT", "records", [makeIssue([], "invalid_type", "C\u1EA7n m\u1ED9t m\u1EA3ng b\u1EA3n ghi", "Expected an array of records", { received: records })]);
    }
    const fields = /* @__PURE__ */ new Set();
    indicatorFields(checked, fields);
    return ingestRecords(run.cache, records, [], fields, gradingRulebooks(run));
  });
  return computeChecked(checked, list, run);
};
export {
  computeIndicator,
  createEvaluationCache
};
