// bench/grading.ts
import { Engine } from "json-rules-engine";

// bench/lib.ts
var prng = (seed) => {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
};

// bench/grading.ts
var LEAVES = [
  ["1a", 6],
  ["1b", 1],
  ["2a", 5],
  ["2b", 1],
  ["3a", 4],
  ["3b", 3],
  ["3c", 4],
  ["4a", 2],
  ["4b", 2],
  ["4c", 2],
  ["5", 8],
  ["6", 6],
  ["7a", 2],
  ["7b", 2],
  ["7c", 2],
  ["8", 6],
  ["9", 4],
  ["10", null],
  ["11", null],
  ["12", null],
  ["13", null],
  ["14", null],
  ["15", null]
];
var IDS = LEAVES.map(([id]) => id);
var makeSheets = (n, seed = 1, distinct = 1e4) => {
  const random = prng(seed);
  const half = (max) => Math.round(random() * max * 2) / 2;
  const sheets = Array.from({ length: Math.min(distinct, n) }, () => {
    const points = {};
    const skill = random();
    let groupIII = 40;
    for (const [id, max] of LEAVES) {
      if (max !== null) points[id] = Math.min(max, half(max * (0.4 + 0.6 * skill)));
      else {
        const p = Math.min(groupIII, half(40 / 6) * (0.5 + skill));
        points[id] = Math.round(p * 2) / 2;
        groupIII -= points[id];
      }
    }
    return { rulebook: "circular-01-2020", points };
  });
  return Array.from({ length: n }, (_, i) => {
    const r = random();
    return {
      organisationId: `HTX-${i}`,
      year: 2024,
      kind: "cooperative",
      sector: "agriculture-crop",
      areaCode: "TN",
      monthsOperating: r < 0.03 ? 6 : 12,
      monthsSuspended: r > 0.98 ? 4 : r > 0.9 ? 3 : 0,
      sheet: sheets[i % sheets.length]
    };
  });
};
var handWritten = (records2) => {
  const grades = new Uint8Array(records2.length);
  const totals = new Int32Array(records2.length);
  for (let i = 0; i < records2.length; i++) {
    const r = records2[i];
    if (r.monthsOperating < 12 || r.monthsSuspended > 3) {
      grades[i] = 4;
      totals[i] = -1;
      continue;
    }
    const p = r.sheet.points;
    let t = 0;
    for (let k = 0; k < IDS.length; k++) t += Math.round(p[IDS[k]] * 100);
    totals[i] = t;
    grades[i] = t >= 8e3 ? 3 : t >= 6500 ? 2 : t >= 5e3 ? 1 : 0;
  }
  return { grades, totals };
};

// packages/model/dist/errors.js
var CoopError = class extends Error {
  /** A stable, upper-snake-case code such as `MISSING_EXTERNAL_INPUT`. */
  code;
  /** The values behind the failure (ids, ranges, received values). */
  details;
  /**
   * @param code - stable error code
   * @param message - an English message for developers
   * @param details - the values behind the failure
   */
  constructor(code, message, details = {}) {
    super(message);
    this.name = "CoopError";
    this.code = code;
    this.details = details;
  }
};

// packages/model/dist/ratio.js
var DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
var gcd = (a, b) => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};
var make = (num, den) => {
  if (den === 0n) throw new CoopError("DIVISION_BY_ZERO", "Rational with a zero denominator");
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: sign * num / g, den: sign * den / g };
};
var fromDecimalString = (text) => {
  const match = DECIMAL.exec(text.trim());
  if (!match) throw new CoopError("INVALID_NUMBER", `Not a decimal number: ${JSON.stringify(text)}`, { received: text });
  const [, sign = "", whole = "0", fraction = "", exponent = "0"] = match;
  let num = BigInt(whole + fraction) * (sign === "-" ? -1n : 1n);
  let den = 10n ** BigInt(fraction.length);
  const exp = Number(exponent);
  if (exp > 0) num *= 10n ** BigInt(exp);
  else if (exp < 0) den *= 10n ** BigInt(-exp);
  return make(num, den);
};
var rational = (value, den) => {
  const base = toRational(value);
  return den === void 0 ? base : divide(base, toRational(den));
};
var toRational = (value) => {
  if (typeof value === "bigint") return { num: value, den: 1n };
  if (typeof value === "string") return fromDecimalString(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new CoopError("INVALID_NUMBER", `Not a finite number: ${value}`, { received: value });
    if (Number.isSafeInteger(value)) return { num: BigInt(value), den: 1n };
    return fromDecimalString(String(value));
  }
  return make(value.num, value.den);
};
var compareRational = (a, b) => {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
};
var divide = (a, b) => {
  if (b.num === 0n) throw new CoopError("DIVISION_BY_ZERO", "Division by zero");
  return make(a.num * b.den, a.den * b.num);
};

// packages/rating/src/internal/grade-labels.ts
var GRADE_LABEL = {
  good: { vi: "T\u1ED1t", en: "Good" },
  fair: { vi: "Kh\xE1", en: "Fair" },
  average: { vi: "Trung b\xECnh", en: "Average" },
  weak: { vi: "Y\u1EBFu", en: "Weak" }
};
var NOT_RATED_LABEL = { vi: "Ch\u01B0a x\u1EBFp lo\u1EA1i", en: "Not rated" };
var INCOMPLETE_LABEL = {
  vi: "Ch\u01B0a \u0111\u1EE7 d\u1EEF li\u1EC7u \u0111\u1EC3 x\u1EBFp lo\u1EA1i",
  en: "Incomplete: not enough data to grade"
};
var GRADE_RANK = { weak: 0, average: 1, fair: 2, good: 3 };

