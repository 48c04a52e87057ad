const DOCUMENT = "Th\xF4ng t\u01B0 09/2017/TT-BNNPTNT";
const cite = (clause, note) => ({
  document: DOCUMENT,
  ...clause === void 0 ? {} : { clause },
  ...note === void 0 ? {} : { note }
});
const CRITERION_1 = cite("Ti\xEAu ch\xED 1", "C\xE1c m\u1EE9c \u0111i\u1EC3m ti\xEAu ch\xED 1 x\xE1c nh\u1EADn t\u1EEB m\u1ED9t b\u1EA3n c\xF4ng khai (confirmed from one public copy).");
const UNKNOWN = cite(void 0, "Thang \u0111i\u1EC3m, m\u1EE9c t\u1ED1i \u0111a ch\u01B0a r\xF5 (unknown); \u0111i\u1EC3m l\u1EA5y t\u1EEB phi\u1EBFu ch\u1EA5m.");
const NO_PROFIT = {
  when: { field: "afterTaxProfit", lte: 0 },
  points: 0,
  label: { vi: "Kh\xF4ng c\xF3 l\u1EE3i nhu\u1EADn sau thu\u1EBF", en: "No after-tax profit" },
  citation: CRITERION_1
};
const INCOME_NOTE = '"Income" is read as the after-tax profit (`afterTaxProfit`) from which the year\'s `funds.*` are allocated; no after-tax profit (\u2264 0) \u2192 0 ("or none"); without `afterTaxProfit` or the fund, the sheet is used.';
const sheetOnly = (id, vi, en) => ({
  id,
  title: { vi, en },
  max: null,
  citation: UNKNOWN
});
const CIRCULAR_09_2017 = {
  id: "circular-09-2017",
  title: {
    vi: "Th\xF4ng t\u01B0 09/2017/TT-BNNPTNT h\u01B0\u1EDBng d\u1EABn ph\xE2n lo\u1EA1i v\xE0 \u0111\xE1nh gi\xE1 h\u1EE3p t\xE1c x\xE3 ho\u1EA1t \u0111\u1ED9ng trong l\u0129nh v\u1EF1c n\xF4ng nghi\u1EC7p",
    en: "Circular 09/2017/TT-BNNPTNT on classifying and rating agricultural cooperatives"
  },
  issuer: { vi: "B\u1ED9 N\xF4ng nghi\u1EC7p v\xE0 Ph\xE1t tri\u1EC3n n\xF4ng th\xF4n", en: "Ministry of Agriculture and Rural Development" },
  document: "09/2017/TT-BNNPTNT",
  citation: cite(void 0, "K\xFD ng\xE0y 17/04/2017, hi\u1EC7u l\u1EF1c t\u1EEB 31/05/2017; ch\u01B0a th\u1EA5y v\u0103n b\u1EA3n b\xE3i b\u1ECF (t\xECnh tr\u1EA1ng sau 2025 ch\u01B0a x\xE1c nh\u1EADn)."),
  effectiveFrom: "2017-05-31",
  scope: {
    kinds: ["cooperative"],
    sectors: [
      "agriculture-crop",
      "agriculture-livestock",
      "agriculture-forestry",
      "agriculture-fishery",
      "agriculture-salt",
      "agriculture-clean-water",
      "agriculture-general"
    ],
    citation: cite("\u0110i\u1EC1u 3", "H\u1EE3p t\xE1c x\xE3 n\xF4ng nghi\u1EC7p: tr\u1ED3ng tr\u1ECDt, ch\u0103n nu\xF4i, l\xE2m nghi\u1EC7p, th\u1EE7y s\u1EA3n, di\xEAm nghi\u1EC7p, n\u01B0\u1EDBc s\u1EA1ch n\xF4ng th\xF4n, t\u1ED5ng h\u1EE3p.")
  },
  total: 100,
  groups: [
    {
      id: "g1",
      title: { vi: "Ti\xEAu ch\xED 1", en: "Criterion 1" },
      cap: 38,
      derived: true,
      note: "A grouping of the library, not of the circular: criterion 1 alone; its cap is the sum of the five confirmed sub-item maxima (8 + 10 + 10 + 5 + 5).",
      criteria: [
        {
          id: "1",
          title: { vi: "Doanh thu v\xE0 k\u1EBFt qu\u1EA3 s\u1EA3n xu\u1EA5t kinh doanh", en: "Revenue and business results" },
          max: 38,
          citation: CRITERION_1,
          criteria: [
            {
              id: "1a",
              title: { vi: "Doanh thu th\u1EF1c hi\u1EC7n so v\u1EDBi k\u1EBF ho\u1EA1ch", en: "Realised versus planned revenue" },
              max: 8,
              citation: CRITERION_1,
              tiers: {
                measure: { numerator: "revenue", denominator: "plannedRevenue", unit: "percent" },
                bands: [
                  { lt: 100, points: 0 },
                  { gte: 100, lt: 120, points: 4 },
                  { gte: 120, points: 8 }
                ],
                citation: CRITERION_1,
                note: "Realised revenue is `revenue`; planned is `plannedRevenue` (not computable when the plan is 0)."
              }
            },
            {
              id: "1b",
              title: { vi: "T\u1ED5ng doanh thu trong n\u0103m", en: "Total revenue in the year" },
              max: 10,
              citation: CRITERION_1,
              tiers: {
                measure: { field: "revenue" },
                bands: [
                  { lt: 1e9, points: 4 },
                  { gte: 1e9, lt: 5e9, points: 6 },
                  { gte: 5e9, lt: 1e10, points: 8 },
                  { gte: 1e10, points: 10 }
                ],
                citation: CRITERION_1
              }
            },
            {
              id: "1c",
              title: {
                vi: "Thu nh\u1EADp b\xECnh qu\xE2n c\u1EE7a th\xE0nh vi\xEAn sau khi th\u1EF1c hi\u1EC7n ngh\u0129a v\u1EE5 v\u1EDBi h\u1EE3p t\xE1c x\xE3",
                en: "Income per member after obligations to the cooperative"
              },
              max: 10,
              citation: CRITERION_1,
              tiers: {
                measure: { field: "incomePerMember" },
                cases: [NO_PROFIT],
                bands: [
                  { lt: 1e6, points: 2 },
                  { gte: 1e6, lt: 5e6, points: 4 },
                  { gte: 5e6, lt: 1e7, points: 7 },
                  { gte: 1e7, points: 10 }
                ],
                citation: CRITERION_1,
                note: '"No after-tax profit \u2192 0" needs `afterTaxProfit`; without it the criterion is taken from the sheet.'
              }
            },
            {
              id: "1d",
              title: { vi: "Tr\xEDch qu\u1EF9 \u0111\u1EA7u t\u01B0 ph\xE1t tri\u1EC3n \u2265 20 % thu nh\u1EADp", en: "Development-investment fund \u2265 20 % of income" },
              max: 5,
              citation: CRITERION_1,
              tiers: {
                measure: { numerator: "funds.development", denominator: "afterTaxProfit", unit: "percent" },
                cases: [NO_PROFIT],
                bands: [
                  { lt: 20, points: 0 },
                  { gte: 20, points: 5 }
                ],
                citation: CRITERION_1,
                note: INCOME_NOTE
              }
            },
            {
              id: "1e",
              title: { vi: "Tr\xEDch qu\u1EF9 d\u1EF1 ph\xF2ng \u2265 5 % thu nh\u1EADp", en: "Reserve fund \u2265 5 % of income" },
              max: 5,
              citation: CRITERION_1,
              tiers: {
                measure: { numerator: "funds.reserve", denominator: "afterTaxProfit", unit: "percent" },
                cases: [NO_PROFIT],
                bands: [
                  { lt: 5, points: 0 },
                  { gte: 5, points: 5 }
                ],
                citation: CRITERION_1,
                note: INCOME_NOTE
              }
            }
          ]
        }
      ]
    },
    {
      id: "g2-6",
      title: { vi: "Ti\xEAu ch\xED 2\u20136", en: "Criteria 2\u20136" },
      cap: 62,
      derived: true,
      note: "Derived constraint, not a guess about each: the total is 100 and criterion 1 has 38, so criteria 2\u20136 together have at most 62. Their own maxima are unknown.",
      criteria: [
        sheetOnly("2", "L\u1EE3i \xEDch c\u1EE7a th\xE0nh vi\xEAn", "Member benefits"),
        sheetOnly("3", "V\u1ED1n ho\u1EA1t \u0111\u1ED9ng", "Operating capital"),
        sheetOnly("4", "Quy m\xF4 th\xE0nh vi\xEAn v\xE0 t\xE1c \u0111\u1ED9ng c\u1ED9ng \u0111\u1ED3ng", "Membership scale and community impact"),
        sheetOnly("5", "Khen th\u01B0\u1EDFng trong n\u0103m", "Awards in the year"),
        sheetOnly(
          "6",
          "M\u1EE9c \u0111\u1ED9 h\xE0i l\xF2ng c\u1EE7a th\xE0nh vi\xEAn (\u0111i\u1EC3m b\xECnh qu\xE2n phi\u1EBFu kh\u1EA3o s\xE1t h\u1EE3p l\u1EC7 t\u1EA1i \u0111\u1EA1i h\u1ED9i qu\xFD I)",
          "Member satisfaction (mean valid questionnaire score at the first-quarter general meeting)"
        )
      ]
    }
  ],
  grades: [
    { grade: "good", gte: 80 },
    { grade: "fair", gte: 65, lt: 80 },
    { grade: "average", gte: 50, lt: 65 },
    { grade: "weak", lt: 50 }
  ],
  notRated: [
    {
      code: "operating-under-12-months",
      when: { field: "monthsOperating", lt: 12 },
      label: { vi: "Ho\u1EA1t \u0111\u1ED9ng d\u01B0\u1EDBi 12 th\xE1ng", en: "Operated less than 12 months" },
      citation: cite()
    }
  ],
  overrides: [
    {
      code: "administrative-sanction",
      when: { field: "sanctioned", eq: true },
      grade: "weak",
      label: {
        vi: "B\u1ECB x\u1EED ph\u1EA1t vi ph\u1EA1m h\xE0nh ch\xEDnh trong n\u0103m: x\u1EBFp lo\u1EA1i Y\u1EBFu",
        en: "Sanctioned for an administrative violation in the year: graded weak"
      },
      citation: cite(void 0, "H\u1EE3p t\xE1c x\xE3 b\u1ECB x\u1EED ph\u1EA1t vi ph\u1EA1m h\xE0nh ch\xEDnh trong n\u0103m x\u1EBFp lo\u1EA1i y\u1EBFu.")
    }
  ],
  notes: [
    "Status after 2025 unconfirmed: no repeal found, no end date set.",
    "Confirmed: 6 criteria, 100 points, tiers of criterion 1, grades 80/65/50, sanction override, not rated under 12 months.",
    "Partial: tiers and maxima of criteria 2\u20136 unknown; sheet points under the derived cap of 62.",
    INCOME_NOTE
  ]
};
export {
  CIRCULAR_09_2017
};
