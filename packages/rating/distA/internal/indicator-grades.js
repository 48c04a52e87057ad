import { compileRulebook, yearInfo } from "./grade-compile.js";
import { gradeCompiled, graderFor, quickGrade } from "./grade-core.js";
import { bulkSheetReader } from "./prepared-reader.js";
import { GRADE_CODE_NAMES } from "./indicator-condition.js";
import { fail, isFiniteNumber, makeIssue, MAX_ISSUES, unreadableIssue } from "./evaluation-guard.js";
const NONE = Object.freeze({ grade: void 0, from: "none", rulebook: void 0, note: void 0 });
const codeOf = (grade) => {
  const code = GRADE_CODE_NAMES.indexOf(grade);
  return code < 0 ? 0 : code;
};
const SOURCES = ["sheet", "data", "none"];
const NOTES = [void 0, "unknown-rulebook", "incomplete", "not-in-force", "grading-failed"];
const interner = () => {
  const made = /* @__PURE__ */ new Map();
  return (grade, from, rulebook, note) => {
    if (grade === void 0 && from === "none" && rulebook === void 0 && note === void 0) return NONE;
    let slots = made.get(rulebook);
    if (slots === void 0) {
      slots = [];
      made.set(rulebook, slots);
    }
    const slot = (codeOf(grade) * SOURCES.length + SOURCES.indexOf(from)) * NOTES.length + NOTES.indexOf(note);
    return slots[slot] ??= Object.freeze({ grade, from, rulebook, note });
  };
};
const gradersOf = (rulebooks) => {
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
const fromData = (record, make, note, rulebook) => record.grade !== void 0 ? make(record.grade, "data", rulebook, note) : make(void 0, "none", rulebook, note);
const invalidPoint = (id, value) => ({
  keys: ["sheet", "points", id],
  issue: (path) => makeIssue(path, "invalid_value", "\u0110i\u1EC3m ph\u1EA3i l\xE0 s\u1ED1 h\u1EEFu h\u1EA1n", "Points must be finite numbers", { received: value })
});
const unreadablePoint = (id, error) => ({ keys: ["sheet", "points", id], issue: (path) => unreadableIssue(path, error) });
const pointProblems = (g, points) => {
  try {
    g.read(points, g.values);
    let finite = true;
    for (let i = 0; i < g.values.length; i += 1) {
      const v = g.values[i];
      if (v - v !== 0) finite = false;
    }
    if (finite) return void 0;
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
const inForceNote = (g, year) => yearInfo(g.c, year).ref.inForce ? void 0 : "not-in-force";
const gradeInfo = (record, graders, make) => {
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
const rowGrader = (rulebooks) => {
  const graders = gradersOf(rulebooks);
  const make = interner();
  return (record) => gradeInfo(record, graders, make);
};
class GradeFactsBuilder {
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
      const grown = new Uint8Array(Math.max(16, row * 2));
      grown.set(this.codes);
      this.codes = grown;
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
}
const gradeFrame = (frame, rulebooks, invalid) => {
  const grade = rowGrader(rulebooks);
  const rows = frame.rows;
  const builder = new GradeFactsBuilder(rows.length);
  let valid = true;
  for (let i = 0; i < rows.length; i += 1) {
    const info = grade(rows[i]);
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
const isProblems = (info) => Array.isArray(info);
const gradeFacts = (frame, rulebooks) => {
  const issues = [];
  const facts = frame.grades.get(rulebooks) ?? gradeFrame(frame, rulebooks, (_row, problems) => issues.push(...problems.map((p) => p.issue(p.keys))));
  return facts ?? fail("INVALID_RECORD", "records", issues.slice(0, MAX_ISSUES));
};
export {
  GradeFactsBuilder,
  gradeFacts,
  gradeFrame,
  isProblems,
  rowGrader
};
