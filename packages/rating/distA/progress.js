import { CoopError } from "@coop/model";
import { describeValue, fail, guard, makeIssue } from "./internal/evaluation-guard.js";
import { DEFAULT_THRESHOLDS, readAsOf, readFields, readMethod, readThresholds } from "./internal/evaluation-options.js";
import { checkPoints, readLevelComparator, readOptionalNumber, readOptionalYear } from "./internal/evaluation-values.js";
import { assessChecked } from "./internal/progress-assess.js";
import { constraintOf } from "./internal/target-compare.js";
const PROGRESS_STATUSES = [
  "achieved",
  "on-track",
  "needs-acceleration",
  "limited-progress",
  "deteriorating",
  "not-achieved",
  "insufficient-data",
  "not-applicable"
];
const DEFAULT_PROGRESS_THRESHOLDS = DEFAULT_THRESHOLDS;
const asOfYear = (asOf) => {
  if (typeof asOf === "number" && Number.isSafeInteger(asOf)) return asOf;
  if (typeof asOf === "string" && /^\d{4}-\d{2}-\d{2}$/.test(asOf)) return Number(asOf.slice(0, 4));
  throw new CoopError("INVALID_AS_OF", `asOf must be a YYYY-MM-DD date or a year, received ${describeValue(asOf)}`, { received: describeValue(asOf) });
};
const assessProgress = (points, options) => {
  const checked = guard("INVALID_OPTIONS", "options", () => [], () => {
    if (options === void 0) return fail("INVALID_OPTIONS", "options", [makeIssue([], "missing", "Thi\u1EBFu tu\u1EF3 ch\u1ECDn", "Options are required")]);
    const fields = readFields(options, ["comparator", "tolerance", "deadline", "asOf", "baselineYear", "method", "thresholds", "bounds"], "INVALID_OPTIONS", "options");
    const issues = [];
    const comparator = readLevelComparator(fields["comparator"], ["comparator"], issues);
    const tolerance = readOptionalNumber(fields["tolerance"], ["tolerance"], issues, 0);
    const deadline = readOptionalYear(fields["deadline"], ["deadline"], issues);
    if (fields["deadline"] === void 0) issues.push(makeIssue(["deadline"], "missing", "Thi\u1EBFu n\u0103m h\u1EA1n", "The deadline year is required"));
    const asOf = readAsOf(fields["asOf"], ["asOf"], issues);
    const baselineYear = readOptionalYear(fields["baselineYear"], ["baselineYear"], issues);
    const method = readMethod(fields["method"], ["method"], issues);
    const thresholds = readThresholds(fields["thresholds"], ["thresholds"], issues);
    const bounds = readBounds(fields["bounds"], issues);
    if (issues.length > 0 || comparator === void 0 || deadline === void 0 || asOf === void 0) return fail("INVALID_OPTIONS", "options", issues);
    return {
      constraint: constraintOf(comparator, tolerance),
      run: {
        deadline,
        year: asOf.year,
        thresholds,
        ...baselineYear === void 0 ? {} : { baselineYear },
        ...method === void 0 ? {} : { method },
        ...bounds === void 0 ? {} : { bounds }
      }
    };
  });
  const checkedPoints = guard("INVALID_SERIES", "series", () => [], () => checkPoints(points, [], "INVALID_SERIES", false));
  return assessChecked(checkedPoints, checked.constraint, checked.run);
};
const readBounds = (value, issues) => {
  if (value === void 0) return void 0;
  if (Array.isArray(value) && value.length === 2) {
    const [lo, hi] = value;
    if (typeof lo === "number" && typeof hi === "number" && Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi) return [lo, hi];
  }
  issues.push(makeIssue(["bounds"], "invalid_bounds", "C\u1EA7n [nh\u1ECF nh\u1EA5t, l\u1EDBn nh\u1EA5t] h\u1EEFu h\u1EA1n", "Expected finite [min, max] with min \u2264 max", { received: value }));
  return void 0;
};
export {
  DEFAULT_PROGRESS_THRESHOLDS,
  PROGRESS_STATUSES,
  asOfYear,
  assessProgress
};
