import {
  CoopError,
  isCoopError,
  INDICATORS,
  compareRational,
  divideRational,
  multiplyRational,
  rational,
  rationalToNumber,
  subtractRational,
  RECORD_FIELDS
} from "@coop/model";
import { formatIndicatorValue, joinExplanation, PROGRESS_STATUS_LABELS } from "../explain.js";
import { targetGap } from "../target-gap.js";
import { guard, isObjectLike, ownField } from "./evaluation-guard.js";
import { checkIndicator } from "./evaluation-options.js";
import { unitOf, unitsOf } from "./indicator-area.js";
import { computeChecked, indicatorFields } from "./indicator-compute.js";
import { frameOf, recordsByYear } from "./indicator-frame.js";
import { assessChecked } from "./progress-assess.js";
import { statusOfRatio } from "./progress-methods.js";
import { constraintOf, isLevelComparator, meetsConstraint, resolveTolerance } from "./target-compare.js";
import { gapClause } from "./target-explain.js";
const findIndicator = (target, options) => {
  if (options.indicator !== void 0) {
    if (options.indicator.id !== target.indicator) {
      throw new CoopError("INDICATOR_MISMATCH", `Target "${target.id}" uses indicator "${target.indicator}", not "${options.indicator.id}"`, {
        target: target.id,
        expected: target.indicator,
        received: options.indicator.id
      });
    }
    return options.indicator;
  }
  const list = options.indicators;
  if (list !== void 0) {
    const found = guard("INVALID_OPTIONS", "options", () => ["indicators"], () => {
      for (let i = 0; i < list.length; i += 1) {
        const item = list[i];
        if (isObjectLike(item) && ownField(item, "id") === target.indicator) {
          return checkIndicator(item, options.cache, "INVALID_OPTIONS", ["indicators", i]);
        }
      }
      return void 0;
    });
    if (found !== void 0) return found;
  }
  const builtIn = INDICATORS.find((i) => i.id === target.indicator);
  if (builtIn === void 0) {
    throw new CoopError("UNKNOWN_INDICATOR", `No indicator with id "${target.indicator}" (target "${target.id}")`, {
      target: target.id,
      indicator: target.indicator
    });
  }
  return builtIn;
};
const SIGNED_FIELDS = /* @__PURE__ */ new Set(["preTaxProfit", "afterTaxProfit"]);
const fieldUnit = (indicator, field) => {
  const type = field === void 0 ? void 0 : RECORD_FIELDS[field];
  if (type === "vnd") return { unit: "vnd", integral: true, ...field !== void 0 && SIGNED_FIELDS.has(field) ? { signed: true } : {} };
  if (type === "hectares") return { unit: "hectares", integral: false };
  if (type === "count") {
    const byField = field === "memberHouseholds" ? "households" : field === "officialMembers" || field === "associateMembers" ? "members" : field?.startsWith("managers.") ? "persons" : void 0;
    const unit = byField ?? (indicator.unit === "members" || indicator.unit === "households" || indicator.unit === "persons" ? indicator.unit : "units");
    return { unit, integral: true };
  }
  return { unit: "units", integral: false };
};
const gapQuantities = (indicator, result) => {
  const num = result.numerator;
  const den = result.denominator;
  if (num.value === void 0 || num.op === "external") return void 0;
  if (den !== void 0 && (den.value === void 0 || den.op === "mean")) return void 0;
  if (num.op === "count") {
    const limit = den !== void 0 && den.op === "count" && indicator.denominator?.op === "count" && indicator.denominator.where === void 0 ? den.value : void 0;
    return {
      numerator: num.value,
      factor: indicator.factor,
      ...den?.value === void 0 ? {} : { denominator: den.value },
      ...limit === void 0 ? {} : { limit },
      unit: "organisations",
      integral: true
    };
  }
  const measure = fieldUnit(indicator, num.field);
  if (num.op === "sum") {
    return { numerator: num.value, factor: indicator.factor, ...den?.value === void 0 ? {} : { denominator: den.value }, ...measure };
  }
  if (den !== void 0 || num.total === void 0 || num.records === 0) return void 0;
  return { numerator: num.total, denominator: num.records, factor: indicator.factor, ...measure, basis: "population-total" };
};
const NOT_COMPUTABLE = {
  kind: "not-computable",
  reason: { vi: "Kh\xF4ng c\xF3 gi\xE1 tr\u1ECB \u0111\u1EC3 t\xEDnh kho\u1EA3ng c\xE1ch", en: "There is no value to measure the gap from" }
};
const noValueStatus = (computations) => computations.length === 0 || computations.every((c) => c.result.reason?.code === "empty-population") ? "not-applicable" : "insufficient-data";
const targetFields = (targets, options) => {
  const fields = /* @__PURE__ */ new Set();
  for (const target of targets) {
    try {
      indicatorFields(findIndicator(target, options), fields);
    } catch (error) {
      if (!isCoopError(error)) throw error;
    }
  }
  return fields;
};
const evaluateChecked = (target, observations, options) => {
  const indicator = findIndicator(target, options);
  const year = options.year;
  const cache = options.cache;
  const lookup = options.lookup;
  const area = options.area ?? target.scope.area;
  const warnings = [];
  const comparator = target.comparator;
  const tolerance = isLevelComparator(comparator) ? resolveTolerance(comparator, options.tolerance, target.id) : void 0;
  const scope = {
    ...target.scope.kinds === void 0 ? {} : { kinds: target.scope.kinds },
    ...target.scope.sectors === void 0 ? {} : { sectors: target.scope.sectors }
  };
  const compute = (records, y, a, unit) => computeChecked(indicator, records, {
    year: y,
    ...a === void 0 ? {} : { area: a },
    ...unit === void 0 ? {} : { unit },
    ...lookup === void 0 ? {} : { lookup },
    ...options.context === void 0 ? {} : { context: options.context },
    ...options.rulebooks === void 0 ? {} : { rulebooks: options.rulebooks },
    ...options.effectiveGrades === void 0 ? {} : { effectiveGrades: options.effectiveGrades },
    scope,
    cache
  });
  const computations = [];
  const series = [];
  const seriesQuantities = /* @__PURE__ */ new Map();
  if (comparator.kind === "every-unit") {
    if (observations.kind === "series") {
      throw new CoopError("SERIES_NOT_SUPPORTED", `Target "${target.id}" is per unit: it needs records, not a series`, { target: target.id });
    }
    return evaluateEveryUnit(target, indicator, observations.records, comparator, { year, area, lookup, cache, compute, warnings, options });
  }
  if (observations.kind === "series") {
    for (const point of [...observations.points].sort((a, b) => a.year - b.year)) {
      if (point.year > year) continue;
      const value2 = point.value;
      series.push({ year: point.year, value: value2, display: rationalToNumber(value2) });
      if (point.numerator !== void 0) {
        seriesQuantities.set(point.year, {
          numerator: point.numerator,
          ...point.denominator === void 0 ? {} : { denominator: point.denominator, limit: point.denominator },
          factor: indicator.factor
        });
      }
    }
  } else {
    const records = observations.records;
    const years2 = [...recordsByYear(cache, records).keys()].filter((y) => y <= year).sort((a, b) => a - b);
    for (const y of years2) {
      const result = compute(records, y, area);
      computations.push({ year: y, result });
      if (result.value !== void 0) series.push({ year: y, value: result.value, display: result.display });
    }
    const latestComputed = computations.at(-1);
    if (latestComputed !== void 0 && latestComputed.result.value === void 0 && series.length > 0) {
      warnings.push({
        code: "LATEST_YEAR_NO_VALUE",
        message: {
          vi: `N\u0103m ${latestComputed.year} ch\u01B0a c\xF3 gi\xE1 tr\u1ECB (${latestComputed.result.reason?.message.vi ?? ""}); d\xF9ng n\u0103m ${series.at(-1)?.year}`,
          en: `${latestComputed.year} has no value (${latestComputed.result.reason?.message.en ?? ""}); ${series.at(-1)?.year} is used`
        },
        details: { year: latestComputed.year, used: series.at(-1)?.year }
      });
    }
  }
  const latest = series.at(-1);
  const latestIndicator = latest === void 0 ? computations.at(-1)?.result : computations.find((c) => c.year === latest.year)?.result;
  for (const w of latestIndicator?.warnings ?? []) warnings.push(w);
  const thresholds = options.thresholds;
  const progressOptions = {
    deadline: target.deadline,
    year,
    thresholds,
    ...options.method === void 0 ? {} : { method: options.method },
    ...indicator.bounds === void 0 ? {} : { bounds: indicator.bounds }
  };
  const base = {
    targetId: target.id,
    indicatorId: indicator.id,
    label: target.label,
    comparator,
    deadline: target.deadline,
    series,
    indicator: latestIndicator
  };
  if (isLevelComparator(comparator)) {
    const constraint = constraintOf(comparator, tolerance?.value);
    const progressBaseline = target.baselineYear ?? options.baselineYear;
    const progress = latest === void 0 ? void 0 : assessChecked(series, constraint, { ...progressOptions, ...progressBaseline === void 0 ? {} : { baselineYear: progressBaseline } });
    for (const w of progress?.warnings ?? []) warnings.push(w);
    const status2 = progress?.status ?? (observations.kind === "series" ? "insufficient-data" : noValueStatus(computations));
    let gap = NOT_COMPUTABLE;
    if (latest !== void 0) {
      const quantities = latestIndicator !== void 0 ? gapQuantities(indicator, latestIndicator) : seriesQuantities.get(latest.year);
      gap = targetGap(comparator, quantities ?? { numerator: latest.value, integral: false }, tolerance === void 0 ? {} : { tolerance: tolerance.value });
    }
    const met2 = latest === void 0 ? void 0 : meetsConstraint(constraint, latest.value);
    return finish({
      ...base,
      status: status2,
      met: met2,
      year: latest?.year,
      value: latest?.value,
      display: latest?.display,
      unit: indicator.unit,
      ...tolerance === void 0 ? {} : { tolerance },
      gap,
      method: progress?.method ?? (latest === void 0 ? void 0 : "comparison"),
      progress,
      warnings
    }, indicator, target, latestIndicator, computations);
  }
  if (comparator.kind === "growth") {
    const baselineYear = comparator.baselineYear ?? target.baselineYear ?? options.baselineYear;
    if (baselineYear === void 0) {
      throw new CoopError("MISSING_BASELINE", `Target "${target.id}" grows "vs the baseline" but no baseline year is known; pass \`baselineYear\``, {
        target: target.id
      });
    }
    const basePoint = series.find((p) => p.year === baselineYear);
    const minGrowth2 = rational(comparator.minPercent);
    if (basePoint === void 0 || latest === void 0 || basePoint.value.num <= 0n || latest.year <= baselineYear) {
      const reason = basePoint === void 0 ? { vi: `Kh\xF4ng c\xF3 s\u1ED1 li\u1EC7u n\u0103m g\u1ED1c ${baselineYear}`, en: `No value for the baseline year ${baselineYear}` } : basePoint.value.num <= 0n ? { vi: "Gi\xE1 tr\u1ECB n\u0103m g\u1ED1c b\u1EB1ng 0: kh\xF4ng t\xEDnh \u0111\u01B0\u1EE3c m\u1EE9c t\u0103ng", en: "The baseline value is zero: growth cannot be computed" } : { vi: "Ch\u01B0a c\xF3 s\u1ED1 li\u1EC7u sau n\u0103m g\u1ED1c", en: "No value after the baseline year yet" };
      warnings.push({ code: "GROWTH_NOT_COMPUTABLE", message: reason, details: { baselineYear } });
      const status2 = series.length === 0 && observations.kind !== "series" ? noValueStatus(computations) : year > target.deadline ? "not-achieved" : "insufficient-data";
      return finish({
        ...base,
        status: status2,
        met: void 0,
        year: latest?.year,
        value: void 0,
        display: void 0,
        unit: "percent-growth",
        gap: { kind: "not-computable", reason },
        method: void 0,
        progress: void 0,
        warnings,
        ...basePoint === void 0 || latest === void 0 ? {} : { growth: { baselineYear, baseline: basePoint.value, current: latest.value, percent: void 0 } }
      }, indicator, target, latestIndicator, computations);
    }
    const percent = multiplyRational(subtractRational(divideRational(latest.value, basePoint.value), rational(1)), rational(100));
    const met2 = compareRational(percent, minGrowth2) >= 0;
    const aim = multiplyRational(basePoint.value, subtractRational(rational(1), rational(-comparator.minPercent, 100)));
    const levelConstraint = { lower: { bound: aim, strict: false } };
    const progress = assessChecked(series, levelConstraint, { ...progressOptions, baselineYear });
    for (const w of progress.warnings) warnings.push(w);
    const gap = met2 ? { kind: "met" } : { kind: "distance", change: "more", boundary: minGrowth2, distance: subtractRational(minGrowth2, percent) };
    return finish({
      ...base,
      status: met2 ? "achieved" : progress.status,
      met: met2,
      year: latest.year,
      value: percent,
      display: rationalToNumber(percent),
      unit: "percent-growth",
      gap,
      method: progress.method ?? "comparison",
      progress,
      growth: { baselineYear, baseline: basePoint.value, current: latest.value, percent },
      warnings
    }, indicator, target, latestIndicator, computations);
  }
  let fromYear = comparator.fromYear ?? target.baselineYear ?? options.baselineYear;
  if (fromYear === void 0) {
    fromYear = series[0]?.year;
    if (fromYear !== void 0) {
      warnings.push({
        code: "BASELINE_ASSUMED",
        message: { vi: `Kh\xF4ng n\xEAu n\u0103m b\u1EAFt \u0111\u1EA7u; d\xF9ng n\u0103m c\xF3 s\u1ED1 li\u1EC7u \u0111\u1EA7u ti\xEAn (${fromYear})`, en: `No start year given; the first observed year (${fromYear}) is used` },
        details: { fromYear }
      });
    }
  }
  const byYear = new Map(series.map((p) => [p.year, p.value]));
  const minGrowth = rational(comparator.minPercent);
  const years = [];
  const lastYear = latest?.year;
  if (fromYear !== void 0 && lastYear !== void 0) {
    for (let y = fromYear + 1; y <= lastYear; y += 1) {
      const before = byYear.get(y - 1);
      const now = byYear.get(y);
      if (before === void 0 || now === void 0 || before.num <= 0n) {
        years.push({ year: y, percent: void 0, met: void 0 });
        continue;
      }
      const percent = multiplyRational(subtractRational(divideRational(now, before), rational(1)), rational(100));
      years.push({ year: y, percent, met: compareRational(percent, minGrowth) >= 0 });
    }
  }
  const measured = years.filter((y) => y.percent !== void 0);
  if (measured.length < years.length) {
    warnings.push({
      code: "GROWTH_YEARS_MISSING",
      message: {
        vi: `Kh\xF4ng t\xEDnh \u0111\u01B0\u1EE3c m\u1EE9c t\u0103ng cho n\u0103m ${years.filter((y) => y.percent === void 0).map((y) => y.year).join(", ")}`,
        en: `Growth cannot be computed for ${years.filter((y) => y.percent === void 0).map((y) => y.year).join(", ")}`
      }
    });
  }
  const failing = measured.filter((y) => y.met === false).map((y) => y.year);
  const fromValue = fromYear === void 0 ? void 0 : byYear.get(fromYear);
  let compoundPercent;
  if (fromValue !== void 0 && latest !== void 0 && fromYear !== void 0 && latest.year > fromYear && fromValue.num > 0n && latest.value.num >= 0n) {
    compoundPercent = ((rationalToNumber(latest.value) / rationalToNumber(fromValue)) ** (1 / (latest.year - fromYear)) - 1) * 100;
  }
  let status;
  let value;
  let met;
  if (measured.length === 0) {
    status = series.length === 0 && observations.kind !== "series" ? noValueStatus(computations) : year > target.deadline ? "not-achieved" : "insufficient-data";
  } else {
    value = measured.reduce((m, y) => compareRational(y.percent, m) < 0 ? y.percent : m, measured[0]?.percent);
    met = failing.length === 0 && measured.length === years.length;
    if (met) status = "achieved";
    else if (year > target.deadline) status = "not-achieved";
    else if (compoundPercent === void 0) status = "insufficient-data";
    else if (comparator.minPercent <= 0) status = compoundPercent >= comparator.minPercent ? "needs-acceleration" : "deteriorating";
    else {
      status = statusOfRatio(compoundPercent / comparator.minPercent, thresholds);
      if (status === "on-track" && failing.length > 0) status = "needs-acceleration";
    }
  }
  return finish({
    ...base,
    status,
    met,
    year: latest?.year,
    value,
    display: value === void 0 ? void 0 : rationalToNumber(value),
    unit: "percent-growth",
    gap: met === true ? { kind: "met" } : measured.length === 0 ? NOT_COMPUTABLE : { kind: "years", failing },
    method: measured.length === 0 ? void 0 : met === true ? "comparison" : "growth-ratio",
    progress: void 0,
    ...fromYear === void 0 ? {} : { yearlyGrowth: { fromYear, years, compoundPercent } },
    warnings
  }, indicator, target, latestIndicator, computations);
};
const evaluateEveryUnit = (target, indicator, records, comparator, ctx) => {
  const { year, area, lookup, cache, compute, warnings } = ctx;
  const inner = comparator.comparator;
  const constraint = constraintOf(inner, void 0);
  const countLike = indicator.denominator === void 0 && (indicator.numerator.op === "count" || indicator.numerator.op === "sum");
  const years = [...recordsByYear(cache, records).keys()].filter((y) => y <= year).sort((a, b) => a - b);
  if (lookup === void 0) {
    warnings.push({
      code: "NO_AREA_LIST",
      message: {
        vi: "Kh\xF4ng c\xF3 danh m\u1EE5c \u0111\u1ECBa b\xE0n: d\xF9ng c\xE1c m\xE3 \u0111\u1ECBa b\xE0n c\xF3 trong d\u1EEF li\u1EC7u l\xE0m \u0111\u01A1n v\u1ECB (\u0111\u01A1n v\u1ECB kh\xF4ng c\xF3 b\u1EA3n ghi s\u1EBD b\u1ECB b\u1ECF s\xF3t)",
        en: "No area list given: the area codes present in the data are used as units (a unit without records is missed)"
      }
    });
  }
  const unitsFor = (y) => {
    if (lookup !== void 0 && area !== void 0) return unitsOf(lookup, area, comparator.level, y);
    return [...frameOf(cache, records, y).areas].sort();
  };
  const judge = (y) => {
    const unitMemo = /* @__PURE__ */ new Map();
    const codes = unitsFor(y);
    const unitSet = new Set(codes);
    const parts = new Map(codes.map((c) => [c, []]));
    const frame = frameOf(cache, records, y);
    const unitOfArea = frame.areas.map((code) => lookup === void 0 ? code : unitOf(lookup, code, unitSet, unitMemo));
    frame.areaOf.forEach((areaCode, row) => {
      const unit = unitOfArea[areaCode];
      if (unit !== void 0) parts.get(unit)?.push(row);
    });
    return codes.map((code) => {
      const result = compute(records, y, void 0, { rows: parts.get(code) ?? [] });
      let value = result.value;
      if (value === void 0 && countLike && result.reason?.code === "empty-population") value = rational(0);
      return {
        code,
        value,
        display: value === void 0 ? void 0 : rationalToNumber(value),
        met: value !== void 0 && meetsConstraint(constraint, value),
        populationSize: result.populationSize
      };
    });
  };
  const points = [];
  let latestUnits = [];
  let latestYear;
  for (const y of years) {
    const units = judge(y);
    if (units.length === 0) continue;
    latestUnits = units;
    latestYear = y;
    points.push({ year: y, value: rational(units.filter((u) => u.met).length) });
  }
  const total = latestUnits.length;
  const failing = latestUnits.filter((u) => !u.met).map((u) => u.code);
  const meeting = total - failing.length;
  if (total === 0 || latestYear === void 0) {
    return finish({
      targetId: target.id,
      indicatorId: indicator.id,
      label: target.label,
      comparator,
      deadline: target.deadline,
      series: [],
      indicator: void 0,
      status: "not-applicable",
      met: void 0,
      year: void 0,
      value: void 0,
      display: void 0,
      unit: "units",
      gap: { kind: "not-computable", reason: { vi: "Kh\xF4ng c\xF3 \u0111\u01A1n v\u1ECB n\xE0o \u0111\u1EC3 \u0111\xE1nh gi\xE1", en: "There is no unit to evaluate" } },
      method: void 0,
      progress: void 0,
      units: [],
      warnings
    }, indicator, target, void 0, []);
  }
  const unitConstraint = { lower: { bound: rational(total), strict: false } };
  const progress = assessChecked(points, unitConstraint, {
    deadline: target.deadline,
    year,
    thresholds: ctx.options.thresholds,
    bounds: [0, total],
    ...ctx.options.method === void 0 ? {} : { method: ctx.options.method },
    ...target.baselineYear === void 0 && ctx.options.baselineYear === void 0 ? {} : { baselineYear: target.baselineYear ?? ctx.options.baselineYear }
  });
  for (const w of progress.warnings) warnings.push(w);
  const met = failing.length === 0;
  return finish({
    targetId: target.id,
    indicatorId: indicator.id,
    label: target.label,
    comparator,
    deadline: target.deadline,
    series: points.map((p) => ({ year: p.year, value: p.value, display: rationalToNumber(p.value) })),
    indicator: void 0,
    status: met ? "achieved" : progress.status,
    met,
    year: latestYear,
    value: rational(meeting),
    display: meeting,
    unit: "units",
    gap: met ? { kind: "met" } : { kind: "units", failing, meeting, total },
    method: progress.method ?? "comparison",
    progress,
    units: latestUnits,
    warnings
  }, indicator, target, void 0, []);
};
const finish = (draft, indicator, target, latestIndicator, computations) => {
  void computations;
  const valueClause = draft.value === void 0 ? {
    vi: `${target.label.vi}: ch\u01B0a c\xF3 gi\xE1 tr\u1ECB${latestIndicator?.reason === void 0 ? "" : ` (${latestIndicator.reason.message.vi})`}`,
    en: `${target.label.en}: no value${latestIndicator?.reason === void 0 ? "" : ` (${latestIndicator.reason.message.en})`}`
  } : draft.unit === "percent-growth" ? {
    vi: `${target.label.vi}: ${draft.comparator.kind === "yearly-growth" ? "m\u1EE9c t\u0103ng th\u1EA5p nh\u1EA5t h\u1EB1ng n\u0103m" : "t\u0103ng"} ${formatIndicatorValue(draft.value, "percent", "vi")}${draft.year === void 0 ? "" : ` (\u0111\u1EBFn n\u0103m ${draft.year})`}`,
    en: `${target.label.en}: ${draft.comparator.kind === "yearly-growth" ? "lowest yearly growth" : "growth"} ${formatIndicatorValue(draft.value, "percent", "en")}${draft.year === void 0 ? "" : ` (to ${draft.year})`}`
  } : draft.unit === "units" ? {
    vi: `${target.label.vi}: ${draft.display}/${draft.units?.length ?? 0} \u0111\u1ECBa b\xE0n \u0111\u1EA1t (n\u0103m ${draft.year})`,
    en: `${target.label.en}: ${draft.display} of ${draft.units?.length ?? 0} units meet it (${draft.year})`
  } : {
    vi: `${target.label.vi}: ${formatIndicatorValue(draft.value, draft.unit, "vi")} (n\u0103m ${draft.year})`,
    en: `${target.label.en}: ${formatIndicatorValue(draft.value, draft.unit, "en")} in ${draft.year}`
  };
  const gap = gapClause(
    draft.gap,
    target,
    indicator.unit,
    indicator,
    draft.tolerance?.value,
    draft.unit === "units" ? indicator.unit : draft.unit
  );
  const status = PROGRESS_STATUS_LABELS[draft.status];
  const statusClause = draft.progress !== void 0 && draft.status !== "achieved" && draft.status !== "not-achieved" ? draft.progress.explanation : { vi: `Tr\u1EA1ng th\xE1i: ${status.vi}`, en: `Status: ${status.en}` };
  if (draft.comparator.kind === "yearly-growth" && draft.yearlyGrowth?.compoundPercent !== void 0) {
    const c = draft.yearlyGrowth.compoundPercent;
    return {
      ...draft,
      explanation: joinExplanation([
        valueClause,
        gap,
        { vi: `t\u0103ng tr\u01B0\u1EDFng k\xE9p ${formatIndicatorValue(c, "percent", "vi")}/n\u0103m`, en: `compound growth ${formatIndicatorValue(c, "percent", "en")} a year` },
        statusClause
      ])
    };
  }
  return { ...draft, explanation: joinExplanation([valueClause, gap, statusClause]) };
};
export {
  evaluateChecked,
  targetFields
};
