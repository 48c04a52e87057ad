import {
  CoopError,
  divideRational,
  isAgricultural,
  multiplyRational,
  rational,
  rationalToNumber
} from "@coop/model";
import { BUILT_IN_RULEBOOKS } from "../rulebooks/index.js";
import { computeSide } from "./indicator-aggregate.js";
import { areaCovers } from "./indicator-area.js";
import { conditionFields, conditionUsesEffective, conditionUsesGrades, decideTruths, FALSE, TRUE } from "./indicator-condition.js";
import { fieldColumn, frameOf, identityOf, readColumns, truthsOnce } from "./indicator-frame.js";
import { gradeFacts } from "./indicator-grades.js";
const scratches = /* @__PURE__ */ new WeakMap();
const scratchRows = (frame) => {
  let scratch = scratches.get(frame);
  if (scratch === void 0) {
    scratch = new Int32Array(frame.rows.length);
    scratches.set(frame, scratch);
  }
  return scratch;
};
const conditionKeys = /* @__PURE__ */ new WeakMap();
const conditionKey = (condition) => {
  let key = conditionKeys.get(condition);
  if (key === void 0) {
    key = JSON.stringify(condition);
    conditionKeys.set(condition, key);
  }
  return key;
};
const NO_LOOKUP = Object.freeze({});
const DEFAULT_EFFECTIVE = ["good", "fair"];
const readExternal = (indicator, name, options) => {
  const entry = options.context?.get(name);
  const fail = () => {
    throw new CoopError(
      "MISSING_EXTERNAL_INPUT",
      `Indicator "${indicator.id}" needs the external input "${name}"${entry === void 0 ? "" : ` for ${options.year}`}; pass it in \`context\``,
      { input: name, indicator: indicator.id, year: options.year, area: options.area }
    );
  };
  if (entry === void 0) return fail();
  if (entry instanceof Map) {
    const value = entry.get(options.year);
    return value === void 0 ? fail() : value;
  }
  return entry;
};
const intersect = (a, b) => a === void 0 ? b : b === void 0 ? a : a.filter((x) => b.includes(x));
const populationOf = (indicator, frame, options, where) => {
  const kinds = intersect(indicator.population.kinds, options.scope?.kinds);
  const sectors = indicator.population.sectors;
  const scopeSectors = options.scope?.sectors;
  const agriculture = indicator.population.sectorGroup === "agriculture";
  const area = options.area;
  const unit = options.unit;
  const lookup = options.lookup;
  let byKey = frame.populations.get(lookup ?? NO_LOOKUP);
  if (byKey === void 0) {
    byKey = /* @__PURE__ */ new Map();
    frame.populations.set(lookup ?? NO_LOOKUP, byKey);
  }
  const key = unit === void 0 ? JSON.stringify([kinds, sectors, scopeSectors, agriculture, area ?? null, where?.key ?? null]) : void 0;
  const known = key === void 0 ? void 0 : byKey.get(key);
  if (known !== void 0) return known;
  const kindIn = frame.kinds.map((kind) => kinds === void 0 || kinds.includes(kind));
  const sectorIn = frame.sectors.map(
    (sector) => (sectors === void 0 || sectors.includes(sector)) && (scopeSectors === void 0 || scopeSectors.includes(sector)) && (!agriculture || isAgricultural(sector))
  );
  const areaIn = area === void 0 ? void 0 : frame.areas.map((code) => areaCovers(lookup, area, code));
  const { kindOf, sectorOf, areaOf } = frame;
  const truths = where?.truths;
  let undecided = 0;
  const candidates = unit?.rows;
  const n = candidates === void 0 ? frame.rows.length : candidates.length;
  const rows = scratchRows(frame);
  let size = 0;
  for (let k = 0; k < n; k += 1) {
    const i = candidates === void 0 ? k : candidates[k];
    if (!kindIn[kindOf[i]] || !sectorIn[sectorOf[i]]) continue;
    if (areaIn !== void 0 && !areaIn[areaOf[i]]) continue;
    if (truths !== void 0) {
      const t = truths[i];
      if (t !== TRUE) {
        if (t !== FALSE) undecided += 1;
        continue;
      }
    }
    rows[size] = i;
    size += 1;
  }
  const population = { rows: rows.slice(0, size), undecided };
  if (key !== void 0) byKey.set(key, population);
  return population;
};
const reasonFor = (side, value) => {
  const names = side === "numerator" ? { vi: "t\u1EED s\u1ED1", en: "numerator" } : { vi: "m\u1EABu s\u1ED1", en: "denominator" };
  if (value.reason === "any-missing") {
    return {
      code: "skipped-by-policy",
      side,
      message: {
        vi: `B\u1ECF qua ${names.vi}: c\xF3 ${value.missing} b\u1EA3n ghi thi\u1EBFu s\u1ED1 li\u1EC7u (quy t\u1EAFc b\u1ECF qua n\u1EBFu thi\u1EBFu b\u1EA5t k\u1EF3)`,
        en: `The ${names.en} was skipped: ${value.missing} records lack the data (skip-if-any-missing)`
      }
    };
  }
  return {
    code: "all-missing",
    side,
    message: {
      vi: `Kh\xF4ng c\xF3 s\u1ED1 li\u1EC7u cho ${names.vi} (t\u1EA5t c\u1EA3 b\u1EA3n ghi \u0111\u1EC1u thi\u1EBFu)`,
      en: `No data for the ${names.en} (every record lacks it)`
    }
  };
};
const EMPTY = {
  code: "empty-population",
  message: { vi: "Kh\xF4ng c\xF3 t\u1ED5 ch\u1EE9c n\xE0o trong ph\u1EA1m vi ch\u1EC9 ti\xEAu", en: "No organisation is in the indicator\u2019s population" }
};
const conditionsOf = (indicator) => {
  const out = [];
  if (indicator.population.where !== void 0) out.push(indicator.population.where);
  for (const side of [indicator.numerator, indicator.denominator]) {
    if (side !== void 0 && side.op !== "external" && side.where !== void 0) out.push(side.where);
  }
  return out;
};
const gradingRulebooks = (options) => options.rulebooks ?? BUILT_IN_RULEBOOKS;
const indicatorFields = (indicator, into) => {
  for (const condition of conditionsOf(indicator)) conditionFields(condition, into);
  for (const side of [indicator.numerator, indicator.denominator]) {
    if (side !== void 0 && side.op !== "external" && side.op !== "count") into.add(side.field);
  }
};
const computeChecked = (indicator, records, options) => {
  const cache = options.cache;
  if (options.unit !== void 0) return computeUncached(indicator, records, options, cache);
  let byIndicator = cache.results.get(records);
  if (byIndicator === void 0) {
    byIndicator = /* @__PURE__ */ new WeakMap();
    cache.results.set(records, byIndicator);
  }
  let byKey = byIndicator.get(indicator);
  if (byKey === void 0) {
    byKey = /* @__PURE__ */ new Map();
    byIndicator.set(indicator, byKey);
  }
  const key = JSON.stringify([options.year, options.area ?? null, options.scope ?? null, options.effectiveGrades ?? null]);
  const inputs = [options.context, options.lookup, options.rulebooks];
  const known = byKey.get(key);
  if (known !== void 0 && known.inputs.every((v, i) => v === inputs[i])) return known.result;
  const result = computeUncached(indicator, records, options, cache);
  byKey.set(key, { inputs, result });
  return result;
};
const computeUncached = (indicator, records, options, cache) => {
  const rulebooks = gradingRulebooks(options);
  const effective = options.effectiveGrades ?? DEFAULT_EFFECTIVE;
  const warnings = [];
  const externalNumerator = indicator.numerator.op === "external" ? readExternal(indicator, indicator.numerator.input, options) : void 0;
  const externalDenominator = indicator.denominator?.op === "external" ? readExternal(indicator, indicator.denominator.input, options) : void 0;
  const frame = frameOf(cache, records, options.year);
  const fields = /* @__PURE__ */ new Set();
  indicatorFields(indicator, fields);
  readColumns(frame, fields);
  const column = (path) => fieldColumn(frame, path);
  const input = {
    rows: frame.rows.length,
    column,
    effective,
    gradeCodes: () => gradeFacts(frame, rulebooks).codes
  };
  const decide = (condition) => {
    if (condition === void 0) return void 0;
    const grades = conditionUsesGrades(condition) ? `/${identityOf(rulebooks)}/${effective.join(",")}` : "";
    const key = `${conditionKey(condition)}${grades}`;
    return { key, truths: truthsOnce(frame, key, () => decideTruths(condition, input)) };
  };
  const { rows: population, undecided } = populationOf(indicator, frame, options, decide(indicator.population.where));
  if (undecided > 0) {
    warnings.push({
      code: "POPULATION_UNDECIDED",
      message: {
        vi: `${undecided} b\u1EA3n ghi b\u1ECB lo\u1EA1i v\xEC kh\xF4ng \u0111\u1EE7 s\u1ED1 li\u1EC7u \u0111\u1EC3 x\xE1c \u0111\u1ECBnh c\xF3 thu\u1ED9c ph\u1EA1m vi hay kh\xF4ng`,
        en: `${undecided} records were left out: their data cannot decide whether they belong to the population`
      },
      details: { count: undecided }
    });
  }
  if (options.area !== void 0 && options.lookup === void 0) {
    warnings.push({
      code: "NO_AREA_LIST",
      message: {
        vi: `Kh\xF4ng c\xF3 danh m\u1EE5c \u0111\u1ECBa b\xE0n: ch\u1EC9 t\xEDnh c\xE1c b\u1EA3n ghi c\xF3 m\xE3 \u0111\u1ECBa b\xE0n \u0111\xFAng b\u1EB1ng ${options.area}`,
        en: `No area list given: only records coded exactly ${options.area} are counted`
      },
      details: { area: options.area }
    });
  }
  const side = (aggregate, external) => {
    if (aggregate.op === "external") {
      return { op: "external", status: "ok", value: external, records: 0, missing: 0, input: aggregate.input };
    }
    return computeSide(aggregate, column, population, decide(aggregate.where)?.truths);
  };
  const numerator = side(indicator.numerator, externalNumerator);
  const denominator = indicator.denominator === void 0 ? void 0 : side(indicator.denominator, externalDenominator);
  const conditions = conditionsOf(indicator);
  const usesGrades = conditions.some((c) => conditionUsesGrades(c));
  let gradesFrom;
  const rulebookIds = /* @__PURE__ */ new Set();
  if (usesGrades) {
    let sheet = 0;
    let data = 0;
    let none = 0;
    const notes = { "unknown-rulebook": 0, incomplete: 0, "not-in-force": 0, "grading-failed": 0 };
    const infos = gradeFacts(frame, rulebooks).infos;
    for (let i = 0; i < population.length; i += 1) {
      const info = infos[population[i]];
      if (info.from === "sheet") {
        sheet += 1;
        if (info.rulebook !== void 0) rulebookIds.add(info.rulebook);
      } else if (info.from === "data") data += 1;
      else none += 1;
      if (info.note !== void 0) notes[info.note] += 1;
    }
    gradesFrom = { sheet, data, none };
    if (notes["not-in-force"] > 0) {
      warnings.push({
        code: "RULEBOOK_NOT_IN_FORCE",
        message: {
          vi: `${notes["not-in-force"]} phi\u1EBFu ch\u1EA5m \u0111i\u1EC3m \u0111\u01B0\u1EE3c x\u1EBFp lo\u1EA1i theo b\u1ED9 ti\xEAu ch\xED kh\xF4ng c\xF2n hi\u1EC7u l\u1EF1c trong n\u0103m ${options.year}`,
          en: `${notes["not-in-force"]} sheets were graded with a rulebook not in force in ${options.year}`
        },
        details: { count: notes["not-in-force"] }
      });
    }
    for (const code of ["unknown-rulebook", "incomplete", "grading-failed"]) {
      if (notes[code] > 0) {
        warnings.push({
          code: code === "unknown-rulebook" ? "UNKNOWN_RULEBOOK" : code === "incomplete" ? "INCOMPLETE_SHEET" : "GRADING_FAILED",
          message: {
            vi: `${notes[code]} phi\u1EBFu ch\u1EA5m \u0111i\u1EC3m kh\xF4ng x\u1EBFp lo\u1EA1i \u0111\u01B0\u1EE3c (${code}); d\xF9ng x\u1EBFp lo\u1EA1i trong d\u1EEF li\u1EC7u n\u1EBFu c\xF3`,
            en: `${notes[code]} scoring sheets could not be graded (${code}); the grade in the data was used where present`
          },
          details: { count: notes[code] }
        });
      }
    }
  }
  let status = "ok";
  let reason;
  let value;
  if (population.length === 0 && (indicator.numerator.op !== "external" || denominator !== void 0 && denominator.op !== "external")) {
    status = "no-value";
    reason = EMPTY;
  } else if (numerator.status !== "ok" || numerator.value === void 0) {
    status = "no-value";
    reason = reasonFor("numerator", numerator);
  } else if (denominator !== void 0 && (denominator.status !== "ok" || denominator.value === void 0)) {
    status = "no-value";
    reason = reasonFor("denominator", denominator);
  } else if (denominator?.value !== void 0 && denominator.value.num === 0n) {
    status = "no-value";
    reason = {
      code: "zero-denominator",
      side: "denominator",
      message: { vi: "M\u1EABu s\u1ED1 b\u1EB1ng 0", en: "The denominator is zero" }
    };
  } else {
    const ratio = denominator?.value === void 0 ? numerator.value : divideRational(numerator.value, denominator.value);
    value = multiplyRational(ratio, rational(indicator.factor));
  }
  const base = {
    indicatorId: indicator.id,
    year: options.year,
    area: options.area,
    unit: indicator.unit,
    factor: indicator.factor,
    status,
    value,
    display: value === void 0 ? void 0 : rationalToNumber(value),
    numerator,
    denominator,
    populationSize: population.length,
    missing: { numerator: numerator.missing, denominator: denominator?.missing ?? 0 },
    gradesFrom,
    rulebooks: [...rulebookIds].sort(),
    effectiveGrades: conditions.some((c) => conditionUsesEffective(c)) ? [...effective] : void 0,
    warnings
  };
  return reason === void 0 ? base : { ...base, reason };
};
export {
  computeChecked,
  gradingRulebooks,
  indicatorFields
};
