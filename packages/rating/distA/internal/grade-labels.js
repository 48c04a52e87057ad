const GRADE_LABEL = {
  good: { vi: "T\u1ED1t", en: "Good" },
  fair: { vi: "Kh\xE1", en: "Fair" },
  average: { vi: "Trung b\xECnh", en: "Average" },
  weak: { vi: "Y\u1EBFu", en: "Weak" }
};
const NOT_RATED_LABEL = { vi: "Ch\u01B0a x\u1EBFp lo\u1EA1i", en: "Not rated" };
const INCOMPLETE_LABEL = {
  vi: "Ch\u01B0a \u0111\u1EE7 d\u1EEF li\u1EC7u \u0111\u1EC3 x\u1EBFp lo\u1EA1i",
  en: "Incomplete: not enough data to grade"
};
const GRADE_RANK = { weak: 0, average: 1, fair: 2, good: 3 };
export {
  GRADE_LABEL,
  GRADE_RANK,
  INCOMPLETE_LABEL,
  NOT_RATED_LABEL
};
