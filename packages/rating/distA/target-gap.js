import {
  ceilRational,
  divideRational,
  floorRational,
  multiplyRational,
  rational,
  subtractRational,
  addRational
} from "@coop/model";
import { fail, guard, isObjectLike, makeIssue, ownField } from "./internal/evaluation-guard.js";
import { readExact, readLevelComparator, readOptionalNumber } from "./internal/evaluation-values.js";
import { constraintOf, meetsConstraint, meetsLower, meetsUpper } from "./internal/target-compare.js";
const abs = (r) => r.num < 0n ? { num: -r.num, den: r.den } : r;
const targetGap = (comparator, quantities, options = {}) => {
  const checked = guard("INVALID_ARGUMENT", "arguments", () => [], () => checkGapArguments(comparator, quantities, options));
  const constraint = constraintOf(checked.comparator, checked.tolerance);
  const q = checked.numerator;
  const d = checked.denominator ?? rational(1);
  const f = rational(checked.factor ?? 1);
  if (d.num === 0n) {
    return { kind: "not-computable", reason: { vi: "M\u1EABu s\u1ED1 b\u1EB1ng 0", en: "The denominator is zero" } };
  }
  const valueOf = (numerator) => multiplyRational(divideRational(numerator, d), f);
  const toQuantity = (v) => divideRational(multiplyRational(v, d), f);
  const value = valueOf(q);
  if (meetsConstraint(constraint, value)) return { kind: "met" };
  const integral = checked.integral ?? true;
  const unit = checked.unit ?? "organisations";
  const basis = checked.basis ?? "numerator";
  const limit = checked.limit;
  const more = !meetsLower(constraint, value);
  const edge = more ? constraint.lower : constraint.upper;
  const boundary = edge.bound;
  const distance = abs(subtractRational(boundary, value));
  if (!integral) return { kind: "distance", change: more ? "more" : "fewer", boundary, distance };
  const room = more ? subtractRational(toQuantity(boundary), q) : subtractRational(q, toQuantity(boundary));
  const amount = edge.strict ? floorRational(room) + 1n : ceilRational(room);
  const moved = more ? addRational(q, rational(amount)) : subtractRational(q, rational(amount));
  const unreachable = (vi, en) => ({ kind: "unreachable", reason: { vi, en }, boundary, distance });
  if (!checked.signed && moved.num < 0n) return unreachable("Kh\xF4ng th\u1EC3 gi\u1EA3m xu\u1ED1ng d\u01B0\u1EDBi 0", "It cannot go below zero");
  if (limit !== void 0 && more && addRational(q, rational(amount)).num * limit.den > limit.num * addRational(q, rational(amount)).den) {
    return unreachable("C\u1EA7n nhi\u1EC1u h\u01A1n to\xE0n b\u1ED9 t\u1ED5ng th\u1EC3", "It would need more than the whole population");
  }
  const movedValue = valueOf(moved);
  if (!(more ? meetsUpper(constraint, movedValue) : meetsLower(constraint, movedValue))) {
    return unreachable("Kh\xF4ng c\xF3 s\u1ED1 nguy\xEAn n\xE0o n\u1EB1m trong kho\u1EA3ng m\u1EE5c ti\xEAu", "No whole number lands within the target band");
  }
  return { kind: "change", change: more ? "more" : "fewer", amount, unit, basis, boundary, distance };
};
const GAP_UNITS = /* @__PURE__ */ new Set(["organisations", "vnd", "members", "households", "persons", "hectares", "units"]);
const checkGapArguments = (comparator, quantities, options) => {
  const issues = [];
  const c = readLevelComparator(comparator, ["comparator"], issues);
  if (!isObjectLike(quantities)) {
    issues.push(makeIssue(["quantities"], "invalid_type", "C\u1EA7n { numerator, \u2026 }", "Expected { numerator, \u2026 }", { received: quantities }));
    return fail("INVALID_ARGUMENT", "arguments", issues);
  }
  const read = (key) => {
    const raw = ownField(quantities, key);
    return raw === void 0 ? void 0 : readExact(raw, ["quantities", key], issues);
  };
  const numerator = read("numerator");
  if (ownField(quantities, "numerator") === void 0) issues.push(makeIssue(["quantities", "numerator"], "missing", "Thi\u1EBFu t\u1EED s\u1ED1", "The numerator is required"));
  const denominator = read("denominator");
  const limit = read("limit");
  const factor = readOptionalNumber(ownField(quantities, "factor"), ["quantities", "factor"], issues);
  const flag = (key) => {
    const value = ownField(quantities, key);
    if (value !== void 0 && typeof value !== "boolean") issues.push(makeIssue(["quantities", key], "invalid_type", "C\u1EA7n true/false", "Expected true or false", { received: value }));
    return value;
  };
  const integral = flag("integral");
  const signed = flag("signed");
  const unit = ownField(quantities, "unit");
  if (unit !== void 0 && !GAP_UNITS.has(unit)) issues.push(makeIssue(["quantities", "unit"], "invalid_enum", "\u0110\u01A1n v\u1ECB kh\xF4ng h\u1EE3p l\u1EC7", "Unknown unit", { received: unit }));
  const basis = ownField(quantities, "basis");
  if (basis !== void 0 && basis !== "numerator" && basis !== "population-total") {
    issues.push(makeIssue(["quantities", "basis"], "invalid_enum", "C\u1EA7n numerator ho\u1EB7c population-total", "Expected numerator or population-total", { received: basis }));
  }
  let tolerance;
  if (!isObjectLike(options)) issues.push(makeIssue(["options"], "invalid_type", "C\u1EA7n { tolerance? }", "Expected { tolerance? }", { received: options }));
  else tolerance = readOptionalNumber(ownField(options, "tolerance"), ["options", "tolerance"], issues, 0);
  if (issues.length > 0 || c === void 0 || numerator === void 0) return fail("INVALID_ARGUMENT", "arguments", issues);
  return {
    comparator: c,
    numerator,
    denominator,
    limit,
    factor,
    integral,
    signed: signed === true,
    unit,
    basis,
    tolerance
  };
};
export {
  targetGap
};
