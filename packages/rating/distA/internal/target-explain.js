import { rational } from "@coop/model";
import { comparatorPhrase, formatIndicatorValue } from "../explain.js";
import { formatDecimal } from "./target-format.js";
const organisationNoun = (indicator) => {
  const kinds = indicator?.population.kinds;
  if (kinds !== void 0 && kinds.length === 1 && kinds[0] === "cooperative") return { vi: "HTX", en: "co-ops", enOne: "co-op" };
  if (kinds !== void 0 && kinds.length === 1 && kinds[0] === "cooperative-group") return { vi: "THT", en: "cooperative groups", enOne: "cooperative group" };
  if (kinds !== void 0 && kinds.length === 1 && kinds[0] === "union") return { vi: "LHHTX", en: "unions", enOne: "union" };
  return { vi: "t\u1ED5 ch\u1EE9c", en: "organisations", enOne: "organisation" };
};
const amountText = (amount, unit, lang, noun, qualifier = "") => {
  const q = qualifier === "" ? "" : `${qualifier} `;
  const counted = (vi, enOne, enMany) => lang === "vi" ? `${formatDecimal(amount, "vi", 0)} ${vi}` : `${formatDecimal(amount, "en", 0)} ${q}${amount === 1n ? enOne : enMany}`;
  switch (unit) {
    case "organisations":
      return counted(noun.vi, noun.enOne, noun.en);
    case "households":
      return counted("h\u1ED9", "household", "households");
    case "members":
      return counted("th\xE0nh vi\xEAn", "member", "members");
    case "persons":
      return counted("ng\u01B0\u1EDDi", "person", "persons");
    case "vnd":
      return lang === "vi" ? formatIndicatorValue(rational(amount), "vnd", "vi") : `${formatIndicatorValue(rational(amount), "vnd", "en")}${qualifier === "" ? "" : ` ${qualifier}`}`;
    default:
      return lang === "vi" ? formatDecimal(amount, "vi", 2) : `${formatDecimal(amount, "en", 2)}${qualifier === "" ? "" : ` ${qualifier}`}`;
  }
};
const gapClause = (gap, target, unit, indicator, tolerance, valueUnit) => {
  const phrase = comparatorPhrase(target.comparator, unit, tolerance);
  const noun = organisationNoun(indicator);
  const fmt = (r, lang) => valueUnit === "percent-growth" ? `${formatDecimal(r, lang, 2)} ${lang === "vi" ? "\u0111i\u1EC3m ph\u1EA7n tr\u0103m" : "percentage points"}` : formatIndicatorValue(r, valueUnit, lang);
  switch (gap.kind) {
    case "met":
      return { vi: `\u0111\u1EA1t y\xEAu c\u1EA7u ${phrase.vi}`, en: `meets the target (${phrase.en})` };
    case "change": {
      if (gap.basis === "population-total") {
        return {
          vi: `t\u1ED5ng c\u1EE7a c\u1EA3 t\u1ED5ng th\u1EC3 c\u1EA7n ${gap.change === "more" ? "t\u0103ng th\xEAm" : "gi\u1EA3m"} ${amountText(gap.amount, gap.unit, "vi", noun)} \u0111\u1EC3 ${phrase.vi}`,
          en: `the population's total must ${gap.change === "more" ? "grow" : "fall"} by ${amountText(gap.amount, gap.unit, "en", noun)} to ${phrase.en}`
        };
      }
      return gap.change === "more" ? { vi: `c\u1EA7n th\xEAm ${amountText(gap.amount, gap.unit, "vi", noun)} \u0111\u1EC3 ${phrase.vi}`, en: `${amountText(gap.amount, gap.unit, "en", noun, "more")} needed to ${phrase.en}` } : { vi: `c\u1EA7n gi\u1EA3m ${amountText(gap.amount, gap.unit, "vi", noun)} \u0111\u1EC3 ${phrase.vi}`, en: `${amountText(gap.amount, gap.unit, "en", noun, "fewer")} needed to ${phrase.en}` };
    }
    case "distance":
      return {
        vi: `c\xF2n c\xE1ch ${fmt(gap.distance, "vi")} \u0111\u1EC3 ${phrase.vi}`,
        en: `${fmt(gap.distance, "en")} short of the target (${phrase.en})`
      };
    case "unreachable":
      return { vi: `kh\xF4ng th\u1EC3 ${phrase.vi}: ${gap.reason.vi.toLowerCase()}`, en: `cannot ${phrase.en}: ${gap.reason.en.toLowerCase()}` };
    case "units":
      return {
        vi: `${gap.failing.length}/${gap.total} \u0111\u1ECBa b\xE0n ch\u01B0a \u0111\u1EA1t${gap.failing.length > 0 ? ` (${gap.failing.join(", ")})` : ""}`,
        en: `${gap.failing.length} of ${gap.total} units fail${gap.failing.length > 0 ? ` (${gap.failing.join(", ")})` : ""}`
      };
    case "years":
      return gap.failing.length === 0 ? void 0 : { vi: `c\xE1c n\u0103m ch\u01B0a \u0111\u1EA1t m\u1EE9c t\u0103ng: ${gap.failing.join(", ")}`, en: `years below the growth floor: ${gap.failing.join(", ")}` };
    case "not-computable":
      return gap.reason;
  }
};
export {
  gapClause,
  organisationNoun
};
