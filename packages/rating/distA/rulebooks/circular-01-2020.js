const DOCUMENT = "Th\xF4ng t\u01B0 01/2020/TT-BKH\u0110T";
const cite = (clause, note) => ({
  document: DOCUMENT,
  ...clause === void 0 ? {} : { clause },
  ...note === void 0 ? {} : { note }
});
const SCORING = cite("Ph\u1EE5 l\u1EE5c I", "B\u1EA3ng \u0111i\u1EC3m t\u1EF1 ch\u1EA5m; m\u1EE9c t\u1ED1i \u0111a \u0111\xE3 x\xE1c nh\u1EADn (confirmed maxima).");
const PARTIAL = cite(
  "Ph\u1EE5 l\u1EE5c I",
  "M\u1EE9c t\u1ED1i \u0111a ri\xEAng c\u1EE7a ti\xEAu ch\xED 10\u201315 ch\u01B0a r\xF5 (unknown); \xE1p d\u1EE5ng tr\u1EA7n 40 \u0111i\u1EC3m c\u1EE7a nh\xF3m III."
);
const criterion = (id, vi, en, max, criteria) => ({
  id,
  title: { vi, en },
  max,
  ...criteria === void 0 ? {} : { criteria },
  citation: max === null ? PARTIAL : SCORING
});
const CIRCULAR_01_2020 = {
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
    note: "`finance` = people's credit funds, Cooperative Bank."
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
    "Confirmed: 15 criteria, caps 30/30/40, maxima of groups I\u2013II, grades 80/65/50, not-rated rules, validity.",
    "Partial: maxima of criteria 10\u201315 and the tiers of Appendix 1 unknown; the sheet gives the points."
  ]
};
export {
  CIRCULAR_01_2020
};
