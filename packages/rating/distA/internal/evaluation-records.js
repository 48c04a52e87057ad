import { GRADES, ORGANISATION_KINDS, RECORD_FIELDS, SECTORS, isCivilDate } from "@coop/model";
import { fail, isFiniteNumber, isObjectLike, isText, isYear, makeIssue, MAX_ISSUES, unreadableIssue } from "./evaluation-guard.js";
const checkOf = (type) => {
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
const TOP_CHECKS = /* @__PURE__ */ new Map();
const GROUP_NAMES = [];
const GROUP_KEYS = [];
const GROUP_CHECKS = [];
for (const [path, type] of Object.entries(RECORD_FIELDS)) {
  const check = checkOf(type);
  if (check === void 0) continue;
  const dot = path.indexOf(".");
  if (dot < 0) {
    TOP_CHECKS.set(path, check);
    continue;
  }
  const group = path.slice(0, dot);
  let g = GROUP_NAMES.indexOf(group);
  if (g < 0) {
    g = GROUP_NAMES.length;
    GROUP_NAMES.push(group);
    GROUP_KEYS.push([]);
    GROUP_CHECKS.push([]);
  }
  GROUP_KEYS[g].push(path.slice(dot + 1));
  GROUP_CHECKS[g].push(check);
}
const TOP_KEYS = [...TOP_CHECKS.keys()];
const KINDS = new Set(ORGANISATION_KINDS);
const SECTOR_SET = new Set(SECTORS);
const RECORD_GRADES = /* @__PURE__ */ new Set([...GRADES, "not-rated"]);
const twoDigits = (s, i) => {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};
const isDate = (value) => {
  if (typeof value !== "string") return false;
  if (value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45 && twoDigits(value, 0) >= 0 && twoDigits(value, 2) >= 0) {
    const month = twoDigits(value, 5);
    const day = twoDigits(value, 8);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 28) return true;
  }
  return isCivilDate(value);
};
const valueOk = (check, value) => check === "number" ? isFiniteNumber(value) : check === "boolean" ? typeof value === "boolean" : isDate(value);
const EXPECTED = {
  number: { vi: "C\u1EA7n m\u1ED9t s\u1ED1 h\u1EEFu h\u1EA1n (ho\u1EB7c b\u1ECF tr\u1ED1ng)", en: "Expected a finite number (or the field absent)" },
  boolean: { vi: "C\u1EA7n true/false (ho\u1EB7c b\u1ECF tr\u1ED1ng)", en: "Expected true or false (or the field absent)" },
  date: { vi: "C\u1EA7n ng\xE0y YYYY-MM-DD (ho\u1EB7c b\u1ECF tr\u1ED1ng)", en: "Expected a YYYY-MM-DD date (or the field absent)" }
};
const push = (sink, keys, code, vi, en, value) => {
  sink.issues.push(makeIssue([...sink.prefix, sink.index, ...keys], code, vi, en, { received: value }));
};
const invalidValue = (sink, check, value, key, subKey) => {
  push(sink, subKey === void 0 ? [key] : [key, subKey], "invalid_value", EXPECTED[check].vi, EXPECTED[check].en, value);
};
const notAGroup = (sink, group, value) => {
  push(sink, [group], "invalid_type", "C\u1EA7n m\u1ED9t \u0111\u1ED1i t\u01B0\u1EE3ng (ho\u1EB7c b\u1ECF tr\u1ED1ng)", "Expected an object (or the field absent)", value);
};
const checkRecord = (record, sink) => {
  let k1;
  let k2;
  let k3;
  try {
    if (!isObjectLike(record)) {
      push(sink, [], "invalid_type", "C\u1EA7n m\u1ED9t b\u1EA3n ghi (\u0111\u1ED1i t\u01B0\u1EE3ng)", "Expected a record object", record);
      return;
    }
    const r = record;
    k1 = "organisationId";
    const id = r.organisationId;
    if (!isText(id)) push(sink, [k1], id === void 0 ? "missing" : "invalid_type", "C\u1EA7n m\u1ED9t chu\u1ED7i kh\xF4ng r\u1ED7ng", "Expected a non-empty string", id);
    k1 = "areaCode";
    const areaCode = r.areaCode;
    if (!isText(areaCode)) push(sink, [k1], areaCode === void 0 ? "missing" : "invalid_type", "C\u1EA7n m\u1ED9t chu\u1ED7i kh\xF4ng r\u1ED7ng", "Expected a non-empty string", areaCode);
    k1 = "year";
    const year = r.year;
    if (!isYear(year)) push(sink, [k1], year === void 0 ? "missing" : "invalid_year", "C\u1EA7n m\u1ED9t n\u0103m (s\u1ED1 nguy\xEAn 1900\u20132199)", "Expected a year (an integer 1900\u20132199)", year);
    k1 = "kind";
    const kind = r.kind;
    if (!KINDS.has(kind)) push(sink, [k1], kind === void 0 ? "missing" : "invalid_enum", "Lo\u1EA1i t\u1ED5 ch\u1EE9c kh\xF4ng h\u1EE3p l\u1EC7", "Unknown organisation kind", kind);
    k1 = "sector";
    const sector = r.sector;
    if (!SECTOR_SET.has(sector)) push(sink, [k1], sector === void 0 ? "missing" : "invalid_enum", "L\u0129nh v\u1EF1c kh\xF4ng h\u1EE3p l\u1EC7", "Unknown sector", sector);
    k1 = "grade";
    const grade = r.grade;
    if (grade !== void 0 && !RECORD_GRADES.has(grade)) push(sink, [k1], "invalid_enum", "X\u1EBFp lo\u1EA1i kh\xF4ng h\u1EE3p l\u1EC7", "Unknown grade", grade);
    k1 = "name";
    const name = r.name;
    if (name !== void 0 && typeof name !== "string") push(sink, [k1], "invalid_type", "C\u1EA7n m\u1ED9t chu\u1ED7i", "Expected a string", name);
    k1 = void 0;
    const proto = Object.getPrototypeOf(r);
    const keys = proto === Object.prototype || proto === null ? Object.keys(r) : TOP_KEYS;
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i];
      const check = TOP_CHECKS.get(key);
      if (check === void 0) continue;
      k1 = key;
      const v = r[key];
      if (v !== void 0 && !valueOk(check, v)) invalidValue(sink, check, v, key);
    }
    for (let g = 0; g < GROUP_NAMES.length; g += 1) {
      const group = GROUP_NAMES[g];
      k1 = group;
      const fields = r[group];
      if (fields === void 0) continue;
      if (!isObjectLike(fields)) {
        notAGroup(sink, group, fields);
        continue;
      }
      const keys2 = GROUP_KEYS[g];
      const checks = GROUP_CHECKS[g];
      for (let i = 0; i < keys2.length; i += 1) {
        const key = keys2[i];
        k2 = key;
        const v = fields[key];
        if (v !== void 0 && !valueOk(checks[i], v)) invalidValue(sink, checks[i], v, group, key);
      }
      k2 = void 0;
    }
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
    if (!isObjectLike(points)) {
      push(sink, ["sheet", "points"], "invalid_type", "\u0110i\u1EC3m ph\u1EA3i l\xE0 \u0111\u1ED1i t\u01B0\u1EE3ng", "Points must be an object", points);
      return;
    }
    const pointKeys = Object.keys(points);
    for (let i = 0; i < pointKeys.length; i += 1) {
      const key = pointKeys[i];
      k3 = key;
      const v = points[key];
      if (!isFiniteNumber(v)) {
        push(sink, ["sheet", "points", key], "invalid_value", "\u0110i\u1EC3m ph\u1EA3i l\xE0 s\u1ED1 h\u1EEFu h\u1EA1n", "Points must be finite numbers", v);
        if (sink.issues.length >= MAX_ISSUES) return;
      }
    }
  } catch (error) {
    const where = [...sink.prefix, sink.index];
    if (k1 !== void 0) where.push(k1);
    if (k2 !== void 0) where.push(k2);
    if (k3 !== void 0) where.push(k3);
    sink.issues.push(unreadableIssue(where, error));
  }
};
const checkRecords = (records, prefix) => {
  const issues = [];
  let length = 0;
  try {
    length = records.length;
  } catch (error) {
    fail("INVALID_RECORD", "records", [unreadableIssue([...prefix, "length"], error)]);
  }
  const sink = { issues, prefix, index: 0 };
  for (let i = 0; i < length && issues.length < MAX_ISSUES; i += 1) {
    let record;
    try {
      record = records[i];
    } catch (error) {
      issues.push(unreadableIssue([...prefix, i], error));
      continue;
    }
    sink.index = i;
    checkRecord(record, sink);
  }
  const first = issues[0];
  if (first !== void 0) {
    const rest = first.path.slice(prefix.length);
    fail("INVALID_RECORD", "records", issues, { index: rest[0], field: rest.slice(1).join("."), path: first.path });
  }
  return records;
};
export {
  checkRecords
};
