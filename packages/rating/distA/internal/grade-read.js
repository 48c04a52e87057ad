const fieldPath = (path) => {
  const dot = path.indexOf(".");
  return dot < 0 ? { path, head: path, tail: void 0 } : { path, head: path.slice(0, dot), tail: path.slice(dot + 1) };
};
const readField = (record, field) => {
  const top = record[field.head];
  if (field.tail === void 0) return top;
  return top === void 0 || top === null ? void 0 : top[field.tail];
};
const compileCondition = (condition) => {
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
const evaluateCondition = (condition, record) => {
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
export {
  compileCondition,
  evaluateCondition,
  fieldPath,
  readField
};
