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
const SLOT_PATHS = (() => {
  const top = [];
  const groups = /* @__PURE__ */ new Map();
  for (const [path, type] of Object.entries(RECORD_FIELDS)) {
    if (checkOf(type) === void 0) continue;
    const dot = path.indexOf(".");
    if (dot < 0) top.push(path);
    else groups.set(path.slice(0, dot), [...groups.get(path.slice(0, dot)) ?? [], path]);
  }
  return ["kind", "sector", "areaCode", ...top, ...[...groups.values()].flat()];
})();
const FIRST_FIELD_SLOT = 3;
const SLOT_KEYS = SLOT_PATHS.map((path) => path.slice(path.indexOf(".") + 1));
const GROUP_NAMES = [...new Set(SLOT_PATHS.filter((path) => path.includes(".")).map((path) => path.slice(0, path.indexOf("."))))];
const SLOT_GROUP = SLOT_PATHS.map((path) => GROUP_NAMES.indexOf(path.slice(0, Math.max(0, path.indexOf(".")))));
const SLOT_CHECKS = SLOT_PATHS.map(
  (path) => path === "kind" || path === "sector" || path === "areaCode" ? void 0 : checkOf(RECORD_FIELDS[path])
);
const GROUP_START = GROUP_NAMES.map((_, g) => SLOT_GROUP.indexOf(g));
const slotOf = (path) => SLOT_PATHS.indexOf(path);
const groupOf = (value) => isObjectLike(value) ? value : void 0;
const readNamed = (r, s, groups) => {
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
const readKeyed = (r, s, groups, at) => {
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
const checkSlots = (sink, scratch, from, to) => {
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
const NUMBER_SLOTS = [];
const BOOLEAN_SLOTS = [];
const DATE_SLOTS = [];
for (let i = FIRST_FIELD_SLOT; i < SLOT_PATHS.length; i += 1) {
  (SLOT_CHECKS[i] === "number" ? NUMBER_SLOTS : SLOT_CHECKS[i] === "boolean" ? BOOLEAN_SLOTS : DATE_SLOTS).push(i);
}
const slotsPass = (scratch) => {
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
const readAndCheckFields = (r, sink, scratch) => {
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
const checkRecord = (record, sink, scratch) => {
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
    if (!SECTOR_SET.has(sector)) push(sink, [k1], sector === void 0 ? "missing" : "invalid_enum", "L\u0129nh v\u1EF1c kh\xF4ng h\u1EE3p l\u1EC7", "Unknown sector", sector);
    k1 = "grade";
    const grade = r.grade;
    if (grade !== void 0 && !RECORD_GRADES.has(grade)) push(sink, [k1], "invalid_enum", "X\u1EBFp lo\u1EA1i kh\xF4ng h\u1EE3p l\u1EC7", "Unknown grade", grade);
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
const checkRecords = (records, prefix, visit) => {
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
export {
  SLOT_PATHS,
  checkRecords,
  slotOf
};
