import {
  ApproximatelyComparatorSchema,
  RangeComparatorSchema,
  SimpleComparatorSchema,
  rational
} from "@coop/model";
import {
  fail,
  isFiniteNumber,
  isObjectLike,
  isYear,
  makeIssue,
  MAX_DECIMAL_LENGTH,
  MAX_ISSUES,
  ownField,
  unreadableIssue
} from "./evaluation-guard.js";
const DECIMAL = /^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d{1,3})?$/;
const readExact = (value, path, issues) => {
  if (typeof value === "number") {
    if (Number.isFinite(value)) return rational(value);
  } else if (typeof value === "bigint") {
    return rational(value);
  } else if (typeof value === "string") {
    const text = value.trim();
    if (text.length <= MAX_DECIMAL_LENGTH && DECIMAL.test(text)) return rational(text);
  } else if (isObjectLike(value)) {
    const num = ownField(value, "num");
    const den = ownField(value, "den");
    if (typeof num === "bigint" && typeof den === "bigint" && den !== 0n) return rational({ num, den });
  }
  issues.push(
    makeIssue(path, "invalid_number", "C\u1EA7n m\u1ED9t s\u1ED1 h\u1EEFu h\u1EA1n, chu\u1ED7i th\u1EADp ph\xE2n ho\u1EB7c ph\xE2n s\u1ED1", "Expected a finite number, a decimal string or a rational", {
      received: value
    })
  );
  return void 0;
};
const checkPoints = (points, base, code, withQuantities) => {
  const issues = [];
  if (!Array.isArray(points)) {
    return fail(code, "series", [makeIssue(base, "invalid_type", "C\u1EA7n m\u1ED9t m\u1EA3ng \u0111i\u1EC3m s\u1ED1 li\u1EC7u", "Expected an array of points", { received: points })]);
  }
  const out = [];
  const length = points.length;
  for (let i = 0; i < length && issues.length < MAX_ISSUES; i += 1) {
    const at = [...base, i];
    let key = "";
    try {
      const point = points[i];
      if (!isObjectLike(point)) {
        issues.push(makeIssue(at, "invalid_type", "C\u1EA7n m\u1ED9t \u0111i\u1EC3m { year, value }", "Expected a point { year, value }", { received: point }));
        continue;
      }
      key = "year";
      const year = ownField(point, "year");
      if (!isYear(year)) issues.push(makeIssue([...at, "year"], "invalid_year", "C\u1EA7n m\u1ED9t n\u0103m (1900\u20132199)", "Expected a year (1900\u20132199)", { received: year }));
      key = "value";
      const value = readExact(ownField(point, "value"), [...at, "value"], issues);
      let numerator;
      let denominator;
      if (withQuantities) {
        key = "numerator";
        const rawNum = ownField(point, "numerator");
        numerator = rawNum === void 0 ? void 0 : readExact(rawNum, [...at, "numerator"], issues);
        key = "denominator";
        const rawDen = ownField(point, "denominator");
        denominator = rawDen === void 0 ? void 0 : readExact(rawDen, [...at, "denominator"], issues);
      }
      if (isYear(year) && value !== void 0) {
        out.push({
          year,
          value,
          ...numerator === void 0 ? {} : { numerator },
          ...denominator === void 0 ? {} : { denominator }
        });
      }
    } catch (error) {
      issues.push(unreadableIssue(key === "" ? at : [...at, key], error));
    }
  }
  if (issues.length > 0) fail(code, "series", issues);
  return out;
};
const readLevelComparator = (value, path, issues) => {
  const kind = isObjectLike(value) ? ownField(value, "kind") : void 0;
  const schema = kind === "range" ? RangeComparatorSchema : kind === "approximately" ? ApproximatelyComparatorSchema : SimpleComparatorSchema;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const zodIssue of result.error.issues.slice(0, MAX_ISSUES)) {
    issues.push(
      makeIssue(
        [...path, ...zodIssue.path.map((p) => typeof p === "symbol" ? "symbol" : p)],
        "invalid_comparator",
        "So s\xE1nh m\u1EE9c kh\xF4ng h\u1EE3p l\u1EC7 (>, >=, <, <=, =, range, approximately)",
        `Invalid level comparator: ${zodIssue.message}`
      )
    );
  }
  return void 0;
};
const readOptionalNumber = (value, path, issues, min = Number.NEGATIVE_INFINITY) => {
  if (value === void 0) return void 0;
  if (isFiniteNumber(value) && value >= min) return value;
  issues.push(
    makeIssue(path, "invalid_number", `C\u1EA7n m\u1ED9t s\u1ED1 h\u1EEFu h\u1EA1n${min > Number.NEGATIVE_INFINITY ? ` \u2265 ${min}` : ""}`, `Expected a finite number${min > Number.NEGATIVE_INFINITY ? ` \u2265 ${min}` : ""}`, {
      received: value
    })
  );
  return void 0;
};
const readOptionalYear = (value, path, issues) => {
  if (value === void 0) return void 0;
  if (isYear(value)) return value;
  issues.push(makeIssue(path, "invalid_year", "C\u1EA7n m\u1ED9t n\u0103m (1900\u20132199)", "Expected a year (1900\u20132199)", { received: value }));
  return void 0;
};
export {
  checkPoints,
  readExact,
  readLevelComparator,
  readOptionalNumber,
  readOptionalYear
};
