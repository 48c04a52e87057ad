import { formatNumber } from "@coop/model";
const formatDecimal = (value, lang, decimals = 1) => typeof value === "number" && !Number.isFinite(value) ? String(value) : formatNumber(value, lang, { maxDecimals: decimals });
const formatPercentValue = (value, lang, decimals = 1) => `${formatDecimal(value, lang, decimals)} %`;
export {
  formatDecimal,
  formatPercentValue
};
