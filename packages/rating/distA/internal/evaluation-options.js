import {
  GRADES,
  ORGANISATION_KINDS,
  SECTORS,
  isCivilDate,
  parseIndicator
} from "@coop/model";
import {
  fail,
  isObjectLike,
  isText,
  makeIssue,
  MAX_ISSUES,
  ownField,
  prefixIssues,
  unreadableIssue,
  unwrap
} from "./evaluation-guard.js";
import { readExact, readOptionalNumber, readOptionalYear } from "./evaluation-values.js";
import { buildAreaLookup } from "./indicator-area.js";
import { checkedOnce, isCacheState, newCacheState } from "./indicator-cache.js";
const DEFAULT_THRESHOLDS = { onTrack: 0.95, acceleration: 0.6, deterioration: 0 };
const readFields = (raw, keys, code, what, base = [], elsewhere) => {
  if (raw === void 0) return {};
  if (!isObjectLike(raw)) return fail(code, what, [makeIssue(base, "invalid_type", "C\u1EA7n m\u1ED9t \u0111\u1ED1i t\u01B0\u1EE3ng tu\u1EF3 ch\u1ECDn", "Expected an options object", { received: raw })]);
  const out = /* @__PURE__ */ Object.create(null);
  const issues = [];
  for (const key of keys) {
    try {
      const value = ownField(raw, key);
      if (value !== void 0) out[key] = value;
    } catch (error) {
      issues.push(unreadableIssue([...base, key], error));
    }
  }
  try {
    for (const key of Object.keys(raw)) {
      if (keys.includes(key)) continue;
      const hint = elsewhere !== void 0 && elsewhere.keys.includes(key) ? { vi: ` (thu\u1ED9c ${elsewhere.where})`, en: ` (it belongs in ${elsewhere.where})` } : { vi: "", en: "" };
      issues.push(
        makeIssue([...base, key], "unrecognized_key", `Kho\xE1 kh\xF4ng h\u1EE3p l\u1EC7 "${key}"${hint.vi}; c\xE1c kho\xE1: ${keys.join(", ")}`, `Unknown key "${key}"${hint.en}; known keys: ${keys.join(", ")}`)
      );
      if (issues.length >= MAX_ISSUES) break;
    }
  } catch (error) {
    issues.push(unreadableIssue(base, error));
  }
  if (issues.length > 0) fail(code, what, issues);
  return out;
};
const readAsOf = (value, path, issues) => {
  if (typeof value === "number" && Number.isSafeInteger(value)) return { asOf: value, year: value };
  if (typeof value === "string" && isCivilDate(value)) return { asOf: value, year: Number(value.slice(0, 4)) };
  issues.push(makeIssue(path, value === void 0 ? "missing" : "invalid_date", "C\u1EA7n ng\xE0y \u0111\xE1nh gi\xE1 YYYY-MM-DD ho\u1EB7c m\u1ED9t n\u0103m", "Expected asOf: a YYYY-MM-DD date or a year", { received: value }));
  return void 0;
};
const GRADE_SET = new Set(GRADES);
const KIND_SET = new Set(ORGANISATION_KINDS);
const SECTOR_SET = new Set(SECTORS);
const readEnumList = (value, set, path, issues, what) => {
  if (value === void 0) return void 0;
  if (!Array.isArray(value)) {
    issues.push(makeIssue(path, "invalid_type", `C\u1EA7n m\u1ED9t m\u1EA3ng ${what.vi}`, `Expected an array of ${what.en}`, { received: value }));
    return void 0;
  }
  const out = [];
  const length = value.length;
  if (length > 1e3) {
    issues.push(makeIssue(path, "too_large", "M\u1EA3ng qu\xE1 d\xE0i", "The array is too long", { received: value }));
    return void 0;
  }
  for (let i = 0; i < length; i += 1) {
    const item = value[i];
    if (set.has(item)) out.push(item);
    else {
      issues.push(makeIssue([...path, i], "invalid_enum", `Kh\xF4ng ph\u1EA3i ${what.vi} h\u1EE3p l\u1EC7`, `Not a valid ${what.en}`, { received: item }));
      if (issues.length >= MAX_ISSUES) return void 0;
    }
  }
  return out;
};
const readGrades = (value, path, issues) => readEnumList(value, GRADE_SET, path, issues, { vi: "x\u1EBFp lo\u1EA1i", en: "grades" });
const readScope = (value, path, issues) => {
  if (value === void 0) return void 0;
  if (!isObjectLike(value)) {
    issues.push(makeIssue(path, "invalid_type", "C\u1EA7n m\u1ED9t \u0111\u1ED1i t\u01B0\u1EE3ng ph\u1EA1m vi", "Expected a scope object", { received: value }));
    return void 0;
  }
  const kinds = readEnumList(ownField(value, "kinds"), KIND_SET, [...path, "kinds"], issues, { vi: "lo\u1EA1i t\u1ED5 ch\u1EE9c", en: "organisation kinds" });
  const sectors = readEnumList(ownField(value, "sectors"), SECTOR_SET, [...path, "sectors"], issues, { vi: "l\u0129nh v\u1EF1c", en: "sectors" });
  return { ...kinds === void 0 ? {} : { kinds }, ...sectors === void 0 ? {} : { sectors } };
};
const readContext = (value, path) => {
  const issues = [];
  const out = /* @__PURE__ */ new Map();
  const raw = value;
  for (const name of Object.keys(raw)) {
    if (issues.length >= MAX_ISSUES) break;
    const entry = raw[name];
    if (isObjectLike(entry) && Object.prototype.hasOwnProperty.call(entry, "byYear")) {
      const byYear = entry["byYear"];
      if (!isObjectLike(byYear)) {
        issues.push(makeIssue([...path, name, "byYear"], "invalid_type", "C\u1EA7n { n\u0103m: gi\xE1 tr\u1ECB }", "Expected { year: value }", { received: byYear }));
        continue;
      }
      const years = /* @__PURE__ */ new Map();
      for (const key of Object.keys(byYear)) {
        const year = Number(key);
        if (!Number.isSafeInteger(year) || String(year) !== key) {
          issues.push(makeIssue([...path, name, "byYear", key], "invalid_year", "Kho\xE1 ph\u1EA3i l\xE0 m\u1ED9t n\u0103m", "Keys must be years", { received: key }));
          continue;
        }
        const exact = readExact(byYear[key], [...path, name, "byYear", key], issues);
        if (exact !== void 0) years.set(year, exact);
      }
      out.set(name, years);
    } else {
      const exact = readExact(entry, [...path, name], issues);
      if (exact !== void 0) out.set(name, exact);
    }
  }
  if (issues.length > 0) fail("INVALID_OPTIONS", "context", issues);
  return out;
};
const readAreas = (value, path, cache, code) => {
  let list = value;
  let at = path;
  if (isObjectLike(value)) {
    list = ownField(value, "areas");
    at = [...path, "areas"];
  }
  if (!Array.isArray(list)) {
    return fail(code, "areas", [makeIssue(at, "invalid_type", "C\u1EA7n danh m\u1EE5c \u0111\u1ECBa b\xE0n (m\u1EA3ng)", "Expected a list of areas (an array)", { received: list })]);
  }
  const areas = list;
  let lookup = cache.areaLookups.get(areas);
  if (lookup === void 0) {
    lookup = buildAreaLookup(areas, at);
    cache.areaLookups.set(areas, lookup);
  }
  return lookup;
};
const readRulebooks = (value, path, issues) => {
  if (value === void 0) return void 0;
  if (!Array.isArray(value) || value.length > 1e3) {
    issues.push(makeIssue(path, "invalid_type", "C\u1EA7n m\u1ED9t m\u1EA3ng b\u1ED9 ti\xEAu ch\xED", "Expected an array of rulebooks", { received: value }));
    return void 0;
  }
  for (let i = 0; i < value.length; i += 1) {
    const item = value[i];
    if (!isObjectLike(item) || !isText(ownField(item, "id"))) {
      issues.push(makeIssue([...path, i], "invalid_type", "C\u1EA7n m\u1ED9t b\u1ED9 ti\xEAu ch\xED c\xF3 id", "Expected a rulebook with an id", { received: item }));
      return void 0;
    }
  }
  return value;
};
const readCache = (value, path, issues) => {
  if (value === void 0) return newCacheState();
  if (isCacheState(value)) return value;
  issues.push(makeIssue(path, "invalid_type", "C\u1EA7n m\u1ED9t b\u1ED9 nh\u1EDB \u0111\u1EC7m t\u1EA1o b\u1EDFi createEvaluationCache", "Expected a cache made by createEvaluationCache", { received: value }));
  return newCacheState();
};
const readShared = (fields, cache, issues, code, areas) => {
  const area = fields["area"];
  if (area !== void 0 && !isText(area)) issues.push(makeIssue(["area"], "invalid_type", "C\u1EA7n m\xE3 \u0111\u1ECBa b\xE0n", "Expected an area code", { received: area }));
  const lookup = areas === void 0 || areas.value === void 0 ? void 0 : readAreas(areas.value, areas.path, cache, code);
  const rawContext = fields["context"];
  let context;
  if (rawContext !== void 0) {
    if (!isObjectLike(rawContext)) issues.push(makeIssue(["context"], "invalid_type", "C\u1EA7n { t\xEAn: gi\xE1 tr\u1ECB }", "Expected { name: value }", { received: rawContext }));
    else context = checkedOnce(cache, rawContext, "context", () => readContext(rawContext, ["context"]));
  }
  const rulebooks = readRulebooks(fields["rulebooks"], ["rulebooks"], issues);
  const effectiveGrades = readGrades(fields["effectiveGrades"], ["effectiveGrades"], issues);
  return {
    ...isText(area) ? { area } : {},
    ...lookup === void 0 ? {} : { lookup },
    ...context === void 0 ? {} : { context },
    ...rulebooks === void 0 ? {} : { rulebooks },
    ...effectiveGrades === void 0 ? {} : { effectiveGrades }
  };
};
const checkIndicator = (raw, cache, code, path) => {
  if (!isObjectLike(raw)) return unwrap(parseIndicator(raw), code, "indicator", path);
  return checkedOnce(cache, raw, "indicator", () => unwrap(parseIndicator(raw), code, "indicator", path));
};
const readThresholds = (value, path, issues) => {
  if (value === void 0) return DEFAULT_THRESHOLDS;
  if (!isObjectLike(value)) {
    issues.push(makeIssue(path, "invalid_type", "C\u1EA7n { onTrack, acceleration, deterioration }", "Expected { onTrack, acceleration, deterioration }", { received: value }));
    return DEFAULT_THRESHOLDS;
  }
  const read = (key) => readOptionalNumber(ownField(value, key), [...path, key], issues) ?? DEFAULT_THRESHOLDS[key];
  return { onTrack: read("onTrack"), acceleration: read("acceleration"), deterioration: read("deterioration") };
};
const readMethod = (value, path, issues) => {
  if (value === void 0 || value === "auto" || value === "linear" || value === "growth-ratio") return value;
  issues.push(makeIssue(path, "invalid_enum", "Ph\u01B0\u01A1ng ph\xE1p: auto, linear ho\u1EB7c growth-ratio", "Method: auto, linear or growth-ratio", { received: value }));
  return void 0;
};
const TARGET_OPTION_KEYS = [
  "asOf",
  "indicator",
  "indicators",
  "tolerance",
  "baselineYear",
  "area",
  "areas",
  "context",
  "thresholds",
  "method",
  "rulebooks",
  "effectiveGrades",
  "cache"
];
const checkTargetOptions = (raw) => {
  if (raw === void 0) return fail("INVALID_OPTIONS", "options", [makeIssue([], "missing", "Thi\u1EBFu tu\u1EF3 ch\u1ECDn (c\u1EA7n asOf)", "Options are required (asOf)")]);
  const fields = readFields(raw, TARGET_OPTION_KEYS, "INVALID_OPTIONS", "options");
  const issues = [];
  const cache = readCache(fields["cache"], ["cache"], issues);
  const asOf = readAsOf(fields["asOf"], ["asOf"], issues);
  const indicatorRaw = fields["indicator"];
  const indicator = indicatorRaw === void 0 ? void 0 : checkIndicator(indicatorRaw, cache, "INVALID_OPTIONS", ["indicator"]);
  const indicators = fields["indicators"];
  if (indicators !== void 0 && !Array.isArray(indicators)) {
    issues.push(makeIssue(["indicators"], "invalid_type", "C\u1EA7n m\u1ED9t m\u1EA3ng ch\u1EC9 ti\xEAu", "Expected an array of indicators", { received: indicators }));
  }
  const tolerance = readOptionalNumber(fields["tolerance"], ["tolerance"], issues, 0);
  const baselineYear = readOptionalYear(fields["baselineYear"], ["baselineYear"], issues);
  const shared = readShared(fields, cache, issues, "INVALID_OPTIONS", { value: fields["areas"], path: ["areas"] });
  const thresholds = readThresholds(fields["thresholds"], ["thresholds"], issues);
  const method = readMethod(fields["method"], ["method"], issues);
  if (issues.length > 0 || asOf === void 0) return fail("INVALID_OPTIONS", "options", prefixIssues([], issues));
  return {
    ...shared,
    cache,
    asOf: asOf.asOf,
    year: asOf.year,
    thresholds,
    ...indicator === void 0 ? {} : { indicator },
    ...Array.isArray(indicators) ? { indicators } : {},
    ...tolerance === void 0 ? {} : { tolerance },
    ...baselineYear === void 0 ? {} : { baselineYear },
    ...method === void 0 ? {} : { method }
  };
};
export {
  DEFAULT_THRESHOLDS,
  checkIndicator,
  checkTargetOptions,
  readAsOf,
  readCache,
  readFields,
  readGrades,
  readMethod,
  readScope,
  readShared,
  readThresholds
};
