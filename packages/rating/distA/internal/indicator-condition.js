import { CoopError, compareRational, rational } from "@coop/model";
import { absentNumber, columnValue, dateNumber, INT_ABSENT } from "./frame-columns.js";
const FALSE = 0;
const TRUE = 1;
const UNKNOWN = 2;
const GRADE_CODE_NAMES = [void 0, "good", "fair", "average", "weak", "not-rated"];
const compareWith = (value, bound) => {
  let c;
  if (typeof value === "number") {
    if (bound.num !== void 0) c = value < bound.num ? -1 : value > bound.num ? 1 : 0;
    else if (bound.exact !== void 0) c = compareRational(rational(value), bound.exact);
    else return UNKNOWN;
  } else if (typeof value === "string" && bound.text !== void 0) {
    c = value < bound.text ? -1 : value > bound.text ? 1 : 0;
  } else return UNKNOWN;
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
const makeBound = (op, raw) => {
  if (typeof raw === "number") return { op, num: raw, exact: void 0, text: void 0 };
  const numeric = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(raw.trim());
  return { op, num: void 0, exact: numeric ? rational(raw) : void 0, text: numeric ? void 0 : raw };
};
const MAX_CONDITION_DEPTH = 64;
const tooDeep = () => {
  throw new CoopError("CONDITION_TOO_DEEP", `A condition is nested more than ${MAX_CONDITION_DEPTH} levels deep`, { limit: MAX_CONDITION_DEPTH });
};
const AND = Uint8Array.of(FALSE, FALSE, FALSE, FALSE, TRUE, UNKNOWN, FALSE, UNKNOWN, UNKNOWN);
const OR = Uint8Array.of(FALSE, TRUE, UNKNOWN, TRUE, TRUE, TRUE, UNKNOWN, TRUE, UNKNOWN);
const NOT = Uint8Array.of(TRUE, FALSE, UNKNOWN);
const lookUp = (table, codes, rows) => {
  const out = new Uint8Array(rows);
  for (let i = 0; i < rows; i += 1) out[i] = table[codes[i]];
  return out;
};
const fold = (parts, table, input, depth) => {
  if (parts.length === 0) return new Uint8Array(input.rows).fill(table === AND ? TRUE : FALSE);
  const out = decideTruths(parts[0], input, depth + 1).slice();
  for (let p = 1; p < parts.length; p += 1) {
    const next = decideTruths(parts[p], input, depth + 1);
    for (let i = 0; i < out.length; i += 1) out[i] = table[out[i] * 3 + next[i]];
  }
  return out;
};
const membership = (column, rows, accepts) => {
  if (column.kind === "flags") return lookUp(Uint8Array.of(accepts(false) ? TRUE : FALSE, accepts(true) ? TRUE : FALSE, UNKNOWN), column.values, rows);
  const out = new Uint8Array(rows);
  for (let i = 0; i < rows; i += 1) {
    const v = columnValue(column, i);
    out[i] = v === void 0 ? UNKNOWN : accepts(v) ? TRUE : FALSE;
  }
  return out;
};
const comparison = (column, rows, bounds) => {
  const out = new Uint8Array(rows);
  const one = bounds.length === 1 ? bounds[0] : void 0;
  if (column.kind === "numbers" && one?.num !== void 0) {
    const values = column.values;
    const absent = absentNumber(values);
    const limit = one.num;
    const holds = one.op === "gt" ? (v) => v > limit : one.op === "gte" ? (v) => v >= limit : one.op === "lt" ? (v) => v < limit : (v) => v <= limit;
    for (let i = 0; i < rows; i += 1) {
      const v = values[i];
      out[i] = v !== v || v === absent ? UNKNOWN : holds(v) ? TRUE : FALSE;
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
      out[i] = v === INT_ABSENT ? UNKNOWN : holds ? TRUE : FALSE;
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
      } else out[i] = v === void 0 ? UNKNOWN : compareWith(v, one);
    }
    return out;
  }
  for (let i = 0; i < rows; i += 1) {
    const v = columnValue(column, i);
    let t = TRUE;
    if (v === void 0) t = UNKNOWN;
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
const decideTruths = (condition, input, depth = 0) => {
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
    const decided = Uint8Array.from(GRADE_CODE_NAMES, (name) => name === void 0 ? UNKNOWN : set.has(name) ? TRUE : FALSE);
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
const conditionFields = (condition, into, depth = 0) => {
  if (condition === void 0) return;
  if (depth > MAX_CONDITION_DEPTH) return tooDeep();
  if ("all" in condition) for (const c of condition.all) conditionFields(c, into, depth + 1);
  else if ("any" in condition) for (const c of condition.any) conditionFields(c, into, depth + 1);
  else if ("not" in condition) conditionFields(condition.not, into, depth + 1);
  else if ("field" in condition) into.add(condition.field);
};
const conditionUsesGrades = (condition, depth = 0) => {
  if (condition === void 0) return false;
  if (depth > MAX_CONDITION_DEPTH) return tooDeep();
  if ("grade" in condition) return true;
  if ("all" in condition) return condition.all.some((c) => conditionUsesGrades(c, depth + 1));
  if ("any" in condition) return condition.any.some((c) => conditionUsesGrades(c, depth + 1));
  if ("not" in condition) return conditionUsesGrades(condition.not, depth + 1);
  return false;
};
const conditionUsesEffective = (condition, depth = 0) => {
  if (condition === void 0) return false;
  if (depth > MAX_CONDITION_DEPTH) return tooDeep();
  if ("grade" in condition) return condition.grade === "effective";
  if ("all" in condition) return condition.all.some((c) => conditionUsesEffective(c, depth + 1));
  if ("any" in condition) return condition.any.some((c) => conditionUsesEffective(c, depth + 1));
  if ("not" in condition) return conditionUsesEffective(condition.not, depth + 1);
  return false;
};
export {
  FALSE,
  GRADE_CODE_NAMES,
  MAX_CONDITION_DEPTH,
  TRUE,
  UNKNOWN,
  conditionFields,
  conditionUsesEffective,
  conditionUsesGrades,
  decideTruths
};
