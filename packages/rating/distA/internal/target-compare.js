import { CoopError, compareRational, rational, subtractRational, addRational } from "@coop/model";
const isLevelComparator = (comparator) => comparator.kind !== "growth" && comparator.kind !== "yearly-growth" && comparator.kind !== "every-unit";
const resolveTolerance = (comparator, tolerance, targetId) => {
  if (comparator.kind !== "approximately") return void 0;
  if (comparator.tolerance !== void 0) return { value: comparator.tolerance, source: "target" };
  if (tolerance !== void 0) return { value: tolerance, source: "option" };
  throw new CoopError(
    "MISSING_TOLERANCE",
    `Target${targetId === void 0 ? "" : ` "${targetId}"`} says "about ${comparator.value}" without a tolerance; pass \`tolerance\``,
    { target: targetId, value: comparator.value }
  );
};
const constraintOf = (comparator, tolerance) => {
  switch (comparator.kind) {
    case ">":
      return { lower: { bound: rational(comparator.value), strict: true } };
    case ">=":
      return { lower: { bound: rational(comparator.value), strict: false } };
    case "<":
      return { upper: { bound: rational(comparator.value), strict: true } };
    case "<=":
      return { upper: { bound: rational(comparator.value), strict: false } };
    case "=": {
      const v = rational(comparator.value);
      return { lower: { bound: v, strict: false }, upper: { bound: v, strict: false } };
    }
    case "range":
      return { lower: { bound: rational(comparator.min), strict: false }, upper: { bound: rational(comparator.max), strict: false } };
    case "approximately": {
      const t = rational(resolveTolerance(comparator, tolerance).value);
      const v = rational(comparator.value);
      return { lower: { bound: subtractRational(v, t), strict: false }, upper: { bound: addRational(v, t), strict: false } };
    }
  }
};
const meetsLower = (c, value) => {
  if (c.lower === void 0) return true;
  const cmp = compareRational(value, c.lower.bound);
  return c.lower.strict ? cmp > 0 : cmp >= 0;
};
const meetsUpper = (c, value) => {
  if (c.upper === void 0) return true;
  const cmp = compareRational(value, c.upper.bound);
  return c.upper.strict ? cmp < 0 : cmp <= 0;
};
const meetsConstraint = (c, value) => meetsLower(c, value) && meetsUpper(c, value);
const aimOf = (c, value) => {
  if (value !== void 0 && !meetsUpper(c, value) && c.upper !== void 0) return c.upper.bound;
  if (c.lower !== void 0) return c.lower.bound;
  return c.upper.bound;
};
export {
  aimOf,
  constraintOf,
  isLevelComparator,
  meetsConstraint,
  meetsLower,
  meetsUpper,
  resolveTolerance
};
