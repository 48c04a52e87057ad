import {
  CoopError,
  ORGANISATION_KINDS,
  RECORD_FIELDS,
  SECTORS,
  isCivilDate,
  isRecordField
} from "@coop/model";
import { toHundredths } from "./internal/points.js";
const GRADE_ORDER = ["good", "fair", "average", "weak"];
const NUMERIC_TYPES = /* @__PURE__ */ new Set(["count", "vnd", "months", "hectares"]);
const MAX_RULES = 30;
const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const isNum = (v) => typeof v === "number" && Number.isFinite(v);
const fmt = (v) => typeof v === "string" ? JSON.stringify(v) : String(v);
const makeIssues = () => {
  const list = [];
  return {
    list,
    add: (path, code, vi, en, extra = {}) => {
      const message = { vi, en };
      list.push({ path: [...path], code, message, ...extra });
    }
  };
};
const checkKeys = (issues, value, path, allowed) => {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      issues.add([...path, key], "unknown_key", `Kh\xF3a kh\xF4ng h\u1EE3p l\u1EC7 "${key}"`, `Unknown key "${key}"`, { expected: allowed.join(", ") });
    }
  }
};
const requireString = (issues, value, path) => {
  if (typeof value === "string" && value.length > 0) return true;
  issues.add(path, "invalid_type", "C\u1EA7n m\u1ED9t chu\u1ED7i kh\xF4ng r\u1ED7ng", "Expected a non-empty string", { received: typeof value });
  return false;
};
const requireLabel = (issues, value, path) => {
  if (!isObj(value)) {
    issues.add(path, "invalid_type", "C\u1EA7n nh\xE3n { vi, en }", "Expected a label { vi, en }", { received: typeof value });
    return;
  }
  requireString(issues, value["vi"], [...path, "vi"]);
  requireString(issues, value["en"], [...path, "en"]);
};
const requireCitation = (issues, value, path, optional) => {
  if (value === void 0 && optional) return;
  if (!isObj(value)) {
    issues.add(path, "invalid_type", "C\u1EA7n tr\xEDch d\u1EABn { document, clause? }", "Expected a citation { document, clause? }");
    return;
  }
  requireString(issues, value["document"], [...path, "document"]);
};
const requirePoints = (issues, value, path, max) => {
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
const readBounds = (issues, band, path, index, hundredths) => {
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
const checkTiling = (issues, bands, path) => {
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
const checkCondition = (issues, value, path) => {
  if (!isObj(value)) {
    issues.add(path, "invalid_condition", "C\u1EA7n \u0111i\u1EC1u ki\u1EC7n { field, \u2026 }", "Expected a condition { field, \u2026 }");
    return;
  }
  checkKeys(issues, value, path, ["field", "eq", "gt", "gte", "lt", "lte"]);
  const field = value["field"];
  if (typeof field !== "string" || !isRecordField(field)) {
    issues.add([...path, "field"], "unknown_field", `Tr\u01B0\u1EDDng d\u1EEF li\u1EC7u kh\xF4ng t\u1ED3n t\u1EA1i: ${fmt(field)}`, `Unknown record field: ${fmt(field)}`, {
      received: fmt(field)
    });
    return;
  }
  const type = RECORD_FIELDS[field];
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
const checkNumericField = (issues, value, path) => {
  if (typeof value !== "string" || !isRecordField(value)) {
    issues.add(path, "unknown_field", `Tr\u01B0\u1EDDng d\u1EEF li\u1EC7u kh\xF4ng t\u1ED3n t\u1EA1i: ${fmt(value)}`, `Unknown record field: ${fmt(value)}`, { received: fmt(value) });
  } else if (!NUMERIC_TYPES.has(RECORD_FIELDS[value])) {
    issues.add(path, "invalid_field_type", `Tr\u01B0\u1EDDng ${value} kh\xF4ng ph\u1EA3i s\u1ED1`, `Field ${value} is not numeric`, { received: RECORD_FIELDS[value] });
  }
};
const checkTiers = (issues, tiers, path, max) => {
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
    const b = readBounds(issues, band, at, i, false);
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
const checkCriterion = (issues, value, path, ids, depth) => {
  if (!isObj(value)) {
    issues.add(path, "invalid_type", "C\u1EA7n m\u1ED9t ti\xEAu ch\xED", "Expected a criterion");
    return null;
  }
  checkKeys(issues, value, path, ["id", "title", "max", "criteria", "tiers", "citation", "note"]);
  const id = value["id"];
  if (requireString(issues, id, [...path, "id"])) {
    if (ids.has(id)) issues.add([...path, "id"], "duplicate_id", `M\xE3 "${id}" b\u1ECB tr\xF9ng (\u0111\xE3 d\xF9ng \u1EDF ${ids.get(id)})`, `Duplicate id "${id}" (already used at ${ids.get(id)})`);
    else ids.set(id, path.join("."));
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
  const maxima = children.map((child, i) => checkCriterion(issues, child, [...path, "criteria", i], ids, depth + 1));
  return checkSum(issues, maxima, max, [...path, "max"], "ti\xEAu ch\xED con", "sub-criteria");
};
const checkSum = (issues, parts, whole, path, viParts, enParts) => {
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
const copyFrozen = (value) => {
  if (Array.isArray(value)) return Object.freeze(value.map(copyFrozen));
  if (isObj(value)) {
    const out = {};
    for (const key of Object.keys(value)) out[key] = copyFrozen(value[key]);
    return Object.freeze(out);
  }
  return value;
};
const parseRulebook = (data) => {
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
  if (!isCivilDate(from)) issues.add(["effectiveFrom"], "invalid_date", "C\u1EA7n ng\xE0y YYYY-MM-DD c\xF3 th\u1EADt", "Expected a real date YYYY-MM-DD", { received: fmt(from) });
  if (to !== void 0 && !isCivilDate(to)) issues.add(["effectiveTo"], "invalid_date", "C\u1EA7n ng\xE0y YYYY-MM-DD c\xF3 th\u1EADt", "Expected a real date YYYY-MM-DD", { received: fmt(to) });
  if (isCivilDate(from) && isCivilDate(to) && to < from) {
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
        if (!ORGANISATION_KINDS.includes(k)) issues.add(["scope", "kinds", i], "unknown_kind", `Lo\u1EA1i h\xECnh kh\xF4ng t\u1ED3n t\u1EA1i: ${fmt(k)}`, `Unknown kind: ${fmt(k)}`);
      });
    const checkSectors = (list, key) => {
      if (!Array.isArray(list)) return issues.add(["scope", key], "invalid_type", "C\u1EA7n m\u1ED9t m\u1EA3ng l\u0129nh v\u1EF1c", "Expected an array of sectors");
      list.forEach((s, i) => {
        if (!SECTORS.includes(s)) issues.add(["scope", key, i], "unknown_sector", `L\u0129nh v\u1EF1c kh\xF4ng t\u1ED3n t\u1EA1i: ${fmt(s)}`, `Unknown sector: ${fmt(s)}`);
      });
    };
    if (scope["sectors"] !== "all") checkSectors(scope["sectors"], "sectors");
    if (scope["excludeSectors"] !== void 0) checkSectors(scope["excludeSectors"], "excludeSectors");
  }
  const total = data["total"];
  const totalOk = requirePoints(issues, total, ["total"]) && total > 0;
  const ids = /* @__PURE__ */ new Map();
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
        if (ids.has(id)) issues.add([...at, "id"], "duplicate_id", `M\xE3 "${id}" b\u1ECB tr\xF9ng`, `Duplicate id "${id}"`);
        else ids.set(id, at.join("."));
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
      const maxima = criteria.map((c, i) => checkCriterion(issues, c, [...at, "criteria", i], ids, 0));
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
      const grade = band["grade"];
      if (!GRADE_ORDER.includes(grade)) issues.add([...at, "grade"], "unknown_grade", `Lo\u1EA1i kh\xF4ng t\u1ED3n t\u1EA1i: ${fmt(grade)}`, `Unknown grade: ${fmt(grade)}`);
      else if (seen.has(grade)) issues.add([...at, "grade"], "duplicate_grade", `Lo\u1EA1i ${fmt(grade)} xu\u1EA5t hi\u1EC7n hai l\u1EA7n`, `Grade ${fmt(grade)} appears twice`);
      seen.add(grade);
      const b = readBounds(issues, band, at, i, true);
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
const defineRulebook = (data) => {
  const result = parseRulebook(data);
  if (result.ok) return result.value;
  const first = result.issues[0];
  throw new CoopError(
    "INVALID_RULEBOOK",
    `Invalid rulebook: ${result.issues.length} issue(s); first at ${first.path.join(".") || "(root)"}: ${first.message.en}`,
    { issues: result.issues }
  );
};
export {
  defineRulebook,
  parseRulebook
};
