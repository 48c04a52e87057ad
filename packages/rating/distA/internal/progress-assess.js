import { rationalToNumber } from "@coop/model";
import { PROGRESS_STATUS_LABELS } from "../explain.js";
import { formatDecimal } from "./target-format.js";
import { growthTrend, linearTrend, statusOfRatio } from "./progress-methods.js";
import { aimOf, meetsConstraint } from "./target-compare.js";
const clamp = (value, bounds) => {
  if (bounds === void 0) return { value, clamped: false };
  if (value < bounds[0]) return { value: bounds[0], clamped: true };
  if (value > bounds[1]) return { value: bounds[1], clamped: true };
  return { value, clamped: false };
};
const fmtRatio = (r, lang) => formatDecimal(r, lang, 2);
const pct = (r, lang) => `${formatDecimal(r * 100, lang, 1)} %`;
const assessChecked = (points, constraint, options) => {
  const thresholds = options.thresholds;
  const year = options.year;
  const warnings = [];
  const byYear = /* @__PURE__ */ new Map();
  for (const point of points) {
    if (point.year > year) continue;
    if (byYear.has(point.year)) {
      warnings.push({
        code: "DUPLICATE_YEAR",
        message: { vi: `N\u0103m ${point.year} c\xF3 nhi\u1EC1u gi\xE1 tr\u1ECB; d\xF9ng gi\xE1 tr\u1ECB sau c\xF9ng`, en: `Year ${point.year} has several values; the last is used` },
        details: { year: point.year }
      });
    }
    byYear.set(point.year, point.value);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const deadlinePassed = year > options.deadline;
  const nowYear = years.at(-1);
  const now = nowYear === void 0 ? void 0 : byYear.get(nowYear);
  const aim = aimOf(constraint, now);
  const met = now === void 0 ? void 0 : meetsConstraint(constraint, now);
  let baseYear = years[0];
  if (options.baselineYear !== void 0) {
    baseYear = years.find((y) => y >= options.baselineYear);
    if (baseYear !== options.baselineYear) {
      warnings.push({
        code: "BASELINE_NOT_OBSERVED",
        message: {
          vi: `Kh\xF4ng c\xF3 s\u1ED1 li\u1EC7u n\u0103m g\u1ED1c ${options.baselineYear}${baseYear === void 0 ? "" : `; d\xF9ng n\u0103m ${baseYear}`}`,
          en: `No observation for the baseline year ${options.baselineYear}${baseYear === void 0 ? "" : `; ${baseYear} is used`}`
        },
        details: { baselineYear: options.baselineYear, used: baseYear }
      });
    }
  }
  const base = baseYear === void 0 ? void 0 : byYear.get(baseYear);
  const numbers = {
    baseYear,
    baseValue: base === void 0 ? void 0 : rationalToNumber(base),
    nowYear,
    nowValue: now === void 0 ? void 0 : rationalToNumber(now),
    targetValue: rationalToNumber(aim),
    deadline: options.deadline
  };
  let method;
  let fellBack = false;
  let trendStatus;
  let trendText;
  if (base !== void 0 && now !== void 0 && baseYear !== void 0 && nowYear !== void 0 && nowYear > baseYear && nowYear <= options.deadline) {
    if (met === false && meetsConstraint(constraint, base)) {
      trendStatus = "deteriorating";
      trendText = {
        vi: `\u0111\xE3 \u0111\u1EA1t n\u0103m ${baseYear}, kh\xF4ng c\xF2n \u0111\u1EA1t n\u0103m ${nowYear}`,
        en: `met in ${baseYear}, no longer met in ${nowYear}`
      };
    } else {
      const input = { baseYear, base, nowYear, now, aim, deadline: options.deadline };
      const wanted = options.method ?? "auto";
      const growth = wanted === "linear" ? void 0 : growthTrend(input);
      if (growth !== void 0) {
        method = "growth-ratio";
        numbers.observedGrowth = growth.observed;
        numbers.requiredGrowth = growth.required;
        numbers.ratio = growth.ratio;
        const projected = clamp(growth.projected, options.bounds);
        numbers.projected = projected.value;
        numbers.projectedClamped = projected.clamped;
        trendStatus = statusOfRatio(growth.ratio, thresholds);
        trendText = {
          vi: `t\u0103ng tr\u01B0\u1EDFng k\xE9p th\u1EF1c t\u1EBF ${pct(growth.observed, "vi")}/n\u0103m, c\u1EA7n ${pct(growth.required, "vi")}/n\u0103m (R = ${fmtRatio(growth.ratio, "vi")})`,
          en: `observed compound growth ${pct(growth.observed, "en")} a year, required ${pct(growth.required, "en")} (R = ${fmtRatio(growth.ratio, "en")})`
        };
      } else {
        if (wanted !== "linear") {
          fellBack = true;
          warnings.push({
            code: "GROWTH_FORM_FALLBACK",
            message: {
              vi: "Gi\xE1 tr\u1ECB b\u1EB1ng 0 (ho\u1EB7c kh\xF4ng d\u01B0\u01A1ng, ho\u1EB7c m\u1EE5c ti\xEAu b\u1EB1ng n\u0103m g\u1ED1c) l\xE0m ph\u01B0\u01A1ng ph\xE1p t\u0103ng tr\u01B0\u1EDFng kh\xF4ng d\xF9ng \u0111\u01B0\u1EE3c; d\xF9ng ph\u01B0\u01A1ng ph\xE1p tuy\u1EBFn t\xEDnh",
              en: "A zero (or non-positive value, or a target equal to the baseline) breaks the growth form; the linear method is used"
            }
          });
        }
        method = "linear";
        const linear = linearTrend(input);
        numbers.elapsed = linear.elapsed;
        if (linear.progress !== void 0) numbers.progress = linear.progress;
        const projected = clamp(linear.projected, options.bounds);
        numbers.projected = projected.value;
        numbers.projectedClamped = projected.clamped;
        if (linear.ratio !== void 0) {
          numbers.ratio = rationalToNumber(linear.ratio);
          trendStatus = statusOfRatio(linear.ratio, thresholds);
          trendText = {
            vi: `${fellBack ? "chuy\u1EC3n sang ph\u01B0\u01A1ng ph\xE1p tuy\u1EBFn t\xEDnh do c\xF3 gi\xE1 tr\u1ECB 0; " : ""}tuy\u1EBFn t\xEDnh: \u0111\xE3 \u0111i ${pct(rationalToNumber(linear.progress), "vi")} ch\u1EB7ng \u0111\u01B0\u1EDDng trong ${pct(rationalToNumber(linear.elapsed), "vi")} th\u1EDDi gian (R = ${fmtRatio(numbers.ratio, "vi")})`,
            en: `${fellBack ? "linear method used because a zero breaks the growth form; " : ""}linear: ${pct(rationalToNumber(linear.progress), "en")} of the way covered in ${pct(rationalToNumber(linear.elapsed), "en")} of the time (R = ${fmtRatio(numbers.ratio, "en")})`
          };
        } else {
          trendStatus = linear.direction === "none" ? "limited-progress" : "deteriorating";
          if (met !== true) trendText = { vi: "tuy\u1EBFn t\xEDnh: gi\xE1 tr\u1ECB ch\u01B0a ti\u1EBFn v\u1EC1 m\u1EE5c ti\xEAu", en: "linear: the value has not moved towards the target" };
        }
      }
    }
  }
  let status;
  if (met === true) status = "achieved";
  else if (deadlinePassed) status = "not-achieved";
  else if (trendStatus === void 0) status = "insufficient-data";
  else status = trendStatus;
  const head = PROGRESS_STATUS_LABELS[status];
  const why = status === "insufficient-data" ? { vi: "c\u1EA7n s\u1ED1 li\u1EC7u c\u1EE7a \xEDt nh\u1EA5t hai n\u0103m", en: "observations for at least two years are needed" } : trendText;
  const explanation = why === void 0 ? { vi: `Ti\u1EBFn \u0111\u1ED9: ${head.vi}`, en: `Progress: ${head.en}` } : { vi: `Ti\u1EBFn \u0111\u1ED9: ${head.vi} (${why.vi})`, en: `Progress: ${head.en} (${why.en})` };
  return { status, method, fellBack, met, deadlinePassed, numbers, thresholds, warnings, explanation };
};
export {
  assessChecked
};
