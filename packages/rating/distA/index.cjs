'use strict';

var model = require('@coop/model');

// src/compute-indicator.ts
var MAX_ISSUES = 20;
var MAX_DECIMAL_LENGTH = 400;
var MIN_YEAR = 1900;
var MAX_YEAR = 2199;
var describeValue = (value) => {
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
var makeIssue = (path, code, vi, en, extra = {}) => ({
  path: [...path],
  code,
  message: { vi, en },
  ...extra.expected === void 0 ? {} : { expected: extra.expected },
  ..."received" in extra ? { received: describeValue(extra.received) } : {}
});
var unreadableIssue = (path, error) => {
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
var pathText = (path) => path.length === 0 ? "(root)" : path.join(".");
var fail = (code, what, issues, extra = {}) => {
  const first = issues[0];
  const summary = first === void 0 ? "" : `; first at ${pathText(first.path)}: ${first.message.en}`;
  throw new model.CoopError(code, `Invalid ${what}: ${issues.length} issue${issues.length === 1 ? "" : "s"}${summary}`, { ...extra, issues });
};
var guard = (code, what, where, run) => {
  try {
    return run();
  } catch (error) {
    if (model.isCoopError(error)) throw error;
    return fail(code, what, [unreadableIssue(where(), error)]);
  }
};
var isObjectLike = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var ownField = (value, key) => Object.prototype.hasOwnProperty.call(value, key) ? value[key] : void 0;
var prefixIssues = (prefix, issues) => issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
var unwrap = (result, code, what, prefix = []) => result.ok ? result.value : fail(code, what, prefixIssues(prefix, result.issues));
var isYear = (value) => typeof value === "number" && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR;
var isFiniteNumber = (value) => typeof value === "number" && Number.isFinite(value);
var isText = (value) => typeof value === "string" && value.length > 0;
var DECIMAL = /^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d{1,3})?$/;
var readExact = (value, path, issues) => {
  if (typeof value === "number") {
    if (Number.isFinite(value)) return model.rational(value);
  } else if (typeof value === "bigint") {
    return model.rational(value);
  } else if (typeof value === "string") {
    const text = value.trim();
    if (text.length <= MAX_DECIMAL_LENGTH && DECIMAL.test(text)) return model.rational(text);
  } else if (isObjectLike(value)) {
    const num = ownField(value, "num");
    const den = ownField(value, "den");
    if (typeof num === "bigint" && typeof den === "bigint" && den !== 0n) return model.rational({ num, den });
  }
  issues.push(
    makeIssue(path, "invalid_number", "C\u1EA7n m\u1ED9t s\u1ED1 h\u1EEFu h\u1EA1n, chu\u1ED7i th\u1EADp ph\xE2n ho\u1EB7c ph\xE2n s\u1ED1", "Expected a finite number, a decimal string or a rational", {
      received: value
    })
  );
  return void 0;
};
var checkPoints = (points, base, code, withQuantities) => {
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
var readLevelComparator = (value, path, issues) => {
  const kind = isObjectLike(value) ? ownField(value, "kind") : void 0;
  const schema = kind === "range" ? model.RangeComparatorSchema : kind === "approximately" ? model.ApproximatelyComparatorSchema : model.SimpleComparatorSchema;
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
var readOptionalNumber = (value, path, issues, min = Number.NEGATIVE_INFINITY) => {
  if (value === void 0) return void 0;
  if (isFiniteNumber(value) && value >= min) return value;
  issues.push(
    makeIssue(path, "invalid_number", `C\u1EA7n m\u1ED9t s\u1ED1 h\u1EEFu h\u1EA1n${min > Number.NEGATIVE_INFINITY ? ` \u2265 ${min}` : ""}`, `Expected a finite number${min > Number.NEGATIVE_INFINITY ? ` \u2265 ${min}` : ""}`, {
      received: value
    })
  );
  return void 0;
};
var readOptionalYear = (value, path, issues) => {
  if (value === void 0) return void 0;
  if (isYear(value)) return value;
  issues.push(makeIssue(path, "invalid_year", "C\u1EA7n m\u1ED9t n\u0103m (1900\u20132199)", "Expected a year (1900\u20132199)", { received: value }));
  return void 0;
};
var MAX_DEPTH = 16;
var buildAreaLookup = (areas, prefix) => {
  try {
    return { index: model.buildAreaIndex(areas), memo: /* @__PURE__ */ new Map() };
  } catch (error) {
    if (model.isCoopError(error, "INVALID_AREAS")) {
      const issues = Array.isArray(error.details["issues"]) ? error.details["issues"] : [];
      return fail("INVALID_AREAS", "list of areas", prefixIssues(prefix, issues));
    }
    throw error;
  }
};
var inHierarchy = (lookup, area, code) => code === area || lookup.index.byCode.has(area) && model.isWithinArea(lookup.index, code, area);
var firstOnChain = (lookup, code, has) => {
  const seen = /* @__PURE__ */ new Set();
  let current = code;
  while (current !== void 0 && !seen.has(current)) {
    if (has(current)) return current;
    seen.add(current);
    current = lookup.index.byCode.get(current)?.parent;
  }
  return void 0;
};
var successorsOf = (lookup, code) => lookup.index.byCode.get(code)?.successors ?? [];
var predecessorsOf = (lookup, code) => lookup.index.predecessors.get(code) ?? [];
var forward = (lookup, area, code, depth) => {
  if (inHierarchy(lookup, area, code)) return true;
  if (depth >= MAX_DEPTH) return false;
  const mapped = firstOnChain(lookup, code, (c) => successorsOf(lookup, c).length > 0);
  if (mapped === void 0) return false;
  return successorsOf(lookup, mapped).every((s) => forward(lookup, area, s, depth + 1));
};
var backward = (lookup, area, code) => {
  const mapped = firstOnChain(lookup, code, (c) => predecessorsOf(lookup, c).length > 0);
  if (mapped === void 0) return false;
  return predecessorsOf(lookup, mapped).every((p) => inHierarchy(lookup, area, p));
};
var areaCovers = (lookup, area, code) => {
  if (code === area) return true;
  if (lookup === void 0) return false;
  const key = `${area}\0${code}`;
  const known = lookup.memo.get(key);
  if (known !== void 0) return known;
  const answer = forward(lookup, area, code, 0) || backward(lookup, area, code);
  lookup.memo.set(key, answer);
  return answer;
};
var unitsOf = (lookup, area, level, year) => {
  if (!lookup.index.byCode.has(area)) return [];
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  return model.subAreas(lookup.index, area, level).filter((unit) => unit.code !== area).filter((unit) => (unit.validFrom === void 0 || unit.validFrom <= end) && (unit.validTo === void 0 || unit.validTo >= start)).map((unit) => unit.code).sort();
};
var unitOf = (lookup, code, units, memo, depth = 0) => {
  if (memo.has(code)) return memo.get(code);
  let answer = firstOnChain(lookup, code, (c) => units.has(c));
  if (answer === void 0 && depth < MAX_DEPTH) {
    const same = (list, map) => {
      let found;
      for (const c of list) {
        const u = map(c);
        if (u === void 0 || found !== void 0 && u !== found) return void 0;
        found = u;
      }
      return found;
    };
    const back = firstOnChain(lookup, code, (c) => predecessorsOf(lookup, c).length > 0);
    if (back !== void 0) answer = same(predecessorsOf(lookup, back), (p) => firstOnChain(lookup, p, (c) => units.has(c)));
    if (answer === void 0) {
      const fwd = firstOnChain(lookup, code, (c) => successorsOf(lookup, c).length > 0);
      if (fwd !== void 0) answer = same(successorsOf(lookup, fwd), (s) => unitOf(lookup, s, units, memo, depth + 1));
    }
  }
  memo.set(code, answer);
  return answer;
};

// src/internal/indicator-cache.ts
var CACHES = /* @__PURE__ */ new WeakSet();
var isCacheState = (value) => typeof value === "object" && value !== null && CACHES.has(value);
var checkedOnce = (cache2, raw, kind, make) => {
  let byKind = cache2.checked.get(raw);
  if (byKind === void 0) {
    byKind = /* @__PURE__ */ new Map();
    cache2.checked.set(raw, byKind);
  }
  if (byKind.has(kind)) return byKind.get(kind);
  const value = make();
  byKind.set(kind, value);
  return value;
};
var newCacheState = () => {
  const state = {
    frames: /* @__PURE__ */ new WeakMap(),
    areaLookups: /* @__PURE__ */ new WeakMap(),
    results: /* @__PURE__ */ new WeakMap(),
    checked: /* @__PURE__ */ new WeakMap()
  };
  CACHES.add(state);
  return state;
};

// src/internal/evaluation-options.ts
var DEFAULT_THRESHOLDS = { onTrack: 0.95, acceleration: 0.6, deterioration: 0 };
var readFields = (raw, keys, code, what, base = [], elsewhere) => {
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
var readAsOf = (value, path, issues) => {
  if (typeof value === "number" && Number.isSafeInteger(value)) return { asOf: value, year: value };
  if (typeof value === "string" && model.isCivilDate(value)) return { asOf: value, year: Number(value.slice(0, 4)) };
  issues.push(makeIssue(path, value === void 0 ? "missing" : "invalid_date", "C\u1EA7n ng\xE0y \u0111\xE1nh gi\xE1 YYYY-MM-DD ho\u1EB7c m\u1ED9t n\u0103m", "Expected asOf: a YYYY-MM-DD date or a year", { received: value }));
  return void 0;
};
var GRADE_SET = new Set(model.GRADES);
var KIND_SET = new Set(model.ORGANISATION_KINDS);
var SECTOR_SET = new Set(model.SECTORS);
var readEnumList = (value, set, path, issues, what) => {
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
var readGrades = (value, path, issues) => readEnumList(value, GRADE_SET, path, issues, { vi: "x\u1EBFp lo\u1EA1i", en: "grades" });
var readScope = (value, path, issues) => {
  if (value === void 0) return void 0;
  if (!isObjectLike(value)) {
    issues.push(makeIssue(path, "invalid_type", "C\u1EA7n m\u1ED9t \u0111\u1ED1i t\u01B0\u1EE3ng ph\u1EA1m vi", "Expected a scope object", { received: value }));
    return void 0;
  }
  const kinds = readEnumList(ownField(value, "kinds"), KIND_SET, [...path, "kinds"], issues, { vi: "lo\u1EA1i t\u1ED5 ch\u1EE9c", en: "organisation kinds" });
  const sectors = readEnumList(ownField(value, "sectors"), SECTOR_SET, [...path, "sectors"], issues, { vi: "l\u0129nh v\u1EF1c", en: "sectors" });
  return { ...kinds === void 0 ? {} : { kinds }, ...sectors === void 0 ? {} : { sectors } };
};
var readContext = (value, path) => {
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
var readAreas = (value, path, cache2, code) => {
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
  let lookup = cache2.areaLookups.get(areas);
  if (lookup === void 0) {
    lookup = buildAreaLookup(areas, at);
    cache2.areaLookups.set(areas, lookup);
  }
  return lookup;
};
var readRulebooks = (value, path, issues) => {
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
var readCache = (value, path, issues) => {
  if (value === void 0) return newCacheState();
  if (isCacheState(value)) return value;
  issues.push(makeIssue(path, "invalid_type", "C\u1EA7n m\u1ED9t b\u1ED9 nh\u1EDB \u0111\u1EC7m t\u1EA1o b\u1EDFi createEvaluationCache", "Expected a cache made by createEvaluationCache", { received: value }));
  return newCacheState();
};
var readShared = (fields, cache2, issues, code, areas) => {
  const area = fields["area"];
  if (area !== void 0 && !isText(area)) issues.push(makeIssue(["area"], "invalid_type", "C\u1EA7n m\xE3 \u0111\u1ECBa b\xE0n", "Expected an area code", { received: area }));
  const lookup = areas === void 0 || areas.value === void 0 ? void 0 : readAreas(areas.value, areas.path, cache2, code);
  const rawContext = fields["context"];
  let context;
  if (rawContext !== void 0) {
    if (!isObjectLike(rawContext)) issues.push(makeIssue(["context"], "invalid_type", "C\u1EA7n { t\xEAn: gi\xE1 tr\u1ECB }", "Expected { name: value }", { received: rawContext }));
    else context = checkedOnce(cache2, rawContext, "context", () => readContext(rawContext, ["context"]));
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
var checkIndicator = (raw, cache2, code, path) => {
  if (!isObjectLike(raw)) return unwrap(model.parseIndicator(raw), code, "indicator", path);
  return checkedOnce(cache2, raw, "indicator", () => unwrap(model.parseIndicator(raw), code, "indicator", path));
};
var readThresholds = (value, path, issues) => {
  if (value === void 0) return DEFAULT_THRESHOLDS;
  if (!isObjectLike(value)) {
    issues.push(makeIssue(path, "invalid_type", "C\u1EA7n { onTrack, acceleration, deterioration }", "Expected { onTrack, acceleration, deterioration }", { received: value }));
    return DEFAULT_THRESHOLDS;
  }
  const read = (key) => readOptionalNumber(ownField(value, key), [...path, key], issues) ?? DEFAULT_THRESHOLDS[key];
  return { onTrack: read("onTrack"), acceleration: read("acceleration"), deterioration: read("deterioration") };
};
var readMethod = (value, path, issues) => {
  if (value === void 0 || value === "auto" || value === "linear" || value === "growth-ratio") return value;
  issues.push(makeIssue(path, "invalid_enum", "Ph\u01B0\u01A1ng ph\xE1p: auto, linear ho\u1EB7c growth-ratio", "Method: auto, linear or growth-ratio", { received: value }));
  return void 0;
};
var TARGET_OPTION_KEYS = [
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
var checkTargetOptions = (raw) => {
  if (raw === void 0) return fail("INVALID_OPTIONS", "options", [makeIssue([], "missing", "Thi\u1EBFu tu\u1EF3 ch\u1ECDn (c\u1EA7n asOf)", "Options are required (asOf)")]);
  const fields = readFields(raw, TARGET_OPTION_KEYS, "INVALID_OPTIONS", "options");
  const issues = [];
  const cache2 = readCache(fields["cache"], ["cache"], issues);
  const asOf = readAsOf(fields["asOf"], ["asOf"], issues);
  const indicatorRaw = fields["indicator"];
  const indicator = indicatorRaw === void 0 ? void 0 : checkIndicator(indicatorRaw, cache2, "INVALID_OPTIONS", ["indicator"]);
  const indicators = fields["indicators"];
  if (indicators !== void 0 && !Array.isArray(indicators)) {
    issues.push(makeIssue(["indicators"], "invalid_type", "C\u1EA7n m\u1ED9t m\u1EA3ng ch\u1EC9 ti\xEAu", "Expected an array of indicators", { received: indicators }));
  }
  const tolerance = readOptionalNumber(fields["tolerance"], ["tolerance"], issues, 0);
  const baselineYear = readOptionalYear(fields["baselineYear"], ["baselineYear"], issues);
  const shared = readShared(fields, cache2, issues, "INVALID_OPTIONS", { value: fields["areas"], path: ["areas"] });
  const thresholds = readThresholds(fields["thresholds"], ["thresholds"], issues);
  const method = readMethod(fields["method"], ["method"], issues);
  if (issues.length > 0 || asOf === void 0) return fail("INVALID_OPTIONS", "options", prefixIssues([], issues));
  return {
    ...shared,
    cache: cache2,
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

// src/rulebooks/circular-01-2020.ts
var DOCUMENT = "Th\xF4ng t\u01B0 01/2020/TT-BKH\u0110T";
var cite = (clause, note) => ({
  document: DOCUMENT,
  ...clause === void 0 ? {} : { clause },
  ...note === void 0 ? {} : { note }
});
var SCORING = cite("Ph\u1EE5 l\u1EE5c I", "B\u1EA3ng \u0111i\u1EC3m t\u1EF1 ch\u1EA5m; m\u1EE9c t\u1ED1i \u0111a \u0111\xE3 x\xE1c nh\u1EADn (confirmed maxima).");
var PARTIAL = cite(
  "Ph\u1EE5 l\u1EE5c I",
  "M\u1EE9c t\u1ED1i \u0111a ri\xEAng c\u1EE7a ti\xEAu ch\xED 10\u201315 ch\u01B0a r\xF5 (unknown); \xE1p d\u1EE5ng tr\u1EA7n 40 \u0111i\u1EC3m c\u1EE7a nh\xF3m III."
);
var criterion = (id, vi, en, max, criteria) => ({
  id,
  title: { vi, en },
  max,
  ...criteria === void 0 ? {} : { criteria },
  citation: max === null ? PARTIAL : SCORING
});
var CIRCULAR_01_2020 = {
  id: "circular-01-2020",
  title: {
    vi: "Th\xF4ng t\u01B0 01/2020/TT-BKH\u0110T h\u01B0\u1EDBng d\u1EABn ph\xE2n lo\u1EA1i v\xE0 \u0111\xE1nh gi\xE1 h\u1EE3p t\xE1c x\xE3",
    en: "Circular 01/2020/TT-BKH\u0110T on classifying and rating cooperatives"
  },
  issuer: { vi: "B\u1ED9 K\u1EBF ho\u1EA1ch v\xE0 \u0110\u1EA7u t\u01B0", en: "Ministry of Planning and Investment" },
  document: "01/2020/TT-BKH\u0110T",
  citation: cite(void 0, "K\xFD ng\xE0y 19/02/2020, hi\u1EC7u l\u1EF1c t\u1EEB 01/04/2020."),
  effectiveFrom: "2020-04-01",
  effectiveTo: "2025-09-17",
  endedBy: { document: "Th\xF4ng t\u01B0 78/2025/TT-BTC", note: "B\xE3i b\u1ECF Th\xF4ng t\u01B0 01/2020/TT-BKH\u0110T t\u1EEB ng\xE0y 18/09/2025." },
  scope: {
    kinds: ["cooperative", "union"],
    sectors: "all",
    excludeSectors: ["finance"],
    citation: cite(void 0, "H\u1EE3p t\xE1c x\xE3, li\xEAn hi\u1EC7p h\u1EE3p t\xE1c x\xE3 m\u1ECDi l\u0129nh v\u1EF1c; kh\xF4ng \xE1p d\u1EE5ng cho qu\u1EF9 t\xEDn d\u1EE5ng nh\xE2n d\xE2n, ng\xE2n h\xE0ng h\u1EE3p t\xE1c x\xE3."),
    note: "`finance` = people's credit funds, Cooperative Bank."
  },
  total: 100,
  groups: [
    {
      id: "I",
      title: { vi: "Nh\xF3m I: T\xE0i ch\xEDnh", en: "Group I: finance" },
      cap: 30,
      citation: SCORING,
      criteria: [
        criterion("1", "V\u1ED1n ho\u1EA1t \u0111\u1ED9ng", "Capital", 7, [
          criterion("1a", "V\u1ED1n ho\u1EA1t \u0111\u1ED9ng b\xECnh qu\xE2n", "Mean total capital", 6),
          criterion("1b", "T\u0103ng tr\u01B0\u1EDFng v\u1ED1n so v\u1EDBi n\u0103m tr\u01B0\u1EDBc", "Capital grew versus last year", 1)
        ]),
        criterion("2", "T\xE0i s\u1EA3n", "Assets", 6, [
          criterion("2a", "T\xE0i s\u1EA3n kh\xF4ng chia b\xECnh qu\xE2n", "Mean indivisible assets", 5),
          criterion("2b", "T\u0103ng tr\u01B0\u1EDFng t\xE0i s\u1EA3n kh\xF4ng chia", "Indivisible assets grew", 1)
        ]),
        criterion("3", "K\u1EBFt qu\u1EA3 ho\u1EA1t \u0111\u1ED9ng s\u1EA3n xu\u1EA5t, kinh doanh", "Business results", 11, [
          criterion("3a", "Doanh thu b\xE1n h\xE0ng v\xE0 cung \u1EE9ng d\u1ECBch v\u1EE5", "Sales and service revenue", 4),
          criterion("3b", "M\u1EE9c \u0111\u1ED9 \u0111\xE1p \u1EE9ng nhu c\u1EA7u c\u1EE7a th\xE0nh vi\xEAn", "Share of member needs served", 3),
          criterion("3c", "L\u1EE3i nhu\u1EADn tr\u01B0\u1EDBc thu\u1EBF", "Pre-tax profit", 4)
        ]),
        criterion("4", "Tr\xEDch l\u1EADp c\xE1c qu\u1EF9", "Fund allocation", 6, [
          criterion("4a", "Qu\u1EF9 \u0111\u1EA7u t\u01B0 ph\xE1t tri\u1EC3n", "Development-investment fund", 2),
          criterion("4b", "Qu\u1EF9 d\u1EF1 ph\xF2ng t\xE0i ch\xEDnh", "Reserve fund", 2),
          criterion("4c", "C\xE1c qu\u1EF9 kh\xE1c", "Other funds", 2)
        ])
      ]
    },
    {
      id: "II",
      title: { vi: "Nh\xF3m II: T\u1ED5 ch\u1EE9c, qu\u1EA3n tr\u1ECB", en: "Group II: governance" },
      cap: 30,
      citation: SCORING,
      criteria: [
        criterion("5", "Ch\u1EA5p h\xE0nh ph\xE1p lu\u1EADt", "Legal compliance", 8),
        criterion("6", "Tranh ch\u1EA5p, khi\u1EBFu n\u1EA1i", "Disputes and complaints", 6),
        criterion("7", "Tr\xECnh \u0111\u1ED9 c\xE1n b\u1ED9 qu\u1EA3n l\xFD", "Management qualifications", 6, [
          criterion("7a", "T\u1EF7 l\u1EC7 c\xF3 tr\xECnh \u0111\u1ED9 cao \u0111\u1EB3ng, \u0111\u1EA1i h\u1ECDc", "Share with a college or university degree", 2),
          criterion("7b", "T\u1EF7 l\u1EC7 \u0111\u01B0\u1EE3c \u0111\xE0o t\u1EA1o ngh\u1EC1", "Share with vocational training", 2),
          criterion("7c", "T\u1EF7 l\u1EC7 c\xE1n b\u1ED9 qu\u1EA3n l\xFD tr\u1EBB", "Share of young managers", 2)
        ]),
        criterion("8", "Ch\xEDnh s\xE1ch \u0111\u1ED1i v\u1EDBi th\xE0nh vi\xEAn, ng\u01B0\u1EDDi lao \u0111\u1ED9ng", "Policies for members and workers", 6),
        criterion("9", "\u1EE8ng d\u1EE5ng c\xF4ng ngh\u1EC7, th\u01B0\u01A1ng hi\u1EC7u, chu\u1ED7i gi\xE1 tr\u1ECB", "Technology, brand, value chain", 4)
      ]
    },
    {
      id: "III",
      title: { vi: "Nh\xF3m III: Th\xE0nh vi\xEAn v\xE0 c\u1ED9ng \u0111\u1ED3ng", en: "Group III: members and community" },
      cap: 40,
      citation: SCORING,
      criteria: [
        criterion("10", "M\u1EE9c \u0111\u1ED9 tham gia c\u1EE7a th\xE0nh vi\xEAn", "Member participation", null),
        criterion("11", "L\u1EE3i \xEDch c\u1EE7a th\xE0nh vi\xEAn", "Member benefit", null),
        criterion("12", "S\u1EA3n ph\u1EA9m, d\u1ECBch v\u1EE5 cung \u1EE9ng cho th\xE0nh vi\xEAn", "Products and services supplied to members", null),
        criterion("13", "Th\xF4ng tin, \u0111\xE0o t\u1EA1o, t\u1EADp hu\u1EA5n", "Information and training", null),
        criterion("14", "T\xE1c \u0111\u1ED9ng t\xEDch c\u1EF1c t\u1EDBi c\u1ED9ng \u0111\u1ED3ng", "Positive community impact", null),
        criterion("15", "Khen th\u01B0\u1EDFng trong n\u0103m", "Awards received in the year", null)
      ]
    }
  ],
  grades: [
    { grade: "good", gte: 80, citation: SCORING },
    { grade: "fair", gte: 65, lt: 80, citation: SCORING },
    { grade: "average", gte: 50, lt: 65, citation: SCORING },
    { grade: "weak", lt: 50, citation: SCORING }
  ],
  notRated: [
    {
      code: "operating-under-12-months",
      when: { field: "monthsOperating", lt: 12 },
      label: { vi: "Ho\u1EA1t \u0111\u1ED9ng d\u01B0\u1EDBi 12 th\xE1ng", en: "Operated less than 12 months" },
      citation: cite(void 0, "Kh\xF4ng \u0111\xE1nh gi\xE1 h\u1EE3p t\xE1c x\xE3 ho\u1EA1t \u0111\u1ED9ng d\u01B0\u1EDBi 12 th\xE1ng.")
    },
    {
      code: "suspended-over-3-months",
      when: { field: "monthsSuspended", gt: 3 },
      label: { vi: "T\u1EA1m ng\u1EEBng ho\u1EA1t \u0111\u1ED9ng qu\xE1 3 th\xE1ng trong n\u0103m", en: "Stopped operating for more than 3 months in the year" },
      citation: cite(void 0, "Kh\xF4ng \u0111\xE1nh gi\xE1 h\u1EE3p t\xE1c x\xE3 t\u1EA1m ng\u1EEBng ho\u1EA1t \u0111\u1ED9ng tr\xEAn 3 th\xE1ng.")
    }
  ],
  overrides: [],
  notes: [
    "Confirmed: 15 criteria, caps 30/30/40, maxima of groups I\u2013II, grades 80/65/50, not-rated rules, validity.",
    "Partial: maxima of criteria 10\u201315 and the tiers of Appendix 1 unknown; the sheet gives the points."
  ]
};

// src/rulebooks/circular-09-2017.ts
var DOCUMENT2 = "Th\xF4ng t\u01B0 09/2017/TT-BNNPTNT";
var cite2 = (clause, note) => ({
  document: DOCUMENT2,
  ...clause === void 0 ? {} : { clause },
  ...note === void 0 ? {} : { note }
});
var CRITERION_1 = cite2("Ti\xEAu ch\xED 1", "C\xE1c m\u1EE9c \u0111i\u1EC3m ti\xEAu ch\xED 1 x\xE1c nh\u1EADn t\u1EEB m\u1ED9t b\u1EA3n c\xF4ng khai (confirmed from one public copy).");
var UNKNOWN = cite2(void 0, "Thang \u0111i\u1EC3m, m\u1EE9c t\u1ED1i \u0111a ch\u01B0a r\xF5 (unknown); \u0111i\u1EC3m l\u1EA5y t\u1EEB phi\u1EBFu ch\u1EA5m.");
var NO_PROFIT = {
  when: { field: "afterTaxProfit", lte: 0 },
  points: 0,
  label: { vi: "Kh\xF4ng c\xF3 l\u1EE3i nhu\u1EADn sau thu\u1EBF", en: "No after-tax profit" },
  citation: CRITERION_1
};
var INCOME_NOTE = '"Income" is read as the after-tax profit (`afterTaxProfit`) from which the year\'s `funds.*` are allocated; no after-tax profit (\u2264 0) \u2192 0 ("or none"); without `afterTaxProfit` or the fund, the sheet is used.';
var sheetOnly = (id, vi, en) => ({
  id,
  title: { vi, en },
  max: null,
  citation: UNKNOWN
});
var CIRCULAR_09_2017 = {
  id: "circular-09-2017",
  title: {
    vi: "Th\xF4ng t\u01B0 09/2017/TT-BNNPTNT h\u01B0\u1EDBng d\u1EABn ph\xE2n lo\u1EA1i v\xE0 \u0111\xE1nh gi\xE1 h\u1EE3p t\xE1c x\xE3 ho\u1EA1t \u0111\u1ED9ng trong l\u0129nh v\u1EF1c n\xF4ng nghi\u1EC7p",
    en: "Circular 09/2017/TT-BNNPTNT on classifying and rating agricultural cooperatives"
  },
  issuer: { vi: "B\u1ED9 N\xF4ng nghi\u1EC7p v\xE0 Ph\xE1t tri\u1EC3n n\xF4ng th\xF4n", en: "Ministry of Agriculture and Rural Development" },
  document: "09/2017/TT-BNNPTNT",
  citation: cite2(void 0, "K\xFD ng\xE0y 17/04/2017, hi\u1EC7u l\u1EF1c t\u1EEB 31/05/2017; ch\u01B0a th\u1EA5y v\u0103n b\u1EA3n b\xE3i b\u1ECF (t\xECnh tr\u1EA1ng sau 2025 ch\u01B0a x\xE1c nh\u1EADn)."),
  effectiveFrom: "2017-05-31",
  scope: {
    kinds: ["cooperative"],
    sectors: [
      "agriculture-crop",
      "agriculture-livestock",
      "agriculture-forestry",
      "agriculture-fishery",
      "agriculture-salt",
      "agriculture-clean-water",
      "agriculture-general"
    ],
    citation: cite2("\u0110i\u1EC1u 3", "H\u1EE3p t\xE1c x\xE3 n\xF4ng nghi\u1EC7p: tr\u1ED3ng tr\u1ECDt, ch\u0103n nu\xF4i, l\xE2m nghi\u1EC7p, th\u1EE7y s\u1EA3n, di\xEAm nghi\u1EC7p, n\u01B0\u1EDBc s\u1EA1ch n\xF4ng th\xF4n, t\u1ED5ng h\u1EE3p.")
  },
  total: 100,
  groups: [
    {
      id: "g1",
      title: { vi: "Ti\xEAu ch\xED 1", en: "Criterion 1" },
      cap: 38,
      derived: true,
      note: "A grouping of the library, not of the circular: criterion 1 alone; its cap is the sum of the five confirmed sub-item maxima (8 + 10 + 10 + 5 + 5).",
      criteria: [
        {
          id: "1",
          title: { vi: "Doanh thu v\xE0 k\u1EBFt qu\u1EA3 s\u1EA3n xu\u1EA5t kinh doanh", en: "Revenue and business results" },
          max: 38,
          citation: CRITERION_1,
          criteria: [
            {
              id: "1a",
              title: { vi: "Doanh thu th\u1EF1c hi\u1EC7n so v\u1EDBi k\u1EBF ho\u1EA1ch", en: "Realised versus planned revenue" },
              max: 8,
              citation: CRITERION_1,
              tiers: {
                measure: { numerator: "revenue", denominator: "plannedRevenue", unit: "percent" },
                bands: [
                  { lt: 100, points: 0 },
                  { gte: 100, lt: 120, points: 4 },
                  { gte: 120, points: 8 }
                ],
                citation: CRITERION_1,
                note: "Realised revenue is `revenue`; planned is `plannedRevenue` (not computable when the plan is 0)."
              }
            },
            {
              id: "1b",
              title: { vi: "T\u1ED5ng doanh thu trong n\u0103m", en: "Total revenue in the year" },
              max: 10,
              citation: CRITERION_1,
              tiers: {
                measure: { field: "revenue" },
                bands: [
                  { lt: 1e9, points: 4 },
                  { gte: 1e9, lt: 5e9, points: 6 },
                  { gte: 5e9, lt: 1e10, points: 8 },
                  { gte: 1e10, points: 10 }
                ],
                citation: CRITERION_1
              }
            },
            {
              id: "1c",
              title: {
                vi: "Thu nh\u1EADp b\xECnh qu\xE2n c\u1EE7a th\xE0nh vi\xEAn sau khi th\u1EF1c hi\u1EC7n ngh\u0129a v\u1EE5 v\u1EDBi h\u1EE3p t\xE1c x\xE3",
                en: "Income per member after obligations to the cooperative"
              },
              max: 10,
              citation: CRITERION_1,
              tiers: {
                measure: { field: "incomePerMember" },
                cases: [NO_PROFIT],
                bands: [
                  { lt: 1e6, points: 2 },
                  { gte: 1e6, lt: 5e6, points: 4 },
                  { gte: 5e6, lt: 1e7, points: 7 },
                  { gte: 1e7, points: 10 }
                ],
                citation: CRITERION_1,
                note: '"No after-tax profit \u2192 0" needs `afterTaxProfit`; without it the criterion is taken from the sheet.'
              }
            },
            {
              id: "1d",
              title: { vi: "Tr\xEDch qu\u1EF9 \u0111\u1EA7u t\u01B0 ph\xE1t tri\u1EC3n \u2265 20 % thu nh\u1EADp", en: "Development-investment fund \u2265 20 % of income" },
              max: 5,
              citation: CRITERION_1,
              tiers: {
                measure: { numerator: "funds.development", denominator: "afterTaxProfit", unit: "percent" },
                cases: [NO_PROFIT],
                bands: [
                  { lt: 20, points: 0 },
                  { gte: 20, points: 5 }
                ],
                citation: CRITERION_1,
                note: INCOME_NOTE
              }
            },
            {
              id: "1e",
              title: { vi: "Tr\xEDch qu\u1EF9 d\u1EF1 ph\xF2ng \u2265 5 % thu nh\u1EADp", en: "Reserve fund \u2265 5 % of income" },
              max: 5,
              citation: CRITERION_1,
              tiers: {
                measure: { numerator: "funds.reserve", denominator: "afterTaxProfit", unit: "percent" },
                cases: [NO_PROFIT],
                bands: [
                  { lt: 5, points: 0 },
                  { gte: 5, points: 5 }
                ],
                citation: CRITERION_1,
                note: INCOME_NOTE
              }
            }
          ]
        }
      ]
    },
    {
      id: "g2-6",
      title: { vi: "Ti\xEAu ch\xED 2\u20136", en: "Criteria 2\u20136" },
      cap: 62,
      derived: true,
      note: "Derived constraint, not a guess about each: the total is 100 and criterion 1 has 38, so criteria 2\u20136 together have at most 62. Their own maxima are unknown.",
      criteria: [
        sheetOnly("2", "L\u1EE3i \xEDch c\u1EE7a th\xE0nh vi\xEAn", "Member benefits"),
        sheetOnly("3", "V\u1ED1n ho\u1EA1t \u0111\u1ED9ng", "Operating capital"),
        sheetOnly("4", "Quy m\xF4 th\xE0nh vi\xEAn v\xE0 t\xE1c \u0111\u1ED9ng c\u1ED9ng \u0111\u1ED3ng", "Membership scale and community impact"),
        sheetOnly("5", "Khen th\u01B0\u1EDFng trong n\u0103m", "Awards in the year"),
        sheetOnly(
          "6",
          "M\u1EE9c \u0111\u1ED9 h\xE0i l\xF2ng c\u1EE7a th\xE0nh vi\xEAn (\u0111i\u1EC3m b\xECnh qu\xE2n phi\u1EBFu kh\u1EA3o s\xE1t h\u1EE3p l\u1EC7 t\u1EA1i \u0111\u1EA1i h\u1ED9i qu\xFD I)",
          "Member satisfaction (mean valid questionnaire score at the first-quarter general meeting)"
        )
      ]
    }
  ],
  grades: [
    { grade: "good", gte: 80 },
    { grade: "fair", gte: 65, lt: 80 },
    { grade: "average", gte: 50, lt: 65 },
    { grade: "weak", lt: 50 }
  ],
  notRated: [
    {
      code: "operating-under-12-months",
      when: { field: "monthsOperating", lt: 12 },
      label: { vi: "Ho\u1EA1t \u0111\u1ED9ng d\u01B0\u1EDBi 12 th\xE1ng", en: "Operated less than 12 months" },
      citation: cite2()
    }
  ],
  overrides: [
    {
      code: "administrative-sanction",
      when: { field: "sanctioned", eq: true },
      grade: "weak",
      label: {
        vi: "B\u1ECB x\u1EED ph\u1EA1t vi ph\u1EA1m h\xE0nh ch\xEDnh trong n\u0103m: x\u1EBFp lo\u1EA1i Y\u1EBFu",
        en: "Sanctioned for an administrative violation in the year: graded weak"
      },
      citation: cite2(void 0, "H\u1EE3p t\xE1c x\xE3 b\u1ECB x\u1EED ph\u1EA1t vi ph\u1EA1m h\xE0nh ch\xEDnh trong n\u0103m x\u1EBFp lo\u1EA1i y\u1EBFu.")
    }
  ],
  notes: [
    "Status after 2025 unconfirmed: no repeal found, no end date set.",
    "Confirmed: 6 criteria, 100 points, tiers of criterion 1, grades 80/65/50, sanction override, not rated under 12 months.",
    "Partial: tiers and maxima of criteria 2\u20136 unknown; sheet points under the derived cap of 62.",
    INCOME_NOTE
  ]
};

// src/rulebooks/index.ts
var BUILT_IN_RULEBOOKS = [CIRCULAR_01_2020, CIRCULAR_09_2017];
var FLAG_ABSENT = 2;
var INT_ABSENT = -2147483648;
var fitsInt32 = (value) => (value | 0) === value && value !== INT_ABSENT && (value !== 0 || 1 / value > 0);
var ColumnBuilder = class {
  packing;
  ints;
  floats;
  flags;
  values = [];
  length = 0;
  /**
   * @param packing - how the values are stored first
   * @param capacity - the number of rows that will be pushed
   */
  constructor(packing, capacity) {
    this.packing = packing;
    this.ints = new Int32Array(packing === 0 /* Integers */ || packing === 3 /* Dates */ ? capacity : 0);
    this.floats = new Float64Array(0);
    this.flags = new Uint8Array(packing === 2 /* Flags */ ? capacity : 0);
  }
  push(value) {
    const at = this.length;
    switch (this.packing) {
      case 0 /* Integers */:
        if (at < this.ints.length) {
          if (value === void 0) {
            this.ints[at] = INT_ABSENT;
            this.length = at + 1;
            return;
          }
          if (typeof value === "number" && fitsInt32(value)) {
            this.ints[at] = value;
            this.length = at + 1;
            return;
          }
        }
        break;
      case 1 /* Floats */:
        if (at < this.floats.length) {
          if (value === void 0) {
            this.floats[at] = Number.NaN;
            this.length = at + 1;
            return;
          }
          if (typeof value === "number" && value === value) {
            this.floats[at] = value;
            this.length = at + 1;
            return;
          }
        }
        break;
      case 3 /* Dates */:
        if (at < this.ints.length) {
          const date = value === void 0 ? INT_ABSENT : dateNumber(value);
          if (date !== -1) {
            this.ints[at] = date;
            this.length = at + 1;
            return;
          }
        }
        break;
      case 2 /* Flags */:
        if (at < this.flags.length) {
          if (value === true || value === false || value === void 0) {
            this.flags[at] = value === void 0 ? FLAG_ABSENT : value ? 1 : 0;
            this.length = at + 1;
            return;
          }
        }
        break;
      default:
        this.values.push(value);
        this.length = at + 1;
        return;
    }
    this.pushRare(value);
  }
  /** The finished column, exactly as long as the rows pushed. */
  done() {
    const n = this.length;
    switch (this.packing) {
      case 0 /* Integers */:
        return { kind: "numbers", values: this.ints.subarray(0, n) };
      case 1 /* Floats */:
        return { kind: "numbers", values: this.floats.subarray(0, n) };
      case 2 /* Flags */:
        return { kind: "flags", values: this.flags.subarray(0, n) };
      case 3 /* Dates */:
        return { kind: "dates", values: this.ints.subarray(0, n) };
      default:
        return { kind: "values", values: this.values };
    }
  }
  /** Makes room, widens or unpacks as `value` needs, then appends it. */
  pushRare(value) {
    const at = this.length;
    if (this.packing === 0 /* Integers */ && typeof value === "number" && value === value && !fitsInt32(value)) {
      this.widen();
      return this.push(value);
    }
    const packing = this.packing;
    const room = packing === 0 /* Integers */ || packing === 3 /* Dates */ ? this.ints.length : packing === 1 /* Floats */ ? this.floats.length : this.flags.length;
    const fits = packing === 2 /* Flags */ ? value === true || value === false || value === void 0 : packing === 3 /* Dates */ ? value === void 0 || dateNumber(value) !== -1 : value === void 0 || typeof value === "number" && value === value;
    if (!fits) return this.unpack(value);
    if (at === room) this.grow();
    this.push(value);
  }
  /** Doubles the room (only when more rows come than the capacity said). */
  grow() {
    const size = Math.max(16, this.length * 2);
    if (this.packing === 0 /* Integers */ || this.packing === 3 /* Dates */) this.ints = grown(this.ints, new Int32Array(size));
    else if (this.packing === 1 /* Floats */) this.floats = grown(this.floats, new Float64Array(size));
    else this.flags = grown(this.flags, new Uint8Array(size));
  }
  /** Copies the integers so far into floats (absent becomes `NaN`). */
  widen() {
    const narrow = this.ints;
    const wide = new Float64Array(narrow.length);
    for (let i = 0; i < this.length; i += 1) wide[i] = narrow[i] === INT_ABSENT ? Number.NaN : narrow[i];
    this.floats = wide;
    this.ints = new Int32Array(0);
    this.packing = 1 /* Floats */;
  }
  /** Switches to plain values (the rows so far decoded), then appends `value`. */
  unpack(value) {
    const column = this.done();
    const values = [];
    for (let row = 0; row < this.length; row += 1) values.push(columnValue(column, row));
    values.push(value);
    this.values = values;
    this.ints = new Int32Array(0);
    this.floats = new Float64Array(0);
    this.flags = new Uint8Array(0);
    this.packing = 4 /* Values */;
    this.length += 1;
  }
};
var digit = (s, i) => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
};
var dateNumber = (value) => {
  if (typeof value !== "string" || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  let n = 0;
  for (let i = 0; i < 10; i += 1) {
    if (i === 4 || i === 7) continue;
    const d = digit(value, i);
    if (d < 0) return -1;
    n = n * 10 + d;
  }
  return n;
};
var dateText = (n) => {
  const text = String(n).padStart(8, "0");
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
};
var grown = (from, into) => {
  into.set(from);
  return into;
};
var NUMERIC = /* @__PURE__ */ new Set(["count", "vnd", "months", "hectares"]);
var columnFor = (path, capacity) => {
  if (!Object.hasOwn(model.RECORD_FIELDS, path)) return new ColumnBuilder(4 /* Values */, capacity);
  const type = model.RECORD_FIELDS[path];
  if (NUMERIC.has(type)) return new ColumnBuilder(0 /* Integers */, capacity);
  return new ColumnBuilder(type === "boolean" ? 2 /* Flags */ : type === "date" ? 3 /* Dates */ : 4 /* Values */, capacity);
};
var absentNumber = (values) => values instanceof Int32Array ? INT_ABSENT : Number.NaN;
var columnValue = (column, row) => {
  if (column.kind === "values") return column.values[row];
  const v = column.values[row];
  if (column.kind === "flags") return v === FLAG_ABSENT ? void 0 : v === 1;
  if (column.kind === "dates") return v === INT_ABSENT ? void 0 : dateText(v);
  if (column.values instanceof Int32Array) return v === INT_ABSENT ? void 0 : v;
  return v === v ? v : void 0;
};
var FALSE = 0;
var TRUE = 1;
var UNKNOWN2 = 2;
var GRADE_CODE_NAMES = [void 0, "good", "fair", "average", "weak", "not-rated"];
var compareWith = (value, bound) => {
  let c;
  if (typeof value === "number") {
    if (bound.num !== void 0) c = value < bound.num ? -1 : value > bound.num ? 1 : 0;
    else if (bound.exact !== void 0) c = model.compareRational(model.rational(value), bound.exact);
    else return UNKNOWN2;
  } else if (typeof value === "string" && bound.text !== void 0) {
    c = value < bound.text ? -1 : value > bound.text ? 1 : 0;
  } else return UNKNOWN2;
  switch (bound.op) {
    case "gt":
      return c > 0 ? TRUE : FALSE;
    case "gte":
      return c >= 0 ? TRUE : FALSE;
    case "lt":
      return c < 0 ? TRUE : FALSE;
    default:
      return c <= 0 ? TRUE : FALSE;
  }
};
var makeBound = (op, raw) => {
  if (typeof raw === "number") return { op, num: raw, exact: void 0, text: void 0 };
  const numeric = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(raw.trim());
  return { op, num: void 0, exact: numeric ? model.rational(raw) : void 0, text: numeric ? void 0 : raw };
};
var MAX_CONDITION_DEPTH = 64;
var tooDeep = () => {
  throw new model.CoopError("CONDITION_TOO_DEEP", `A condition is nested more than ${MAX_CONDITION_DEPTH} levels deep`, { limit: MAX_CONDITION_DEPTH });
};
var AND = Uint8Array.of(FALSE, FALSE, FALSE, FALSE, TRUE, UNKNOWN2, FALSE, UNKNOWN2, UNKNOWN2);
var OR = Uint8Array.of(FALSE, TRUE, UNKNOWN2, TRUE, TRUE, TRUE, UNKNOWN2, TRUE, UNKNOWN2);
var NOT = Uint8Array.of(TRUE, FALSE, UNKNOWN2);
var lookUp = (table, codes, rows) => {
  const out = new Uint8Array(rows);
  for (let i = 0; i < rows; i += 1) out[i] = table[codes[i]];
  return out;
};
var fold = (parts, table, input, depth) => {
  if (parts.length === 0) return new Uint8Array(input.rows).fill(table === AND ? TRUE : FALSE);
  const out = decideTruths(parts[0], input, depth + 1).slice();
  for (let p = 1; p < parts.length; p += 1) {
    const next = decideTruths(parts[p], input, depth + 1);
    for (let i = 0; i < out.length; i += 1) out[i] = table[out[i] * 3 + next[i]];
  }
  return out;
};
var membership = (column, rows, accepts) => {
  if (column.kind === "flags") return lookUp(Uint8Array.of(accepts(false) ? TRUE : FALSE, accepts(true) ? TRUE : FALSE, UNKNOWN2), column.values, rows);
  const out = new Uint8Array(rows);
  for (let i = 0; i < rows; i += 1) {
    const v = columnValue(column, i);
    out[i] = v === void 0 ? UNKNOWN2 : accepts(v) ? TRUE : FALSE;
  }
  return out;
};
var comparison = (column, rows, bounds) => {
  const out = new Uint8Array(rows);
  const one = bounds.length === 1 ? bounds[0] : void 0;
  if (column.kind === "numbers" && one?.num !== void 0) {
    const values = column.values;
    const absent = absentNumber(values);
    const limit = one.num;
    const holds = one.op === "gt" ? (v) => v > limit : one.op === "gte" ? (v) => v >= limit : one.op === "lt" ? (v) => v < limit : (v) => v <= limit;
    for (let i = 0; i < rows; i += 1) {
      const v = values[i];
      out[i] = v !== v || v === absent ? UNKNOWN2 : holds(v) ? TRUE : FALSE;
    }
    return out;
  }
  const date = column.kind === "dates" && one?.text !== void 0 ? dateNumber(one.text) : -1;
  if (column.kind === "dates" && one !== void 0 && date !== -1) {
    const values = column.values;
    const op = one.op;
    for (let i = 0; i < rows; i += 1) {
      const v = values[i];
      const holds = op === "gte" ? v >= date : op === "gt" ? v > date : op === "lte" ? v <= date : v < date;
      out[i] = v === INT_ABSENT ? UNKNOWN2 : holds ? TRUE : FALSE;
    }
    return out;
  }
  if (column.kind === "values" && one?.text !== void 0) {
    const values = column.values;
    const text = one.text;
    const op = one.op;
    for (let i = 0; i < rows; i += 1) {
      const v = values[i];
      if (typeof v === "string") {
        const holds = op === "gte" ? v >= text : op === "gt" ? v > text : op === "lte" ? v <= text : v < text;
        out[i] = holds ? TRUE : FALSE;
      } else out[i] = v === void 0 ? UNKNOWN2 : compareWith(v, one);
    }
    return out;
  }
  for (let i = 0; i < rows; i += 1) {
    const v = columnValue(column, i);
    let t = TRUE;
    if (v === void 0) t = UNKNOWN2;
    else {
      for (const bound of bounds) {
        t = compareWith(v, bound);
        if (t !== TRUE) break;
      }
    }
    out[i] = t;
  }
  return out;
};
var decideTruths = (condition, input, depth = 0) => {
  if (depth > MAX_CONDITION_DEPTH) return tooDeep();
  const rows = input.rows;
  if ("all" in condition) return fold(condition.all, AND, input, depth);
  if ("any" in condition) return fold(condition.any, OR, input, depth);
  if ("not" in condition) {
    const out = decideTruths(condition.not, input, depth + 1).slice();
    for (let i = 0; i < rows; i += 1) out[i] = NOT[out[i]];
    return out;
  }
  if ("grade" in condition) {
    const set = new Set(condition.grade === "effective" ? input.effective : condition.grade);
    const decided = Uint8Array.from(GRADE_CODE_NAMES, (name) => name === void 0 ? UNKNOWN2 : set.has(name) ? TRUE : FALSE);
    return lookUp(decided, input.gradeCodes(), rows);
  }
  const column = input.column(condition.field);
  if ("eq" in condition) {
    const expected = condition.eq;
    return membership(column, rows, (v) => v === expected);
  }
  if ("in" in condition) {
    const set = new Set(condition.in);
    return membership(column, rows, (v) => set.has(v));
  }
  const bounds = [];
  if (condition.gt !== void 0) bounds.push(makeBound("gt", condition.gt));
  if (condition.gte !== void 0) bounds.push(makeBound("gte", condition.gte));
  if (condition.lt !== void 0) bounds.push(makeBound("lt", condition.lt));
  if (condition.lte !== void 0) bounds.push(makeBound("lte", condition.lte));
  return comparison(column, rows, bounds);
};
var conditionFields = (condition, into, depth = 0) => {
  if (condition === void 0) return;
  if (depth > MAX_CONDITION_DEPTH) return tooDeep();
  if ("all" in condition) for (const c of condition.all) conditionFields(c, into, depth + 1);
  else if ("any" in condition) for (const c of condition.any) conditionFields(c, into, depth + 1);
  else if ("not" in condition) conditionFields(condition.not, into, depth + 1);
  else if ("field" in condition) into.add(condition.field);
};
var conditionUsesGrades = (condition, depth = 0) => {
  if (condition === void 0) return false;
  if (depth > MAX_CONDITION_DEPTH) return tooDeep();
  if ("grade" in condition) return true;
  if ("all" in condition) return condition.all.some((c) => conditionUsesGrades(c, depth + 1));
  if ("any" in condition) return condition.any.some((c) => conditionUsesGrades(c, depth + 1));
  if ("not" in condition) return conditionUsesGrades(condition.not, depth + 1);
  return false;
};
var conditionUsesEffective = (condition, depth = 0) => {
  if (condition === void 0) return false;
  if (depth > MAX_CONDITION_DEPTH) return tooDeep();
  if ("grade" in condition) return condition.grade === "effective";
  if ("all" in condition) return condition.all.some((c) => conditionUsesEffective(c, depth + 1));
  if ("any" in condition) return condition.any.some((c) => conditionUsesEffective(c, depth + 1));
  if ("not" in condition) return conditionUsesEffective(condition.not, depth + 1);
  return false;
};

// src/internal/indicator-aggregate.ts
var TWO_POW_52 = 2 ** 52;
var ExactSum = class {
  small = 0;
  big = 0n;
  micro = 0n;
  fraction = void 0;
  add(v) {
    if (Number.isInteger(v)) {
      if (Math.abs(this.small) >= TWO_POW_52 || Math.abs(v) >= TWO_POW_52) {
        this.big += BigInt(this.small);
        this.small = 0;
        if (Math.abs(v) >= TWO_POW_52) {
          this.big += BigInt(v);
          return;
        }
      }
      this.small += v;
    } else {
      const scaled = v * 1e6;
      if (Number.isInteger(scaled) && scaled / 1e6 === v && Math.abs(scaled) < TWO_POW_52) {
        this.micro += BigInt(scaled);
        return;
      }
      const r = model.rational(v);
      this.fraction = this.fraction === void 0 ? r : model.addRational(this.fraction, r);
    }
  }
  value() {
    let whole = { num: this.big + BigInt(this.small), den: 1n };
    if (this.micro !== 0n) whole = model.addRational(whole, { num: this.micro, den: 1000000n });
    return this.fraction === void 0 ? whole : model.addRational(whole, this.fraction);
  }
};
var applyPolicy = (policy, op, eligible, missing) => {
  if (policy === "skip-if-any-missing" && missing > 0) return "any-missing";
  if (policy === "skip-if-all-missing" && missing > 0 && missing === eligible) return "all-missing";
  return void 0;
};
var tally = (column, population, where, asZero, sum) => {
  const t = { records: 0, missing: 0, eligible: 0 };
  const intAbsent = column.kind === "numbers" ? absentNumber(column.values) : Number.NaN;
  const absent = () => {
    t.missing += 1;
    if (asZero) t.records += 1;
  };
  for (let i = 0; i < population.length; i += 1) {
    const row = population[i];
    if (where !== void 0) {
      const truth = where[row];
      if (truth === FALSE) continue;
      if (truth === UNKNOWN2) {
        t.eligible += 1;
        t.missing += 1;
        continue;
      }
    }
    t.eligible += 1;
    if (column.kind === "dates") {
      absent();
      continue;
    }
    if (column.kind === "values") {
      const v2 = column.values[row];
      if (typeof v2 === "number") {
        sum.add(v2);
        t.records += 1;
      } else if (typeof v2 === "boolean") {
        if (v2) sum.add(1);
        t.records += 1;
      } else absent();
      continue;
    }
    const v = column.values[row];
    if (column.kind === "flags") {
      if (v === FLAG_ABSENT) absent();
      else {
        if (v === 1) sum.add(1);
        t.records += 1;
      }
    } else if (v !== v || v === intAbsent) absent();
    else {
      sum.add(v);
      t.records += 1;
    }
  }
  return t;
};
var computeSide = (aggregate, column, population, where) => {
  const policy = aggregate.missing;
  if (aggregate.op === "count") {
    if (where === void 0) {
      return { op: "count", status: "ok", value: model.rational(population.length), records: population.length, missing: 0 };
    }
    let count = 0;
    let missing2 = 0;
    for (let i = 0; i < population.length; i += 1) {
      const t = where[population[i]];
      if (t === TRUE) count += 1;
      else if (t === UNKNOWN2) missing2 += 1;
    }
    const reason2 = applyPolicy(policy, "count", population.length, missing2);
    if (reason2 !== void 0) return { op: "count", status: "skipped", reason: reason2, value: void 0, records: count, missing: missing2 };
    return { op: "count", status: "ok", value: model.rational(count), records: count, missing: missing2 };
  }
  const sum = new ExactSum();
  const { records, missing, eligible } = tally(column(aggregate.field), population, where, policy === "missing-as-zero", sum);
  const base = { op: aggregate.op, field: aggregate.field, records, missing };
  const reason = applyPolicy(policy, aggregate.op, eligible, missing);
  if (reason !== void 0) return { ...base, status: "skipped", reason, value: void 0 };
  const total = sum.value();
  if (aggregate.op === "sum") return { ...base, status: "ok", value: total, total };
  if (records === 0) return { ...base, status: "skipped", reason: eligible === 0 ? "no-records" : "all-missing", value: void 0, total };
  return { ...base, status: "ok", value: model.divideRational(total, model.rational(records)), total };
};
var checkOf = (type) => {
  switch (type) {
    case "count":
    case "vnd":
    case "months":
    case "hectares":
      return "number";
    case "boolean":
      return "boolean";
    case "date":
      return "date";
    default:
      return void 0;
  }
};
var SLOT_PATHS = (() => {
  const top = [];
  const groups = /* @__PURE__ */ new Map();
  for (const [path, type] of Object.entries(model.RECORD_FIELDS)) {
    if (checkOf(type) === void 0) continue;
    const dot = path.indexOf(".");
    if (dot < 0) top.push(path);
    else groups.set(path.slice(0, dot), [...groups.get(path.slice(0, dot)) ?? [], path]);
  }
  return ["kind", "sector", "areaCode", ...top, ...[...groups.values()].flat()];
})();
var FIRST_FIELD_SLOT = 3;
var SLOT_KEYS = SLOT_PATHS.map((path) => path.slice(path.indexOf(".") + 1));
var GROUP_NAMES = [...new Set(SLOT_PATHS.filter((path) => path.includes(".")).map((path) => path.slice(0, path.indexOf("."))))];
var SLOT_GROUP = SLOT_PATHS.map((path) => GROUP_NAMES.indexOf(path.slice(0, Math.max(0, path.indexOf(".")))));
var SLOT_CHECKS = SLOT_PATHS.map(
  (path) => path === "kind" || path === "sector" || path === "areaCode" ? void 0 : checkOf(model.RECORD_FIELDS[path])
);
var GROUP_START = GROUP_NAMES.map((_, g) => SLOT_GROUP.indexOf(g));
var slotOf = (path) => SLOT_PATHS.indexOf(path);
var groupOf = (value) => isObjectLike(value) ? value : void 0;
var readNamed = (r, s, groups) => {
  s[3] = r.foundedOn;
  s[4] = r.officialMembers;
  s[5] = r.associateMembers;
  s[6] = r.memberHouseholds;
  s[7] = r.revenue;
  s[8] = r.plannedRevenue;
  s[9] = r.preTaxProfit;
  s[10] = r.afterTaxProfit;
  s[11] = r.totalCapital;
  s[12] = r.indivisibleAssets;
  s[13] = r.incomePerMember;
  s[14] = r.monthsOperating;
  s[15] = r.monthsSuspended;
  s[16] = r.sanctioned;
  const funds = groups[0] = r.funds;
  const f = groupOf(funds);
  s[17] = f?.development;
  s[18] = f?.reserve;
  s[19] = f?.other;
  const flags = groups[1] = r.flags;
  const b = groupOf(flags);
  s[20] = b?.valueChainLinkage;
  s[21] = b?.enterpriseLinked;
  s[22] = b?.highTech;
  s[23] = b?.digitalTransformation;
  s[24] = b?.gapCertified;
  s[25] = b?.ocopProduct;
  s[26] = b?.modelCooperative;
  const managers = groups[2] = r.managers;
  const m = groupOf(managers);
  s[27] = m?.total;
  s[28] = m?.directorProgrammeTrained;
  const farmLand = groups[3] = r.farmLand;
  const l = groupOf(farmLand);
  s[29] = l?.areaHa;
  s[30] = l?.productValue;
};
var readKeyed = (r, s, groups, at) => {
  let inner;
  for (let i = FIRST_FIELD_SLOT; i < SLOT_PATHS.length; i += 1) {
    const g = SLOT_GROUP[i];
    if (g >= 0 && GROUP_START[g] === i) {
      at.slot = i;
      at.group = true;
      groups[g] = r[GROUP_NAMES[g]];
      inner = groupOf(groups[g]);
    }
    at.slot = i;
    at.group = false;
    s[i] = g < 0 ? r[SLOT_KEYS[i]] : inner?.[SLOT_KEYS[i]];
  }
};
var KINDS = new Set(model.ORGANISATION_KINDS);
var SECTOR_SET2 = new Set(model.SECTORS);
var RECORD_GRADES = /* @__PURE__ */ new Set([...model.GRADES, "not-rated"]);
var twoDigits = (s, i) => {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};
var isDate = (value) => {
  if (typeof value !== "string") return false;
  if (value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45 && twoDigits(value, 0) >= 0 && twoDigits(value, 2) >= 0) {
    const month = twoDigits(value, 5);
    const day = twoDigits(value, 8);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 28) return true;
  }
  return model.isCivilDate(value);
};
var valueOk = (check, value) => check === "number" ? isFiniteNumber(value) : check === "boolean" ? typeof value === "boolean" : isDate(value);
var EXPECTED = {
  number: { vi: "C\u1EA7n m\u1ED9t s\u1ED1 h\u1EEFu h\u1EA1n (ho\u1EB7c b\u1ECF tr\u1ED1ng)", en: "Expected a finite number (or the field absent)" },
  boolean: { vi: "C\u1EA7n true/false (ho\u1EB7c b\u1ECF tr\u1ED1ng)", en: "Expected true or false (or the field absent)" },
  date: { vi: "C\u1EA7n ng\xE0y YYYY-MM-DD (ho\u1EB7c b\u1ECF tr\u1ED1ng)", en: "Expected a YYYY-MM-DD date (or the field absent)" }
};
var push = (sink, keys, code, vi, en, value) => {
  sink.issues.push(makeIssue([...sink.prefix, sink.index, ...keys], code, vi, en, { received: value }));
};
var invalidValue = (sink, check, value, key, subKey) => {
  push(sink, subKey === void 0 ? [key] : [key, subKey], "invalid_value", EXPECTED[check].vi, EXPECTED[check].en, value);
};
var notAGroup = (sink, group, value) => {
  push(sink, [group], "invalid_type", "C\u1EA7n m\u1ED9t \u0111\u1ED1i t\u01B0\u1EE3ng (ho\u1EB7c b\u1ECF tr\u1ED1ng)", "Expected an object (or the field absent)", value);
};
var checkSlots = (sink, scratch, from, to) => {
  const { slots, groups } = scratch;
  for (let i = from; i < to; i += 1) {
    const g = SLOT_GROUP[i];
    if (g >= 0 && GROUP_START[g] === i) {
      const group = groups[g];
      if (group !== void 0 && !isObjectLike(group)) notAGroup(sink, GROUP_NAMES[g], group);
    }
    const v = slots[i];
    if (v === void 0) continue;
    const check = SLOT_CHECKS[i];
    if (!valueOk(check, v)) invalidValue(sink, check, v, g < 0 ? SLOT_KEYS[i] : GROUP_NAMES[g], g < 0 ? void 0 : SLOT_KEYS[i]);
  }
};
var NUMBER_SLOTS = [];
var BOOLEAN_SLOTS = [];
var DATE_SLOTS = [];
for (let i = FIRST_FIELD_SLOT; i < SLOT_PATHS.length; i += 1) {
  (SLOT_CHECKS[i] === "number" ? NUMBER_SLOTS : SLOT_CHECKS[i] === "boolean" ? BOOLEAN_SLOTS : DATE_SLOTS).push(i);
}
var slotsPass = (scratch) => {
  const { slots, groups } = scratch;
  for (let g = 0; g < groups.length; g += 1) {
    const group = groups[g];
    if (group !== void 0 && !isObjectLike(group)) return false;
  }
  for (let k = 0; k < NUMBER_SLOTS.length; k += 1) {
    const v = slots[NUMBER_SLOTS[k]];
    if (v !== void 0 && (typeof v !== "number" || v - v !== 0)) return false;
  }
  for (let k = 0; k < BOOLEAN_SLOTS.length; k += 1) {
    const v = slots[BOOLEAN_SLOTS[k]];
    if (v !== void 0 && v !== true && v !== false) return false;
  }
  for (let k = 0; k < DATE_SLOTS.length; k += 1) {
    const v = slots[DATE_SLOTS[k]];
    if (v !== void 0 && !isDate(v)) return false;
  }
  return true;
};
var readAndCheckFields = (r, sink, scratch) => {
  try {
    readNamed(r, scratch.slots, scratch.groups);
    if (!slotsPass(scratch)) checkSlots(sink, scratch, FIRST_FIELD_SLOT, SLOT_PATHS.length);
    return true;
  } catch {
  }
  const at = scratch.at;
  at.slot = FIRST_FIELD_SLOT;
  at.group = false;
  scratch.slots.fill(void 0, FIRST_FIELD_SLOT);
  scratch.groups.fill(void 0);
  try {
    readKeyed(r, scratch.slots, scratch.groups, at);
    checkSlots(sink, scratch, FIRST_FIELD_SLOT, SLOT_PATHS.length);
    return true;
  } catch (error) {
    const g = SLOT_GROUP[at.slot];
    checkSlots(sink, scratch, FIRST_FIELD_SLOT, at.slot);
    const keys = g < 0 ? [SLOT_KEYS[at.slot]] : at.group ? [GROUP_NAMES[g]] : [GROUP_NAMES[g], SLOT_KEYS[at.slot]];
    sink.issues.push(unreadableIssue([...sink.prefix, sink.index, ...keys], error));
    return false;
  }
};
var checkRecord = (record, sink, scratch) => {
  let k1;
  let k2;
  try {
    if (!isObjectLike(record)) {
      push(sink, [], "invalid_type", "C\u1EA7n m\u1ED9t b\u1EA3n ghi (\u0111\u1ED1i t\u01B0\u1EE3ng)", "Expected a record object", record);
      return;
    }
    const r = record;
    const slots = scratch.slots;
    k1 = "organisationId";
    const id = r.organisationId;
    if (!isText(id)) push(sink, [k1], id === void 0 ? "missing" : "invalid_type", "C\u1EA7n m\u1ED9t chu\u1ED7i kh\xF4ng r\u1ED7ng", "Expected a non-empty string", id);
    k1 = "areaCode";
    const areaCode = slots[2] = r.areaCode;
    if (!isText(areaCode)) push(sink, [k1], areaCode === void 0 ? "missing" : "invalid_type", "C\u1EA7n m\u1ED9t chu\u1ED7i kh\xF4ng r\u1ED7ng", "Expected a non-empty string", areaCode);
    k1 = "year";
    const year = r.year;
    scratch.year = year;
    if (!isYear(year)) push(sink, [k1], year === void 0 ? "missing" : "invalid_year", "C\u1EA7n m\u1ED9t n\u0103m (s\u1ED1 nguy\xEAn 1900\u20132199)", "Expected a year (an integer 1900\u20132199)", year);
    k1 = "kind";
    const kind = slots[0] = r.kind;
    if (!KINDS.has(kind)) push(sink, [k1], kind === void 0 ? "missing" : "invalid_enum", "Lo\u1EA1i t\u1ED5 ch\u1EE9c kh\xF4ng h\u1EE3p l\u1EC7", "Unknown organisation kind", kind);
    k1 = "sector";
    const sector = slots[1] = r.sector;
    if (!SECTOR_SET2.has(sector)) push(sink, [k1], sector === void 0 ? "missing" : "invalid_enum", "L\u0129nh v\u1EF1c kh\xF4ng h\u1EE3p l\u1EC7", "Unknown sector", sector);
    k1 = "grade";
    const grade2 = r.grade;
    if (grade2 !== void 0 && !RECORD_GRADES.has(grade2)) push(sink, [k1], "invalid_enum", "X\u1EBFp lo\u1EA1i kh\xF4ng h\u1EE3p l\u1EC7", "Unknown grade", grade2);
    k1 = "name";
    const name = r.name;
    if (name !== void 0 && typeof name !== "string") push(sink, [k1], "invalid_type", "C\u1EA7n m\u1ED9t chu\u1ED7i", "Expected a string", name);
    k1 = void 0;
    if (!readAndCheckFields(r, sink, scratch)) return;
    k1 = "sheet";
    const sheet = r.sheet;
    if (sheet === void 0) return;
    if (!isObjectLike(sheet)) {
      push(sink, ["sheet"], "invalid_type", "Phi\u1EBFu ch\u1EA5m \u0111i\u1EC3m ph\u1EA3i l\xE0 \u0111\u1ED1i t\u01B0\u1EE3ng", "A scoring sheet must be an object", sheet);
      return;
    }
    k2 = "rulebook";
    const rulebook = sheet.rulebook;
    if (!isText(rulebook)) push(sink, ["sheet", "rulebook"], "invalid_type", "C\u1EA7n m\xE3 b\u1ED9 ti\xEAu ch\xED", "Expected a rulebook id", rulebook);
    k2 = "points";
    const points = sheet.points;
    if (!isObjectLike(points)) push(sink, ["sheet", "points"], "invalid_type", "\u0110i\u1EC3m ph\u1EA3i l\xE0 \u0111\u1ED1i t\u01B0\u1EE3ng", "Points must be an object", points);
  } catch (error) {
    const where = [...sink.prefix, sink.index];
    if (k1 !== void 0) where.push(k1);
    if (k2 !== void 0) where.push(k2);
    sink.issues.push(unreadableIssue(where, error));
  }
};
var checkRecords = (records, prefix, visit) => {
  const issues = [];
  let length = 0;
  try {
    length = records.length;
  } catch (error) {
    fail("INVALID_RECORD", "records", [unreadableIssue([...prefix, "length"], error)]);
  }
  const sink = { issues, prefix, index: 0 };
  const scratch = {
    year: 0,
    slots: new Array(SLOT_PATHS.length).fill(void 0),
    groups: new Array(GROUP_NAMES.length).fill(void 0),
    at: { slot: 0, group: false }
  };
  for (let i = 0; i < length && issues.length < MAX_ISSUES; i += 1) {
    let record;
    try {
      record = records[i];
    } catch (error) {
      issues.push(unreadableIssue([...prefix, i], error));
      continue;
    }
    sink.index = i;
    checkRecord(record, sink, scratch);
    if (visit === void 0 || issues.length > 0) continue;
    const problems = visit(record, scratch.slots, scratch.year);
    if (problems !== void 0) for (const problem of problems) issues.push(problem.issue([...prefix, i, ...problem.keys]));
  }
  const first = issues[0];
  if (first !== void 0) {
    const rest = first.path.slice(prefix.length);
    fail("INVALID_RECORD", "records", issues, { index: rest[0], field: rest.slice(1).join("."), path: first.path });
  }
  return records;
};

// src/internal/grade-labels.ts
var GRADE_LABEL = {
  good: { vi: "T\u1ED1t", en: "Good" },
  fair: { vi: "Kh\xE1", en: "Fair" },
  average: { vi: "Trung b\xECnh", en: "Average" },
  weak: { vi: "Y\u1EBFu", en: "Weak" }
};
var NOT_RATED_LABEL = { vi: "Ch\u01B0a x\u1EBFp lo\u1EA1i", en: "Not rated" };
var INCOMPLETE_LABEL = {
  vi: "Ch\u01B0a \u0111\u1EE7 d\u1EEF li\u1EC7u \u0111\u1EC3 x\u1EBFp lo\u1EA1i",
  en: "Incomplete: not enough data to grade"
};
var GRADE_RANK = { weak: 0, average: 1, fair: 2, good: 3 };

// src/internal/grade-read.ts
var fieldPath = (path) => {
  const dot = path.indexOf(".");
  return dot < 0 ? { path, head: path, tail: void 0 } : { path, head: path.slice(0, dot), tail: path.slice(dot + 1) };
};
var readField = (record, field) => {
  const top = record[field.head];
  if (field.tail === void 0) return top;
  return top === void 0 || top === null ? void 0 : top[field.tail];
};
var compileCondition = (condition) => {
  const c = condition;
  return {
    field: fieldPath(c.field),
    eq: c.eq,
    hasEq: "eq" in c,
    gt: c.gt,
    gte: c.gte,
    lt: c.lt,
    lte: c.lte
  };
};
var evaluateCondition = (condition, record) => {
  const value = readField(record, condition.field);
  if (value === void 0 || value === null) return void 0;
  if (condition.hasEq) return value === condition.eq;
  if (typeof value !== "number" || Number.isNaN(value)) return void 0;
  if (condition.gt !== void 0 && !(value > condition.gt)) return false;
  if (condition.gte !== void 0 && !(value >= condition.gte)) return false;
  if (condition.lt !== void 0 && !(value < condition.lt)) return false;
  if (condition.lte !== void 0 && !(value <= condition.lte)) return false;
  return true;
};

// src/internal/grade-validity.ts
var yearEnd = (year) => `${String(year).padStart(4, "0")}-12-31`;
var inForceOn = (rulebook, date) => rulebook.effectiveFrom <= date && (rulebook.effectiveTo === void 0 || date <= rulebook.effectiveTo);
var inForceForYear = (rulebook, year) => inForceOn(rulebook, yearEnd(year));

// src/internal/sheet-read.ts
var pointValue = (value) => typeof value === "number" ? value : NaN;
var keyedSheetReader = (ids2) => {
  const n = ids2.length;
  return (points, out) => {
    for (let i = 0; i < n; i++) out[i] = pointValue(points[ids2[i]]);
  };
};

// src/internal/points.ts
var POINT_SCALE = 100;
var toHundredths = (value) => {
  if (typeof value !== "number") return Number.NaN;
  const scaled = Math.round(value * POINT_SCALE);
  return scaled / POINT_SCALE === value ? scaled : Number.NaN;
};
var fromHundredths = (hundredths) => hundredths / POINT_SCALE;

// src/internal/tier-eval.ts
var fraction = (x) => {
  if (Number.isSafeInteger(x)) return [BigInt(x), 1n];
  const [mantissa = "0", exponent = "0"] = String(x).split("e");
  const [whole = "0", decimals = ""] = mantissa.split(".");
  const exp = Number(exponent) - decimals.length;
  const digits = BigInt(whole + decimals);
  return exp >= 0 ? [digits * 10n ** BigInt(exp), 1n] : [digits, 10n ** BigInt(-exp)];
};
var compileTiers = (tiers) => {
  const measure = tiers.measure;
  const bands = tiers.bands.map((band) => {
    const lower = band.gte !== void 0 ? { value: band.gte, exact: fraction(band.gte), inclusive: true } : band.gt !== void 0 ? { value: band.gt, exact: fraction(band.gt), inclusive: false } : void 0;
    return { lower, points: toHundredths(band.points) };
  });
  const cases = (tiers.cases ?? []).map((c) => ({ when: compileCondition(c.when), points: toHundredths(c.points) }));
  return {
    cases,
    field: measure.field === void 0 ? void 0 : fieldPath(measure.field),
    numerator: measure.numerator === void 0 ? void 0 : fieldPath(measure.numerator),
    denominator: measure.denominator === void 0 ? void 0 : fieldPath(measure.denominator),
    percent: measure.unit === "percent",
    bands: bands.reverse()
  };
};
var finite = (value) => typeof value === "number" && Number.isFinite(value) ? value : void 0;
var evaluateTiers = (tiers, record) => {
  for (const c of tiers.cases) {
    const holds = evaluateCondition(c.when, record);
    if (holds === void 0) return -1;
    if (holds) return c.points;
  }
  let cmp;
  if (tiers.field !== void 0) {
    const value = finite(readField(record, tiers.field));
    if (value === void 0) return -1;
    cmp = (edge) => value < edge.value ? -1 : value > edge.value ? 1 : 0;
  } else if (tiers.numerator !== void 0 && tiers.denominator !== void 0) {
    const n = finite(readField(record, tiers.numerator));
    const d = finite(readField(record, tiers.denominator));
    if (n === void 0 || d === void 0 || !(d > 0)) return -1;
    const [nn, nd] = fraction(n);
    const [dn, dd] = fraction(d);
    const top = nn * dd * (tiers.percent ? 100n : 1n);
    const bottom = nd * dn;
    cmp = (edge) => {
      const left = top * edge.exact[1];
      const right = edge.exact[0] * bottom;
      return left < right ? -1 : left > right ? 1 : 0;
    };
  } else return -1;
  for (const band of tiers.bands) {
    const lower = band.lower;
    if (lower === void 0) return band.points;
    const c = cmp(lower);
    if (c > 0 || c === 0 && lower.inclusive) return band.points;
  }
  return -1;
};

// src/internal/grade-compile.ts
var cache = /* @__PURE__ */ new WeakMap();
var scaledMax = (max, where) => {
  if (max === void 0 || max === null) return -1;
  const scaled = toHundredths(max);
  if (!(scaled >= 0)) throw new model.CoopError("INVALID_RULEBOOK", `Invalid maximum at ${where}`, { where, max });
  return scaled;
};
var lowerEdge = (band) => {
  if (band.gte !== void 0) return toHundredths(band.gte);
  if (band.gt !== void 0) return toHundredths(band.gt) + 1;
  return Number.MIN_SAFE_INTEGER;
};
var build = (rulebook) => {
  const leafIds = [];
  const leafMax = [];
  const leafGroup = [];
  const leafParent = [];
  const leafTiers = [];
  const parents = [];
  rulebook.groups.forEach((group, g) => {
    for (const criterion2 of group.criteria) {
      const children = criterion2.criteria ?? [];
      if (children.length === 0) {
        leafIds.push(criterion2.id);
        leafMax.push(scaledMax(criterion2.max, criterion2.id));
        leafGroup.push(g);
        leafParent.push(-1);
        leafTiers.push(criterion2.tiers === void 0 ? void 0 : compileTiers(criterion2.tiers));
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
      parents.push({ id: criterion2.id, max: scaledMax(criterion2.max, criterion2.id), first, last: leafIds.length - 1, group: g });
    }
  });
  const UNKNOWN3 = 2 ** 30;
  const fastMax = leafMax.map((m) => m < 0 ? UNKNOWN3 : m);
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
    throw new model.CoopError("INVALID_RULEBOOK", "Invalid rulebook", { id: String(rulebook.id) });
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
var compileRulebook = (rulebook) => {
  if (typeof rulebook !== "object" || rulebook === null) {
    throw new model.CoopError("INVALID_RULEBOOK", "Not a rulebook", { received: rulebook === null ? "null" : typeof rulebook });
  }
  let compiled = cache.get(rulebook);
  if (compiled === void 0) {
    try {
      compiled = build(rulebook);
    } catch (error) {
      if (error instanceof model.CoopError) throw error;
      throw new model.CoopError("INVALID_RULEBOOK", "Invalid rulebook", {
        cause: error instanceof Error ? error.message : String(error)
      });
    }
    cache.set(rulebook, compiled);
  }
  return compiled;
};
var notInForceWarning = (rulebook, year) => {
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
var yearInfo = (compiled, year) => {
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
var uncheckedWarning = (rule, kind) => {
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
var baseWarnings = (compiled, info, mask) => {
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

// src/internal/grade-result.ts
var EMPTY = Object.freeze([]);
var NO_MARGINS = Object.freeze({});
var CTX = /* @__PURE__ */ Symbol("context");
var RECORD = /* @__PURE__ */ Symbol("record");
var plain = (result, extra) => Object.assign(Object.fromEntries(Object.entries(result)), extra);
var derive = (result, name) => {
  const h = result;
  return h[CTX].engine[name](h[CTX], h[RECORD], result.year);
};
var Derived = class {
  /** The rulebook and whether it was in force for the year. */
  get rulebook() {
    return derive(this, "rulebook");
  }
  /** Every override that fired. */
  get overrides() {
    return derive(this, "overrides");
  }
  /** Every warning. */
  get warnings() {
    return derive(this, "warnings");
  }
  /** The per-criterion breakdown (missing criteria have `source: 'missing'`). */
  get criteria() {
    return derive(this, "criteria");
  }
  /** The per-group breakdown (a group with a missing criterion has no points). */
  get groups() {
    return derive(this, "groups");
  }
  /** A plain object with every field, the derived ones included. */
  toJSON() {
    const extra = {
      rulebook: this.rulebook,
      overrides: this.overrides,
      margins: this.margins,
      warnings: this.warnings,
      label: this.label,
      criteria: this.criteria,
      groups: this.groups
    };
    if ("totalHundredths" in this) extra["total"] = this.total;
    return plain(this, extra);
  }
};
var RatedResult = class extends Derived {
  constructor(organisationId, year, grade2, pointsGrade, totalHundredths, ctx, record) {
    super();
    const t = this;
    t.status = "rated";
    t.organisationId = organisationId;
    t.year = year;
    t.grade = grade2;
    t.pointsGrade = pointsGrade;
    t.totalHundredths = totalHundredths;
    t[CTX] = ctx;
    t[RECORD] = record;
  }
  /** The total (display number; exact: `totalHundredths`). */
  get total() {
    return this.totalHundredths / 100;
  }
  /** The grade's label. */
  get label() {
    return GRADE_LABEL[this.grade];
  }
  /** Distance to the grade bands up and down (empty when an override fired). */
  get margins() {
    const x = this[CTX];
    return x.engine.margins(x.c, this.totalHundredths, this.overrides.length > 0);
  }
};
var IncompleteResult = class extends Derived {
  constructor(organisationId, year, missing, grade2, ctx, record) {
    super();
    const t = this;
    t.status = "incomplete";
    t.organisationId = organisationId;
    t.year = year;
    if (grade2 !== void 0) t.grade = grade2;
    t.missing = missing;
    t[CTX] = ctx;
    t[RECORD] = record;
  }
  /** "Incomplete", or the grade an override decided. */
  get label() {
    return this.grade === void 0 ? INCOMPLETE_LABEL : GRADE_LABEL[this.grade];
  }
  /** Always empty: no total, no margins. */
  get margins() {
    return NO_MARGINS;
  }
};
var NotRatedResult = class {
  constructor(organisationId, year, rulebook, warnings, reason) {
    const t = this;
    t.status = "not-rated";
    t.organisationId = organisationId;
    t.year = year;
    t.rulebook = rulebook;
    t.overrides = EMPTY;
    t.warnings = warnings;
    t.reason = reason;
    t.label = NOT_RATED_LABEL;
    t.margins = NO_MARGINS;
    t.criteria = EMPTY;
    t.groups = EMPTY;
  }
};

// src/internal/grade-core.ts
var SRC_COMPUTED = 1;
var SRC_MISSING = 2;
var EMPTY2 = Object.freeze([]);
var NO_MARGINS2 = Object.freeze({});
var show = (hundredths) => String(fromHundredths(hundredths));
var checkedPoints = (raw, id, ctx) => {
  const scaled = toHundredths(raw);
  if (!(scaled >= 0)) {
    throw new model.CoopError(
      "INVALID_POINTS",
      `Invalid points for "${id}": ${String(raw)}`,
      { criterion: id, received: raw, organisationId: ctx.record.organisationId, year: ctx.year }
    );
  }
  return scaled;
};
var capped = (ctx, id, value, max, kind) => {
  if (max < 0 || value <= max) return value;
  if (!ctx.clamp) {
    throw new model.CoopError(
      "POINTS_ABOVE_MAXIMUM",
      `"${id}": ${show(value)} points above the maximum ${show(max)} (${ctx.record.organisationId})`,
      {
        criterion: id,
        kind,
        points: fromHundredths(value),
        max: fromHundredths(max),
        organisationId: ctx.record.organisationId,
        year: ctx.year
      }
    );
  }
  (ctx.warnings ??= []).push({
    code: kind === "group" ? "GROUP_ABOVE_CAP" : "POINTS_CLAMPED",
    criterion: id,
    message: {
      vi: `${id}: ${show(value)} \u0111i\u1EC3m, v\u01B0\u1EE3t m\u1EE9c t\u1ED1i \u0111a ${show(max)}; t\xEDnh ${show(max)}.`,
      en: `${id}: ${show(value)} points, above the maximum ${show(max)}; counted as ${show(max)}.`
    },
    details: { points: fromHundredths(value), max: fromHundredths(max) }
  });
  return max;
};
var warn = (ctx, warning) => {
  (ctx.warnings ??= []).push(warning);
};
var unknownKeys = (ctx, points) => {
  for (const key of Object.keys(points)) {
    if (ctx.c.scored.has(key)) continue;
    warn(ctx, {
      code: "UNKNOWN_CRITERION",
      criterion: key,
      message: {
        vi: `B\u1ECF qua "${key}": kh\xF4ng ph\u1EA3i ti\xEAu ch\xED \u0111\u01B0\u1EE3c ch\u1EA5m.`,
        en: `Ignored "${key}": not a scored criterion.`
      }
    });
  }
};
var sumLeaves = (ctx, c, vals, groupOut) => {
  const keep = (id, sum, max, kind) => ctx === void 0 ? max >= 0 && sum > max ? max : sum : capped(ctx, id, sum, max, kind);
  const keepParent = (p2, sum) => keep(c.parents[p2].id, sum, c.parents[p2].max, "criterion");
  const keepGroup = (g2, sum) => {
    const kept = keep(c.groupIds[g2], sum, c.groupCap[g2], "group");
    if (groupOut !== void 0) groupOut[g2] = kept;
    return kept;
  };
  const n = vals.length;
  let total = 0;
  let g = n > 0 ? c.leafGroup[0] : 0;
  let gsum = 0;
  let p = -1;
  let psum = 0;
  for (let i = 0; i < n; i++) {
    const leafParent = c.leafParent[i];
    const leafGroup = c.leafGroup[i];
    if (leafParent !== p) {
      if (p >= 0) gsum += keepParent(p, psum);
      p = leafParent;
      psum = 0;
    }
    if (leafGroup !== g) {
      total += keepGroup(g, gsum);
      g = leafGroup;
      gsum = 0;
    }
    const add = vals[i] >> 2;
    if (leafParent >= 0) psum += add;
    else gsum += add;
  }
  if (p >= 0) gsum += keepParent(p, psum);
  if (n > 0) total += keepGroup(g, gsum);
  return total;
};
var hundredthsField = (value) => ({
  points: fromHundredths(value),
  pointsHundredths: value
});
var maxOf = (scaled) => scaled < 0 ? null : fromHundredths(scaled);
var buildCriteria = (c, vals) => {
  const out = [];
  const sources = ["sheet", "computed", "missing"];
  const leaf = (i2, parent) => {
    const v = vals[i2];
    const src = sources[v & 3];
    const base = {
      id: c.leafIds[i2],
      level: parent === void 0 ? "criterion" : "sub-criterion",
      group: c.groupIds[c.leafGroup[i2]],
      ...parent === void 0 ? {} : { parent },
      max: maxOf(c.leafMax[i2]),
      source: src
    };
    return src === "missing" ? base : { ...base, ...hundredthsField(v >> 2) };
  };
  let i = 0;
  while (i < vals.length) {
    const p = c.leafParent[i];
    if (p < 0) {
      out.push(leaf(i, void 0));
      i++;
      continue;
    }
    const parent = c.parents[p];
    let sum = 0;
    let anyMissing = false;
    for (let j = parent.first; j <= parent.last; j++) {
      const v = vals[j];
      if ((v & 3) === SRC_MISSING) anyMissing = true;
      else sum += v >> 2;
    }
    const value = parent.max >= 0 && sum > parent.max ? parent.max : sum;
    out.push({
      id: parent.id,
      level: "criterion",
      group: c.groupIds[parent.group],
      max: maxOf(parent.max),
      ...anyMissing ? { source: "missing" } : { source: "sum", ...hundredthsField(value) }
    });
    for (let j = parent.first; j <= parent.last; j++) out.push(leaf(j, parent.id));
    i = parent.last + 1;
  }
  return Object.freeze(out);
};
var buildGroups = (c, vals) => {
  const kept = [];
  sumLeaves(void 0, c, vals, kept);
  const missingIn = /* @__PURE__ */ new Set();
  vals.forEach((v, i) => {
    if ((v & 3) === SRC_MISSING) missingIn.add(c.leafGroup[i]);
  });
  return Object.freeze(
    c.rulebook.groups.map(({ id, cap }, g) => ({
      id,
      cap: cap ?? null,
      ...missingIn.has(g) || kept[g] === void 0 ? {} : hundredthsField(kept[g])
    }))
  );
};
var analyse = (c, record, year, clamp2) => {
  const ctx = { c, record, year, clamp: clamp2, warnings: void 0 };
  const sheet = record.sheet;
  const points = sheet === void 0 || sheet === null ? void 0 : sheet.points;
  const n = c.leafIds.length;
  const vals = [];
  let missing = 0;
  for (let i = 0; i < n; i++) {
    const id = c.leafIds[i];
    const raw = points === void 0 ? void 0 : points[id];
    const tiers = c.leafTiers[i];
    if (tiers !== void 0) {
      const computed = evaluateTiers(tiers, record);
      if (computed >= 0) {
        if (raw !== void 0) {
          const given = checkedPoints(raw, id, ctx);
          if (given !== computed) {
            warn(ctx, {
              code: "SHEET_DIFFERS_FROM_COMPUTED",
              criterion: id,
              message: {
                vi: `${id}: phi\u1EBFu ch\u1EA5m ${show(given)}, t\xEDnh t\u1EEB s\u1ED1 li\u1EC7u ${show(computed)}; d\xF9ng ${show(computed)}.`,
                en: `${id}: the sheet says ${show(given)}, the figures give ${show(computed)}; ${show(computed)} is used.`
              },
              details: { sheet: fromHundredths(given), computed: fromHundredths(computed) }
            });
          }
        }
        vals.push(computed * 4 + SRC_COMPUTED);
        continue;
      }
    }
    if (raw === void 0) {
      vals.push(SRC_MISSING);
      missing++;
      continue;
    }
    vals.push(capped(ctx, id, checkedPoints(raw, id, ctx), c.leafMax[i], "criterion") * 4);
  }
  if (points !== void 0) unknownKeys(ctx, points);
  const total = sumLeaves(ctx, c, vals);
  return { vals, missing, total, warnings: ctx.warnings };
};
var fastTotal = (c, values) => {
  const maxima = c.fastMax;
  const buckets = c.fastBucket;
  const n = maxima.length;
  let total = 0;
  let bucket = -1;
  let bsum = 0;
  for (let i = 0; i < n; i++) {
    const raw = values[i];
    const s = Math.round(raw * 100);
    if (s / 100 !== raw || s < 0 || s > maxima[i]) return -1;
    total += s;
    const b = buckets[i];
    if (b !== bucket) {
      if (bucket >= 0 && bsum > c.fastCap[bucket]) return -1;
      bucket = b;
      bsum = 0;
    }
    bsum += s;
  }
  return bucket >= 0 && bsum > c.fastCap[bucket] ? -1 : total;
};
var bandIndex = (c, total) => {
  const lows = c.bandLow;
  const last = lows.length - 1;
  let b = 0;
  while (b < last && total < lows[b]) b++;
  return b;
};
var maskOf = (c, record) => {
  let mask = 0;
  for (const rule of c.notRated) if (evaluateCondition(rule.when, record) === void 0) mask |= rule.bit;
  for (const rule of c.overrides) if (evaluateCondition(rule.when, record) === void 0) mask |= rule.bit;
  return mask;
};
var firedOverrides = (c, record) => {
  let fired;
  for (const rule of c.overrides) if (evaluateCondition(rule.when, record) === true) (fired ??= []).push(rule.fired);
  return fired === void 0 ? EMPTY2 : Object.freeze(fired);
};
var margin = (grade2, hundredths) => ({ grade: grade2, ...hundredthsField(hundredths) });
var ENGINE = {
  rulebook: (x, _record, year) => yearInfo(x.c, year).ref,
  overrides: (x, record) => firedOverrides(x.c, record),
  criteria: (x, record, year) => buildCriteria(x.c, analyse(x.c, record, year, x.clamp).vals),
  groups: (x, record, year) => buildGroups(x.c, analyse(x.c, record, year, x.clamp).vals),
  warnings: (x, record, year) => {
    const base = baseWarnings(x.c, yearInfo(x.c, year), maskOf(x.c, record));
    const extra = analyse(x.c, record, year, x.clamp).warnings;
    return extra === void 0 ? base : Object.freeze([...base, ...extra]);
  },
  margins: (c, total, overridden) => {
    if (overridden) return NO_MARGINS2;
    const lows = c.bandLow;
    const b = bandIndex(c, total);
    const out = {};
    if (b > 0) out.up = margin(c.bandGrade[b - 1], lows[b - 1] - total);
    if (b < lows.length - 1) out.down = margin(c.bandGrade[b + 1], total - lows[b]);
    return out;
  }
};
var graderFor = (c, clamp2, read = c.readSheet) => ({
  c,
  clamp: clamp2,
  engine: ENGINE,
  read,
  values: new Float64Array(c.leafIds.length)
});
var gradeCompiled = (g, record, year, pointsRead = false) => {
  const c = g.c;
  const sheet = typeof record === "object" && record !== null ? record.sheet : void 0;
  if (typeof record !== "object" || record === null || typeof record.organisationId !== "string" || typeof record.kind !== "string" || typeof record.sector !== "string" || !Number.isInteger(year) || sheet !== void 0 && (typeof sheet !== "object" || sheet === null || typeof sheet.points !== "object" || sheet.points === null)) {
    throw new model.CoopError(
      "INVALID_RECORD",
      "Invalid record: organisationId, kind, sector, year or sheet",
      { year }
    );
  }
  if (sheet !== void 0 && sheet.rulebook !== c.id) {
    throw new model.CoopError(
      "RULEBOOK_MISMATCH",
      `Sheet for "${String(sheet.rulebook)}", not "${c.id}" (${record.organisationId}, ${year})`,
      { expected: c.id, received: String(sheet.rulebook), organisationId: record.organisationId, year }
    );
  }
  const sector = record.sector;
  if (!c.kinds.has(record.kind) || c.sectors !== void 0 && !c.sectors.has(sector) || c.excluded.has(sector)) {
    const info = yearInfo(c, year);
    return new NotRatedResult(record.organisationId, year, info.ref, info.base, c.outOfScope);
  }
  let mask = 0;
  for (const rule of c.notRated) {
    const holds = evaluateCondition(rule.when, record);
    if (holds === true) {
      const info = yearInfo(c, year);
      return new NotRatedResult(
        record.organisationId,
        year,
        info.ref,
        baseWarnings(c, info, mask),
        rule.reason
      );
    }
    if (holds === void 0) mask |= rule.bit;
  }
  let forced;
  for (const { grade: grade2 } of firedOverrides(c, record)) if (forced === void 0 || GRADE_RANK[grade2] < GRADE_RANK[forced]) forced = grade2;
  const points = sheet === void 0 ? void 0 : sheet.points;
  let total = -1;
  if (c.fast && points !== void 0) {
    if (!pointsRead) g.read(points, g.values);
    total = fastTotal(c, g.values);
  }
  if (total < 0) {
    const a = analyse(c, record, year, g.clamp);
    total = a.total;
    if (a.missing > 0) {
      const ids2 = [];
      for (let i = 0; i < a.vals.length; i++) if ((a.vals[i] & 3) === SRC_MISSING) ids2.push(c.leafIds[i]);
      return new IncompleteResult(record.organisationId, year, Object.freeze(ids2), forced, g, record);
    }
  }
  const pointsGrade = c.bandGrade[bandIndex(c, total)];
  return new RatedResult(record.organisationId, year, forced ?? pointsGrade, pointsGrade, total, g, record);
};
var quickGrade = (g, record) => {
  const c = g.c;
  const sector = record.sector;
  if (!c.fast || !c.kinds.has(record.kind) || c.sectors !== void 0 && !c.sectors.has(sector) || c.excluded.has(sector)) return void 0;
  for (const rule of c.notRated) if (evaluateCondition(rule.when, record) === true) return void 0;
  for (const rule of c.overrides) if (evaluateCondition(rule.when, record) === true) return void 0;
  const total = fastTotal(c, g.values);
  return total < 0 ? void 0 : c.bandGrade[bandIndex(c, total)];
};
var typedErrors = (step) => {
  try {
    return step();
  } catch (error) {
    if (error instanceof model.CoopError) throw error;
    throw new model.CoopError("INVALID_INPUT", `Cannot grade this input: ${String(error)}`, {
      cause: error instanceof Error ? error.name : typeof error
    });
  }
};

// src/internal/sheet-readers.generated.ts
var PREPARED_SHEET_READERS = [
  {
    rulebook: "circular-01-2020",
    ids: ["1a", "1b", "2a", "2b", "3a", "3b", "3c", "4a", "4b", "4c", "5", "6", "7a", "7b", "7c", "8", "9", "10", "11", "12", "13", "14", "15"],
    read: (p, x) => {
      x[0] = pointValue(p["1a"]);
      x[1] = pointValue(p["1b"]);
      x[2] = pointValue(p["2a"]);
      x[3] = pointValue(p["2b"]);
      x[4] = pointValue(p["3a"]);
      x[5] = pointValue(p["3b"]);
      x[6] = pointValue(p["3c"]);
      x[7] = pointValue(p["4a"]);
      x[8] = pointValue(p["4b"]);
      x[9] = pointValue(p["4c"]);
      x[10] = pointValue(p[5]);
      x[11] = pointValue(p[6]);
      x[12] = pointValue(p["7a"]);
      x[13] = pointValue(p["7b"]);
      x[14] = pointValue(p["7c"]);
      x[15] = pointValue(p[8]);
      x[16] = pointValue(p[9]);
      x[17] = pointValue(p[10]);
      x[18] = pointValue(p[11]);
      x[19] = pointValue(p[12]);
      x[20] = pointValue(p[13]);
      x[21] = pointValue(p[14]);
      x[22] = pointValue(p[15]);
    }
  }
];

// src/internal/prepared-reader.ts
var chosen = /* @__PURE__ */ new WeakMap();
var sameIds = (a, b) => a.length === b.length && a.every((id, i) => id === b[i]);
var bulkSheetReader = (c) => {
  let read = chosen.get(c);
  if (read === void 0) {
    read = PREPARED_SHEET_READERS.find((prepared) => sameIds(prepared.ids, c.leafIds))?.read ?? c.readSheet;
    chosen.set(c, read);
  }
  return read;
};

// src/internal/indicator-grades.ts
var NONE = Object.freeze({ grade: void 0, from: "none", rulebook: void 0, note: void 0 });
var codeOf = (grade2) => {
  const code = GRADE_CODE_NAMES.indexOf(grade2);
  return code < 0 ? 0 : code;
};
var SOURCES = ["sheet", "data", "none"];
var NOTES = [void 0, "unknown-rulebook", "incomplete", "not-in-force", "grading-failed"];
var interner = () => {
  const made = /* @__PURE__ */ new Map();
  return (grade2, from, rulebook, note) => {
    if (grade2 === void 0 && from === "none" && rulebook === void 0 && note === void 0) return NONE;
    let slots = made.get(rulebook);
    if (slots === void 0) {
      slots = [];
      made.set(rulebook, slots);
    }
    const slot = (codeOf(grade2) * SOURCES.length + SOURCES.indexOf(from)) * NOTES.length + NOTES.indexOf(note);
    return slots[slot] ??= Object.freeze({ grade: grade2, from, rulebook, note });
  };
};
var gradersOf = (rulebooks) => {
  const byId = /* @__PURE__ */ new Map();
  for (const rulebook of rulebooks) byId.set(rulebook.id, rulebook);
  const compiled = /* @__PURE__ */ new Map();
  return (id) => {
    const known = compiled.get(id);
    if (known !== void 0) return known;
    const rulebook = byId.get(id);
    if (rulebook === void 0) return void 0;
    let g;
    try {
      const c = compileRulebook(rulebook);
      g = graderFor(c, false, bulkSheetReader(c));
    } catch {
      g = null;
    }
    compiled.set(id, g);
    return g;
  };
};
var fromData = (record, make, note, rulebook) => record.grade !== void 0 ? make(record.grade, "data", rulebook, note) : make(void 0, "none", rulebook, note);
var invalidPoint = (id, value) => ({
  keys: ["sheet", "points", id],
  issue: (path) => makeIssue(path, "invalid_value", "\u0110i\u1EC3m ph\u1EA3i l\xE0 s\u1ED1 h\u1EEFu h\u1EA1n", "Points must be finite numbers", { received: value })
});
var unreadablePoint = (id, error) => ({ keys: ["sheet", "points", id], issue: (path) => unreadableIssue(path, error) });
var pointProblems = (g, points) => {
  try {
    g.read(points, g.values);
    let finite2 = true;
    for (let i = 0; i < g.values.length; i += 1) {
      const v = g.values[i];
      if (v - v !== 0) finite2 = false;
    }
    if (finite2) return void 0;
  } catch {
    g.values.fill(Number.NaN);
  }
  let problems;
  for (const id of g.c.leafIds) {
    try {
      const v = points[id];
      if (v !== void 0 && !isFiniteNumber(v)) (problems ??= []).push(invalidPoint(id, v));
    } catch (error) {
      (problems ??= []).push(unreadablePoint(id, error));
    }
  }
  return problems;
};
var inForceNote = (g, year) => yearInfo(g.c, year).ref.inForce ? void 0 : "not-in-force";
var gradeInfo = (record, graders, make) => {
  const sheet = record.sheet;
  if (sheet === void 0) return fromData(record, make, void 0, void 0);
  const id = sheet.rulebook;
  const g = graders(id);
  if (g === void 0) return fromData(record, make, "unknown-rulebook", id);
  if (g === null) return fromData(record, make, "grading-failed", id);
  const problems = pointProblems(g, sheet.points);
  if (problems !== void 0) return problems;
  const quick = quickGrade(g, record);
  if (quick !== void 0) return make(quick, "sheet", id, inForceNote(g, record.year));
  let result;
  try {
    result = gradeCompiled(g, record, record.year, true);
  } catch {
    return fromData(record, make, "grading-failed", id);
  }
  if (result.status === "incomplete" && result.grade === void 0) return fromData(record, make, "incomplete", id);
  return make(result.status === "not-rated" ? "not-rated" : result.grade, "sheet", id, inForceNote(g, record.year));
};
var rowGrader = (rulebooks) => {
  const graders = gradersOf(rulebooks);
  const make = interner();
  return (record) => gradeInfo(record, graders, make);
};
var GradeFactsBuilder = class {
  infos;
  codes;
  length = 0;
  last;
  lastCode = 0;
  /** @param capacity - the number of rows that will be added (more only cost a regrowth) */
  constructor(capacity) {
    this.infos = new Array(capacity).fill(NONE);
    this.codes = new Uint8Array(capacity);
  }
  add(info) {
    const row = this.length;
    if (row === this.codes.length) {
      const grown2 = new Uint8Array(Math.max(16, row * 2));
      grown2.set(this.codes);
      this.codes = grown2;
    }
    if (info !== this.last) {
      this.last = info;
      this.lastCode = codeOf(info.grade);
    }
    this.infos[row] = info;
    this.codes[row] = this.lastCode;
    this.length = row + 1;
  }
  done() {
    const n = this.length;
    if (this.infos.length !== n) this.infos = this.infos.slice(0, n);
    return { infos: this.infos, codes: n === this.codes.length ? this.codes : this.codes.slice(0, n) };
  }
};
var gradeFrame = (frame, rulebooks, invalid) => {
  const grade2 = rowGrader(rulebooks);
  const rows = frame.rows;
  const builder = new GradeFactsBuilder(rows.length);
  let valid = true;
  for (let i = 0; i < rows.length; i += 1) {
    const info = grade2(rows[i]);
    if (isProblems(info)) {
      valid = false;
      invalid(i, info);
    } else builder.add(info);
  }
  if (!valid) return void 0;
  const facts = builder.done();
  frame.grades.set(rulebooks, facts);
  return facts;
};
var isProblems = (info) => Array.isArray(info);
var gradeFacts = (frame, rulebooks) => {
  const issues = [];
  const facts = frame.grades.get(rulebooks) ?? gradeFrame(frame, rulebooks, (_row, problems) => issues.push(...problems.map((p) => p.issue(p.keys))));
  return facts ?? fail("INVALID_RECORD", "records", issues.slice(0, MAX_ISSUES));
};

// src/internal/indicator-frame.ts
var Coder = class {
  values = [];
  index = /* @__PURE__ */ new Map();
  codes;
  length = 0;
  /** @param capacity - the number of rows that will be pushed */
  constructor(capacity) {
    this.codes = new Uint8Array(capacity);
  }
  push(value) {
    const values = this.values;
    const scan = values.length < 16 ? values.length : 16;
    let code;
    for (let c = 0; c < scan; c += 1) {
      if (values[c] === value) {
        code = c;
        break;
      }
    }
    if (code === void 0 && scan === 16) code = this.index.get(value);
    if (code === void 0) {
      code = this.values.length;
      this.values.push(value);
      this.index.set(value, code);
      if (code === 256 || code === 65536) this.codes = this.widened(this.codes.length);
    }
    if (this.length === this.codes.length) this.codes = this.widened(Math.max(16, this.codes.length * 2));
    this.codes[this.length] = code;
    this.length += 1;
  }
  /** The codes so far in an array of `capacity` rows, wide enough for every code given so far. */
  widened(capacity) {
    const n = this.values.length;
    const grown2 = n > 65536 ? new Uint32Array(capacity) : n > 256 ? new Uint16Array(capacity) : new Uint8Array(capacity);
    grown2.set(this.codes.subarray(0, this.length));
    return grown2;
  }
  /** The code of every row, in order, in an array of exactly that length. */
  rowCodes() {
    return this.length === this.codes.length ? this.codes : this.codes.slice(0, this.length);
  }
};
var GROUP_FIELDS = /* @__PURE__ */ new Map();
for (const path of Object.keys(model.RECORD_FIELDS)) {
  const dot = path.indexOf(".");
  if (dot < 0) continue;
  const group = path.slice(0, dot);
  const fields = GROUP_FIELDS.get(group) ?? [];
  fields.push(path.slice(dot + 1));
  GROUP_FIELDS.set(group, fields);
}
var FieldReads = class {
  top = [];
  groups = [];
  keys = [];
  constructor(paths, known) {
    const wanted = /* @__PURE__ */ new Set();
    for (const path of paths) {
      if (known.has(path)) continue;
      wanted.add(path);
      const dot = path.indexOf(".");
      if (dot < 0) continue;
      const group = path.slice(0, dot);
      for (const key of GROUP_FIELDS.get(group) ?? []) if (!known.has(`${group}.${key}`)) wanted.add(`${group}.${key}`);
    }
    for (const path of wanted) {
      const dot = path.indexOf(".");
      if (dot < 0) {
        this.top.push(path);
        continue;
      }
      const group = path.slice(0, dot);
      let g = this.groups.indexOf(group);
      if (g < 0) {
        g = this.groups.length;
        this.groups.push(group);
        this.keys.push([]);
      }
      this.keys[g].push(path.slice(dot + 1));
    }
  }
  get empty() {
    return this.top.length === 0 && this.groups.length === 0;
  }
  /** The paths in the order `read` fills the columns. */
  paths() {
    return [...this.top, ...this.groups.flatMap((group, g) => this.keys[g].map((key) => `${group}.${key}`))];
  }
  /** The guard's slot of each field, in column order (see {@link ingestRecords}: every path has one there). */
  slots() {
    return this.paths().map(slotOf);
  }
  /** Empty columns for `capacity` rows, one per field, in the order `read` fills them. */
  columns(capacity) {
    return this.paths().map((path) => columnFor(path, capacity));
  }
  /** Appends one record's values to the columns. */
  read(record, columns) {
    let c = 0;
    for (let t = 0; t < this.top.length; t += 1) columns[c++].push(record[this.top[t]]);
    for (let g = 0; g < this.groups.length; g += 1) {
      const inner = record[this.groups[g]];
      const keys = this.keys[g];
      for (let k = 0; k < keys.length; k += 1) columns[c++].push(inner === void 0 ? void 0 : inner[keys[k]]);
    }
  }
  /** Finishes the columns filled by `read` and names them in the field map. */
  store(columns, into) {
    this.paths().forEach((path, c) => into.set(path, columns[c].done()));
  }
};
var newBuilder = (reads, capacity, graded) => ({
  rows: new Array(capacity),
  size: 0,
  kinds: new Coder(capacity),
  sectors: new Coder(capacity),
  areas: new Coder(capacity),
  columns: reads.columns(capacity),
  grades: graded ? new GradeFactsBuilder(capacity) : void 0
});
var finish = (b, reads, rulebooks) => {
  const fields = /* @__PURE__ */ new Map();
  reads.store(b.columns, fields);
  const grades = /* @__PURE__ */ new WeakMap();
  if (b.grades !== void 0 && rulebooks !== void 0) grades.set(rulebooks, b.grades.done());
  return {
    rows: b.size === b.rows.length ? b.rows : b.rows.slice(0, b.size),
    kinds: b.kinds.values,
    kindOf: b.kinds.rowCodes(),
    sectors: b.sectors.values,
    sectorOf: b.sectors.rowCodes(),
    areas: b.areas.values,
    areaOf: b.areas.rowCodes(),
    grades,
    fields,
    truths: /* @__PURE__ */ new Map(),
    populations: /* @__PURE__ */ new WeakMap()
  };
};
var countYears = (records) => {
  const sizes = /* @__PURE__ */ new Map();
  try {
    for (let i = 0; i < records.length; i += 1) {
      const year = records[i]?.year;
      if (typeof year === "number") sizes.set(year, (sizes.get(year) ?? 0) + 1);
    }
  } catch {
  }
  return sizes;
};
var ingestRecords = (cache2, raw, prefix, fields, rulebooks) => {
  const paths = [...fields];
  const known = cache2.frames.get(raw);
  if (known !== void 0) {
    const records2 = raw;
    for (const frame of known.values()) readColumns(frame, paths);
    if (rulebooks !== void 0) gradeFrames(known, records2, prefix, rulebooks);
    return records2;
  }
  const reads = new FieldReads(paths.filter((path) => slotOf(path) >= 0), /* @__PURE__ */ new Map());
  const slots = reads.slots();
  const grade2 = rulebooks === void 0 ? void 0 : rowGrader(rulebooks);
  const sizes = countYears(raw);
  const builders = /* @__PURE__ */ new Map();
  for (const [year, size] of sizes) builders.set(year, newBuilder(reads, size, grade2 !== void 0));
  const byYear = new Array(MAX_YEAR - MIN_YEAR + 1).fill(void 0);
  for (const [year, b] of builders) if (year >= MIN_YEAR && year <= MAX_YEAR && Number.isInteger(year)) byYear[year - MIN_YEAR] = b;
  const records = checkRecords(raw, prefix, (record, values, year) => {
    let b = byYear[year - MIN_YEAR];
    if (b === void 0) {
      b = newBuilder(reads, 16, grade2 !== void 0);
      builders.set(year, b);
      byYear[year - MIN_YEAR] = b;
    }
    if (grade2 !== void 0) {
      const info = grade2(record);
      if (isProblems(info)) return info;
      b.grades.add(info);
    }
    b.rows[b.size] = record;
    b.size += 1;
    b.kinds.push(values[0]);
    b.sectors.push(values[1]);
    b.areas.push(values[2]);
    for (let c = 0; c < slots.length; c += 1) b.columns[c].push(values[slots[c]]);
    return void 0;
  });
  const frames = /* @__PURE__ */ new Map();
  for (const [year, b] of builders) if (b.size > 0) frames.set(year, finish(b, reads, rulebooks));
  for (const frame of frames.values()) readColumns(frame, paths);
  cache2.frames.set(records, frames);
  return records;
};
var checkRecordsOnce = (cache2, raw, prefix, rulebooks) => {
  if (cache2.frames.has(raw)) return ingestRecords(cache2, raw, prefix, [], rulebooks);
  return checkedOnce(cache2, raw, `records/${identityOf(rulebooks)}`, () => {
    const grade2 = rowGrader(rulebooks);
    return checkRecords(raw, prefix, (record) => {
      const info = grade2(record);
      return isProblems(info) ? info : void 0;
    });
  });
};
var gradeFrames = (frames, records, prefix, rulebooks) => {
  const invalid = [];
  for (const frame of frames.values()) {
    if (frame.grades.has(rulebooks)) continue;
    gradeFrame(frame, rulebooks, (row, problems) => invalid.push({ index: records.indexOf(frame.rows[row]), problems }));
  }
  if (invalid.length === 0) return;
  invalid.sort((a, b) => a.index - b.index);
  const issues = invalid.flatMap(({ index, problems }) => problems.map((p) => p.issue([...prefix, index, ...p.keys]))).slice(0, MAX_ISSUES);
  const first = issues[0];
  const rest = first.path.slice(prefix.length);
  fail("INVALID_RECORD", "records", issues, { index: rest[0], field: rest.slice(1).join("."), path: first.path });
};
var framesOf = (cache2, records, fields = []) => {
  ingestRecords(cache2, records, [], fields, void 0);
  return cache2.frames.get(records);
};
var NO_FIELDS = new FieldReads([], /* @__PURE__ */ new Map());
var frameOf = (cache2, records, year) => framesOf(cache2, records).get(year) ?? finish(newBuilder(NO_FIELDS, 0, false), NO_FIELDS, void 0);
var recordsByYear = (cache2, records) => {
  const out = /* @__PURE__ */ new Map();
  for (const [year, frame] of framesOf(cache2, records)) out.set(year, frame.rows);
  return out;
};
var readColumns = (frame, paths) => {
  let missing = false;
  for (const path of paths) if (!frame.fields.has(path)) missing = true;
  if (!missing) return;
  const reads = new FieldReads(paths, frame.fields);
  if (reads.empty) return;
  const rows = frame.rows;
  const columns = reads.columns(rows.length);
  for (let i = 0; i < rows.length; i += 1) reads.read(rows[i], columns);
  reads.store(columns, frame.fields);
};
var fieldColumn = (frame, path) => {
  readColumns(frame, [path]);
  return frame.fields.get(path);
};
var ids = /* @__PURE__ */ new WeakMap();
var nextId = 1;
var identityOf = (value) => {
  let id = ids.get(value);
  if (id === void 0) {
    id = nextId;
    nextId += 1;
    ids.set(value, id);
  }
  return id;
};
var truthsOnce = (frame, key, decide) => {
  let truths = frame.truths.get(key);
  if (truths === void 0) {
    truths = decide();
    frame.truths.set(key, truths);
  }
  return truths;
};

// src/internal/indicator-compute.ts
var scratches = /* @__PURE__ */ new WeakMap();
var scratchRows = (frame) => {
  let scratch = scratches.get(frame);
  if (scratch === void 0) {
    scratch = new Int32Array(frame.rows.length);
    scratches.set(frame, scratch);
  }
  return scratch;
};
var conditionKeys = /* @__PURE__ */ new WeakMap();
var conditionKey = (condition) => {
  let key = conditionKeys.get(condition);
  if (key === void 0) {
    key = JSON.stringify(condition);
    conditionKeys.set(condition, key);
  }
  return key;
};
var NO_LOOKUP = Object.freeze({});
var DEFAULT_EFFECTIVE = ["good", "fair"];
var readExternal = (indicator, name, options) => {
  const entry = options.context?.get(name);
  const fail2 = () => {
    throw new model.CoopError(
      "MISSING_EXTERNAL_INPUT",
      `Indicator "${indicator.id}" needs the external input "${name}"${entry === void 0 ? "" : ` for ${options.year}`}; pass it in \`context\``,
      { input: name, indicator: indicator.id, year: options.year, area: options.area }
    );
  };
  if (entry === void 0) return fail2();
  if (entry instanceof Map) {
    const value = entry.get(options.year);
    return value === void 0 ? fail2() : value;
  }
  return entry;
};
var intersect = (a, b) => a === void 0 ? b : b === void 0 ? a : a.filter((x) => b.includes(x));
var populationOf = (indicator, frame, options, where) => {
  const kinds = intersect(indicator.population.kinds, options.scope?.kinds);
  const sectors = indicator.population.sectors;
  const scopeSectors = options.scope?.sectors;
  const agriculture = indicator.population.sectorGroup === "agriculture";
  const area = options.area;
  const unit = options.unit;
  const lookup = options.lookup;
  let byKey = frame.populations.get(lookup ?? NO_LOOKUP);
  if (byKey === void 0) {
    byKey = /* @__PURE__ */ new Map();
    frame.populations.set(lookup ?? NO_LOOKUP, byKey);
  }
  const key = unit === void 0 ? JSON.stringify([kinds, sectors, scopeSectors, agriculture, area ?? null, where?.key ?? null]) : void 0;
  const known = key === void 0 ? void 0 : byKey.get(key);
  if (known !== void 0) return known;
  const kindIn = frame.kinds.map((kind) => kinds === void 0 || kinds.includes(kind));
  const sectorIn = frame.sectors.map(
    (sector) => (sectors === void 0 || sectors.includes(sector)) && (scopeSectors === void 0 || scopeSectors.includes(sector)) && (!agriculture || model.isAgricultural(sector))
  );
  const areaIn = area === void 0 ? void 0 : frame.areas.map((code) => areaCovers(lookup, area, code));
  const { kindOf, sectorOf, areaOf } = frame;
  const truths = where?.truths;
  let undecided = 0;
  const candidates = unit?.rows;
  const n = candidates === void 0 ? frame.rows.length : candidates.length;
  const rows = scratchRows(frame);
  let size = 0;
  for (let k = 0; k < n; k += 1) {
    const i = candidates === void 0 ? k : candidates[k];
    if (!kindIn[kindOf[i]] || !sectorIn[sectorOf[i]]) continue;
    if (areaIn !== void 0 && !areaIn[areaOf[i]]) continue;
    if (truths !== void 0) {
      const t = truths[i];
      if (t !== TRUE) {
        if (t !== FALSE) undecided += 1;
        continue;
      }
    }
    rows[size] = i;
    size += 1;
  }
  const population = { rows: rows.slice(0, size), undecided };
  if (key !== void 0) byKey.set(key, population);
  return population;
};
var reasonFor = (side, value) => {
  const names = side === "numerator" ? { vi: "t\u1EED s\u1ED1", en: "numerator" } : { vi: "m\u1EABu s\u1ED1", en: "denominator" };
  if (value.reason === "any-missing") {
    return {
      code: "skipped-by-policy",
      side,
      message: {
        vi: `B\u1ECF qua ${names.vi}: c\xF3 ${value.missing} b\u1EA3n ghi thi\u1EBFu s\u1ED1 li\u1EC7u (quy t\u1EAFc b\u1ECF qua n\u1EBFu thi\u1EBFu b\u1EA5t k\u1EF3)`,
        en: `The ${names.en} was skipped: ${value.missing} records lack the data (skip-if-any-missing)`
      }
    };
  }
  return {
    code: "all-missing",
    side,
    message: {
      vi: `Kh\xF4ng c\xF3 s\u1ED1 li\u1EC7u cho ${names.vi} (t\u1EA5t c\u1EA3 b\u1EA3n ghi \u0111\u1EC1u thi\u1EBFu)`,
      en: `No data for the ${names.en} (every record lacks it)`
    }
  };
};
var EMPTY3 = {
  code: "empty-population",
  message: { vi: "Kh\xF4ng c\xF3 t\u1ED5 ch\u1EE9c n\xE0o trong ph\u1EA1m vi ch\u1EC9 ti\xEAu", en: "No organisation is in the indicator\u2019s population" }
};
var conditionsOf = (indicator) => {
  const out = [];
  if (indicator.population.where !== void 0) out.push(indicator.population.where);
  for (const side of [indicator.numerator, indicator.denominator]) {
    if (side !== void 0 && side.op !== "external" && side.where !== void 0) out.push(side.where);
  }
  return out;
};
var gradingRulebooks = (options) => options.rulebooks ?? BUILT_IN_RULEBOOKS;
var indicatorFields = (indicator, into) => {
  for (const condition of conditionsOf(indicator)) conditionFields(condition, into);
  for (const side of [indicator.numerator, indicator.denominator]) {
    if (side !== void 0 && side.op !== "external" && side.op !== "count") into.add(side.field);
  }
};
var computeChecked = (indicator, records, options) => {
  const cache2 = options.cache;
  if (options.unit !== void 0) return computeUncached(indicator, records, options, cache2);
  let byIndicator = cache2.results.get(records);
  if (byIndicator === void 0) {
    byIndicator = /* @__PURE__ */ new WeakMap();
    cache2.results.set(records, byIndicator);
  }
  let byKey = byIndicator.get(indicator);
  if (byKey === void 0) {
    byKey = /* @__PURE__ */ new Map();
    byIndicator.set(indicator, byKey);
  }
  const key = JSON.stringify([options.year, options.area ?? null, options.scope ?? null, options.effectiveGrades ?? null]);
  const inputs = [options.context, options.lookup, options.rulebooks];
  const known = byKey.get(key);
  if (known !== void 0 && known.inputs.every((v, i) => v === inputs[i])) return known.result;
  const result = computeUncached(indicator, records, options, cache2);
  byKey.set(key, { inputs, result });
  return result;
};
var computeUncached = (indicator, records, options, cache2) => {
  const rulebooks = gradingRulebooks(options);
  const effective = options.effectiveGrades ?? DEFAULT_EFFECTIVE;
  const warnings = [];
  const externalNumerator = indicator.numerator.op === "external" ? readExternal(indicator, indicator.numerator.input, options) : void 0;
  const externalDenominator = indicator.denominator?.op === "external" ? readExternal(indicator, indicator.denominator.input, options) : void 0;
  const frame = frameOf(cache2, records, options.year);
  const fields = /* @__PURE__ */ new Set();
  indicatorFields(indicator, fields);
  readColumns(frame, fields);
  const column = (path) => fieldColumn(frame, path);
  const input = {
    rows: frame.rows.length,
    column,
    effective,
    gradeCodes: () => gradeFacts(frame, rulebooks).codes
  };
  const decide = (condition) => {
    if (condition === void 0) return void 0;
    const grades = conditionUsesGrades(condition) ? `/${identityOf(rulebooks)}/${effective.join(",")}` : "";
    const key = `${conditionKey(condition)}${grades}`;
    return { key, truths: truthsOnce(frame, key, () => decideTruths(condition, input)) };
  };
  const { rows: population, undecided } = populationOf(indicator, frame, options, decide(indicator.population.where));
  if (undecided > 0) {
    warnings.push({
      code: "POPULATION_UNDECIDED",
      message: {
        vi: `${undecided} b\u1EA3n ghi b\u1ECB lo\u1EA1i v\xEC kh\xF4ng \u0111\u1EE7 s\u1ED1 li\u1EC7u \u0111\u1EC3 x\xE1c \u0111\u1ECBnh c\xF3 thu\u1ED9c ph\u1EA1m vi hay kh\xF4ng`,
        en: `${undecided} records were left out: their data cannot decide whether they belong to the population`
      },
      details: { count: undecided }
    });
  }
  if (options.area !== void 0 && options.lookup === void 0) {
    warnings.push({
      code: "NO_AREA_LIST",
      message: {
        vi: `Kh\xF4ng c\xF3 danh m\u1EE5c \u0111\u1ECBa b\xE0n: ch\u1EC9 t\xEDnh c\xE1c b\u1EA3n ghi c\xF3 m\xE3 \u0111\u1ECBa b\xE0n \u0111\xFAng b\u1EB1ng ${options.area}`,
        en: `No area list given: only records coded exactly ${options.area} are counted`
      },
      details: { area: options.area }
    });
  }
  const side = (aggregate, external) => {
    if (aggregate.op === "external") {
      return { op: "external", status: "ok", value: external, records: 0, missing: 0, input: aggregate.input };
    }
    return computeSide(aggregate, column, population, decide(aggregate.where)?.truths);
  };
  const numerator = side(indicator.numerator, externalNumerator);
  const denominator = indicator.denominator === void 0 ? void 0 : side(indicator.denominator, externalDenominator);
  const conditions = conditionsOf(indicator);
  const usesGrades = conditions.some((c) => conditionUsesGrades(c));
  let gradesFrom;
  const rulebookIds = /* @__PURE__ */ new Set();
  if (usesGrades) {
    let sheet = 0;
    let data = 0;
    let none = 0;
    const notes = { "unknown-rulebook": 0, incomplete: 0, "not-in-force": 0, "grading-failed": 0 };
    const infos = gradeFacts(frame, rulebooks).infos;
    for (let i = 0; i < population.length; i += 1) {
      const info = infos[population[i]];
      if (info.from === "sheet") {
        sheet += 1;
        if (info.rulebook !== void 0) rulebookIds.add(info.rulebook);
      } else if (info.from === "data") data += 1;
      else none += 1;
      if (info.note !== void 0) notes[info.note] += 1;
    }
    gradesFrom = { sheet, data, none };
    if (notes["not-in-force"] > 0) {
      warnings.push({
        code: "RULEBOOK_NOT_IN_FORCE",
        message: {
          vi: `${notes["not-in-force"]} phi\u1EBFu ch\u1EA5m \u0111i\u1EC3m \u0111\u01B0\u1EE3c x\u1EBFp lo\u1EA1i theo b\u1ED9 ti\xEAu ch\xED kh\xF4ng c\xF2n hi\u1EC7u l\u1EF1c trong n\u0103m ${options.year}`,
          en: `${notes["not-in-force"]} sheets were graded with a rulebook not in force in ${options.year}`
        },
        details: { count: notes["not-in-force"] }
      });
    }
    for (const code of ["unknown-rulebook", "incomplete", "grading-failed"]) {
      if (notes[code] > 0) {
        warnings.push({
          code: code === "unknown-rulebook" ? "UNKNOWN_RULEBOOK" : code === "incomplete" ? "INCOMPLETE_SHEET" : "GRADING_FAILED",
          message: {
            vi: `${notes[code]} phi\u1EBFu ch\u1EA5m \u0111i\u1EC3m kh\xF4ng x\u1EBFp lo\u1EA1i \u0111\u01B0\u1EE3c (${code}); d\xF9ng x\u1EBFp lo\u1EA1i trong d\u1EEF li\u1EC7u n\u1EBFu c\xF3`,
            en: `${notes[code]} scoring sheets could not be graded (${code}); the grade in the data was used where present`
          },
          details: { count: notes[code] }
        });
      }
    }
  }
  let status = "ok";
  let reason;
  let value;
  if (population.length === 0 && (indicator.numerator.op !== "external" || denominator !== void 0 && denominator.op !== "external")) {
    status = "no-value";
    reason = EMPTY3;
  } else if (numerator.status !== "ok" || numerator.value === void 0) {
    status = "no-value";
    reason = reasonFor("numerator", numerator);
  } else if (denominator !== void 0 && (denominator.status !== "ok" || denominator.value === void 0)) {
    status = "no-value";
    reason = reasonFor("denominator", denominator);
  } else if (denominator?.value !== void 0 && denominator.value.num === 0n) {
    status = "no-value";
    reason = {
      code: "zero-denominator",
      side: "denominator",
      message: { vi: "M\u1EABu s\u1ED1 b\u1EB1ng 0", en: "The denominator is zero" }
    };
  } else {
    const ratio = denominator?.value === void 0 ? numerator.value : model.divideRational(numerator.value, denominator.value);
    value = model.multiplyRational(ratio, model.rational(indicator.factor));
  }
  const base = {
    indicatorId: indicator.id,
    year: options.year,
    area: options.area,
    unit: indicator.unit,
    factor: indicator.factor,
    status,
    value,
    display: value === void 0 ? void 0 : model.rationalToNumber(value),
    numerator,
    denominator,
    populationSize: population.length,
    missing: { numerator: numerator.missing, denominator: denominator?.missing ?? 0 },
    gradesFrom,
    rulebooks: [...rulebookIds].sort(),
    effectiveGrades: conditions.some((c) => conditionUsesEffective(c)) ? [...effective] : void 0,
    warnings
  };
  return reason === void 0 ? base : { ...base, reason };
};

// src/compute-indicator.ts
var createEvaluationCache = () => newCacheState();
var computeIndicator = (indicator, records, options) => {
  const run = guard("INVALID_OPTIONS", "options", () => [], () => {
    if (!isObjectLike(options)) {
      return fail("INVALID_OPTIONS", "options", [makeIssue([], "invalid_type", "C\u1EA7n { year, \u2026 }", "Expected { year, \u2026 }", { received: options })]);
    }
    const fields = readFields(options, ["year", "area", "areas", "context", "rulebooks", "effectiveGrades", "scope", "cache"], "INVALID_OPTIONS", "options");
    const issues = [];
    const cache2 = readCache(fields["cache"], ["cache"], issues);
    const year = fields["year"];
    if (!isYear(year)) issues.push(makeIssue(["year"], "invalid_year", "C\u1EA7n m\u1ED9t n\u0103m (1900\u20132199)", "Expected a year (1900\u20132199)", { received: year }));
    const shared = readShared(fields, cache2, issues, "INVALID_OPTIONS", { value: fields["areas"], path: ["areas"] });
    const scope = readScope(fields["scope"], ["scope"], issues);
    if (issues.length > 0) return fail("INVALID_OPTIONS", "options", issues);
    return { ...shared, cache: cache2, year, ...scope === void 0 ? {} : { scope } };
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
var isLevelComparator = (comparator) => comparator.kind !== "growth" && comparator.kind !== "yearly-growth" && comparator.kind !== "every-unit";
var resolveTolerance = (comparator, tolerance, targetId) => {
  if (comparator.kind !== "approximately") return void 0;
  if (comparator.tolerance !== void 0) return { value: comparator.tolerance, source: "target" };
  if (tolerance !== void 0) return { value: tolerance, source: "option" };
  throw new model.CoopError(
    "MISSING_TOLERANCE",
    `Target${targetId === void 0 ? "" : ` "${targetId}"`} says "about ${comparator.value}" without a tolerance; pass \`tolerance\``,
    { target: targetId, value: comparator.value }
  );
};
var constraintOf = (comparator, tolerance) => {
  switch (comparator.kind) {
    case ">":
      return { lower: { bound: model.rational(comparator.value), strict: true } };
    case ">=":
      return { lower: { bound: model.rational(comparator.value), strict: false } };
    case "<":
      return { upper: { bound: model.rational(comparator.value), strict: true } };
    case "<=":
      return { upper: { bound: model.rational(comparator.value), strict: false } };
    case "=": {
      const v = model.rational(comparator.value);
      return { lower: { bound: v, strict: false }, upper: { bound: v, strict: false } };
    }
    case "range":
      return { lower: { bound: model.rational(comparator.min), strict: false }, upper: { bound: model.rational(comparator.max), strict: false } };
    case "approximately": {
      const t = model.rational(resolveTolerance(comparator, tolerance).value);
      const v = model.rational(comparator.value);
      return { lower: { bound: model.subtractRational(v, t), strict: false }, upper: { bound: model.addRational(v, t), strict: false } };
    }
  }
};
var meetsLower = (c, value) => {
  if (c.lower === void 0) return true;
  const cmp = model.compareRational(value, c.lower.bound);
  return c.lower.strict ? cmp > 0 : cmp >= 0;
};
var meetsUpper = (c, value) => {
  if (c.upper === void 0) return true;
  const cmp = model.compareRational(value, c.upper.bound);
  return c.upper.strict ? cmp < 0 : cmp <= 0;
};
var meetsConstraint = (c, value) => meetsLower(c, value) && meetsUpper(c, value);
var aimOf = (c, value) => {
  if (value !== void 0 && !meetsUpper(c, value) && c.upper !== void 0) return c.upper.bound;
  if (c.lower !== void 0) return c.lower.bound;
  return c.upper.bound;
};
var formatDecimal = (value, lang, decimals = 1) => typeof value === "number" && !Number.isFinite(value) ? String(value) : model.formatNumber(value, lang, { maxDecimals: decimals });
var formatPercentValue = (value, lang, decimals = 1) => `${formatDecimal(value, lang, decimals)} %`;

// src/explain.ts
var PROGRESS_STATUS_LABELS = {
  achieved: { vi: "\u0111\xE3 \u0111\u1EA1t", en: "achieved" },
  "on-track": { vi: "\u0111\xFAng ti\u1EBFn \u0111\u1ED9", en: "on track" },
  "needs-acceleration": { vi: "c\u1EA7n \u0111\u1EA9y nhanh ti\u1EBFn \u0111\u1ED9", en: "needs acceleration" },
  "limited-progress": { vi: "ti\u1EBFn tri\u1EC3n h\u1EA1n ch\u1EBF", en: "limited progress" },
  deteriorating: { vi: "\u0111ang \u0111i xu\u1ED1ng", en: "deteriorating" },
  "not-achieved": { vi: "kh\xF4ng \u0111\u1EA1t (\u0111\xE3 qu\xE1 h\u1EA1n)", en: "not achieved (deadline passed)" },
  "insufficient-data": { vi: "ch\u01B0a \u0111\u1EE7 s\u1ED1 li\u1EC7u", en: "insufficient data" },
  "not-applicable": { vi: "kh\xF4ng \xE1p d\u1EE5ng", en: "not applicable" }
};
var formatIndicatorValue = (value, unit, lang) => {
  switch (unit) {
    case "percent":
      return formatPercentValue(value, lang, 1);
    case "vnd":
      return model.formatVnd(value, lang);
    case "vnd-per-ha":
      return `${model.formatVnd(value, lang)}/ha`;
    case "members":
      return `${formatDecimal(value, lang, 1)} ${lang === "vi" ? "th\xE0nh vi\xEAn" : "members"}`;
    case "households":
      return `${formatDecimal(value, lang, 1)} ${lang === "vi" ? "h\u1ED9" : "households"}`;
    case "persons":
      return `${formatDecimal(value, lang, 1)} ${lang === "vi" ? "ng\u01B0\u1EDDi" : "persons"}`;
    default:
      return formatDecimal(value, lang, 1);
  }
};
var comparatorPhrase = (comparator, unit, tolerance) => {
  const f = (value, lang) => formatIndicatorValue(value, unit, lang);
  const p = (value, lang) => formatPercentValue(value, lang, 2);
  switch (comparator.kind) {
    case ">":
      return { vi: `v\u01B0\u1EE3t ${f(comparator.value, "vi")}`, en: `exceed ${f(comparator.value, "en")}` };
    case ">=":
      return { vi: `\u0111\u1EA1t t\u1EEB ${f(comparator.value, "vi")} tr\u1EDF l\xEAn`, en: `reach at least ${f(comparator.value, "en")}` };
    case "<":
      return { vi: `xu\u1ED1ng d\u01B0\u1EDBi ${f(comparator.value, "vi")}`, en: `get below ${f(comparator.value, "en")}` };
    case "<=":
      return { vi: `kh\xF4ng qu\xE1 ${f(comparator.value, "vi")}`, en: `be at most ${f(comparator.value, "en")}` };
    case "=":
      return { vi: `b\u1EB1ng ${f(comparator.value, "vi")}`, en: `equal ${f(comparator.value, "en")}` };
    case "range":
      return {
        vi: `n\u1EB1m trong kho\u1EA3ng ${f(comparator.min, "vi")} \u2013 ${f(comparator.max, "vi")}`,
        en: `be within ${f(comparator.min, "en")} \u2013 ${f(comparator.max, "en")}`
      };
    case "approximately": {
      const t = comparator.tolerance ?? tolerance;
      return t === void 0 ? { vi: `\u0111\u1EA1t kho\u1EA3ng ${f(comparator.value, "vi")}`, en: `be about ${f(comparator.value, "en")}` } : {
        vi: `\u0111\u1EA1t kho\u1EA3ng ${f(comparator.value, "vi")} (\xB1 ${formatDecimal(t, "vi", 2)})`,
        en: `be about ${f(comparator.value, "en")} (\xB1 ${formatDecimal(t, "en", 2)})`
      };
    }
    case "growth":
      return { vi: `t\u0103ng \xEDt nh\u1EA5t ${p(comparator.minPercent, "vi")} so v\u1EDBi n\u0103m g\u1ED1c`, en: `grow by at least ${p(comparator.minPercent, "en")} over the baseline` };
    case "yearly-growth":
      return { vi: `t\u0103ng \xEDt nh\u1EA5t ${p(comparator.minPercent, "vi")}/n\u0103m`, en: `grow by at least ${p(comparator.minPercent, "en")} a year` };
    case "every-unit": {
      const inner = comparatorPhrase(comparator.comparator, unit);
      const level = LEVEL_WORDS[comparator.level];
      return { vi: `${inner.vi} \u1EDF m\u1ECDi ${level.vi}`, en: `${inner.en} in every ${level.en}` };
    }
  }
};
var LEVEL_WORDS = {
  country: { vi: "qu\u1ED1c gia", en: "country" },
  province: { vi: "t\u1EC9nh", en: "province" },
  district: { vi: "huy\u1EC7n", en: "district" },
  commune: { vi: "x\xE3", en: "commune" }
};
var joinExplanation = (parts) => {
  const present = parts.filter((p) => p !== void 0);
  return { vi: present.map((p) => p.vi).join("; "), en: present.map((p) => p.en).join("; ") };
};
var abs = (r) => r.num < 0n ? { num: -r.num, den: r.den } : r;
var targetGap = (comparator, quantities, options = {}) => {
  const checked = guard("INVALID_ARGUMENT", "arguments", () => [], () => checkGapArguments(comparator, quantities, options));
  const constraint = constraintOf(checked.comparator, checked.tolerance);
  const q = checked.numerator;
  const d = checked.denominator ?? model.rational(1);
  const f = model.rational(checked.factor ?? 1);
  if (d.num === 0n) {
    return { kind: "not-computable", reason: { vi: "M\u1EABu s\u1ED1 b\u1EB1ng 0", en: "The denominator is zero" } };
  }
  const valueOf = (numerator) => model.multiplyRational(model.divideRational(numerator, d), f);
  const toQuantity = (v) => model.divideRational(model.multiplyRational(v, d), f);
  const value = valueOf(q);
  if (meetsConstraint(constraint, value)) return { kind: "met" };
  const integral = checked.integral ?? true;
  const unit = checked.unit ?? "organisations";
  const basis = checked.basis ?? "numerator";
  const limit = checked.limit;
  const more = !meetsLower(constraint, value);
  const edge = more ? constraint.lower : constraint.upper;
  const boundary = edge.bound;
  const distance = abs(model.subtractRational(boundary, value));
  if (!integral) return { kind: "distance", change: more ? "more" : "fewer", boundary, distance };
  const room = more ? model.subtractRational(toQuantity(boundary), q) : model.subtractRational(q, toQuantity(boundary));
  const amount = edge.strict ? model.floorRational(room) + 1n : model.ceilRational(room);
  const moved = more ? model.addRational(q, model.rational(amount)) : model.subtractRational(q, model.rational(amount));
  const unreachable = (vi, en) => ({ kind: "unreachable", reason: { vi, en }, boundary, distance });
  if (!checked.signed && moved.num < 0n) return unreachable("Kh\xF4ng th\u1EC3 gi\u1EA3m xu\u1ED1ng d\u01B0\u1EDBi 0", "It cannot go below zero");
  if (limit !== void 0 && more && model.addRational(q, model.rational(amount)).num * limit.den > limit.num * model.addRational(q, model.rational(amount)).den) {
    return unreachable("C\u1EA7n nhi\u1EC1u h\u01A1n to\xE0n b\u1ED9 t\u1ED5ng th\u1EC3", "It would need more than the whole population");
  }
  const movedValue = valueOf(moved);
  if (!(more ? meetsUpper(constraint, movedValue) : meetsLower(constraint, movedValue))) {
    return unreachable("Kh\xF4ng c\xF3 s\u1ED1 nguy\xEAn n\xE0o n\u1EB1m trong kho\u1EA3ng m\u1EE5c ti\xEAu", "No whole number lands within the target band");
  }
  return { kind: "change", change: more ? "more" : "fewer", amount, unit, basis, boundary, distance };
};
var GAP_UNITS = /* @__PURE__ */ new Set(["organisations", "vnd", "members", "households", "persons", "hectares", "units"]);
var checkGapArguments = (comparator, quantities, options) => {
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
var statusOfRatio = (ratio, t) => {
  const geq = (x) => typeof ratio === "number" ? ratio >= x : model.compareRational(ratio, model.rational(x)) >= 0;
  if (geq(t.onTrack)) return "on-track";
  if (geq(t.acceleration)) return "needs-acceleration";
  if (geq(t.deterioration)) return "limited-progress";
  return "deteriorating";
};
var linearTrend = (input) => {
  const elapsed = model.rational(input.nowYear - input.baseYear, input.deadline - input.baseYear);
  const moved = model.subtractRational(input.now, input.base);
  const span = model.subtractRational(input.aim, input.base);
  const slope = model.rationalToNumber(moved) / (input.nowYear - input.baseYear);
  const projected = model.rationalToNumber(input.now) + slope * (input.deadline - input.nowYear);
  if (span.num === 0n) {
    return { progress: void 0, elapsed, ratio: void 0, direction: moved.num === 0n ? "none" : "away", projected };
  }
  const progress = model.divideRational(moved, span);
  return { progress, elapsed, ratio: model.divideRational(progress, elapsed), direction: void 0, projected };
};
var growthTrend = (input) => {
  if (input.base.num <= 0n || input.now.num <= 0n || input.aim.num <= 0n) return void 0;
  if (model.compareRational(input.aim, input.base) === 0) return void 0;
  const base = model.rationalToNumber(input.base);
  const now = model.rationalToNumber(input.now);
  const aim = model.rationalToNumber(input.aim);
  const observed = (now / base) ** (1 / (input.nowYear - input.baseYear)) - 1;
  const required = (aim / base) ** (1 / (input.deadline - input.baseYear)) - 1;
  if (required === 0 || !Number.isFinite(required)) return void 0;
  return { observed, required, ratio: observed / required, projected: now * (1 + observed) ** (input.deadline - input.nowYear) };
};

// src/internal/progress-assess.ts
var clamp = (value, bounds) => {
  if (bounds === void 0) return { value, clamped: false };
  if (value < bounds[0]) return { value: bounds[0], clamped: true };
  if (value > bounds[1]) return { value: bounds[1], clamped: true };
  return { value, clamped: false };
};
var fmtRatio = (r, lang) => formatDecimal(r, lang, 2);
var pct = (r, lang) => `${formatDecimal(r * 100, lang, 1)} %`;
var assessChecked = (points, constraint, options) => {
  const thresholds = options.thresholds;
  const year = options.year;
  const warnings = [];
  const byYear = /* @__PURE__ */ new Map();
  for (const point of points) {
    if (point.year > year) continue;
    if (byYear.has(point.year)) {
      warnings.push({
        code: "DUPLICATE_YEAR",
        message: { vi: `N\u0103m ${point.year} c\xF3 nhi\u1EC1u gi\xE1 tr\u1ECB; d\xF9ng gi\xE1 tr\u1ECB sau c\xF9ng`, en: `Year ${point.year} has several values; the last is used` },
        details: { year: point.year }
      });
    }
    byYear.set(point.year, point.value);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const deadlinePassed = year > options.deadline;
  const nowYear = years.at(-1);
  const now = nowYear === void 0 ? void 0 : byYear.get(nowYear);
  const aim = aimOf(constraint, now);
  const met = now === void 0 ? void 0 : meetsConstraint(constraint, now);
  let baseYear = years[0];
  if (options.baselineYear !== void 0) {
    baseYear = years.find((y) => y >= options.baselineYear);
    if (baseYear !== options.baselineYear) {
      warnings.push({
        code: "BASELINE_NOT_OBSERVED",
        message: {
          vi: `Kh\xF4ng c\xF3 s\u1ED1 li\u1EC7u n\u0103m g\u1ED1c ${options.baselineYear}${baseYear === void 0 ? "" : `; d\xF9ng n\u0103m ${baseYear}`}`,
          en: `No observation for the baseline year ${options.baselineYear}${baseYear === void 0 ? "" : `; ${baseYear} is used`}`
        },
        details: { baselineYear: options.baselineYear, used: baseYear }
      });
    }
  }
  const base = baseYear === void 0 ? void 0 : byYear.get(baseYear);
  const numbers = {
    baseYear,
    baseValue: base === void 0 ? void 0 : model.rationalToNumber(base),
    nowYear,
    nowValue: now === void 0 ? void 0 : model.rationalToNumber(now),
    targetValue: model.rationalToNumber(aim),
    deadline: options.deadline
  };
  let method;
  let fellBack = false;
  let trendStatus;
  let trendText;
  if (base !== void 0 && now !== void 0 && baseYear !== void 0 && nowYear !== void 0 && nowYear > baseYear && nowYear <= options.deadline) {
    if (met === false && meetsConstraint(constraint, base)) {
      trendStatus = "deteriorating";
      trendText = {
        vi: `\u0111\xE3 \u0111\u1EA1t n\u0103m ${baseYear}, kh\xF4ng c\xF2n \u0111\u1EA1t n\u0103m ${nowYear}`,
        en: `met in ${baseYear}, no longer met in ${nowYear}`
      };
    } else {
      const input = { baseYear, base, nowYear, now, aim, deadline: options.deadline };
      const wanted = options.method ?? "auto";
      const growth = wanted === "linear" ? void 0 : growthTrend(input);
      if (growth !== void 0) {
        method = "growth-ratio";
        numbers.observedGrowth = growth.observed;
        numbers.requiredGrowth = growth.required;
        numbers.ratio = growth.ratio;
        const projected = clamp(growth.projected, options.bounds);
        numbers.projected = projected.value;
        numbers.projectedClamped = projected.clamped;
        trendStatus = statusOfRatio(growth.ratio, thresholds);
        trendText = {
          vi: `t\u0103ng tr\u01B0\u1EDFng k\xE9p th\u1EF1c t\u1EBF ${pct(growth.observed, "vi")}/n\u0103m, c\u1EA7n ${pct(growth.required, "vi")}/n\u0103m (R = ${fmtRatio(growth.ratio, "vi")})`,
          en: `observed compound growth ${pct(growth.observed, "en")} a year, required ${pct(growth.required, "en")} (R = ${fmtRatio(growth.ratio, "en")})`
        };
      } else {
        if (wanted !== "linear") {
          fellBack = true;
          warnings.push({
            code: "GROWTH_FORM_FALLBACK",
            message: {
              vi: "Gi\xE1 tr\u1ECB b\u1EB1ng 0 (ho\u1EB7c kh\xF4ng d\u01B0\u01A1ng, ho\u1EB7c m\u1EE5c ti\xEAu b\u1EB1ng n\u0103m g\u1ED1c) l\xE0m ph\u01B0\u01A1ng ph\xE1p t\u0103ng tr\u01B0\u1EDFng kh\xF4ng d\xF9ng \u0111\u01B0\u1EE3c; d\xF9ng ph\u01B0\u01A1ng ph\xE1p tuy\u1EBFn t\xEDnh",
              en: "A zero (or non-positive value, or a target equal to the baseline) breaks the growth form; the linear method is used"
            }
          });
        }
        method = "linear";
        const linear = linearTrend(input);
        numbers.elapsed = linear.elapsed;
        if (linear.progress !== void 0) numbers.progress = linear.progress;
        const projected = clamp(linear.projected, options.bounds);
        numbers.projected = projected.value;
        numbers.projectedClamped = projected.clamped;
        if (linear.ratio !== void 0) {
          numbers.ratio = model.rationalToNumber(linear.ratio);
          trendStatus = statusOfRatio(linear.ratio, thresholds);
          trendText = {
            vi: `${fellBack ? "chuy\u1EC3n sang ph\u01B0\u01A1ng ph\xE1p tuy\u1EBFn t\xEDnh do c\xF3 gi\xE1 tr\u1ECB 0; " : ""}tuy\u1EBFn t\xEDnh: \u0111\xE3 \u0111i ${pct(model.rationalToNumber(linear.progress), "vi")} ch\u1EB7ng \u0111\u01B0\u1EDDng trong ${pct(model.rationalToNumber(linear.elapsed), "vi")} th\u1EDDi gian (R = ${fmtRatio(numbers.ratio, "vi")})`,
            en: `${fellBack ? "linear method used because a zero breaks the growth form; " : ""}linear: ${pct(model.rationalToNumber(linear.progress), "en")} of the way covered in ${pct(model.rationalToNumber(linear.elapsed), "en")} of the time (R = ${fmtRatio(numbers.ratio, "en")})`
          };
        } else {
          trendStatus = linear.direction === "none" ? "limited-progress" : "deteriorating";
          if (met !== true) trendText = { vi: "tuy\u1EBFn t\xEDnh: gi\xE1 tr\u1ECB ch\u01B0a ti\u1EBFn v\u1EC1 m\u1EE5c ti\xEAu", en: "linear: the value has not moved towards the target" };
        }
      }
    }
  }
  let status;
  if (met === true) status = "achieved";
  else if (deadlinePassed) status = "not-achieved";
  else if (trendStatus === void 0) status = "insufficient-data";
  else status = trendStatus;
  const head = PROGRESS_STATUS_LABELS[status];
  const why = status === "insufficient-data" ? { vi: "c\u1EA7n s\u1ED1 li\u1EC7u c\u1EE7a \xEDt nh\u1EA5t hai n\u0103m", en: "observations for at least two years are needed" } : trendText;
  const explanation = why === void 0 ? { vi: `Ti\u1EBFn \u0111\u1ED9: ${head.vi}`, en: `Progress: ${head.en}` } : { vi: `Ti\u1EBFn \u0111\u1ED9: ${head.vi} (${why.vi})`, en: `Progress: ${head.en} (${why.en})` };
  return { status, method, fellBack, met, deadlinePassed, numbers, thresholds, warnings, explanation };
};
var organisationNoun = (indicator) => {
  const kinds = indicator?.population.kinds;
  if (kinds !== void 0 && kinds.length === 1 && kinds[0] === "cooperative") return { vi: "HTX", en: "co-ops", enOne: "co-op" };
  if (kinds !== void 0 && kinds.length === 1 && kinds[0] === "cooperative-group") return { vi: "THT", en: "cooperative groups", enOne: "cooperative group" };
  if (kinds !== void 0 && kinds.length === 1 && kinds[0] === "union") return { vi: "LHHTX", en: "unions", enOne: "union" };
  return { vi: "t\u1ED5 ch\u1EE9c", en: "organisations", enOne: "organisation" };
};
var amountText = (amount, unit, lang, noun, qualifier = "") => {
  const q = qualifier === "" ? "" : `${qualifier} `;
  const counted = (vi, enOne, enMany) => lang === "vi" ? `${formatDecimal(amount, "vi", 0)} ${vi}` : `${formatDecimal(amount, "en", 0)} ${q}${amount === 1n ? enOne : enMany}`;
  switch (unit) {
    case "organisations":
      return counted(noun.vi, noun.enOne, noun.en);
    case "households":
      return counted("h\u1ED9", "household", "households");
    case "members":
      return counted("th\xE0nh vi\xEAn", "member", "members");
    case "persons":
      return counted("ng\u01B0\u1EDDi", "person", "persons");
    case "vnd":
      return lang === "vi" ? formatIndicatorValue(model.rational(amount), "vnd", "vi") : `${formatIndicatorValue(model.rational(amount), "vnd", "en")}${qualifier === "" ? "" : ` ${qualifier}`}`;
    default:
      return lang === "vi" ? formatDecimal(amount, "vi", 2) : `${formatDecimal(amount, "en", 2)}${qualifier === "" ? "" : ` ${qualifier}`}`;
  }
};
var gapClause = (gap, target, unit, indicator, tolerance, valueUnit) => {
  const phrase = comparatorPhrase(target.comparator, unit, tolerance);
  const noun = organisationNoun(indicator);
  const fmt2 = (r, lang) => valueUnit === "percent-growth" ? `${formatDecimal(r, lang, 2)} ${lang === "vi" ? "\u0111i\u1EC3m ph\u1EA7n tr\u0103m" : "percentage points"}` : formatIndicatorValue(r, valueUnit, lang);
  switch (gap.kind) {
    case "met":
      return { vi: `\u0111\u1EA1t y\xEAu c\u1EA7u ${phrase.vi}`, en: `meets the target (${phrase.en})` };
    case "change": {
      if (gap.basis === "population-total") {
        return {
          vi: `t\u1ED5ng c\u1EE7a c\u1EA3 t\u1ED5ng th\u1EC3 c\u1EA7n ${gap.change === "more" ? "t\u0103ng th\xEAm" : "gi\u1EA3m"} ${amountText(gap.amount, gap.unit, "vi", noun)} \u0111\u1EC3 ${phrase.vi}`,
          en: `the population's total must ${gap.change === "more" ? "grow" : "fall"} by ${amountText(gap.amount, gap.unit, "en", noun)} to ${phrase.en}`
        };
      }
      return gap.change === "more" ? { vi: `c\u1EA7n th\xEAm ${amountText(gap.amount, gap.unit, "vi", noun)} \u0111\u1EC3 ${phrase.vi}`, en: `${amountText(gap.amount, gap.unit, "en", noun, "more")} needed to ${phrase.en}` } : { vi: `c\u1EA7n gi\u1EA3m ${amountText(gap.amount, gap.unit, "vi", noun)} \u0111\u1EC3 ${phrase.vi}`, en: `${amountText(gap.amount, gap.unit, "en", noun, "fewer")} needed to ${phrase.en}` };
    }
    case "distance":
      return {
        vi: `c\xF2n c\xE1ch ${fmt2(gap.distance, "vi")} \u0111\u1EC3 ${phrase.vi}`,
        en: `${fmt2(gap.distance, "en")} short of the target (${phrase.en})`
      };
    case "unreachable":
      return { vi: `kh\xF4ng th\u1EC3 ${phrase.vi}: ${gap.reason.vi.toLowerCase()}`, en: `cannot ${phrase.en}: ${gap.reason.en.toLowerCase()}` };
    case "units":
      return {
        vi: `${gap.failing.length}/${gap.total} \u0111\u1ECBa b\xE0n ch\u01B0a \u0111\u1EA1t${gap.failing.length > 0 ? ` (${gap.failing.join(", ")})` : ""}`,
        en: `${gap.failing.length} of ${gap.total} units fail${gap.failing.length > 0 ? ` (${gap.failing.join(", ")})` : ""}`
      };
    case "years":
      return gap.failing.length === 0 ? void 0 : { vi: `c\xE1c n\u0103m ch\u01B0a \u0111\u1EA1t m\u1EE9c t\u0103ng: ${gap.failing.join(", ")}`, en: `years below the growth floor: ${gap.failing.join(", ")}` };
    case "not-computable":
      return gap.reason;
  }
};

// src/internal/target-evaluate.ts
var findIndicator = (target, options) => {
  if (options.indicator !== void 0) {
    if (options.indicator.id !== target.indicator) {
      throw new model.CoopError("INDICATOR_MISMATCH", `Target "${target.id}" uses indicator "${target.indicator}", not "${options.indicator.id}"`, {
        target: target.id,
        expected: target.indicator,
        received: options.indicator.id
      });
    }
    return options.indicator;
  }
  const list = options.indicators;
  if (list !== void 0) {
    const found = guard("INVALID_OPTIONS", "options", () => ["indicators"], () => {
      for (let i = 0; i < list.length; i += 1) {
        const item = list[i];
        if (isObjectLike(item) && ownField(item, "id") === target.indicator) {
          return checkIndicator(item, options.cache, "INVALID_OPTIONS", ["indicators", i]);
        }
      }
      return void 0;
    });
    if (found !== void 0) return found;
  }
  const builtIn = model.INDICATORS.find((i) => i.id === target.indicator);
  if (builtIn === void 0) {
    throw new model.CoopError("UNKNOWN_INDICATOR", `No indicator with id "${target.indicator}" (target "${target.id}")`, {
      target: target.id,
      indicator: target.indicator
    });
  }
  return builtIn;
};
var SIGNED_FIELDS = /* @__PURE__ */ new Set(["preTaxProfit", "afterTaxProfit"]);
var fieldUnit = (indicator, field) => {
  const type = field === void 0 ? void 0 : model.RECORD_FIELDS[field];
  if (type === "vnd") return { unit: "vnd", integral: true, ...field !== void 0 && SIGNED_FIELDS.has(field) ? { signed: true } : {} };
  if (type === "hectares") return { unit: "hectares", integral: false };
  if (type === "count") {
    const byField = field === "memberHouseholds" ? "households" : field === "officialMembers" || field === "associateMembers" ? "members" : field?.startsWith("managers.") ? "persons" : void 0;
    const unit = byField ?? (indicator.unit === "members" || indicator.unit === "households" || indicator.unit === "persons" ? indicator.unit : "units");
    return { unit, integral: true };
  }
  return { unit: "units", integral: false };
};
var gapQuantities = (indicator, result) => {
  const num = result.numerator;
  const den = result.denominator;
  if (num.value === void 0 || num.op === "external") return void 0;
  if (den !== void 0 && (den.value === void 0 || den.op === "mean")) return void 0;
  if (num.op === "count") {
    const limit = den !== void 0 && den.op === "count" && indicator.denominator?.op === "count" && indicator.denominator.where === void 0 ? den.value : void 0;
    return {
      numerator: num.value,
      factor: indicator.factor,
      ...den?.value === void 0 ? {} : { denominator: den.value },
      ...limit === void 0 ? {} : { limit },
      unit: "organisations",
      integral: true
    };
  }
  const measure = fieldUnit(indicator, num.field);
  if (num.op === "sum") {
    return { numerator: num.value, factor: indicator.factor, ...den?.value === void 0 ? {} : { denominator: den.value }, ...measure };
  }
  if (den !== void 0 || num.total === void 0 || num.records === 0) return void 0;
  return { numerator: num.total, denominator: num.records, factor: indicator.factor, ...measure, basis: "population-total" };
};
var NOT_COMPUTABLE = {
  kind: "not-computable",
  reason: { vi: "Kh\xF4ng c\xF3 gi\xE1 tr\u1ECB \u0111\u1EC3 t\xEDnh kho\u1EA3ng c\xE1ch", en: "There is no value to measure the gap from" }
};
var noValueStatus = (computations) => computations.length === 0 || computations.every((c) => c.result.reason?.code === "empty-population") ? "not-applicable" : "insufficient-data";
var targetFields = (targets, options) => {
  const fields = /* @__PURE__ */ new Set();
  for (const target of targets) {
    try {
      indicatorFields(findIndicator(target, options), fields);
    } catch (error) {
      if (!model.isCoopError(error)) throw error;
    }
  }
  return fields;
};
var evaluateChecked = (target, observations, options) => {
  const indicator = findIndicator(target, options);
  const year = options.year;
  const cache2 = options.cache;
  const lookup = options.lookup;
  const area = options.area ?? target.scope.area;
  const warnings = [];
  const comparator = target.comparator;
  const tolerance = isLevelComparator(comparator) ? resolveTolerance(comparator, options.tolerance, target.id) : void 0;
  const scope = {
    ...target.scope.kinds === void 0 ? {} : { kinds: target.scope.kinds },
    ...target.scope.sectors === void 0 ? {} : { sectors: target.scope.sectors }
  };
  const compute = (records, y, a, unit) => computeChecked(indicator, records, {
    year: y,
    ...a === void 0 ? {} : { area: a },
    ...unit === void 0 ? {} : { unit },
    ...lookup === void 0 ? {} : { lookup },
    ...options.context === void 0 ? {} : { context: options.context },
    ...options.rulebooks === void 0 ? {} : { rulebooks: options.rulebooks },
    ...options.effectiveGrades === void 0 ? {} : { effectiveGrades: options.effectiveGrades },
    scope,
    cache: cache2
  });
  const computations = [];
  const series = [];
  const seriesQuantities = /* @__PURE__ */ new Map();
  if (comparator.kind === "every-unit") {
    if (observations.kind === "series") {
      throw new model.CoopError("SERIES_NOT_SUPPORTED", `Target "${target.id}" is per unit: it needs records, not a series`, { target: target.id });
    }
    return evaluateEveryUnit(target, indicator, observations.records, comparator, { year, area, lookup, cache: cache2, compute, warnings, options });
  }
  if (observations.kind === "series") {
    for (const point of [...observations.points].sort((a, b) => a.year - b.year)) {
      if (point.year > year) continue;
      const value2 = point.value;
      series.push({ year: point.year, value: value2, display: model.rationalToNumber(value2) });
      if (point.numerator !== void 0) {
        seriesQuantities.set(point.year, {
          numerator: point.numerator,
          ...point.denominator === void 0 ? {} : { denominator: point.denominator, limit: point.denominator },
          factor: indicator.factor
        });
      }
    }
  } else {
    const records = observations.records;
    const years2 = [...recordsByYear(cache2, records).keys()].filter((y) => y <= year).sort((a, b) => a - b);
    for (const y of years2) {
      const result = compute(records, y, area);
      computations.push({ year: y, result });
      if (result.value !== void 0) series.push({ year: y, value: result.value, display: result.display });
    }
    const latestComputed = computations.at(-1);
    if (latestComputed !== void 0 && latestComputed.result.value === void 0 && series.length > 0) {
      warnings.push({
        code: "LATEST_YEAR_NO_VALUE",
        message: {
          vi: `N\u0103m ${latestComputed.year} ch\u01B0a c\xF3 gi\xE1 tr\u1ECB (${latestComputed.result.reason?.message.vi ?? ""}); d\xF9ng n\u0103m ${series.at(-1)?.year}`,
          en: `${latestComputed.year} has no value (${latestComputed.result.reason?.message.en ?? ""}); ${series.at(-1)?.year} is used`
        },
        details: { year: latestComputed.year, used: series.at(-1)?.year }
      });
    }
  }
  const latest = series.at(-1);
  const latestIndicator = latest === void 0 ? computations.at(-1)?.result : computations.find((c) => c.year === latest.year)?.result;
  for (const w of latestIndicator?.warnings ?? []) warnings.push(w);
  const thresholds = options.thresholds;
  const progressOptions = {
    deadline: target.deadline,
    year,
    thresholds,
    ...options.method === void 0 ? {} : { method: options.method },
    ...indicator.bounds === void 0 ? {} : { bounds: indicator.bounds }
  };
  const base = {
    targetId: target.id,
    indicatorId: indicator.id,
    label: target.label,
    comparator,
    deadline: target.deadline,
    series,
    indicator: latestIndicator
  };
  if (isLevelComparator(comparator)) {
    const constraint = constraintOf(comparator, tolerance?.value);
    const progressBaseline = target.baselineYear ?? options.baselineYear;
    const progress = latest === void 0 ? void 0 : assessChecked(series, constraint, { ...progressOptions, ...progressBaseline === void 0 ? {} : { baselineYear: progressBaseline } });
    for (const w of progress?.warnings ?? []) warnings.push(w);
    const status2 = progress?.status ?? (observations.kind === "series" ? "insufficient-data" : noValueStatus(computations));
    let gap = NOT_COMPUTABLE;
    if (latest !== void 0) {
      const quantities = latestIndicator !== void 0 ? gapQuantities(indicator, latestIndicator) : seriesQuantities.get(latest.year);
      gap = targetGap(comparator, quantities ?? { numerator: latest.value, integral: false }, tolerance === void 0 ? {} : { tolerance: tolerance.value });
    }
    const met2 = latest === void 0 ? void 0 : meetsConstraint(constraint, latest.value);
    return finish2({
      ...base,
      status: status2,
      met: met2,
      year: latest?.year,
      value: latest?.value,
      display: latest?.display,
      unit: indicator.unit,
      ...tolerance === void 0 ? {} : { tolerance },
      gap,
      method: progress?.method ?? (latest === void 0 ? void 0 : "comparison"),
      progress,
      warnings
    }, indicator, target, latestIndicator);
  }
  if (comparator.kind === "growth") {
    const baselineYear = comparator.baselineYear ?? target.baselineYear ?? options.baselineYear;
    if (baselineYear === void 0) {
      throw new model.CoopError("MISSING_BASELINE", `Target "${target.id}" grows "vs the baseline" but no baseline year is known; pass \`baselineYear\``, {
        target: target.id
      });
    }
    const basePoint = series.find((p) => p.year === baselineYear);
    const minGrowth2 = model.rational(comparator.minPercent);
    if (basePoint === void 0 || latest === void 0 || basePoint.value.num <= 0n || latest.year <= baselineYear) {
      const reason = basePoint === void 0 ? { vi: `Kh\xF4ng c\xF3 s\u1ED1 li\u1EC7u n\u0103m g\u1ED1c ${baselineYear}`, en: `No value for the baseline year ${baselineYear}` } : basePoint.value.num <= 0n ? { vi: "Gi\xE1 tr\u1ECB n\u0103m g\u1ED1c b\u1EB1ng 0: kh\xF4ng t\xEDnh \u0111\u01B0\u1EE3c m\u1EE9c t\u0103ng", en: "The baseline value is zero: growth cannot be computed" } : { vi: "Ch\u01B0a c\xF3 s\u1ED1 li\u1EC7u sau n\u0103m g\u1ED1c", en: "No value after the baseline year yet" };
      warnings.push({ code: "GROWTH_NOT_COMPUTABLE", message: reason, details: { baselineYear } });
      const status2 = series.length === 0 && observations.kind !== "series" ? noValueStatus(computations) : year > target.deadline ? "not-achieved" : "insufficient-data";
      return finish2({
        ...base,
        status: status2,
        met: void 0,
        year: latest?.year,
        value: void 0,
        display: void 0,
        unit: "percent-growth",
        gap: { kind: "not-computable", reason },
        method: void 0,
        progress: void 0,
        warnings,
        ...basePoint === void 0 || latest === void 0 ? {} : { growth: { baselineYear, baseline: basePoint.value, current: latest.value, percent: void 0 } }
      }, indicator, target, latestIndicator);
    }
    const percent = model.multiplyRational(model.subtractRational(model.divideRational(latest.value, basePoint.value), model.rational(1)), model.rational(100));
    const met2 = model.compareRational(percent, minGrowth2) >= 0;
    const aim = model.multiplyRational(basePoint.value, model.subtractRational(model.rational(1), model.rational(-comparator.minPercent, 100)));
    const levelConstraint = { lower: { bound: aim, strict: false } };
    const progress = assessChecked(series, levelConstraint, { ...progressOptions, baselineYear });
    for (const w of progress.warnings) warnings.push(w);
    const gap = met2 ? { kind: "met" } : { kind: "distance", change: "more", boundary: minGrowth2, distance: model.subtractRational(minGrowth2, percent) };
    return finish2({
      ...base,
      status: met2 ? "achieved" : progress.status,
      met: met2,
      year: latest.year,
      value: percent,
      display: model.rationalToNumber(percent),
      unit: "percent-growth",
      gap,
      method: progress.method ?? "comparison",
      progress,
      growth: { baselineYear, baseline: basePoint.value, current: latest.value, percent },
      warnings
    }, indicator, target, latestIndicator);
  }
  let fromYear = comparator.fromYear ?? target.baselineYear ?? options.baselineYear;
  if (fromYear === void 0) {
    fromYear = series[0]?.year;
    if (fromYear !== void 0) {
      warnings.push({
        code: "BASELINE_ASSUMED",
        message: { vi: `Kh\xF4ng n\xEAu n\u0103m b\u1EAFt \u0111\u1EA7u; d\xF9ng n\u0103m c\xF3 s\u1ED1 li\u1EC7u \u0111\u1EA7u ti\xEAn (${fromYear})`, en: `No start year given; the first observed year (${fromYear}) is used` },
        details: { fromYear }
      });
    }
  }
  const byYear = new Map(series.map((p) => [p.year, p.value]));
  const minGrowth = model.rational(comparator.minPercent);
  const years = [];
  const lastYear = latest?.year;
  if (fromYear !== void 0 && lastYear !== void 0) {
    for (let y = fromYear + 1; y <= lastYear; y += 1) {
      const before = byYear.get(y - 1);
      const now = byYear.get(y);
      if (before === void 0 || now === void 0 || before.num <= 0n) {
        years.push({ year: y, percent: void 0, met: void 0 });
        continue;
      }
      const percent = model.multiplyRational(model.subtractRational(model.divideRational(now, before), model.rational(1)), model.rational(100));
      years.push({ year: y, percent, met: model.compareRational(percent, minGrowth) >= 0 });
    }
  }
  const measured = years.filter((y) => y.percent !== void 0);
  if (measured.length < years.length) {
    warnings.push({
      code: "GROWTH_YEARS_MISSING",
      message: {
        vi: `Kh\xF4ng t\xEDnh \u0111\u01B0\u1EE3c m\u1EE9c t\u0103ng cho n\u0103m ${years.filter((y) => y.percent === void 0).map((y) => y.year).join(", ")}`,
        en: `Growth cannot be computed for ${years.filter((y) => y.percent === void 0).map((y) => y.year).join(", ")}`
      }
    });
  }
  const failing = measured.filter((y) => y.met === false).map((y) => y.year);
  const fromValue = fromYear === void 0 ? void 0 : byYear.get(fromYear);
  let compoundPercent;
  if (fromValue !== void 0 && latest !== void 0 && fromYear !== void 0 && latest.year > fromYear && fromValue.num > 0n && latest.value.num >= 0n) {
    compoundPercent = ((model.rationalToNumber(latest.value) / model.rationalToNumber(fromValue)) ** (1 / (latest.year - fromYear)) - 1) * 100;
  }
  let status;
  let value;
  let met;
  if (measured.length === 0) {
    status = series.length === 0 && observations.kind !== "series" ? noValueStatus(computations) : year > target.deadline ? "not-achieved" : "insufficient-data";
  } else {
    value = measured.reduce((m, y) => model.compareRational(y.percent, m) < 0 ? y.percent : m, measured[0]?.percent);
    met = failing.length === 0 && measured.length === years.length;
    if (met) status = "achieved";
    else if (year > target.deadline) status = "not-achieved";
    else if (compoundPercent === void 0) status = "insufficient-data";
    else if (comparator.minPercent <= 0) status = compoundPercent >= comparator.minPercent ? "needs-acceleration" : "deteriorating";
    else {
      status = statusOfRatio(compoundPercent / comparator.minPercent, thresholds);
      if (status === "on-track" && failing.length > 0) status = "needs-acceleration";
    }
  }
  return finish2({
    ...base,
    status,
    met,
    year: latest?.year,
    value,
    display: value === void 0 ? void 0 : model.rationalToNumber(value),
    unit: "percent-growth",
    gap: met === true ? { kind: "met" } : measured.length === 0 ? NOT_COMPUTABLE : { kind: "years", failing },
    method: measured.length === 0 ? void 0 : met === true ? "comparison" : "growth-ratio",
    progress: void 0,
    ...fromYear === void 0 ? {} : { yearlyGrowth: { fromYear, years, compoundPercent } },
    warnings
  }, indicator, target, latestIndicator);
};
var evaluateEveryUnit = (target, indicator, records, comparator, ctx) => {
  const { year, area, lookup, cache: cache2, compute, warnings } = ctx;
  const inner = comparator.comparator;
  const constraint = constraintOf(inner, void 0);
  const countLike = indicator.denominator === void 0 && (indicator.numerator.op === "count" || indicator.numerator.op === "sum");
  const years = [...recordsByYear(cache2, records).keys()].filter((y) => y <= year).sort((a, b) => a - b);
  if (lookup === void 0) {
    warnings.push({
      code: "NO_AREA_LIST",
      message: {
        vi: "Kh\xF4ng c\xF3 danh m\u1EE5c \u0111\u1ECBa b\xE0n: d\xF9ng c\xE1c m\xE3 \u0111\u1ECBa b\xE0n c\xF3 trong d\u1EEF li\u1EC7u l\xE0m \u0111\u01A1n v\u1ECB (\u0111\u01A1n v\u1ECB kh\xF4ng c\xF3 b\u1EA3n ghi s\u1EBD b\u1ECB b\u1ECF s\xF3t)",
        en: "No area list given: the area codes present in the data are used as units (a unit without records is missed)"
      }
    });
  }
  const unitsFor = (y) => {
    if (lookup !== void 0 && area !== void 0) return unitsOf(lookup, area, comparator.level, y);
    return [...frameOf(cache2, records, y).areas].sort();
  };
  const judge = (y) => {
    const unitMemo = /* @__PURE__ */ new Map();
    const codes = unitsFor(y);
    const unitSet = new Set(codes);
    const parts = new Map(codes.map((c) => [c, []]));
    const frame = frameOf(cache2, records, y);
    const unitOfArea = frame.areas.map((code) => lookup === void 0 ? code : unitOf(lookup, code, unitSet, unitMemo));
    frame.areaOf.forEach((areaCode, row) => {
      const unit = unitOfArea[areaCode];
      if (unit !== void 0) parts.get(unit)?.push(row);
    });
    return codes.map((code) => {
      const result = compute(records, y, void 0, { rows: parts.get(code) ?? [] });
      let value = result.value;
      if (value === void 0 && countLike && result.reason?.code === "empty-population") value = model.rational(0);
      return {
        code,
        value,
        display: value === void 0 ? void 0 : model.rationalToNumber(value),
        met: value !== void 0 && meetsConstraint(constraint, value),
        populationSize: result.populationSize
      };
    });
  };
  const points = [];
  let latestUnits = [];
  let latestYear;
  for (const y of years) {
    const units = judge(y);
    if (units.length === 0) continue;
    latestUnits = units;
    latestYear = y;
    points.push({ year: y, value: model.rational(units.filter((u) => u.met).length) });
  }
  const total = latestUnits.length;
  const failing = latestUnits.filter((u) => !u.met).map((u) => u.code);
  const meeting = total - failing.length;
  if (total === 0 || latestYear === void 0) {
    return finish2({
      targetId: target.id,
      indicatorId: indicator.id,
      label: target.label,
      comparator,
      deadline: target.deadline,
      series: [],
      indicator: void 0,
      status: "not-applicable",
      met: void 0,
      year: void 0,
      value: void 0,
      display: void 0,
      unit: "units",
      gap: { kind: "not-computable", reason: { vi: "Kh\xF4ng c\xF3 \u0111\u01A1n v\u1ECB n\xE0o \u0111\u1EC3 \u0111\xE1nh gi\xE1", en: "There is no unit to evaluate" } },
      method: void 0,
      progress: void 0,
      units: [],
      warnings
    }, indicator, target, void 0);
  }
  const unitConstraint = { lower: { bound: model.rational(total), strict: false } };
  const progress = assessChecked(points, unitConstraint, {
    deadline: target.deadline,
    year,
    thresholds: ctx.options.thresholds,
    bounds: [0, total],
    ...ctx.options.method === void 0 ? {} : { method: ctx.options.method },
    ...target.baselineYear === void 0 && ctx.options.baselineYear === void 0 ? {} : { baselineYear: target.baselineYear ?? ctx.options.baselineYear }
  });
  for (const w of progress.warnings) warnings.push(w);
  const met = failing.length === 0;
  return finish2({
    targetId: target.id,
    indicatorId: indicator.id,
    label: target.label,
    comparator,
    deadline: target.deadline,
    series: points.map((p) => ({ year: p.year, value: p.value, display: model.rationalToNumber(p.value) })),
    indicator: void 0,
    status: met ? "achieved" : progress.status,
    met,
    year: latestYear,
    value: model.rational(meeting),
    display: meeting,
    unit: "units",
    gap: met ? { kind: "met" } : { kind: "units", failing, meeting, total },
    method: progress.method ?? "comparison",
    progress,
    units: latestUnits,
    warnings
  }, indicator, target, void 0);
};
var finish2 = (draft, indicator, target, latestIndicator, computations) => {
  const valueClause = draft.value === void 0 ? {
    vi: `${target.label.vi}: ch\u01B0a c\xF3 gi\xE1 tr\u1ECB${latestIndicator?.reason === void 0 ? "" : ` (${latestIndicator.reason.message.vi})`}`,
    en: `${target.label.en}: no value${latestIndicator?.reason === void 0 ? "" : ` (${latestIndicator.reason.message.en})`}`
  } : draft.unit === "percent-growth" ? {
    vi: `${target.label.vi}: ${draft.comparator.kind === "yearly-growth" ? "m\u1EE9c t\u0103ng th\u1EA5p nh\u1EA5t h\u1EB1ng n\u0103m" : "t\u0103ng"} ${formatIndicatorValue(draft.value, "percent", "vi")}${draft.year === void 0 ? "" : ` (\u0111\u1EBFn n\u0103m ${draft.year})`}`,
    en: `${target.label.en}: ${draft.comparator.kind === "yearly-growth" ? "lowest yearly growth" : "growth"} ${formatIndicatorValue(draft.value, "percent", "en")}${draft.year === void 0 ? "" : ` (to ${draft.year})`}`
  } : draft.unit === "units" ? {
    vi: `${target.label.vi}: ${draft.display}/${draft.units?.length ?? 0} \u0111\u1ECBa b\xE0n \u0111\u1EA1t (n\u0103m ${draft.year})`,
    en: `${target.label.en}: ${draft.display} of ${draft.units?.length ?? 0} units meet it (${draft.year})`
  } : {
    vi: `${target.label.vi}: ${formatIndicatorValue(draft.value, draft.unit, "vi")} (n\u0103m ${draft.year})`,
    en: `${target.label.en}: ${formatIndicatorValue(draft.value, draft.unit, "en")} in ${draft.year}`
  };
  const gap = gapClause(
    draft.gap,
    target,
    indicator.unit,
    indicator,
    draft.tolerance?.value,
    draft.unit === "units" ? indicator.unit : draft.unit
  );
  const status = PROGRESS_STATUS_LABELS[draft.status];
  const statusClause = draft.progress !== void 0 && draft.status !== "achieved" && draft.status !== "not-achieved" ? draft.progress.explanation : { vi: `Tr\u1EA1ng th\xE1i: ${status.vi}`, en: `Status: ${status.en}` };
  if (draft.comparator.kind === "yearly-growth" && draft.yearlyGrowth?.compoundPercent !== void 0) {
    const c = draft.yearlyGrowth.compoundPercent;
    return {
      ...draft,
      explanation: joinExplanation([
        valueClause,
        gap,
        { vi: `t\u0103ng tr\u01B0\u1EDFng k\xE9p ${formatIndicatorValue(c, "percent", "vi")}/n\u0103m`, en: `compound growth ${formatIndicatorValue(c, "percent", "en")} a year` },
        statusClause
      ])
    };
  }
  return { ...draft, explanation: joinExplanation([valueClause, gap, statusClause]) };
};
var checkTarget = (raw, cache2) => isObjectLike(raw) ? checkedOnce(cache2, raw, "target", () => unwrap(model.parseTarget(raw), "INVALID_TARGET", "target")) : unwrap(model.parseTarget(raw), "INVALID_TARGET", "target");
var checkRecordList = (records, options, path, fields) => guard("INVALID_RECORD", "records", () => path, () => ingestRecords(options.cache, records, path, fields, gradingRulebooks(options)));
var checkRecordsOnly = (records, options, path) => guard("INVALID_RECORD", "records", () => path, () => checkRecordsOnce(options.cache, records, path, gradingRulebooks(options)));
var checkObservations = (raw, options, path, fields) => {
  if (Array.isArray(raw)) return { kind: "records", records: checkRecordList(raw, options, path, fields) };
  const points = guard("INVALID_SERIES", "series", () => path, () => {
    if (!isObjectLike(raw) || ownField(raw, "kind") !== "series") return void 0;
    return checkPoints(ownField(raw, "points"), [...path, "points"], "INVALID_SERIES", true);
  });
  if (points === void 0) {
    return fail("INVALID_ARGUMENT", "observations", [
      makeIssue(path, "invalid_type", 'C\u1EA7n m\u1ED9t m\u1EA3ng b\u1EA3n ghi ho\u1EB7c { kind: "series", points }', 'Expected an array of records or { kind: "series", points }', {
        received: raw
      })
    ]);
  }
  return { kind: "series", points };
};

// src/evaluate-target.ts
var meetsComparator = (comparator, value, tolerance) => {
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
var evaluateTarget = (target, observations, options) => {
  const checked = guard("INVALID_OPTIONS", "options", () => [], () => checkTargetOptions(options));
  const parsed = checkTarget(target, checked.cache);
  const observed = checkObservations(observations, checked, [], targetFields([parsed], checked));
  return evaluateChecked(parsed, observed, checked);
};
var PROGRESS_STATUSES = [
  "achieved",
  "on-track",
  "needs-acceleration",
  "limited-progress",
  "deteriorating",
  "not-achieved",
  "insufficient-data",
  "not-applicable"
];
var DEFAULT_PROGRESS_THRESHOLDS = DEFAULT_THRESHOLDS;
var asOfYear = (asOf) => {
  if (typeof asOf === "number" && Number.isSafeInteger(asOf)) return asOf;
  if (typeof asOf === "string" && /^\d{4}-\d{2}-\d{2}$/.test(asOf)) return Number(asOf.slice(0, 4));
  throw new model.CoopError("INVALID_AS_OF", `asOf must be a YYYY-MM-DD date or a year, received ${describeValue(asOf)}`, { received: describeValue(asOf) });
};
var assessProgress = (points, options) => {
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
  const checkedPoints2 = guard("INVALID_SERIES", "series", () => [], () => checkPoints(points, [], "INVALID_SERIES", false));
  return assessChecked(checkedPoints2, checked.constraint, checked.run);
};
var readBounds = (value, issues) => {
  if (value === void 0) return void 0;
  if (Array.isArray(value) && value.length === 2) {
    const [lo, hi] = value;
    if (typeof lo === "number" && typeof hi === "number" && Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi) return [lo, hi];
  }
  issues.push(makeIssue(["bounds"], "invalid_bounds", "C\u1EA7n [nh\u1ECF nh\u1EA5t, l\u1EDBn nh\u1EA5t] h\u1EEFu h\u1EA1n", "Expected finite [min, max] with min \u2264 max", { received: value }));
  return void 0;
};
var VI_ERRORS = {
  MISSING_EXTERNAL_INPUT: (d) => `Thi\u1EBFu s\u1ED1 li\u1EC7u \u0111\u1EA7u v\xE0o b\xEAn ngo\xE0i "${String(d.input)}" cho ch\u1EC9 ti\xEAu ${String(d.indicator)}`,
  MISSING_TOLERANCE: () => 'M\u1EE5c ti\xEAu "kho\u1EA3ng" c\u1EA7n m\u1ED9t dung sai (tolerance)',
  MISSING_BASELINE: () => "M\u1EE5c ti\xEAu t\u0103ng tr\u01B0\u1EDFng c\u1EA7n n\u0103m g\u1ED1c (baselineYear)",
  UNKNOWN_INDICATOR: (d) => `Kh\xF4ng t\xECm th\u1EA5y ch\u1EC9 ti\xEAu ${String(d.indicator ?? d.id)}`,
  NO_OBSERVATIONS: () => "Kh\xF4ng c\xF3 d\u1EEF li\u1EC7u (b\u1EA3n ghi ho\u1EB7c chu\u1ED7i s\u1ED1 li\u1EC7u) cho m\u1EE5c ti\xEAu n\xE0y",
  SERIES_NOT_SUPPORTED: () => "M\u1EE5c ti\xEAu theo t\u1EEBng \u0111\u1ECBa b\xE0n c\u1EA7n b\u1EA3n ghi, kh\xF4ng d\xF9ng \u0111\u01B0\u1EE3c chu\u1ED7i s\u1ED1 li\u1EC7u t\u1ED5ng h\u1EE3p"
};
var pick = (value, planId, targetId) => {
  if (value === void 0) return void 0;
  if ("all" in value) return value.all;
  return value.byId.get(`${planId}/${targetId}`) ?? value.byId.get(targetId);
};
var readPerTarget = (raw, path, issues, ok, expected) => {
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
var isTolerance = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0;
var PLAN_OPTION_KEYS = [
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
var DATA_KEYS = ["records", "series", "areas"];
var checkPlanInputs = (rawOptions, rawData, recordFields) => {
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
    const cache3 = readCache(fields["cache"], ["cache"], issues);
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
    const shared = readShared(fields, cache3, issues, "INVALID_OPTIONS", void 0);
    const thresholds = readThresholds(fields["thresholds"], ["thresholds"], issues);
    const method = readMethod(fields["method"], ["method"], issues);
    if (issues.length > 0 || asOf === void 0) return fail("INVALID_OPTIONS", "options", issues);
    const base = {
      ...shared,
      cache: cache3,
      asOf: asOf.asOf,
      year: asOf.year,
      thresholds,
      ...Array.isArray(indicators) ? { indicators } : {},
      ...method === void 0 ? {} : { method }
    };
    return { base, includeParents: includeParents === true, plans: Array.isArray(plans) ? plans : void 0, tolerance, baselineYear };
  });
  const cache2 = options.base.cache;
  const areaIssues = [];
  const areaPart = guard(
    "INVALID_AREAS",
    "areas",
    () => ["areas"],
    () => readShared({}, cache2, areaIssues, "INVALID_AREAS", { value: dataFields["areas"], path: ["areas"] })
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
var readSeriesMap = (raw) => {
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
var checkPlan = (raw, cache2, code, path) => isObjectLike(raw) ? checkedOnce(cache2, raw, "plan", () => unwrap(model.parsePlan(raw), code, "plan", path)) : unwrap(model.parsePlan(raw), code, "plan", path);
var findPlan = (id, options) => {
  const list = options.plans;
  if (list === void 0) {
    const builtIn = model.PLANS.find((p) => p.id === id);
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
var ancestorsOf = (plan, options, warnings) => {
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
var evaluatePlan = (plan, data, options) => evaluatePlanList([plan], [], data, options)[0];
var evaluatePlans = (plans, data, options) => {
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
var evaluatePlanList = (plans, paths, data, options) => {
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
var evaluateChain = (chain, warnings, inputs) => {
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
        if (!model.isCoopError(error)) throw error;
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
var frameText = (task) => {
  const t = task.timeframe;
  switch (t.kind) {
    case "year":
      return String(t.year);
    case "span":
      return `${t.from}\u2013${t.to}`;
    case "every-year":
      return t.from === void 0 && t.to === void 0 ? "every year" : `every year ${t.from ?? "\u2026"}\u2013${t.to ?? "\u2026"}`;
    case "text":
      return t.text;
  }
};
var trackTasks = (plan, completions, options) => {
  const checkedPlan = guard("INVALID_PLAN", "plan", () => [], () => unwrap(model.parsePlan(plan), "INVALID_PLAN", "plan"));
  const rawAsOf = guard(
    "INVALID_ARGUMENT",
    "options",
    () => ["options", "asOf"],
    () => isObjectLike(options) ? ownField(options, "asOf") : fail("INVALID_ARGUMENT", "options", [makeIssue(["options"], "invalid_type", "C\u1EA7n { asOf }", "Expected { asOf }", { received: options })])
  );
  if (!Array.isArray(completions)) {
    fail("INVALID_ARGUMENT", "completions", [makeIssue(["completions"], "invalid_type", "C\u1EA7n m\u1ED9t m\u1EA3ng", "Expected an array", { received: completions })]);
  }
  plan = checkedPlan;
  if (!model.isCivilDate(rawAsOf)) {
    return {
      planId: plan.id,
      asOf: typeof rawAsOf === "string" ? rawAsOf : describeValue(rawAsOf),
      tasks: [],
      summary: { done: 0, due: 0, overdue: 0, recurring: 0, upcoming: 0, "not-started": 0 },
      issues: [{ path: ["asOf"], code: "invalid_date", message: { vi: "Ng\xE0y \u0111\xE1nh gi\xE1 kh\xF4ng h\u1EE3p l\u1EC7", en: "Invalid asOf date" }, received: describeValue(rawAsOf) }]
    };
  }
  const asOf = rawAsOf;
  const year = Number(asOf.slice(0, 4));
  const issues = [];
  const known = new Set(plan.tasks.map((t) => t.id));
  const byTask = /* @__PURE__ */ new Map();
  const length = guard("INVALID_ARGUMENT", "completions", () => ["completions"], () => completions.length);
  for (let i = 0; i < length; i += 1) {
    let field = "";
    try {
      const c = completions[i];
      if (!isObjectLike(c)) {
        issues.push(makeIssue([i], "invalid_type", "C\u1EA7n { taskId, completedOn }", "Expected { taskId, completedOn }", { received: c }));
        continue;
      }
      field = "taskId";
      const taskId = ownField(c, "taskId");
      field = "completedOn";
      const completedOn = ownField(c, "completedOn");
      field = "year";
      const round = ownField(c, "year");
      field = "";
      if (typeof taskId !== "string" || !known.has(taskId)) {
        const shown = typeof taskId === "string" ? taskId.slice(0, 80) : describeValue(taskId);
        issues.push({
          path: [i, "taskId"],
          code: "unknown_task",
          message: { vi: `K\u1EBF ho\u1EA1ch kh\xF4ng c\xF3 nhi\u1EC7m v\u1EE5 "${shown}"`, en: `The plan has no task "${shown}"` },
          received: describeValue(taskId)
        });
        continue;
      }
      if (!model.isCivilDate(completedOn)) {
        issues.push({
          path: [i, "completedOn"],
          code: "invalid_date",
          message: { vi: "Ng\xE0y ho\xE0n th\xE0nh kh\xF4ng h\u1EE3p l\u1EC7", en: "Invalid completion date" },
          expected: "YYYY-MM-DD",
          received: describeValue(completedOn)
        });
        continue;
      }
      if (round !== void 0 && !isYear(round)) {
        issues.push(makeIssue([i, "year"], "invalid_year", "C\u1EA7n m\u1ED9t n\u0103m (1900\u20132199)", "Expected a year (1900\u20132199)", { received: round }));
        continue;
      }
      if (completedOn > asOf) {
        issues.push({
          path: [i, "completedOn"],
          code: "completion_after_as_of",
          message: { vi: `Ng\xE0y ho\xE0n th\xE0nh ${completedOn} sau ng\xE0y \u0111\xE1nh gi\xE1; b\u1ECF qua`, en: `Completion ${completedOn} is after asOf; ignored` },
          received: completedOn
        });
        continue;
      }
      const list = byTask.get(taskId) ?? [];
      list.push({ year: round ?? Number(completedOn.slice(0, 4)), on: completedOn });
      byTask.set(taskId, list);
    } catch (error) {
      issues.push(unreadableIssue(field === "" ? [i] : [i, field], error));
    }
  }
  const tasks = plan.tasks.map((task) => {
    const done = byTask.get(task.id) ?? [];
    const last = done.reduce((m, d) => m === void 0 || d.on > m ? d.on : m, void 0);
    const head = { taskId: task.id, section: task.section, title: task.title };
    const when = frameText(task);
    const withLast = last === void 0 ? {} : { completedOn: last };
    const t = task.timeframe;
    if (t.kind === "every-year") {
      if (t.from !== void 0 && year < t.from) {
        return { ...head, ...withLast, status: "upcoming", reason: { vi: `Th\u1EF1c hi\u1EC7n h\u1EB1ng n\u0103m t\u1EEB ${t.from}`, en: `Every year from ${t.from}` } };
      }
      if (t.to !== void 0 && year > t.to) {
        const lastRound = done.some((d) => d.year === t.to);
        return {
          ...head,
          ...withLast,
          status: lastRound ? "done" : "overdue",
          reason: lastRound ? { vi: `\u0110\xE3 ho\xE0n th\xE0nh \u0111\u1EE3t cu\u1ED1i (${t.to})`, en: `The last round (${t.to}) is done` } : { vi: `Ch\u01B0a b\xE1o c\xE1o ho\xE0n th\xE0nh \u0111\u1EE3t cu\u1ED1i (${t.to})`, en: `The last round (${t.to}) is not reported done` }
        };
      }
      const doneThisYear = done.some((d) => d.year === year);
      return {
        ...head,
        ...withLast,
        status: "recurring",
        doneThisYear,
        reason: doneThisYear ? { vi: `Nhi\u1EC7m v\u1EE5 h\u1EB1ng n\u0103m; \u0111\xE3 ho\xE0n th\xE0nh n\u0103m ${year}`, en: `Every-year task; done for ${year}` } : { vi: `Nhi\u1EC7m v\u1EE5 h\u1EB1ng n\u0103m; ch\u01B0a ho\xE0n th\xE0nh n\u0103m ${year}`, en: `Every-year task; not yet done for ${year}` }
      };
    }
    if (done.length > 0) {
      return { ...head, ...withLast, status: "done", reason: { vi: `\u0110\xE3 ho\xE0n th\xE0nh ng\xE0y ${last}`, en: `Completed on ${last}` } };
    }
    if (t.kind === "text") {
      return { ...head, status: "not-started", reason: { vi: `Th\u1EDDi h\u1EA1n kh\xF4ng x\xE1c \u0111\u1ECBnh (\u201C${when}\u201D); ch\u01B0a b\xE1o c\xE1o ho\xE0n th\xE0nh`, en: `Time frame cannot be placed (\u201C${when}\u201D); no completion reported` } };
    }
    const from = t.kind === "year" ? t.year : t.from;
    const to = t.kind === "year" ? t.year : t.to;
    if (year < from) return { ...head, status: "upcoming", reason: { vi: `Th\u1EDDi h\u1EA1n ${when}`, en: `Due ${when}` } };
    if (year > to) return { ...head, status: "overdue", reason: { vi: `Qu\xE1 h\u1EA1n (${when}), ch\u01B0a ho\xE0n th\xE0nh`, en: `Overdue (${when}), not done` } };
    return { ...head, status: "due", reason: { vi: `\u0110\u1EBFn h\u1EA1n trong ${when}, ch\u01B0a ho\xE0n th\xE0nh`, en: `Due within ${when}, not done` } };
  });
  const summary = { done: 0, due: 0, overdue: 0, recurring: 0, upcoming: 0, "not-started": 0 };
  for (const t of tasks) summary[t.status] += 1;
  return { planId: plan.id, asOf, tasks, summary, issues };
};
var grade = (record, options) => typedErrors(() => {
  if (typeof options !== "object" || options === null) {
    throw new model.CoopError("INVALID_OPTIONS", "grade(record, { rulebook })", { received: typeof options });
  }
  const o = "groups" in options ? { rulebook: options } : options;
  const year = o.year ?? (typeof record === "object" && record !== null ? record.year : void 0);
  return gradeCompiled(graderFor(compileRulebook(o.rulebook), o.clamp === true), record, year);
});
var gradeMany = (records, options) => typedErrors(() => gradeAll(records, options));
var checkOptions = (options) => {
  if (typeof options !== "object" || options === null) {
    throw new model.CoopError("INVALID_OPTIONS", "gradeMany needs { rulebook } as its second argument", { received: typeof options });
  }
};
var bulkGrader = (options) => {
  checkOptions(options);
  const c = compileRulebook(options.rulebook);
  return graderFor(c, options.clamp === true, bulkSheetReader(c));
};
var gradeAll = (records, options) => {
  const g = bulkGrader(options);
  const year = options.year;
  if (Array.isArray(records)) {
    const list = records;
    const out2 = new Array(list.length);
    for (let i = 0; i < list.length; i++) {
      const record = list[i];
      out2[i] = gradeCompiled(g, record, year ?? record?.year);
    }
    return out2;
  }
  const out = [];
  for (const record of records) out.push(gradeCompiled(g, record, year ?? record?.year));
  return out;
};
function* gradeEach(records, options) {
  const g = typedErrors(() => bulkGrader(options));
  const iterator = typedErrors(() => records[Symbol.iterator]());
  for (; ; ) {
    const next = typedErrors(() => iterator.next());
    if (next.done === true) return;
    const record = next.value;
    yield typedErrors(() => gradeCompiled(g, record, options.year ?? record?.year));
  }
}

// src/grade-summary.ts
var summariseGrades = (results) => {
  const grades = { good: 0, fair: 0, average: 0, weak: 0 };
  const reasons = {};
  let total = 0;
  let rated = 0;
  let notRated = 0;
  let incomplete = 0;
  let overridden = 0;
  let notInForce = 0;
  for (const r of results) {
    total++;
    if (!r.rulebook.inForce) notInForce++;
    if (r.status === "rated") {
      rated++;
      grades[r.grade]++;
      if (r.overrides.length > 0) overridden++;
    } else if (r.status === "not-rated") {
      notRated++;
      reasons[r.reason.code] = (reasons[r.reason.code] ?? 0) + 1;
    } else incomplete++;
  }
  return { total, grades, rated, notRated, incomplete, notRatedReasons: reasons, overridden, notInForce };
};
var GRADE_ORDER = ["good", "fair", "average", "weak"];
var NUMERIC_TYPES = /* @__PURE__ */ new Set(["count", "vnd", "months", "hectares"]);
var MAX_RULES = 30;
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isNum = (v) => typeof v === "number" && Number.isFinite(v);
var fmt = (v) => typeof v === "string" ? JSON.stringify(v) : String(v);
var makeIssues = () => {
  const list = [];
  return {
    list,
    add: (path, code, vi, en, extra = {}) => {
      const message = { vi, en };
      list.push({ path: [...path], code, message, ...extra });
    }
  };
};
var checkKeys = (issues, value, path, allowed) => {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      issues.add([...path, key], "unknown_key", `Kh\xF3a kh\xF4ng h\u1EE3p l\u1EC7 "${key}"`, `Unknown key "${key}"`, { expected: allowed.join(", ") });
    }
  }
};
var requireString = (issues, value, path) => {
  if (typeof value === "string" && value.length > 0) return true;
  issues.add(path, "invalid_type", "C\u1EA7n m\u1ED9t chu\u1ED7i kh\xF4ng r\u1ED7ng", "Expected a non-empty string", { received: typeof value });
  return false;
};
var requireLabel = (issues, value, path) => {
  if (!isObj(value)) {
    issues.add(path, "invalid_type", "C\u1EA7n nh\xE3n { vi, en }", "Expected a label { vi, en }", { received: typeof value });
    return;
  }
  requireString(issues, value["vi"], [...path, "vi"]);
  requireString(issues, value["en"], [...path, "en"]);
};
var requireCitation = (issues, value, path, optional) => {
  if (value === void 0 && optional) return;
  if (!isObj(value)) {
    issues.add(path, "invalid_type", "C\u1EA7n tr\xEDch d\u1EABn { document, clause? }", "Expected a citation { document, clause? }");
    return;
  }
  requireString(issues, value["document"], [...path, "document"]);
};
var requirePoints = (issues, value, path, max) => {
  if (!isNum(value) || !(toHundredths(value) >= 0)) {
    issues.add(path, "invalid_points", "\u0110i\u1EC3m ph\u1EA3i l\xE0 s\u1ED1 kh\xF4ng \xE2m, t\u1ED1i \u0111a hai ch\u1EEF s\u1ED1 th\u1EADp ph\xE2n", "Points must be a non-negative number with at most two decimals", {
      received: fmt(value)
    });
    return false;
  }
  if (max !== void 0 && max !== null && value > max) {
    issues.add(path, "points_out_of_range", `\u0110i\u1EC3m ${value} v\u01B0\u1EE3t m\u1EE9c t\u1ED1i \u0111a ${max}`, `Points ${value} are above the maximum ${max}`, {
      expected: `0 \u2026 ${max}`,
      received: String(value)
    });
    return false;
  }
  return true;
};
var readBounds2 = (issues, band, path, index, hundredths) => {
  let ok = true;
  for (const key of ["gte", "gt", "lt", "lte"]) {
    const v = band[key];
    if (v === void 0) continue;
    if (!isNum(v) || hundredths && Number.isNaN(toHundredths(Math.abs(v)))) {
      issues.add([...path, key], "invalid_edge", "M\u1ED1c ph\u1EA3i l\xE0 s\u1ED1 h\u1EEFu h\u1EA1n (t\u1ED1i \u0111a hai ch\u1EEF s\u1ED1 th\u1EADp ph\xE2n v\u1EDBi thang \u0111i\u1EC3m)", "An edge must be a finite number (at most two decimals on a points scale)", {
        received: fmt(v)
      });
      ok = false;
    }
  }
  if (band["gte"] !== void 0 && band["gt"] !== void 0) {
    issues.add(path, "invalid_edge", "Ch\u1EC9 d\xF9ng m\u1ED9t trong gte / gt", "Use only one of gte / gt");
    ok = false;
  }
  if (band["lt"] !== void 0 && band["lte"] !== void 0) {
    issues.add(path, "invalid_edge", "Ch\u1EC9 d\xF9ng m\u1ED9t trong lt / lte", "Use only one of lt / lte");
    ok = false;
  }
  if (!ok) return void 0;
  const lower = band["gte"] !== void 0 ? { value: band["gte"], inclusive: true } : band["gt"] !== void 0 ? { value: band["gt"], inclusive: false } : void 0;
  const upper = band["lte"] !== void 0 ? { value: band["lte"], inclusive: true } : band["lt"] !== void 0 ? { value: band["lt"], inclusive: false } : void 0;
  if (lower && upper && (lower.value > upper.value || lower.value === upper.value && !(lower.inclusive && upper.inclusive))) {
    issues.add(path, "band_empty", "Kho\u1EA3ng r\u1ED7ng: m\u1ED1c d\u01B0\u1EDBi kh\xF4ng nh\u1ECF h\u01A1n m\u1ED1c tr\xEAn", "Empty band: the lower edge is not below the upper edge");
    return void 0;
  }
  return { index, lower, upper };
};
var checkTiling = (issues, bands, path) => {
  const sorted = [...bands].sort((a, b) => (a.lower?.value ?? Number.NEGATIVE_INFINITY) - (b.lower?.value ?? Number.NEGATIVE_INFINITY));
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    const where = [...path, b.index];
    const overlap = () => issues.add(where, "band_overlap", `Kho\u1EA3ng ${a.index} v\xE0 ${b.index} ch\u1ED3ng l\u1EA5n`, `Bands ${a.index} and ${b.index} overlap`);
    const gap = () => issues.add(where, "band_gap", `C\xF3 kho\u1EA3ng tr\u1ED1ng gi\u1EEFa kho\u1EA3ng ${a.index} v\xE0 ${b.index}`, `There is a gap between bands ${a.index} and ${b.index}`);
    if (a.upper === void 0 || b.lower === void 0) overlap();
    else if (a.upper.value < b.lower.value) gap();
    else if (a.upper.value > b.lower.value) overlap();
    else if (a.upper.inclusive && b.lower.inclusive) overlap();
    else if (!a.upper.inclusive && !b.lower.inclusive) gap();
  }
  return sorted;
};
var checkCondition = (issues, value, path) => {
  if (!isObj(value)) {
    issues.add(path, "invalid_condition", "C\u1EA7n \u0111i\u1EC1u ki\u1EC7n { field, \u2026 }", "Expected a condition { field, \u2026 }");
    return;
  }
  checkKeys(issues, value, path, ["field", "eq", "gt", "gte", "lt", "lte"]);
  const field = value["field"];
  if (typeof field !== "string" || !model.isRecordField(field)) {
    issues.add([...path, "field"], "unknown_field", `Tr\u01B0\u1EDDng d\u1EEF li\u1EC7u kh\xF4ng t\u1ED3n t\u1EA1i: ${fmt(field)}`, `Unknown record field: ${fmt(field)}`, {
      received: fmt(field)
    });
    return;
  }
  const type = model.RECORD_FIELDS[field];
  const ops = ["eq", "gt", "gte", "lt", "lte"].filter((k) => value[k] !== void 0);
  if (ops.length === 0 || ops.includes("eq") && ops.length > 1) {
    issues.add(path, "invalid_condition", "C\u1EA7n \u0111\xFAng m\u1ED9t ph\xE9p so s\xE1nh eq, ho\u1EB7c c\xE1c m\u1ED1c gt/gte/lt/lte", "Expected eq alone, or range edges gt/gte/lt/lte");
    return;
  }
  for (const op of ops) {
    const v = value[op];
    const valid = op === "eq" ? type === "boolean" ? typeof v === "boolean" : NUMERIC_TYPES.has(type) ? isNum(v) : typeof v === "string" : NUMERIC_TYPES.has(type) && isNum(v);
    if (!valid) {
      issues.add([...path, op], "invalid_condition", `Gi\xE1 tr\u1ECB ${fmt(v)} kh\xF4ng h\u1EE3p v\u1EDBi tr\u01B0\u1EDDng ${field} (${type})`, `Value ${fmt(v)} does not fit field ${field} (${type})`);
    }
  }
};
var checkNumericField = (issues, value, path) => {
  if (typeof value !== "string" || !model.isRecordField(value)) {
    issues.add(path, "unknown_field", `Tr\u01B0\u1EDDng d\u1EEF li\u1EC7u kh\xF4ng t\u1ED3n t\u1EA1i: ${fmt(value)}`, `Unknown record field: ${fmt(value)}`, { received: fmt(value) });
  } else if (!NUMERIC_TYPES.has(model.RECORD_FIELDS[value])) {
    issues.add(path, "invalid_field_type", `Tr\u01B0\u1EDDng ${value} kh\xF4ng ph\u1EA3i s\u1ED1`, `Field ${value} is not numeric`, { received: model.RECORD_FIELDS[value] });
  }
};
var checkTiers = (issues, tiers, path, max) => {
  if (!isObj(tiers)) {
    issues.add(path, "invalid_type", "C\u1EA7n b\u1EA3ng m\u1EE9c \u0111i\u1EC3m", "Expected tiers");
    return;
  }
  checkKeys(issues, tiers, path, ["measure", "cases", "bands", "citation", "note"]);
  requireCitation(issues, tiers["citation"], [...path, "citation"], false);
  const measure = tiers["measure"];
  if (!isObj(measure)) issues.add([...path, "measure"], "invalid_type", "C\u1EA7n \u0111\u1EA1i l\u01B0\u1EE3ng \u0111o", "Expected a measure");
  else if (measure["field"] !== void 0) {
    checkKeys(issues, measure, [...path, "measure"], ["field"]);
    checkNumericField(issues, measure["field"], [...path, "measure", "field"]);
  } else {
    checkKeys(issues, measure, [...path, "measure"], ["numerator", "denominator", "unit"]);
    checkNumericField(issues, measure["numerator"], [...path, "measure", "numerator"]);
    checkNumericField(issues, measure["denominator"], [...path, "measure", "denominator"]);
    if (measure["unit"] !== "percent" && measure["unit"] !== "ratio") {
      issues.add([...path, "measure", "unit"], "invalid_type", "\u0110\u01A1n v\u1ECB ph\u1EA3i l\xE0 percent ho\u1EB7c ratio", "Unit must be percent or ratio");
    }
  }
  const cases = tiers["cases"];
  if (cases !== void 0) {
    if (!Array.isArray(cases)) issues.add([...path, "cases"], "invalid_type", "C\u1EA7n m\u1ED9t m\u1EA3ng", "Expected an array");
    else
      cases.forEach((c, i) => {
        const at = [...path, "cases", i];
        if (!isObj(c)) return issues.add(at, "invalid_type", "C\u1EA7n m\u1ED9t tr\u01B0\u1EDDng h\u1EE3p", "Expected a case");
        checkCondition(issues, c["when"], [...at, "when"]);
        requirePoints(issues, c["points"], [...at, "points"], max);
      });
  }
  const bands = tiers["bands"];
  if (!Array.isArray(bands) || bands.length === 0) {
    issues.add([...path, "bands"], "invalid_type", "C\u1EA7n \xEDt nh\u1EA5t m\u1ED9t kho\u1EA3ng", "Expected at least one band");
    return;
  }
  const bounds = [];
  bands.forEach((band, i) => {
    const at = [...path, "bands", i];
    if (!isObj(band)) return issues.add(at, "invalid_type", "C\u1EA7n m\u1ED9t kho\u1EA3ng", "Expected a band");
    checkKeys(issues, band, at, ["gte", "gt", "lt", "lte", "points", "label"]);
    requirePoints(issues, band["points"], [...at, "points"], max);
    const b = readBounds2(issues, band, at, i, false);
    if (b) bounds.push(b);
  });
  if (bounds.length !== bands.length) return;
  const sorted = checkTiling(issues, bounds, [...path, "bands"]);
  const lowest = sorted[0];
  const highest = sorted[sorted.length - 1];
  if (lowest.lower !== void 0) {
    issues.add([...path, "bands", lowest.index], "tier_not_exhaustive", "C\xE1c m\u1EE9c kh\xF4ng bao ph\u1EE7 gi\xE1 tr\u1ECB nh\u1ECF nh\u1EA5t (kho\u1EA3ng \u0111\u1EA7u ph\u1EA3i kh\xF4ng c\xF3 m\u1ED1c d\u01B0\u1EDBi)", "The tiers do not cover the lowest values (the first band needs no lower edge)");
  }
  if (highest.upper !== void 0) {
    issues.add([...path, "bands", highest.index], "tier_not_exhaustive", "C\xE1c m\u1EE9c kh\xF4ng bao ph\u1EE7 gi\xE1 tr\u1ECB l\u1EDBn nh\u1EA5t (kho\u1EA3ng cu\u1ED1i ph\u1EA3i kh\xF4ng c\xF3 m\u1ED1c tr\xEAn)", "The tiers do not cover the highest values (the last band needs no upper edge)");
  }
};
var checkCriterion = (issues, value, path, ids2, depth) => {
  if (!isObj(value)) {
    issues.add(path, "invalid_type", "C\u1EA7n m\u1ED9t ti\xEAu ch\xED", "Expected a criterion");
    return null;
  }
  checkKeys(issues, value, path, ["id", "title", "max", "criteria", "tiers", "citation", "note"]);
  const id = value["id"];
  if (requireString(issues, id, [...path, "id"])) {
    if (ids2.has(id)) issues.add([...path, "id"], "duplicate_id", `M\xE3 "${id}" b\u1ECB tr\xF9ng (\u0111\xE3 d\xF9ng \u1EDF ${ids2.get(id)})`, `Duplicate id "${id}" (already used at ${ids2.get(id)})`);
    else ids2.set(id, path.join("."));
  }
  requireLabel(issues, value["title"], [...path, "title"]);
  requireCitation(issues, value["citation"], [...path, "citation"], true);
  const rawMax = value["max"];
  let max = null;
  if (rawMax !== void 0 && rawMax !== null && requirePoints(issues, rawMax, [...path, "max"])) max = rawMax;
  const children = value["criteria"];
  if (children === void 0 || Array.isArray(children) && children.length === 0) {
    if (value["tiers"] !== void 0) checkTiers(issues, value["tiers"], [...path, "tiers"], max);
    return max;
  }
  if (!Array.isArray(children)) {
    issues.add([...path, "criteria"], "invalid_type", "C\u1EA7n m\u1ED9t m\u1EA3ng ti\xEAu ch\xED con", "Expected an array of sub-criteria");
    return max;
  }
  if (depth >= 1) {
    issues.add([...path, "criteria"], "too_deep", "Ch\u1EC9 cho ph\xE9p m\u1ED9t c\u1EA5p ti\xEAu ch\xED con", "Only one level of sub-criteria is allowed");
    return max;
  }
  if (value["tiers"] !== void 0) {
    issues.add([...path, "tiers"], "tier_on_parent", "Ch\u1EC9 ti\xEAu ch\xED kh\xF4ng c\xF3 ti\xEAu ch\xED con m\u1EDBi c\xF3 b\u1EA3ng m\u1EE9c", "Only a criterion without sub-criteria can have tiers");
  }
  const maxima = children.map((child, i) => checkCriterion(issues, child, [...path, "criteria", i], ids2, depth + 1));
  return checkSum(issues, maxima, max, [...path, "max"], "ti\xEAu ch\xED con", "sub-criteria");
};
var checkSum = (issues, parts, whole, path, viParts, enParts) => {
  const known = parts.filter((p) => p !== null);
  const sum = known.reduce((a, p) => a + toHundredths(p), 0);
  const allKnown = known.length === parts.length;
  if (whole === null) return allKnown ? sum / 100 : null;
  const w = toHundredths(whole);
  if (allKnown ? sum !== w : sum > w) {
    issues.add(
      path,
      "maxima_mismatch",
      `T\u1ED5ng m\u1EE9c t\u1ED1i \u0111a c\xE1c ${viParts} (${sum / 100}${allKnown ? "" : ", ph\u1EA7n \u0111\xE3 bi\u1EBFt"}) kh\xF4ng kh\u1EDBp v\u1EDBi ${whole}`,
      `The maxima of the ${enParts} (${sum / 100}${allKnown ? "" : ", known part"}) do not add up to ${whole}`,
      { expected: allKnown ? String(whole) : `\u2264 ${whole}`, received: String(sum / 100) }
    );
  }
  return whole;
};
var copyFrozen = (value) => {
  if (Array.isArray(value)) return Object.freeze(value.map(copyFrozen));
  if (isObj(value)) {
    const out = {};
    for (const key of Object.keys(value)) out[key] = copyFrozen(value[key]);
    return Object.freeze(out);
  }
  return value;
};
var parseRulebook = (data) => {
  const issues = makeIssues();
  if (!isObj(data)) {
    issues.add([], "invalid_type", "C\u1EA7n m\u1ED9t b\u1ED9 ti\xEAu ch\xED (\u0111\u1ED1i t\u01B0\u1EE3ng)", "Expected a rulebook object", { received: typeof data });
    return { ok: false, issues: issues.list };
  }
  checkKeys(issues, data, [], [
    "id",
    "title",
    "issuer",
    "document",
    "citation",
    "effectiveFrom",
    "effectiveTo",
    "endedBy",
    "scope",
    "total",
    "groups",
    "grades",
    "notRated",
    "overrides",
    "notes"
  ]);
  requireString(issues, data["id"], ["id"]);
  requireLabel(issues, data["title"], ["title"]);
  requireLabel(issues, data["issuer"], ["issuer"]);
  requireString(issues, data["document"], ["document"]);
  requireCitation(issues, data["citation"], ["citation"], false);
  requireCitation(issues, data["endedBy"], ["endedBy"], true);
  const from = data["effectiveFrom"];
  const to = data["effectiveTo"];
  if (!model.isCivilDate(from)) issues.add(["effectiveFrom"], "invalid_date", "C\u1EA7n ng\xE0y YYYY-MM-DD c\xF3 th\u1EADt", "Expected a real date YYYY-MM-DD", { received: fmt(from) });
  if (to !== void 0 && !model.isCivilDate(to)) issues.add(["effectiveTo"], "invalid_date", "C\u1EA7n ng\xE0y YYYY-MM-DD c\xF3 th\u1EADt", "Expected a real date YYYY-MM-DD", { received: fmt(to) });
  if (model.isCivilDate(from) && model.isCivilDate(to) && to < from) {
    issues.add(["effectiveTo"], "date_order", "Ng\xE0y h\u1EBFt hi\u1EC7u l\u1EF1c tr\u01B0\u1EDBc ng\xE0y c\xF3 hi\u1EC7u l\u1EF1c", "effectiveTo is before effectiveFrom");
  }
  const scope = data["scope"];
  if (!isObj(scope)) issues.add(["scope"], "invalid_type", "C\u1EA7n ph\u1EA1m vi \xE1p d\u1EE5ng", "Expected a scope");
  else {
    checkKeys(issues, scope, ["scope"], ["kinds", "sectors", "excludeSectors", "citation", "note"]);
    requireCitation(issues, scope["citation"], ["scope", "citation"], false);
    const kinds = scope["kinds"];
    if (!Array.isArray(kinds) || kinds.length === 0) issues.add(["scope", "kinds"], "invalid_type", "C\u1EA7n \xEDt nh\u1EA5t m\u1ED9t lo\u1EA1i h\xECnh", "Expected at least one kind");
    else
      kinds.forEach((k, i) => {
        if (!model.ORGANISATION_KINDS.includes(k)) issues.add(["scope", "kinds", i], "unknown_kind", `Lo\u1EA1i h\xECnh kh\xF4ng t\u1ED3n t\u1EA1i: ${fmt(k)}`, `Unknown kind: ${fmt(k)}`);
      });
    const checkSectors = (list, key) => {
      if (!Array.isArray(list)) return issues.add(["scope", key], "invalid_type", "C\u1EA7n m\u1ED9t m\u1EA3ng l\u0129nh v\u1EF1c", "Expected an array of sectors");
      list.forEach((s, i) => {
        if (!model.SECTORS.includes(s)) issues.add(["scope", key, i], "unknown_sector", `L\u0129nh v\u1EF1c kh\xF4ng t\u1ED3n t\u1EA1i: ${fmt(s)}`, `Unknown sector: ${fmt(s)}`);
      });
    };
    if (scope["sectors"] !== "all") checkSectors(scope["sectors"], "sectors");
    if (scope["excludeSectors"] !== void 0) checkSectors(scope["excludeSectors"], "excludeSectors");
  }
  const total = data["total"];
  const totalOk = requirePoints(issues, total, ["total"]) && total > 0;
  const ids2 = /* @__PURE__ */ new Map();
  const groups = data["groups"];
  const groupMaxima = [];
  if (!Array.isArray(groups) || groups.length === 0) issues.add(["groups"], "invalid_type", "C\u1EA7n \xEDt nh\u1EA5t m\u1ED9t nh\xF3m ti\xEAu ch\xED", "Expected at least one group");
  else
    groups.forEach((group, g) => {
      const at = ["groups", g];
      if (!isObj(group)) return issues.add(at, "invalid_type", "C\u1EA7n m\u1ED9t nh\xF3m", "Expected a group");
      checkKeys(issues, group, at, ["id", "title", "cap", "derived", "criteria", "citation", "note"]);
      const id = group["id"];
      if (requireString(issues, id, [...at, "id"])) {
        if (ids2.has(id)) issues.add([...at, "id"], "duplicate_id", `M\xE3 "${id}" b\u1ECB tr\xF9ng`, `Duplicate id "${id}"`);
        else ids2.set(id, at.join("."));
      }
      requireLabel(issues, group["title"], [...at, "title"]);
      requireCitation(issues, group["citation"], [...at, "citation"], true);
      const rawCap = group["cap"];
      let cap = null;
      if (rawCap !== null && requirePoints(issues, rawCap, [...at, "cap"])) cap = rawCap;
      const criteria = group["criteria"];
      if (!Array.isArray(criteria) || criteria.length === 0) {
        issues.add([...at, "criteria"], "invalid_type", "C\u1EA7n \xEDt nh\u1EA5t m\u1ED9t ti\xEAu ch\xED", "Expected at least one criterion");
        groupMaxima.push(cap);
        return;
      }
      const maxima = criteria.map((c, i) => checkCriterion(issues, c, [...at, "criteria", i], ids2, 0));
      groupMaxima.push(checkSum(issues, maxima, cap, [...at, "cap"], "ti\xEAu ch\xED", "criteria"));
    });
  if (totalOk && groupMaxima.length > 0) checkSum(issues, groupMaxima, total, ["total"], "nh\xF3m", "groups");
  const grades = data["grades"];
  if (!Array.isArray(grades) || grades.length === 0) issues.add(["grades"], "invalid_type", "C\u1EA7n \xEDt nh\u1EA5t m\u1ED9t kho\u1EA3ng x\u1EBFp lo\u1EA1i", "Expected at least one grade band");
  else {
    const bounds = [];
    const seen = /* @__PURE__ */ new Set();
    grades.forEach((band, i) => {
      const at = ["grades", i];
      if (!isObj(band)) return issues.add(at, "invalid_type", "C\u1EA7n m\u1ED9t kho\u1EA3ng x\u1EBFp lo\u1EA1i", "Expected a grade band");
      checkKeys(issues, band, at, ["grade", "gte", "gt", "lt", "lte", "citation"]);
      const grade2 = band["grade"];
      if (!GRADE_ORDER.includes(grade2)) issues.add([...at, "grade"], "unknown_grade", `Lo\u1EA1i kh\xF4ng t\u1ED3n t\u1EA1i: ${fmt(grade2)}`, `Unknown grade: ${fmt(grade2)}`);
      else if (seen.has(grade2)) issues.add([...at, "grade"], "duplicate_grade", `Lo\u1EA1i ${fmt(grade2)} xu\u1EA5t hi\u1EC7n hai l\u1EA7n`, `Grade ${fmt(grade2)} appears twice`);
      seen.add(grade2);
      const b = readBounds2(issues, band, at, i, true);
      if (b) bounds.push(b);
    });
    if (bounds.length === grades.length) {
      const sorted = checkTiling(issues, bounds, ["grades"]);
      const lowest = sorted[0];
      const highest = sorted[sorted.length - 1];
      if (lowest.lower !== void 0 && (lowest.lower.value > 0 || lowest.lower.value === 0 && !lowest.lower.inclusive)) {
        issues.add(["grades", lowest.index], "band_not_exhaustive", "C\xE1c kho\u1EA3ng x\u1EBFp lo\u1EA1i kh\xF4ng bao ph\u1EE7 t\u1EEB 0 \u0111i\u1EC3m", "The grade bands do not cover the totals from 0");
      }
      if (totalOk && highest.upper !== void 0 && (highest.upper.value < total || highest.upper.value === total && !highest.upper.inclusive)) {
        issues.add(["grades", highest.index], "band_not_exhaustive", `C\xE1c kho\u1EA3ng x\u1EBFp lo\u1EA1i kh\xF4ng bao ph\u1EE7 \u0111\u1EBFn ${total} \u0111i\u1EC3m`, `The grade bands do not cover the totals up to ${total}`);
      }
      const rank = (b) => GRADE_ORDER.indexOf(grades[b.index]["grade"]);
      for (let i = 0; i + 1 < sorted.length; i++) {
        if (rank(sorted[i]) <= rank(sorted[i + 1])) {
          issues.add(["grades", sorted[i + 1].index], "grade_order", "Lo\u1EA1i t\u1ED1t h\u01A1n ph\u1EA3i \u1EE9ng v\u1EDBi \u0111i\u1EC3m cao h\u01A1n", "A better grade must sit on higher points");
        }
      }
    }
  }
  const codes = /* @__PURE__ */ new Set();
  const checkRules = (key) => {
    const rules = data[key];
    if (!Array.isArray(rules)) return issues.add([key], "invalid_type", "C\u1EA7n m\u1ED9t m\u1EA3ng (c\xF3 th\u1EC3 r\u1ED7ng)", "Expected an array (possibly empty)");
    rules.forEach((rule, i) => {
      const at = [key, i];
      if (!isObj(rule)) return issues.add(at, "invalid_type", "C\u1EA7n m\u1ED9t quy t\u1EAFc", "Expected a rule");
      checkKeys(issues, rule, at, key === "overrides" ? ["code", "when", "grade", "label", "citation"] : ["code", "when", "label", "citation"]);
      const code = rule["code"];
      if (requireString(issues, code, [...at, "code"])) {
        if (codes.has(code)) issues.add([...at, "code"], "duplicate_id", `M\xE3 quy t\u1EAFc "${code}" b\u1ECB tr\xF9ng`, `Duplicate rule code "${code}"`);
        codes.add(code);
      }
      checkCondition(issues, rule["when"], [...at, "when"]);
      requireLabel(issues, rule["label"], [...at, "label"]);
      requireCitation(issues, rule["citation"], [...at, "citation"], false);
      if (key === "overrides" && !GRADE_ORDER.includes(rule["grade"])) {
        issues.add([...at, "grade"], "unknown_grade", `Lo\u1EA1i kh\xF4ng t\u1ED3n t\u1EA1i: ${fmt(rule["grade"])}`, `Unknown grade: ${fmt(rule["grade"])}`);
      }
    });
  };
  checkRules("notRated");
  checkRules("overrides");
  if (codes.size > MAX_RULES) issues.add(["overrides"], "too_many_rules", `T\u1ED1i \u0111a ${MAX_RULES} quy t\u1EAFc`, `At most ${MAX_RULES} rules`);
  return issues.list.length === 0 ? { ok: true, value: copyFrozen(data) } : { ok: false, issues: issues.list };
};
var defineRulebook = (data) => {
  const result = parseRulebook(data);
  if (result.ok) return result.value;
  const first = result.issues[0];
  throw new model.CoopError(
    "INVALID_RULEBOOK",
    `Invalid rulebook: ${result.issues.length} issue(s); first at ${first.path.join(".") || "(root)"}: ${first.message.en}`,
    { issues: result.issues }
  );
};
var covers = (rulebook, kind, sector) => {
  const scope = rulebook.scope;
  if (kind !== void 0 && !scope.kinds.includes(kind)) return false;
  if (sector === void 0) return true;
  if (scope.excludeSectors?.includes(sector)) return false;
  return scope.sectors === "all" || scope.sectors.includes(sector);
};
var breadth = (rulebook) => rulebook.scope.kinds.length * (rulebook.scope.sectors === "all" ? Number.POSITIVE_INFINITY : rulebook.scope.sectors.length);
var selectRulebook = (rulebooks, query) => {
  const { year } = query;
  const kind = query.kind ?? query.record?.kind;
  const sector = query.sector ?? query.record?.sector;
  const inScope = rulebooks.filter((r) => covers(r, kind, sector));
  const candidates = inScope.filter((r) => inForceForYear(r, year));
  const describe = (list) => list.map((r) => ({ id: r.id, effectiveFrom: r.effectiveFrom, ...r.effectiveTo === void 0 ? {} : { effectiveTo: r.effectiveTo } }));
  if (candidates.length === 0) {
    const reason = inScope.length > 0 ? "not-in-force" : "out-of-scope";
    throw new model.CoopError(
      "NO_RULEBOOK_IN_FORCE",
      reason === "not-in-force" ? `No rulebook was in force on 31 December ${year} for ${kind ?? "any kind"} / ${sector ?? "any sector"}; covering that scope in other years: ${inScope.map((r) => r.id).join(", ")}` : `No rulebook covers ${kind ?? "any kind"} / ${sector ?? "any sector"}`,
      { year, kind, sector, reason, candidates: describe(inScope) }
    );
  }
  if (candidates.length === 1) return candidates[0];
  const ambiguous = () => {
    throw new model.CoopError(
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

// src/size-class-rules.ts
var BN = 1e9;
var AGRICULTURE = [
  "agriculture-crop",
  "agriculture-livestock",
  "agriculture-forestry",
  "agriculture-fishery",
  "agriculture-salt",
  "agriculture-clean-water",
  "agriculture-general"
];
var SIZE_CLASS_01_2020_MEMBERS = {
  id: "circular-01-2020-members",
  title: { vi: "Quy m\xF4 theo s\u1ED1 th\xE0nh vi\xEAn (Th\xF4ng t\u01B0 01/2020/TT-BKH\u0110T)", en: "Size by members (Circular 01/2020/TT-BKH\u0110T)" },
  basis: "members",
  kinds: ["cooperative", "union"],
  effectiveFrom: "2020-04-01",
  effectiveTo: "2025-09-17",
  tables: [
    {
      sectors: "all",
      classes: [
        { class: "large", all: [{ field: "officialMembers", gt: 1e3 }] },
        { class: "medium", all: [{ field: "officialMembers", gt: 300 }] },
        { class: "small", all: [{ field: "officialMembers", gte: 50 }] }
      ],
      otherwise: "micro"
    }
  ],
  citation: { document: "Th\xF4ng t\u01B0 01/2020/TT-BKH\u0110T", note: "Si\xEAu nh\u1ECF < 50; nh\u1ECF 50\u2013300; v\u1EEBa > 300\u20131.000; l\u1EDBn > 1.000 th\xE0nh vi\xEAn." }
};
var SIZE_CLASS_01_2020_CAPITAL = {
  id: "circular-01-2020-capital",
  title: { vi: "Quy m\xF4 theo v\u1ED1n (Th\xF4ng t\u01B0 01/2020/TT-BKH\u0110T)", en: "Size by capital (Circular 01/2020/TT-BKH\u0110T)" },
  basis: "capital",
  kinds: ["cooperative", "union"],
  effectiveFrom: "2020-04-01",
  effectiveTo: "2025-09-17",
  tables: [
    {
      sectors: "all",
      classes: [
        { class: "unknown", all: [{ field: "totalCapital", gte: 5 * BN }] },
        { class: "small", all: [{ field: "totalCapital", gte: 1 * BN }] }
      ],
      otherwise: "micro",
      note: "Bands from 5 bn VND up were not recovered: such capital gives `unknown`."
    }
  ],
  citation: { document: "Th\xF4ng t\u01B0 01/2020/TT-BKH\u0110T", note: "Si\xEAu nh\u1ECF < 1 t\u1EF7 \u0111\u1ED3ng; nh\u1ECF 1 \u0111\u1EBFn < 5 t\u1EF7 \u0111\u1ED3ng; c\xE1c m\u1EE9c cao h\u01A1n ch\u01B0a kh\xF4i ph\u1EE5c \u0111\u01B0\u1EE3c." }
};
var SIZE_CLASS_113_2024 = {
  id: "decree-113-2024",
  title: { vi: "Quy m\xF4 h\u1EE3p t\xE1c x\xE3 theo Ngh\u1ECB \u0111\u1ECBnh 113/2024/N\u0110-CP", en: "Cooperative size under Decree 113/2024/N\u0110-CP" },
  basis: "members+revenue-or-capital",
  kinds: ["cooperative", "union"],
  effectiveFrom: "2024-11-01",
  tables: [
    {
      sectors: AGRICULTURE,
      classes: [
        { class: "large", all: [{ field: "officialMembers", gte: 300 }], any: [{ field: "revenue", gte: 50 * BN }, { field: "totalCapital", gte: 10 * BN }] },
        { class: "medium", all: [{ field: "officialMembers", gte: 200 }], any: [{ field: "revenue", gte: 10 * BN }, { field: "totalCapital", gte: 5 * BN }] },
        { class: "small", all: [{ field: "officialMembers", gte: 50 }], any: [{ field: "revenue", gte: 2 * BN }, { field: "totalCapital", gte: 1 * BN }] }
      ],
      otherwise: "micro"
    },
    {
      sectors: ["industry-construction"],
      classes: [
        { class: "large", all: [{ field: "officialMembers", gte: 100 }], any: [{ field: "revenue", gte: 80 * BN }, { field: "totalCapital", gte: 20 * BN }] }
      ],
      otherwise: "unknown",
      note: 'Only the "large" row of industry\u2013construction was recovered.'
    },
    { sectors: "all", classes: [], otherwise: "unknown", note: "The rows of the other sectors were not recovered." }
  ],
  citation: { document: "Ngh\u1ECB \u0111\u1ECBnh 113/2024/N\u0110-CP", note: "Ti\xEAu ch\xED x\xE1c \u0111\u1ECBnh quy m\xF4 h\u1EE3p t\xE1c x\xE3 theo l\u0129nh v\u1EF1c." }
};
var SIZE_CLASS_RULES = [SIZE_CLASS_113_2024, SIZE_CLASS_01_2020_MEMBERS, SIZE_CLASS_01_2020_CAPITAL];

// src/size-class.ts
var LABELS = {
  micro: { vi: "Si\xEAu nh\u1ECF", en: "Micro" },
  small: { vi: "Nh\u1ECF", en: "Small" },
  medium: { vi: "V\u1EEBa", en: "Medium" },
  large: { vi: "L\u1EDBn", en: "Large" },
  unknown: { vi: "Ch\u01B0a x\xE1c \u0111\u1ECBnh", en: "Unknown" }
};
var test = (t, record, missing) => {
  const v = record[t.field];
  if (typeof v !== "number") {
    missing.add(t.field);
    return void 0;
  }
  return t.gte !== void 0 ? v >= t.gte : t.gt !== void 0 ? v > t.gt : true;
};
var and = (values) => values.includes(false) ? false : values.includes(void 0) ? void 0 : true;
var or = (values) => values.includes(true) ? true : values.includes(void 0) ? void 0 : false;
var sizeClass = (record, options) => {
  const { on } = options;
  if (typeof on !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(on)) {
    throw new model.CoopError("INVALID_DATE", `sizeClass needs { on: 'YYYY-MM-DD' }; received ${String(on)}`, { received: on });
  }
  const rules = (options.rules ?? SIZE_CLASS_RULES).filter(
    (r) => inForceOn(r, on) && r.kinds.includes(record.kind) && (options.basis === void 0 || r.basis === options.basis)
  );
  let rule;
  for (const r of rules) if (rule === void 0 || r.effectiveFrom > rule.effectiveFrom) rule = r;
  if (rule === void 0) return { class: "unknown", reason: "no-rule", label: LABELS.unknown };
  const ref = { id: rule.id, basis: rule.basis, citation: rule.citation };
  const table = rule.tables.find((t) => t.sectors === "all" || t.sectors.includes(record.sector));
  if (table === void 0) return { class: "unknown", reason: "not-recovered", rule: ref, label: LABELS.unknown };
  const missing = /* @__PURE__ */ new Set();
  for (const condition of table.classes) {
    const holds = and([
      and(condition.all.map((t) => test(t, record, missing))),
      condition.any === void 0 ? true : or(condition.any.map((t) => test(t, record, missing)))
    ]);
    if (holds === void 0) return { class: "unknown", reason: "missing-data", missing: [...missing], rule: ref, label: LABELS.unknown };
    if (holds) {
      return condition.class === "unknown" ? { class: "unknown", reason: "not-recovered", rule: ref, label: LABELS.unknown } : { class: condition.class, rule: ref, label: LABELS[condition.class] };
    }
  }
  if (table.otherwise === "unknown") return { class: "unknown", reason: "not-recovered", rule: ref, label: LABELS.unknown };
  return { class: table.otherwise, rule: ref, label: LABELS[table.otherwise] };
};

exports.BUILT_IN_RULEBOOKS = BUILT_IN_RULEBOOKS;
exports.CIRCULAR_01_2020 = CIRCULAR_01_2020;
exports.CIRCULAR_09_2017 = CIRCULAR_09_2017;
exports.DEFAULT_PROGRESS_THRESHOLDS = DEFAULT_PROGRESS_THRESHOLDS;
exports.PROGRESS_STATUSES = PROGRESS_STATUSES;
exports.PROGRESS_STATUS_LABELS = PROGRESS_STATUS_LABELS;
exports.SIZE_CLASS_01_2020_CAPITAL = SIZE_CLASS_01_2020_CAPITAL;
exports.SIZE_CLASS_01_2020_MEMBERS = SIZE_CLASS_01_2020_MEMBERS;
exports.SIZE_CLASS_113_2024 = SIZE_CLASS_113_2024;
exports.SIZE_CLASS_RULES = SIZE_CLASS_RULES;
exports.asOfYear = asOfYear;
exports.assessProgress = assessProgress;
exports.comparatorPhrase = comparatorPhrase;
exports.computeIndicator = computeIndicator;
exports.createEvaluationCache = createEvaluationCache;
exports.defineRulebook = defineRulebook;
exports.evaluatePlan = evaluatePlan;
exports.evaluatePlans = evaluatePlans;
exports.evaluateTarget = evaluateTarget;
exports.formatIndicatorValue = formatIndicatorValue;
exports.grade = grade;
exports.gradeEach = gradeEach;
exports.gradeMany = gradeMany;
exports.joinExplanation = joinExplanation;
exports.meetsComparator = meetsComparator;
exports.parseRulebook = parseRulebook;
exports.selectRulebook = selectRulebook;
exports.sizeClass = sizeClass;
exports.summariseGrades = summariseGrades;
exports.targetGap = targetGap;
exports.trackTasks = trackTasks;
