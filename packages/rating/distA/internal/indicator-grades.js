import { compileRulebook } from "./grade-compile.js";
import { gradeCompiled, graderFor } from "./grade-core.js";
import { bulkSheetReader } from "./prepared-reader.js";
const NONE = Object.freeze({ grade: void 0, from: "none", rulebook: void 0, note: void 0 });
const interner = () => {
  const made = /* @__PURE__ */ new Map();
  return (grade, from, rulebook, note) => {
    if (grade === void 0 && from === "none" && rulebook === void 0 && note === void 0) return NONE;
    const key = `${grade}\0${from}\0${rulebook}\0${note}`;
    let known = made.get(key);
    if (known === void 0) {
      known = Object.freeze({ grade, from, rulebook, note });
      made.set(key, known);
    }
    return known;
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
const gradeInfo = (record, graders, make) => {
  const sheet = record.sheet;
  if (sheet === void 0) return fromData(record, make, void 0, void 0);
  const id = sheet.rulebook;
  const g = graders(id);
  if (g === void 0) return fromData(record, make, "unknown-rulebook", id);
  if (g === null) return fromData(record, make, "grading-failed", id);
  let result;
  try {
    result = gradeCompiled(g, record, record.year);
  } catch {
    return fromData(record, make, "grading-failed", id);
  }
  if (result.status === "incomplete" && result.grade === void 0) return fromData(record, make, "incomplete", id);
  const note = result.rulebook.inForce ? void 0 : "not-in-force";
  return make(result.status === "not-rated" ? "not-rated" : result.grade, "sheet", id, note);
};
const gradeColumn = (frame, rulebooks) => {
  let column = frame.grades.get(rulebooks);
  if (column === void 0) {
    column = new Array(frame.rows.length);
    frame.grades.set(rulebooks, column);
  }
  const graders = gradersOf(rulebooks);
  const make = interner();
  const rows = frame.rows;
  const known = column;
  return (row) => {
    const cached = known[row];
    if (cached !== void 0) return cached;
    const read = gradeInfo(rows[row], graders, make);
    known[row] = read;
    return read;
  };
};
export {
  gradeColumn
};
