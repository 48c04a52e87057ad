import { formatVnd } from "@coop/model";
import { formatDecimal, formatPercentValue } from "./internal/target-format.js";
const PROGRESS_STATUS_LABELS = {
  achieved: { vi: "\u0111\xE3 \u0111\u1EA1t", en: "achieved" },
  "on-track": { vi: "\u0111\xFAng ti\u1EBFn \u0111\u1ED9", en: "on track" },
  "needs-acceleration": { vi: "c\u1EA7n \u0111\u1EA9y nhanh ti\u1EBFn \u0111\u1ED9", en: "needs acceleration" },
  "limited-progress": { vi: "ti\u1EBFn tri\u1EC3n h\u1EA1n ch\u1EBF", en: "limited progress" },
  deteriorating: { vi: "\u0111ang \u0111i xu\u1ED1ng", en: "deteriorating" },
  "not-achieved": { vi: "kh\xF4ng \u0111\u1EA1t (\u0111\xE3 qu\xE1 h\u1EA1n)", en: "not achieved (deadline passed)" },
  "insufficient-data": { vi: "ch\u01B0a \u0111\u1EE7 s\u1ED1 li\u1EC7u", en: "insufficient data" },
  "not-applicable": { vi: "kh\xF4ng \xE1p d\u1EE5ng", en: "not applicable" }
};
const formatIndicatorValue = (value, unit, lang) => {
  switch (unit) {
    case "percent":
      return formatPercentValue(value, lang, 1);
    case "vnd":
      return formatVnd(value, lang);
    case "vnd-per-ha":
      return `${formatVnd(value, lang)}/ha`;
    case "members":
      return `${formatDecimal(value, lang, 1)} ${lang === "vi" ? "th\xE0nh vi\xEAn" : "members"}`;
    case "households":
      return `${formatDecimal(value, lang, 1)} ${lang === "vi" ? "h\u1ED9" : "households"}`;
    case "persons":
      return `${formatDecimal(value, lang, 1)} ${lang === "vi" ? "ng\u01B0\u1EDDi" : "persons"}`;
    default:
      return formatDecimal(value, lang, 1);
  }
};
const comparatorPhrase = (comparator, unit, tolerance) => {
  const f = (value, lang) => formatIndicatorValue(value, unit, lang);
  const p = (value, lang) => formatPercentValue(value, lang, 2);
  switch (comparator.kind) {
    case ">":
      return { vi: `v\u01B0\u1EE3t ${f(comparator.value, "vi")}`, en: `exceed ${f(comparator.value, "en")}` };
    case ">=":
      return { vi: `\u0111\u1EA1t t\u1EEB ${f(comparator.value, "vi")} tr\u1EDF l\xEAn`, en: `reach at least ${f(comparator.value, "en")}` };
    case "<":
      return { vi: `xu\u1ED1ng d\u01B0\u1EDBi ${f(comparator.value, "vi")}`, en: `get below ${f(comparator.value, "en")}` };
    case "<=":
      return { vi: `kh\xF4ng qu\xE1 ${f(comparator.value, "vi")}`, en: `be at most ${f(comparator.value, "en")}` };
    case "=":
      return { vi: `b\u1EB1ng ${f(comparator.value, "vi")}`, en: `equal ${f(comparator.value, "en")}` };
    case "range":
      return {
        vi: `n\u1EB1m trong kho\u1EA3ng ${f(comparator.min, "vi")} \u2013 ${f(comparator.max, "vi")}`,
        en: `be within ${f(comparator.min, "en")} \u2013 ${f(comparator.max, "en")}`
      };
    case "approximately": {
      const t = comparator.tolerance ?? tolerance;
      return t === void 0 ? { vi: `\u0111\u1EA1t kho\u1EA3ng ${f(comparator.value, "vi")}`, en: `be about ${f(comparator.value, "en")}` } : {
        vi: `\u0111\u1EA1t kho\u1EA3ng ${f(comparator.value, "vi")} (\xB1 ${formatDecimal(t, "vi", 2)})`,
        en: `be about ${f(comparator.value, "en")} (\xB1 ${formatDecimal(t, "en", 2)})`
      };
    }
    case "growth":
      return { vi: `t\u0103ng \xEDt nh\u1EA5t ${p(comparator.minPercent, "vi")} so v\u1EDBi n\u0103m g\u1ED1c`, en: `grow by at least ${p(comparator.minPercent, "en")} over the baseline` };
    case "yearly-growth":
      return { vi: `t\u0103ng \xEDt nh\u1EA5t ${p(comparator.minPercent, "vi")}/n\u0103m`, en: `grow by at least ${p(comparator.minPercent, "en")} a year` };
    case "every-unit": {
      const inner = comparatorPhrase(comparator.comparator, unit);
      const level = LEVEL_WORDS[comparator.level];
      return { vi: `${inner.vi} \u1EDF m\u1ECDi ${level.vi}`, en: `${inner.en} in every ${level.en}` };
    }
  }
};
const LEVEL_WORDS = {
  country: { vi: "qu\u1ED1c gia", en: "country" },
  province: { vi: "t\u1EC9nh", en: "province" },
  district: { vi: "huy\u1EC7n", en: "district" },
  commune: { vi: "x\xE3", en: "commune" }
};
const joinExplanation = (parts) => {
  const present = parts.filter((p) => p !== void 0);
  return { vi: present.map((p) => p.vi).join("; "), en: present.map((p) => p.en).join("; ") };
};
export {
  PROGRESS_STATUS_LABELS,
  comparatorPhrase,
  formatIndicatorValue,
  joinExplanation
};
