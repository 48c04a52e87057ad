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
var divide = (a, b) => {
  if (b.num === 0n) throw new CoopError("DIVISION_BY_ZERO", "Division by zero");
  return make(a.num * b.den, a.den * b.num);
};

// packages/rating/src/internal/grade-read.ts
var fieldPath = (path) => {
  const dot = path.indexOf(".");
  return dot < 0 ? { path, head: path, tail: void 0 } : { path, head: path.slice(0, dot), tail: path.slice(dot + 1) };
};
var compileCondition = (condition) => {
  const c2 = condition;
  return {
    field: fieldPath(c2.field),
    eq: c2.eq,
    hasEq: "eq" in c2,
    gt: c2.gt,
    gte: c2.gte,
    lt: c2.lt,
    lte: c2.lte
  };
};

// packages/rating/src/internal/points.ts
var POINT_SCALE = 100;
var toHundredths = (value) => {
  if (typeof value !== "number") return Number.NaN;
  const scaled = Math.round(value * POINT_SCALE);
  return scaled / POINT_SCALE === value ? scaled : Number.NaN;
};

// packages/rating/src/internal/tier-eval.ts
var compileTiers = (tiers) => {
  const measure = tiers.measure;
  const bands = tiers.bands.map((band) => {
    const lower = band.gte !== void 0 ? { value: rational(band.gte), inclusive: true } : band.gt !== void 0 ? { value: rational(band.gt), inclusive: false } : void 0;
    return { lower, points: toHundredths(band.points) };
  });
  const cases = (tiers.cases ?? []).map((c2) => ({ when: compileCondition(c2.when), points: toHundredths(c2.points) }));
  const fields = [
    ...cases.map((c2) => c2.when.field.path),
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

// packages/rating/src/internal/grade-core.ts
var EMPTY = Object.freeze([]);
var NO_MARGINS = Object.freeze({});
var fastTotal = (c2, points) => {
  const ids = c2.leafIds;
  const maxima = c2.leafMax;
  const groupOf = c2.leafGroup;
  const parentOf = c2.leafParent;
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
        const pmax = c2.parents[p].max;
        if (pmax >= 0 && psum > pmax) return -1;
        gsum += psum;
      }
      p = leafParent;
      psum = 0;
    }
    const leafGroup = groupOf[i];
    if (leafGroup !== g) {
      const cap2 = c2.groupCap[g];
      if (cap2 >= 0 && gsum > cap2) return -1;
      total += gsum;
      g = leafGroup;
      gsum = 0;
    }
    if (leafParent >= 0) psum += s;
    else gsum += s;
  }
  if (p >= 0) {
    const pmax = c2.parents[p].max;
    if (pmax >= 0 && psum > pmax) return -1;
    gsum += psum;
  }
  const cap = n > 0 ? c2.groupCap[g] : -1;
  if (cap >= 0 && gsum > cap) return -1;
  return total + gsum;
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

// ../../tmp/bench4.ts
var N = 1e6;
var records = makeSheets(N);
var c = compileRulebook(CIRCULAR_01_2020);
var mine = () => {
  const t = new Int32Array(N);
  for (let i = 0; i < N; i++) t[i] = fastTotal(c, records[i].sheet.points);
  return t;
};
for (let rep = 0; rep < 6; rep++) {
  let t0 = performance.now();
  mine();
  let t1 = performance.now();
  handWritten(records);
  let t2 = performance.now();
  console.log("fastTotal", (t1 - t0).toFixed(0), "hand", (t2 - t1).toFixed(0));
}
