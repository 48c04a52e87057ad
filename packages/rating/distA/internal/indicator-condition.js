import { CoopError, compareRational, rational } from "@coop/model";
const FALSE = 0;
const TRUE = 1;
const UNKNOWN = 2;
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
const compileCondition = (condition, input, depth = 0) => {
  if (depth > MAX_CONDITION_DEPTH) return tooDeep();
  if ("all" in condition) {
    const parts = condition.all.map((c) => compileCondition(c, input, depth + 1));
    return (row) => {
      let unknown = false;
      for (const part of parts) {
        const t = part(row);
        if (t === FALSE) return FALSE;
        if (t === UNKNOWN) unknown = true;
      }
      return unknown ? UNKNOWN : TRUE;
    };
  }
  if ("any" in condition) {
    const parts = condition.any.map((c) => compileCondition(c, input, depth + 1));
    return (row) => {
      let unknown = false;
      for (const part of parts) {
        const t = part(row);
        if (t === TRUE) return TRUE;
        if (t === UNKNOWN) unknown = true;
      }
      return unknown ? UNKNOWN : FALSE;
    };
  }
  if ("not" in condition) {
    const inner = compileCondition(condition.not, input, depth + 1);
    return (row) => {
      const t = inner(row);
      return t === UNKNOWN ? UNKNOWN : t === TRUE ? FALSE : TRUE;
    };
  }
  if ("grade" in condition) {
    const set = new Set(condition.grade === "effective" ? input.effective : condition.grade);
    input.onGradeUse(condition.grade === "effective");
    const readGrade = input.readGrade;
    return (row) => {
      const g = readGrade(row);
      if (g === void 0) return UNKNOWN;
      return set.has(g) ? TRUE : FALSE;
    };
  }
  const valueOf = input.column(condition.field);
  if ("eq" in condition) {
    const expected = condition.eq;
    return (row) => {
      const v = valueOf(row);
      return v === void 0 ? UNKNOWN : v === expected ? TRUE : FALSE;
    };
  }
  if ("in" in condition) {
    const set = new Set(condition.in);
    return (row) => {
      const v = valueOf(row);
      return v === void 0 ? UNKNOWN : set.has(v) ? TRUE : FALSE;
    };
  }
  const bounds = [];
  if (condition.gt !== void 0) bounds.push(makeBound("gt", condition.gt));
  if (condition.gte !== void 0) bounds.push(makeBound("gte", condition.gte));
  if (condition.lt !== void 0) bounds.push(makeBound("lt", condition.lt));
  if (condition.lte !== void 0) bounds.push(makeBound("lte", condition.lte));
  return (row) => {
    const v = valueOf(row);
    if (v === void 0) return UNKNOWN;
    for (const bound of bounds) {
      const t = compareWith(v, bound);
      if (t !== TRUE) return t;
    }
    return TRUE;
  };
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
export {
  FALSE,
  MAX_CONDITION_DEPTH,
  TRUE,
  UNKNOWN,
  compileCondition,
  conditionFields,
  conditionUsesGrades
};
