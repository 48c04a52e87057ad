import { CoopError, isCoopError } from "@coop/model";
const MAX_ISSUES = 20;
const MAX_DECIMAL_LENGTH = 400;
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;
const describeValue = (value) => {
  switch (typeof value) {
    case "string":
      return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}\u2026 (${value.length} characters)` : JSON.stringify(value);
    case "number":
    case "boolean":
    case "undefined":
      return String(value);
    case "bigint":
      return `${value.toString().slice(0, 40)}n`;
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      if (value === null) return "null";
      try {
        return Array.isArray(value) ? `an array of ${value.length}` : "an object";
      } catch {
        return "an unreadable object";
      }
  }
};
const makeIssue = (path, code, vi, en, extra = {}) => ({
  path: [...path],
  code,
  message: { vi, en },
  ...extra.expected === void 0 ? {} : { expected: extra.expected },
  ..."received" in extra ? { received: describeValue(extra.received) } : {}
});
const unreadableIssue = (path, error) => {
  let why = "it threw";
  try {
    if (error instanceof Error && typeof error.message === "string") why = `it threw: ${error.message.slice(0, 120)}`;
  } catch {
  }
  return {
    path: [...path],
    code: "unreadable",
    message: { vi: "Kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c gi\xE1 tr\u1ECB (getter ho\u1EB7c Proxy n\xE9m l\u1ED7i)", en: `The value cannot be read (${why})` }
  };
};
const pathText = (path) => path.length === 0 ? "(root)" : path.join(".");
const fail = (code, what, issues, extra = {}) => {
  const first = issues[0];
  const summary = first === void 0 ? "" : `; first at ${pathText(first.path)}: ${first.message.en}`;
  throw new CoopError(code, `Invalid ${what}: ${issues.length} issue${issues.length === 1 ? "" : "s"}${summary}`, { ...extra, issues });
};
const guard = (code, what, where, run) => {
  try {
    return run();
  } catch (error) {
    if (isCoopError(error)) throw error;
    return fail(code, what, [unreadableIssue(where(), error)]);
  }
};
const isObjectLike = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const ownField = (value, key) => Object.prototype.hasOwnProperty.call(value, key) ? value[key] : void 0;
const prefixIssues = (prefix, issues) => issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
const unwrap = (result, code, what, prefix = []) => result.ok ? result.value : fail(code, what, prefixIssues(prefix, result.issues));
const isYear = (value) => typeof value === "number" && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR;
const isFiniteNumber = (value) => typeof value === "number" && Number.isFinite(value);
const isText = (value) => typeof value === "string" && value.length > 0;
export {
  MAX_DECIMAL_LENGTH,
  MAX_ISSUES,
  MAX_YEAR,
  MIN_YEAR,
  describeValue,
  fail,
  guard,
  isFiniteNumber,
  isObjectLike,
  isText,
  isYear,
  makeIssue,
  ownField,
  prefixIssues,
  unreadableIssue,
  unwrap
};
