const BN = 1e9;
const AGRICULTURE = [
  "agriculture-crop",
  "agriculture-livestock",
  "agriculture-forestry",
  "agriculture-fishery",
  "agriculture-salt",
  "agriculture-clean-water",
  "agriculture-general"
];
const SIZE_CLASS_01_2020_MEMBERS = {
  id: "circular-01-2020-members",
  title: { vi: "Quy m\xF4 theo s\u1ED1 th\xE0nh vi\xEAn (Th\xF4ng t\u01B0 01/2020/TT-BKH\u0110T)", en: "Size by members (Circular 01/2020/TT-BKH\u0110T)" },
  basis: "members",
  kinds: ["cooperative", "union"],
  effectiveFrom: "2020-04-01",
  effectiveTo: "2025-09-17",
  tables: [
    {
      sectors: "all",
      classes: [
        { class: "large", all: [{ field: "officialMembers", gt: 1e3 }] },
        { class: "medium", all: [{ field: "officialMembers", gt: 300 }] },
        { class: "small", all: [{ field: "officialMembers", gte: 50 }] }
      ],
      otherwise: "micro"
    }
  ],
  citation: { document: "Th\xF4ng t\u01B0 01/2020/TT-BKH\u0110T", note: "Si\xEAu nh\u1ECF < 50; nh\u1ECF 50\u2013300; v\u1EEBa > 300\u20131.000; l\u1EDBn > 1.000 th\xE0nh vi\xEAn." }
};
const SIZE_CLASS_01_2020_CAPITAL = {
  id: "circular-01-2020-capital",
  title: { vi: "Quy m\xF4 theo v\u1ED1n (Th\xF4ng t\u01B0 01/2020/TT-BKH\u0110T)", en: "Size by capital (Circular 01/2020/TT-BKH\u0110T)" },
  basis: "capital",
  kinds: ["cooperative", "union"],
  effectiveFrom: "2020-04-01",
  effectiveTo: "2025-09-17",
  tables: [
    {
      sectors: "all",
      classes: [
        { class: "unknown", all: [{ field: "totalCapital", gte: 5 * BN }] },
        { class: "small", all: [{ field: "totalCapital", gte: 1 * BN }] }
      ],
      otherwise: "micro",
      note: "Bands from 5 bn VND up were not recovered: such capital gives `unknown`."
    }
  ],
  citation: { document: "Th\xF4ng t\u01B0 01/2020/TT-BKH\u0110T", note: "Si\xEAu nh\u1ECF < 1 t\u1EF7 \u0111\u1ED3ng; nh\u1ECF 1 \u0111\u1EBFn < 5 t\u1EF7 \u0111\u1ED3ng; c\xE1c m\u1EE9c cao h\u01A1n ch\u01B0a kh\xF4i ph\u1EE5c \u0111\u01B0\u1EE3c." }
};
const SIZE_CLASS_113_2024 = {
  id: "decree-113-2024",
  title: { vi: "Quy m\xF4 h\u1EE3p t\xE1c x\xE3 theo Ngh\u1ECB \u0111\u1ECBnh 113/2024/N\u0110-CP", en: "Cooperative size under Decree 113/2024/N\u0110-CP" },
  basis: "members+revenue-or-capital",
  kinds: ["cooperative", "union"],
  effectiveFrom: "2024-11-01",
  tables: [
    {
      sectors: AGRICULTURE,
      classes: [
        { class: "large", all: [{ field: "officialMembers", gte: 300 }], any: [{ field: "revenue", gte: 50 * BN }, { field: "totalCapital", gte: 10 * BN }] },
        { class: "medium", all: [{ field: "officialMembers", gte: 200 }], any: [{ field: "revenue", gte: 10 * BN }, { field: "totalCapital", gte: 5 * BN }] },
        { class: "small", all: [{ field: "officialMembers", gte: 50 }], any: [{ field: "revenue", gte: 2 * BN }, { field: "totalCapital", gte: 1 * BN }] }
      ],
      otherwise: "micro"
    },
    {
      sectors: ["industry-construction"],
      classes: [
        { class: "large", all: [{ field: "officialMembers", gte: 100 }], any: [{ field: "revenue", gte: 80 * BN }, { field: "totalCapital", gte: 20 * BN }] }
      ],
      otherwise: "unknown",
      note: 'Only the "large" row of industry\u2013construction was recovered.'
    },
    { sectors: "all", classes: [], otherwise: "unknown", note: "The rows of the other sectors were not recovered." }
  ],
  citation: { document: "Ngh\u1ECB \u0111\u1ECBnh 113/2024/N\u0110-CP", note: "Ti\xEAu ch\xED x\xE1c \u0111\u1ECBnh quy m\xF4 h\u1EE3p t\xE1c x\xE3 theo l\u0129nh v\u1EF1c." }
};
const SIZE_CLASS_RULES = [SIZE_CLASS_113_2024, SIZE_CLASS_01_2020_MEMBERS, SIZE_CLASS_01_2020_CAPITAL];
export {
  SIZE_CLASS_01_2020_CAPITAL,
  SIZE_CLASS_01_2020_MEMBERS,
  SIZE_CLASS_113_2024,
  SIZE_CLASS_RULES
};
