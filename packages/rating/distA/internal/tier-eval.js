import {
  compileCondition,
  evaluateCondition,
  fieldPath,
  readField
} from "./grade-read.js";
import { toHundredths } from "./points.js";
const fraction = (x) => {
  if (Number.isSafeInteger(x)) return [BigInt(x), 1n];
  const [mantissa = "0", exponent = "0"] = String(x).split("e");
  const [whole = "0", decimals = ""] = mantissa.split(".");
  const exp = Number(exponent) - decimals.length;
  const digits = BigInt(whole + decimals);
  return exp >= 0 ? [digits * 10n ** BigInt(exp), 1n] : [digits, 10n ** BigInt(-exp)];
};
const compileTiers = (tiers) => {
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
const finite = (value) => typeof value === "number" && Number.isFinite(value) ? value : void 0;
const evaluateTiers = (tiers, record) => {
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
export {
  compileTiers,
  evaluateTiers
};