// packages/rating/src/internal/grade-read.ts
var fieldPath = (path) => {
  const dot = path.indexOf(".");
  return dot < 0 ? { path, head: path, tail: void 0 } : { path, head: path.slice(0, dot), tail: path.slice(dot + 1) };
};
var readField = (record, field) => {
  const top = record[field.head];
  if (field.tail === void 0) return top;
  return top === void 0 || top === null ? void 0 : top[field.tail];
};
var compileCondition = (condition) => {
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
var evaluateCondition = (condition, record) => {
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

// packages/rating/src/internal/grade-validity.ts
var yearEnd = (year) => `${String(year).padStart(4, "0")}-12-31`;
var inForceOn = (rulebook, date) => rulebook.effectiveFrom <= date && (rulebook.effectiveTo === void 0 || date <= rulebook.effectiveTo);
var inForceForYear = (rulebook, year) => inForceOn(rulebook, yearEnd(year));

// packages/rating/src/internal/points.ts
var POINT_SCALE = 100;
var toHundredths = (value) => {
  if (typeof value !== "number") return Number.NaN;
  const scaled = Math.round(value * POINT_SCALE);
  return scaled / POINT_SCALE === value ? scaled : Number.NaN;
};
var fromHundredths = (hundredths) => hundredths / POINT_SCALE;

// packages/rating/src/internal/tier-eval.ts
var HUNDRED = { num: 100n, den: 1n };
var compileTiers = (tiers) => {
  const measure = tiers.measure;
  const bands = tiers.bands.map((band) => {
    const lower = band.gte !== void 0 ? { value: rational(band.gte), inclusive: true } : band.gt !== void 0 ? { value: rational(band.gt), inclusive: false } : void 0;
    return { lower, points: toHundredths(band.points) };
  });
  const cases = (tiers.cases ?? []).map((c) => ({ when: compileCondition(c.when), points: toHundredths(c.points) }));
  const fields = [
    ...cases.map((c) => c.when.field.path),
    ...[measure.field, measure.numerator, measure.denominator].filter((f) => f !== void 0)
  ];
  return {
    cases,
    field: measure.field === void 0 ? void 0 : fieldPath(measure.field),
    numerator: measure.numerator === void 0 ? void 0 : fieldPath(measure.numerator),
    denominator: measure.denominator === void 0 ? void 0 : fieldPath(measure.denominator),
    percent: measure.unit === "percent",
    bands: bands.reverse(),
    fields: [...new Set(fields)]
  };
};
var exact = (value) => typeof value === "number" && Number.isFinite(value) ? rational(value) : void 0;
var evaluateTiers = (tiers, record) => {
  for (const c of tiers.cases) {
    const holds = evaluateCondition(c.when, record);
    if (holds === void 0) return -1;
    if (holds) return c.points;
  }
  let measure;
  if (tiers.field !== void 0) {
    measure = exact(readField(record, tiers.field));
  } else if (tiers.numerator !== void 0 && tiers.denominator !== void 0) {
    const num = exact(readField(record, tiers.numerator));
    const den = exact(readField(record, tiers.denominator));
    if (num === void 0 || den === void 0 || den.num <= 0n) return -1;
    const factor = tiers.percent ? HUNDRED.num : 1n;
    measure = rational({ num: num.num * den.den * factor, den: num.den * den.num });
  }
  if (measure === void 0) return -1;
  for (const band of tiers.bands) {
    const lower = band.lower;
    if (lower === void 0) return band.points;
    const cmp = compareRational(measure, lower.value);
    if (cmp > 0 || cmp === 0 && lower.inclusive) return band.points;
  }
  return -1;
};

// packages/rating/src/internal/grade-compile.ts
var cache = /* @__PURE__ */ new WeakMap();
var scaledMax = (max, where) => {
  if (max === void 0 || max === null) return -1;
  const scaled = toHundredths(max);
  if (!(scaled >= 0)) throw new CoopError("INVALID_RULEBOOK", `Invalid maximum at ${where}`, { where, max });
  return scaled;
};
var lowerEdge = (band) => {
  if (band.gte !== void 0) return toHundredths(band.gte);
  if (band.gt !== void 0) return toHundredths(band.gt) + 1;
  return Number.MIN_SAFE_INTEGER;
};
var build = (rulebook) => {
  if (typeof rulebook !== "object" || rulebook === null || !Array.isArray(rulebook.groups) || !Array.isArray(rulebook.grades) || typeof rulebook.id !== "string") {
    throw new CoopError("INVALID_RULEBOOK", "Not a rulebook: pass a built-in rulebook or the result of defineRulebook", {
      received: typeof rulebook
    });
  }
  const leafIds = [];
  const leafMax = [];
  const leafGroup = [];
  const leafParent = [];
  const leafTiers = [];
  const parents = [];
  const parentIndex = /* @__PURE__ */ new Map();
  rulebook.groups.forEach((group, g) => {
    for (const criterion2 of group.criteria) {
      const children = criterion2.criteria ?? [];
      if (children.length === 0) {
        leafIds.push(criterion2.id);
        leafMax.push(scaledMax(criterion2.max, criterion2.id));
        leafGroup.push(g);
        leafParent.push(-1);
        leafTiers.push(criterion2.tiers === void 0 ? void 0 : compileTiers(criterion2.tiers));
        continue;
      }
      const p = parents.length;
      const first = leafIds.length;
      for (const child of children) {
        leafIds.push(child.id);
        leafMax.push(scaledMax(child.max, child.id));
        leafGroup.push(g);
        leafParent.push(p);
        leafTiers.push(child.tiers === void 0 ? void 0 : compileTiers(child.tiers));
      }
      parents.push({ id: criterion2.id, max: scaledMax(criterion2.max, criterion2.id), first, last: leafIds.length - 1, group: g });
      parentIndex.set(criterion2.id, p);
    }
  });
  const bands = [...rulebook.grades].sort((a, b) => lowerEdge(b) - lowerEdge(a));
  const scope = rulebook.scope;
  let bit = 1;
  const nextBit = () => {
    const b = bit;
    bit *= 2;
    return b;
  };
  return {
    rulebook,
    id: rulebook.id,
    total: rulebook.total,
    leafIds,
    leafMax,
    leafGroup,
    leafParent,
    leafTiers,
    hasTiers: leafTiers.some((t) => t !== void 0),
    parents,
    parentIndex,
    groupIds: rulebook.groups.map((g) => g.id),
    groupCap: rulebook.groups.map((g) => scaledMax(g.cap, g.id)),
    groupMax: rulebook.groups.map((g) => g.cap),
    bandLow: bands.map(lowerEdge),
    bandGrade: bands.map((b) => b.grade),
    kinds: new Set(scope.kinds),
    sectors: scope.sectors === "all" ? void 0 : new Set(scope.sectors),
    excluded: new Set(scope.excludeSectors ?? []),
    notRated: rulebook.notRated.map((rule) => ({
      rule,
      when: compileCondition(rule.when),
      bit: nextBit(),
      reason: Object.freeze({ code: rule.code, label: rule.label, citation: rule.citation })
    })),
    overrides: rulebook.overrides.map((rule) => ({
      rule,
      when: compileCondition(rule.when),
      bit: nextBit(),
      fired: Object.freeze({ code: rule.code, grade: rule.grade, label: rule.label, citation: rule.citation })
    })),
    outOfScope: Object.freeze({
      code: "out-of-scope",
      label: {
        vi: `Ngo\xE0i ph\u1EA1m vi \xE1p d\u1EE5ng c\u1EE7a ${rulebook.document}`,
        en: `Outside the scope of ${rulebook.document}`
      },
      citation: scope.citation
    }),
    leafIndex: new Map(leafIds.map((id, i) => [id, i])),
    years: /* @__PURE__ */ new Map()
  };
};
var compileRulebook = (rulebook) => {
  let compiled = cache.get(rulebook);
  if (compiled === void 0) {
    compiled = build(rulebook);
    cache.set(rulebook, compiled);
  }
  return compiled;
};
var notInForceWarning = (rulebook, year) => {
  const ended = rulebook.effectiveTo !== void 0 && `${year}-12-31` > rulebook.effectiveTo;
  const by = rulebook.endedBy === void 0 ? "" : ` (${rulebook.endedBy.document})`;
  return Object.freeze({
    code: "RULEBOOK_NOT_IN_FORCE",
    message: ended ? {
      vi: `${rulebook.document} \u0111\xE3 h\u1EBFt hi\u1EC7u l\u1EF1c t\u1EEB sau ng\xE0y ${rulebook.effectiveTo}${by}; \xE1p d\u1EE5ng cho n\u0103m ${year} l\xE0 l\u1EF1a ch\u1ECDn c\u1EE7a ng\u01B0\u1EDDi d\xF9ng.`,
      en: `${rulebook.document} ceased to be in force after ${rulebook.effectiveTo}${by}; applying it to ${year} is your explicit choice.`
    } : {
      vi: `${rulebook.document} ch\u01B0a c\xF3 hi\u1EC7u l\u1EF1c v\xE0o ng\xE0y 31/12/${year} (hi\u1EC7u l\u1EF1c t\u1EEB ${rulebook.effectiveFrom}).`,
      en: `${rulebook.document} was not yet in force on 31 December ${year} (in force from ${rulebook.effectiveFrom}).`
    },
    details: { year, effectiveFrom: rulebook.effectiveFrom, effectiveTo: rulebook.effectiveTo }
  });
};
var yearInfo = (compiled, year) => {
  let info = compiled.years.get(year);
  if (info === void 0) {
    const rb = compiled.rulebook;
    const inForce = inForceForYear(rb, year);
    const ref = Object.freeze({
      id: rb.id,
      document: rb.document,
      title: rb.title,
      inForce,
      effectiveFrom: rb.effectiveFrom,
      ...rb.effectiveTo === void 0 ? {} : { effectiveTo: rb.effectiveTo },
      maxTotal: rb.total
    });
    const base = Object.freeze(inForce ? [] : [notInForceWarning(rb, year)]);
    info = { ref, base, byMask: /* @__PURE__ */ new Map([[0, base]]) };
    compiled.years.set(year, info);
  }
  return info;
};
var uncheckedWarning = (rule, kind) => {
  const field = rule.when.field;
  return Object.freeze({
    code: kind === "not-rated" ? "NOT_RATED_RULE_UNCHECKED" : "OVERRIDE_UNCHECKED",
    message: {
      vi: `Kh\xF4ng ki\u1EC3m tra \u0111\u01B0\u1EE3c quy t\u1EAFc "${rule.label.vi}": thi\u1EBFu d\u1EEF li\u1EC7u ${field}.`,
      en: `Could not check the rule "${rule.label.en}": ${field} is missing.`
    },
    details: { rule: rule.code, field }
  });
};
var baseWarnings = (compiled, info, mask) => {
  let list = info.byMask.get(mask);
  if (list === void 0) {
    const out = [...info.base];
    for (const r of compiled.notRated) if (mask & r.bit) out.push(uncheckedWarning(r.rule, "not-rated"));
    for (const r of compiled.overrides) if (mask & r.bit) out.push(uncheckedWarning(r.rule, "override"));
    list = Object.freeze(out);
    info.byMask.set(mask, list);
  }
  return list;
};

// packages/rating/src/internal/grade-result.ts
var EMPTY = Object.freeze([]);
var NO_MARGINS = Object.freeze({});
var CTX = /* @__PURE__ */ Symbol("context");
var RECORD = /* @__PURE__ */ Symbol("record");
var MASK = /* @__PURE__ */ Symbol("mask");
var hide = (target, ctx, record, mask) => {
  const t = target;
  t[CTX] = ctx;
  t[RECORD] = record;
  t[MASK] = mask;
};
var plain = (result, extra) => {
  const out = {};
  for (const key of Object.keys(result)) out[key] = result[key];
  return Object.assign(out, extra);
};
var RatedResult = class {
  constructor(organisationId, year, rulebook, grade, pointsGrade, total, totalHundredths, overrides, label, ctx, record, mask) {
    this.organisationId = organisationId;
    this.year = year;
    this.rulebook = rulebook;
    this.grade = grade;
    this.pointsGrade = pointsGrade;
    this.total = total;
    this.totalHundredths = totalHundredths;
    this.overrides = overrides;
    this.label = label;
    hide(this, ctx, record, mask);
  }
  organisationId;
  year;
  rulebook;
  grade;
  pointsGrade;
  total;
  totalHundredths;
  overrides;
  label;
  status = "rated";
  /** Distance to the grade bands up and down (empty when an override decided the grade). */
  get margins() {
    const x = this[CTX];
    return x.engine.margins(x.c, this.totalHundredths, this.overrides.length > 0);
  }
  /** Every warning. */
  get warnings() {
    const h = this;
    const x = h[CTX];
    return x.engine.warnings(x.c, h[RECORD], this.year, x.clamp, h[MASK]);
  }
  /** The per-criterion breakdown. */
  get criteria() {
    const h = this;
    const x = h[CTX];
    return x.engine.criteria(x.c, h[RECORD], this.year, x.clamp);
  }
  /** The per-group breakdown. */
  get groups() {
    const h = this;
    const x = h[CTX];
    return x.engine.groups(x.c, h[RECORD], this.year, x.clamp);
  }
  /** A plain object with every field, the derived ones included. */
  toJSON() {
    return plain(this, { margins: this.margins, warnings: this.warnings, criteria: this.criteria, groups: this.groups });
  }
};
var IncompleteResult = class {
  constructor(organisationId, year, rulebook, overrides, missing, label, ctx, record, mask) {
    this.organisationId = organisationId;
    this.year = year;
    this.rulebook = rulebook;
    this.overrides = overrides;
    this.missing = missing;
    this.label = label;
    hide(this, ctx, record, mask);
  }
  organisationId;
  year;
  rulebook;
  overrides;
  missing;
  label;
  status = "incomplete";
  /** Always empty: no total, no margins. */
  get margins() {
    return NO_MARGINS;
  }
  /** Every warning. */
  get warnings() {
    const h = this;
    const x = h[CTX];
    return x.engine.warnings(x.c, h[RECORD], this.year, x.clamp, h[MASK]);
  }
  /** The per-criterion breakdown (missing criteria included, with `source: 'missing'`). */
  get criteria() {
    const h = this;
    const x = h[CTX];
    return x.engine.criteria(x.c, h[RECORD], this.year, x.clamp);
  }
  /** The per-group breakdown (groups with a missing criterion have no points). */
  get groups() {
    const h = this;
    const x = h[CTX];
    return x.engine.groups(x.c, h[RECORD], this.year, x.clamp);
  }
  /** A plain object with every field, the derived ones included. */
  toJSON() {
    return plain(this, { margins: this.margins, warnings: this.warnings, criteria: this.criteria, groups: this.groups });
  }
};
var NotRatedResult = class {
  constructor(organisationId, year, rulebook, overrides, warnings, reason, label) {
    this.organisationId = organisationId;
    this.year = year;
    this.rulebook = rulebook;
    this.overrides = overrides;
    this.warnings = warnings;
    this.reason = reason;
    this.label = label;
  }
  organisationId;
  year;
  rulebook;
  overrides;
  warnings;
  reason;
  label;
  status = "not-rated";
  margins = NO_MARGINS;
  criteria = EMPTY;
  groups = EMPTY;
  /** A plain object with every field. */
  toJSON() {
    return plain(this, {});
  }
};

// packages/rating/src/internal/grade-core.ts
var SRC_COMPUTED = 1;
var SRC_MISSING = 2;
var SRC_PARENT = 3;
var EMPTY2 = Object.freeze([]);
var NO_MARGINS2 = Object.freeze({});
var show = (hundredths) => String(fromHundredths(hundredths));
var checkedPoints = (raw, id, ctx) => {
  const scaled = toHundredths(raw);
  if (!(scaled >= 0)) {
    throw new CoopError(
      "INVALID_POINTS",
      `Points for criterion "${id}" must be a non-negative number with at most two decimals; received ${String(raw)}`,
      { criterion: id, received: raw, organisationId: ctx.record.organisationId, year: ctx.year }
    );
  }
  return scaled;
};
var capped = (ctx, id, value, max, kind) => {
  if (max < 0 || value <= max) return value;
  if (!ctx.clamp) {
    throw new CoopError(
      "POINTS_ABOVE_MAXIMUM",
      `${kind === "group" ? "Group" : "Criterion"} "${id}" has ${show(value)} points, above its maximum ${show(max)} (organisation ${ctx.record.organisationId}, ${ctx.year}); pass { clamp: true } to clamp`,
      {
        criterion: id,
        kind,
        points: fromHundredths(value),
        max: fromHundredths(max),
        organisationId: ctx.record.organisationId,
        year: ctx.year
      }
    );
  }
  (ctx.warnings ??= []).push({
    code: kind === "group" ? "GROUP_ABOVE_CAP" : "POINTS_CLAMPED",
    criterion: id,
    message: kind === "group" ? {
      vi: `T\u1ED5ng \u0111i\u1EC3m nh\xF3m ${id} l\xE0 ${show(value)}, v\u01B0\u1EE3t m\u1EE9c tr\u1EA7n ${show(max)}; \u0111\xE3 t\xEDnh ${show(max)}.`,
      en: `Group ${id} totals ${show(value)} points, above its cap ${show(max)}; counted as ${show(max)}.`
    } : {
      vi: `Ti\xEAu ch\xED ${id} c\xF3 ${show(value)} \u0111i\u1EC3m, v\u01B0\u1EE3t m\u1EE9c t\u1ED1i \u0111a ${show(max)}; \u0111\xE3 t\xEDnh ${show(max)}.`,
      en: `Criterion ${id} has ${show(value)} points, above its maximum ${show(max)}; counted as ${show(max)}.`
    },
    details: { points: fromHundredths(value), max: fromHundredths(max) }
  });
  return max;
};
var warn = (ctx, warning) => {
  (ctx.warnings ??= []).push(warning);
};
var extraKeys = (ctx, points, vals, parentVals) => {
  const { c } = ctx;
  let recovered = 0;
  for (const key of Object.keys(points)) {
    if (c.leafIndex.has(key)) continue;
    const p = c.parentIndex.get(key);
    if (p === void 0) {
      warn(ctx, {
        code: "UNKNOWN_CRITERION",
        criterion: key,
        message: {
          vi: `Phi\u1EBFu ch\u1EA5m c\xF3 ti\xEAu ch\xED "${key}" kh\xF4ng c\xF3 trong ${c.rulebook.document}; \u0111\xE3 b\u1ECF qua.`,
          en: `The sheet has criterion "${key}", unknown to ${c.rulebook.document}; ignored.`
        }
      });
      continue;
    }
    const parent = c.parents[p];
    const given = checkedPoints(points[key], key, ctx);
    let missingLeaves = 0;
    let sum = 0;
    for (let i = parent.first; i <= parent.last; i++) {
      const v = vals[i];
      if ((v & 3) === SRC_MISSING) missingLeaves++;
      else sum += v >> 2;
    }
    const span = parent.last - parent.first + 1;
    if (missingLeaves === span) {
      parentVals[p] = capped(ctx, key, given, parent.max, "criterion");
      for (let i = parent.first; i <= parent.last; i++) vals[i] = SRC_PARENT;
      recovered += span;
    } else if (missingLeaves > 0 || sum !== given) {
      warn(ctx, {
        code: "SHEET_TOTAL_MISMATCH",
        criterion: key,
        message: {
          vi: `Phi\u1EBFu ch\u1EA5m ghi t\u1ED5ng ti\xEAu ch\xED ${key} l\xE0 ${show(given)} nh\u01B0ng d\xF9ng \u0111i\u1EC3m c\xE1c ti\xEAu ch\xED con.`,
          en: `The sheet gives criterion ${key} a total of ${show(given)}; its sub-criteria are used instead.`
        },
        details: { given: fromHundredths(given), subCriteria: fromHundredths(sum) }
      });
    }
  }
  return recovered;
};
var sumLeaves = (ctx, c, vals, parentVals, groupOut) => {
  const n = vals.length;
  let total = 0;
  let g = n > 0 ? c.leafGroup[0] : 0;
  let gsum = 0;
  let p = -1;
  let psum = 0;
  for (let i = 0; i < n; i++) {
    const leafParent = c.leafParent[i];
    const leafGroup = c.leafGroup[i];
    if (leafParent !== p) {
      if (p >= 0) gsum += ctx === void 0 ? psum : capped(ctx, c.parents[p].id, psum, c.parents[p].max, "criterion");
      p = leafParent;
      psum = 0;
    }
    if (leafGroup !== g) {
      const cap = c.groupCap[g];
      const kept = ctx === void 0 ? cap >= 0 && gsum > cap ? cap : gsum : capped(ctx, c.groupIds[g], gsum, cap, "group");
      if (groupOut !== void 0) groupOut[g] = kept;
      total += kept;
      g = leafGroup;
      gsum = 0;
    }
    const v = vals[i];
    const src = v & 3;
    let add = 0;
    if (src === SRC_PARENT) {
      if (i === c.parents[leafParent].first) add = parentVals[leafParent];
    } else if (src !== SRC_MISSING) add = v >> 2;
    if (leafParent >= 0) psum += add;
    else gsum += add;
  }
  if (p >= 0) gsum += ctx === void 0 ? psum : capped(ctx, c.parents[p].id, psum, c.parents[p].max, "criterion");
  if (n > 0) {
    const cap = c.groupCap[g];
    const kept = ctx === void 0 ? cap >= 0 && gsum > cap ? cap : gsum : capped(ctx, c.groupIds[g], gsum, cap, "group");
    if (groupOut !== void 0) groupOut[g] = kept;
    total += kept;
  }
  return total;
};
var hundredthsField = (value) => ({
  points: fromHundredths(value),
  pointsHundredths: value
});
var maxOf = (scaled) => scaled < 0 ? null : fromHundredths(scaled);
var buildCriteria = (c, vals, parentVals) => {
  const out = [];
  const sources = ["sheet", "computed", "missing", "parent"];
  const leaf = (i2, parent) => {
    const v = vals[i2];
    const src = sources[v & 3];
    const base = {
      id: c.leafIds[i2],
      level: parent === void 0 ? "criterion" : "sub-criterion",
      group: c.groupIds[c.leafGroup[i2]],
      ...parent === void 0 ? {} : { parent },
      max: maxOf(c.leafMax[i2]),
      source: src
    };
    return src === "missing" || src === "parent" ? base : { ...base, ...hundredthsField(v >> 2) };
  };
  let i = 0;
  while (i < vals.length) {
    const p = c.leafParent[i];
    if (p < 0) {
      out.push(leaf(i, void 0));
      i++;
      continue;
    }
    const parent = c.parents[p];
    let sum = 0;
    let anyMissing = false;
    for (let j = parent.first; j <= parent.last; j++) {
      const v = vals[j];
      if ((v & 3) === SRC_MISSING) anyMissing = true;
      else sum += v >> 2;
    }
    const given = (vals[parent.first] & 3) === SRC_PARENT;
    const value = given ? parentVals[p] : parent.max >= 0 && sum > parent.max ? parent.max : sum;
    out.push({
      id: parent.id,
      level: "criterion",
      group: c.groupIds[parent.group],
      max: maxOf(parent.max),
      ...anyMissing ? { source: "missing" } : { source: given ? "sheet" : "sum", ...hundredthsField(value) }
    });
    for (let j = parent.first; j <= parent.last; j++) out.push(leaf(j, parent.id));
    i = parent.last + 1;
  }
  return Object.freeze(out);
};
var buildGroups = (c, vals, parentVals) => {
  const kept = [];
  sumLeaves(void 0, c, vals, parentVals, kept);
  const missingIn = /* @__PURE__ */ new Set();
  vals.forEach((v, i) => {
    if ((v & 3) === SRC_MISSING) missingIn.add(c.leafGroup[i]);
  });
  return Object.freeze(
    c.groupIds.map((id, g) => ({
      id,
      cap: c.groupMax[g] ?? null,
      ...missingIn.has(g) || kept[g] === void 0 ? {} : hundredthsField(kept[g])
    }))
  );
};
var analyse = (c, record, year, clamp) => {
  const ctx = { c, record, year, clamp, warnings: void 0 };
  const sheet = record.sheet;
  const points = sheet === void 0 || sheet === null ? void 0 : sheet.points;
  const n = c.leafIds.length;
  const vals = [];
  let missing = 0;
  for (let i = 0; i < n; i++) {
    const id = c.leafIds[i];
    const raw = points === void 0 ? void 0 : points[id];
    const tiers = c.leafTiers[i];
    if (tiers !== void 0) {
      const computed = evaluateTiers(tiers, record);
      if (computed >= 0) {
        if (raw !== void 0) {
          const given = checkedPoints(raw, id, ctx);
          if (given !== computed) {
            warn(ctx, {
              code: "SHEET_DIFFERS_FROM_COMPUTED",
              criterion: id,
              message: {
                vi: `Ti\xEAu ch\xED ${id}: phi\u1EBFu ch\u1EA5m ghi ${show(given)} \u0111i\u1EC3m, t\xEDnh t\u1EEB s\u1ED1 li\u1EC7u \u0111\u01B0\u1EE3c ${show(computed)} \u0111i\u1EC3m; d\xF9ng \u0111i\u1EC3m t\xEDnh \u0111\u01B0\u1EE3c.`,
                en: `Criterion ${id}: the sheet gives ${show(given)} points, the record's figures give ${show(computed)}; the computed points are used.`
              },
              details: { sheet: fromHundredths(given), computed: fromHundredths(computed) }
            });
          }
        }
        vals.push(computed * 4 + SRC_COMPUTED);
        continue;
      }
    }
    if (raw === void 0) {
      vals.push(SRC_MISSING);
      missing++;
      continue;
    }
    vals.push(capped(ctx, id, checkedPoints(raw, id, ctx), c.leafMax[i], "criterion") * 4);
  }
  const parentVals = [];
  if (points !== void 0) missing -= extraKeys(ctx, points, vals, parentVals);
  const total = sumLeaves(ctx, c, vals, parentVals);
  return { vals, parentVals, missing, total, warnings: ctx.warnings };
};
var fastTotal = (c, points) => {
  const ids = c.leafIds;
  const maxima = c.leafMax;
  const groupOf = c.leafGroup;
  const parentOf = c.leafParent;
  const n = ids.length;
  let total = 0;
  let g = n > 0 ? groupOf[0] : 0;
  let gsum = 0;
  let p = -1;
  let psum = 0;
  for (let i = 0; i < n; i++) {
    const raw = points[ids[i]];
    if (typeof raw !== "number") return -1;
    const s = Math.round(raw * 100);
    if (s / 100 !== raw || s < 0) return -1;
    const max = maxima[i];
    if (max >= 0 && s > max) return -1;
    const leafParent = parentOf[i];
    if (leafParent !== p) {
      if (p >= 0) {
        const pmax = c.parents[p].max;
        if (pmax >= 0 && psum > pmax) return -1;
        gsum += psum;
      }
      p = leafParent;
      psum = 0;
    }
    const leafGroup = groupOf[i];
    if (leafGroup !== g) {
      const cap2 = c.groupCap[g];
      if (cap2 >= 0 && gsum > cap2) return -1;
      total += gsum;
      g = leafGroup;
      gsum = 0;
    }
    if (leafParent >= 0) psum += s;
    else gsum += s;
  }
  if (p >= 0) {
    const pmax = c.parents[p].max;
    if (pmax >= 0 && psum > pmax) return -1;
    gsum += psum;
  }
  const cap = n > 0 ? c.groupCap[g] : -1;
  if (cap >= 0 && gsum > cap) return -1;
  return total + gsum;
};
var bandIndex = (c, total) => {
  const lows = c.bandLow;
  const last = lows.length - 1;
  let b = 0;
  while (b < last && total < lows[b]) b++;
  return b;
};
var ENGINE = {
  criteria: (c, record, year, clamp) => {
    const a = analyse(c, record, year, clamp);
    return buildCriteria(c, a.vals, a.parentVals);
  },
  groups: (c, record, year, clamp) => {
    const a = analyse(c, record, year, clamp);
    return buildGroups(c, a.vals, a.parentVals);
  },
  warnings: (c, record, year, clamp, mask) => {
    const base = baseWarnings(c, yearInfo(c, year), mask);
    const extra = analyse(c, record, year, clamp).warnings;
    return extra === void 0 ? base : Object.freeze([...base, ...extra]);
  },
  margins: (c, total, overridden) => {
    if (overridden) return NO_MARGINS2;
    const lows = c.bandLow;
    const b = bandIndex(c, total);
    const last = lows.length - 1;
    const up = b > 0 ? { grade: c.bandGrade[b - 1], points: fromHundredths(lows[b - 1] - total), pointsHundredths: lows[b - 1] - total } : void 0;
    const down = b < last ? { grade: c.bandGrade[b + 1], points: fromHundredths(total - lows[b]), pointsHundredths: total - lows[b] } : void 0;
    return { ...up === void 0 ? {} : { up }, ...down === void 0 ? {} : { down } };
  }
};
var contexts = /* @__PURE__ */ new WeakMap();
var resultContext = (c, clamp) => {
  let pair = contexts.get(c);
  if (pair === void 0) {
    pair = [Object.freeze({ c, clamp: false, engine: ENGINE }), Object.freeze({ c, clamp: true, engine: ENGINE })];
    contexts.set(c, pair);
  }
  return pair[clamp ? 1 : 0];
};
var gradeCompiled = (c, record, year, clamp) => {
  const sheet = record.sheet;
  if (sheet !== void 0 && sheet !== null && sheet.rulebook !== c.id) {
    throw new CoopError(
      "RULEBOOK_MISMATCH",
      `The sheet of ${record.organisationId} (${year}) was scored for "${sheet.rulebook}", not "${c.id}"`,
      { expected: c.id, received: sheet.rulebook, organisationId: record.organisationId, year }
    );
  }
  const info = yearInfo(c, year);
  const sector = record.sector;
  if (!c.kinds.has(record.kind) || c.sectors !== void 0 && !c.sectors.has(sector) || c.excluded.has(sector)) {
    return new NotRatedResult(record.organisationId, year, info.ref, EMPTY2, info.base, c.outOfScope, NOT_RATED_LABEL);
  }
  let mask = 0;
  for (const rule of c.notRated) {
    const holds = evaluateCondition(rule.when, record);
    if (holds === true) {
      return new NotRatedResult(
        record.organisationId,
        year,
        info.ref,
        EMPTY2,
        baseWarnings(c, info, mask),
        rule.reason,
        NOT_RATED_LABEL
      );
    }
    if (holds === void 0) mask |= rule.bit;
  }
  const points = sheet === void 0 || sheet === null ? void 0 : sheet.points;
  let total = c.hasTiers || points === void 0 ? -1 : fastTotal(c, points);
  let missing = 0;
  if (total < 0) {
    const a = analyse(c, record, year, clamp);
    total = a.total;
    missing = a.missing;
    if (missing > 0) {
      const ids = [];
      for (let i = 0; i < a.vals.length; i++) if ((a.vals[i] & 3) === SRC_MISSING) ids.push(c.leafIds[i]);
      let fired2;
      for (const rule of c.overrides) {
        const holds = evaluateCondition(rule.when, record);
        if (holds === true) (fired2 ??= []).push(rule.fired);
        else if (holds === void 0) mask |= rule.bit;
      }
      return new IncompleteResult(
        record.organisationId,
        year,
        info.ref,
        fired2 ?? EMPTY2,
        Object.freeze(ids),
        INCOMPLETE_LABEL,
        resultContext(c, clamp),
        record,
        mask
      );
    }
  }
  let fired;
  let forced;
  for (const rule of c.overrides) {
    const holds = evaluateCondition(rule.when, record);
    if (holds === true) {
      (fired ??= []).push(rule.fired);
      if (forced === void 0 || GRADE_RANK[rule.fired.grade] < GRADE_RANK[forced]) forced = rule.fired.grade;
    } else if (holds === void 0) mask |= rule.bit;
  }
  const pointsGrade = c.bandGrade[bandIndex(c, total)];
  const final = forced ?? pointsGrade;
  return new RatedResult(
    record.organisationId,
    year,
    info.ref,
    final,
    pointsGrade,
    fromHundredths(total),
    total,
    fired ?? EMPTY2,
    GRADE_LABEL[final],
    resultContext(c, clamp),
    record,
    mask
  );
};

// packages/rating/src/grade-many.ts
var gradeMany = (records2, options) => {
  const compiled = compileRulebook(options.rulebook);
  const clamp = options.clamp === true;
  const year = options.year;
  const out = [];
  if (Array.isArray(records2)) {
    const list = records2;
    for (let i = 0; i < list.length; i++) {
      const record = list[i];
      out.push(gradeCompiled(compiled, record, year ?? record.year, clamp));
    }
    return out;
  }
  for (const record of records2) out.push(gradeCompiled(compiled, record, year ?? record.year, clamp));
  return out;
};

// packages/rating/src/rulebooks/circular-01-2020.ts
var DOCUMENT = "Th\xF4ng t\u01B0 01/2020/TT-BKH\u0110T";
var cite = (clause, note) => ({
  document: DOCUMENT,
  ...clause === void 0 ? {} : { clause },
  ...note === void 0 ? {} : { note }
});
var SCORING = cite("Ph\u1EE5 l\u1EE5c I", "B\u1EA3ng \u0111i\u1EC3m t\u1EF1 ch\u1EA5m; m\u1EE9c t\u1ED1i \u0111a \u0111\xE3 x\xE1c nh\u1EADn (confirmed maxima).");
var PARTIAL = cite(
  "Ph\u1EE5 l\u1EE5c I",
  "M\u1EE9c t\u1ED1i \u0111a ri\xEAng c\u1EE7a ti\xEAu ch\xED 10\u201315 kh\xF4ng kh\xF4i ph\u1EE5c \u0111\u01B0\u1EE3c; ch\u1EC9 \xE1p d\u1EE5ng m\u1EE9c tr\u1EA7n 40 \u0111i\u1EC3m c\u1EE7a nh\xF3m III."
);
var criterion = (id, vi, en, max, criteria) => ({
  id,
  title: { vi, en },
  max,
  ...criteria === void 0 ? {} : { criteria },
  citation: max === null ? PARTIAL : SCORING
});
var CIRCULAR_01_2020 = {
  id: "circular-01-2020",
  title: {
    vi: "Th\xF4ng t\u01B0 01/2020/TT-BKH\u0110T h\u01B0\u1EDBng d\u1EABn ph\xE2n lo\u1EA1i v\xE0 \u0111\xE1nh gi\xE1 h\u1EE3p t\xE1c x\xE3",
    en: "Circular 01/2020/TT-BKH\u0110T on classifying and rating cooperatives"
  },
  issuer: { vi: "B\u1ED9 K\u1EBF ho\u1EA1ch v\xE0 \u0110\u1EA7u t\u01B0", en: "Ministry of Planning and Investment" },
  document: "01/2020/TT-BKH\u0110T",
  citation: cite(void 0, "K\xFD ng\xE0y 19/02/2020, hi\u1EC7u l\u1EF1c t\u1EEB 01/04/2020."),
  effectiveFrom: "2020-04-01",
  effectiveTo: "2025-09-17",
  endedBy: { document: "Th\xF4ng t\u01B0 78/2025/TT-BTC", note: "B\xE3i b\u1ECF Th\xF4ng t\u01B0 01/2020/TT-BKH\u0110T t\u1EEB ng\xE0y 18/09/2025." },
  scope: {
    kinds: ["cooperative", "union"],
    sectors: "all",
    excludeSectors: ["finance"],
    citation: cite(void 0, "H\u1EE3p t\xE1c x\xE3, li\xEAn hi\u1EC7p h\u1EE3p t\xE1c x\xE3 m\u1ECDi l\u0129nh v\u1EF1c; kh\xF4ng \xE1p d\u1EE5ng cho qu\u1EF9 t\xEDn d\u1EE5ng nh\xE2n d\xE2n, ng\xE2n h\xE0ng h\u1EE3p t\xE1c x\xE3."),
    note: "People's credit funds and the Cooperative Bank are not rated under this circular; the library's `finance` sector stands for them, so every `finance` record is out of scope. Cooperative groups are not rated."
  },
  total: 100,
  groups: [
    {
      id: "I",
      title: { vi: "Nh\xF3m I: T\xE0i ch\xEDnh", en: "Group I: finance" },
      cap: 30,
      citation: SCORING,
      criteria: [
        criterion("1", "V\u1ED1n ho\u1EA1t \u0111\u1ED9ng", "Capital", 7, [
          criterion("1a", "V\u1ED1n ho\u1EA1t \u0111\u1ED9ng b\xECnh qu\xE2n", "Mean total capital", 6),
          criterion("1b", "T\u0103ng tr\u01B0\u1EDFng v\u1ED1n so v\u1EDBi n\u0103m tr\u01B0\u1EDBc", "Capital grew versus last year", 1)
        ]),
        criterion("2", "T\xE0i s\u1EA3n", "Assets", 6, [
          criterion("2a", "T\xE0i s\u1EA3n kh\xF4ng chia b\xECnh qu\xE2n", "Mean indivisible assets", 5),
          criterion("2b", "T\u0103ng tr\u01B0\u1EDFng t\xE0i s\u1EA3n kh\xF4ng chia", "Indivisible assets grew", 1)
        ]),
        criterion("3", "K\u1EBFt qu\u1EA3 ho\u1EA1t \u0111\u1ED9ng s\u1EA3n xu\u1EA5t, kinh doanh", "Business results", 11, [
          criterion("3a", "Doanh thu b\xE1n h\xE0ng v\xE0 cung \u1EE9ng d\u1ECBch v\u1EE5", "Sales and service revenue", 4),
          criterion("3b", "M\u1EE9c \u0111\u1ED9 \u0111\xE1p \u1EE9ng nhu c\u1EA7u c\u1EE7a th\xE0nh vi\xEAn", "Share of member needs served", 3),
          criterion("3c", "L\u1EE3i nhu\u1EADn tr\u01B0\u1EDBc thu\u1EBF", "Pre-tax profit", 4)
        ]),
        criterion("4", "Tr\xEDch l\u1EADp c\xE1c qu\u1EF9", "Fund allocation", 6, [
          criterion("4a", "Qu\u1EF9 \u0111\u1EA7u t\u01B0 ph\xE1t tri\u1EC3n", "Development-investment fund", 2),
          criterion("4b", "Qu\u1EF9 d\u1EF1 ph\xF2ng t\xE0i ch\xEDnh", "Reserve fund", 2),
          criterion("4c", "C\xE1c qu\u1EF9 kh\xE1c", "Other funds", 2)
        ])
      ]
    },
    {
      id: "II",
      title: { vi: "Nh\xF3m II: T\u1ED5 ch\u1EE9c, qu\u1EA3n tr\u1ECB", en: "Group II: governance" },
      cap: 30,
      citation: SCORING,
      criteria: [
        criterion("5", "Ch\u1EA5p h\xE0nh ph\xE1p lu\u1EADt", "Legal compliance", 8),
        criterion("6", "Tranh ch\u1EA5p, khi\u1EBFu n\u1EA1i", "Disputes and complaints", 6),
        criterion("7", "Tr\xECnh \u0111\u1ED9 c\xE1n b\u1ED9 qu\u1EA3n l\xFD", "Management qualifications", 6, [
          criterion("7a", "T\u1EF7 l\u1EC7 c\xF3 tr\xECnh \u0111\u1ED9 cao \u0111\u1EB3ng, \u0111\u1EA1i h\u1ECDc", "Share with a college or university degree", 2),
          criterion("7b", "T\u1EF7 l\u1EC7 \u0111\u01B0\u1EE3c \u0111\xE0o t\u1EA1o ngh\u1EC1", "Share with vocational training", 2),
          criterion("7c", "T\u1EF7 l\u1EC7 c\xE1n b\u1ED9 qu\u1EA3n l\xFD tr\u1EBB", "Share of young managers", 2)
        ]),
        criterion("8", "Ch\xEDnh s\xE1ch \u0111\u1ED1i v\u1EDBi th\xE0nh vi\xEAn, ng\u01B0\u1EDDi lao \u0111\u1ED9ng", "Policies for members and workers", 6),
        criterion("9", "\u1EE8ng d\u1EE5ng c\xF4ng ngh\u1EC7, th\u01B0\u01A1ng hi\u1EC7u, chu\u1ED7i gi\xE1 tr\u1ECB", "Technology, brand, value chain", 4)
      ]
    },
    {
      id: "III",
      title: { vi: "Nh\xF3m III: Th\xE0nh vi\xEAn v\xE0 c\u1ED9ng \u0111\u1ED3ng", en: "Group III: members and community" },
      cap: 40,
      citation: SCORING,
      note: "Only the group cap (40) is confirmed; the maxima of criteria 10\u201315 are unknown and are not guessed.",
      criteria: [
        criterion("10", "M\u1EE9c \u0111\u1ED9 tham gia c\u1EE7a th\xE0nh vi\xEAn", "Member participation", null),
        criterion("11", "L\u1EE3i \xEDch c\u1EE7a th\xE0nh vi\xEAn", "Member benefit", null),
        criterion("12", "S\u1EA3n ph\u1EA9m, d\u1ECBch v\u1EE5 cung \u1EE9ng cho th\xE0nh vi\xEAn", "Products and services supplied to members", null),
        criterion("13", "Th\xF4ng tin, \u0111\xE0o t\u1EA1o, t\u1EADp hu\u1EA5n", "Information and training", null),
        criterion("14", "T\xE1c \u0111\u1ED9ng t\xEDch c\u1EF1c t\u1EDBi c\u1ED9ng \u0111\u1ED3ng", "Positive community impact", null),
        criterion("15", "Khen th\u01B0\u1EDFng trong n\u0103m", "Awards received in the year", null)
      ]
    }
  ],
  grades: [
    { grade: "good", gte: 80, citation: SCORING },
    { grade: "fair", gte: 65, lt: 80, citation: SCORING },
    { grade: "average", gte: 50, lt: 65, citation: SCORING },
    { grade: "weak", lt: 50, citation: SCORING }
  ],
  notRated: [
    {
      code: "operating-under-12-months",
      when: { field: "monthsOperating", lt: 12 },
      label: { vi: "Ho\u1EA1t \u0111\u1ED9ng d\u01B0\u1EDBi 12 th\xE1ng", en: "Operated less than 12 months" },
      citation: cite(void 0, "Kh\xF4ng \u0111\xE1nh gi\xE1 h\u1EE3p t\xE1c x\xE3 ho\u1EA1t \u0111\u1ED9ng d\u01B0\u1EDBi 12 th\xE1ng.")
    },
    {
      code: "suspended-over-3-months",
      when: { field: "monthsSuspended", gt: 3 },
      label: { vi: "T\u1EA1m ng\u1EEBng ho\u1EA1t \u0111\u1ED9ng qu\xE1 3 th\xE1ng trong n\u0103m", en: "Stopped operating for more than 3 months in the year" },
      citation: cite(void 0, "Kh\xF4ng \u0111\xE1nh gi\xE1 h\u1EE3p t\xE1c x\xE3 t\u1EA1m ng\u1EEBng ho\u1EA1t \u0111\u1ED9ng tr\xEAn 3 th\xE1ng.")
    }
  ],
  overrides: [],
  notes: [
    "Confirmed: 15 criteria, group caps 30/30/40, sub-criterion maxima of groups I and II, grade edges 80/65/50, the not-rated rules, the validity dates.",
    "Partial: the individual maxima of criteria 10\u201315 and the detailed scoring tiers of Appendix 1 are not recoverable; the sheet supplies the points."
  ]
};

// ../../tmp/bench3.ts
var N = Number(process.env.N ?? 1e6);
var records = makeSheets(N);
var ours = gradeMany(records, { rulebook: CIRCULAR_01_2020 });
var hw = handWritten(records);
var bad = 0;
ours.forEach((r, i) => {
  const code = r.status === "not-rated" ? 4 : ["weak", "average", "fair", "good"].indexOf(r.grade);
  const t = r.status === "rated" ? r.totalHundredths : -1;
  if (code !== hw.grades[i] || t !== hw.totals[i]) bad++;
});
console.log("disagree", bad);
var sink;
for (let rep = 0; rep < 5; rep++) {
  let t0 = performance.now();
  sink = gradeMany(records, { rulebook: CIRCULAR_01_2020 });
  let t1 = performance.now();
  sink = handWritten(records);
  let t2 = performance.now();
  console.log("gradeMany", (N / (t1 - t0) / 1e3).toFixed(2), "M/s; hand", (N / (t2 - t1) / 1e3).toFixed(2), "M/s; ratio", ((t1 - t0) / (t2 - t1)).toFixed(2));
}
