import {
  rational
} from "@coop/model";
import { fail, guard } from "./internal/evaluation-guard.js";
import { checkTargetOptions } from "./internal/evaluation-options.js";
import { readExact, readLevelComparator, readOptionalNumber } from "./internal/evaluation-values.js";
import { constraintOf, meetsConstraint } from "./internal/target-compare.js";
import { evaluateChecked, targetFields } from "./internal/target-evaluate.js";
import { checkObservations, checkTarget } from "./internal/target-input.js";
const meetsComparator = (comparator, value, tolerance) => {
  const checked = guard("INVALID_ARGUMENT", "arguments", () => [], () => {
    const issues = [];
    const c = readLevelComparator(comparator, ["comparator"], issues);
    const v = readExact(value, ["value"], issues);
    const t = readOptionalNumber(tolerance, ["tolerance"], issues, 0);
    if (issues.length > 0 || c === void 0 || v === void 0) return fail("INVALID_ARGUMENT", "arguments", issues);
    return { c, v, t };
  });
  return meetsConstraint(constraintOf(checked.c, checked.t), checked.v);
};
const evaluateTarget = (target, observations, options) => {
  const checked = guard("INVALID_OPTIONS", "options", () => [], () => checkTargetOptions(options));
  const parsed = checkTarget(target, checked.cache);
  const observed = checkObservations(observations, checked, [], targetFields([parsed], checked));
  return evaluateChecked(parsed, observed, checked);
};
export {
  evaluateTarget,
  meetsComparator
};
