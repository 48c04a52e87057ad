const yearEnd = (year) => `${String(year).padStart(4, "0")}-12-31`;
const inForceOn = (rulebook, date) => rulebook.effectiveFrom <= date && (rulebook.effectiveTo === void 0 || date <= rulebook.effectiveTo);
const inForceForYear = (rulebook, year) => inForceOn(rulebook, yearEnd(year));
export {
  inForceForYear,
  inForceOn,
  yearEnd
};
