import { parseTarget } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const result = parseTarget({
  id: 't', indicator: 'ag-good-or-fair-share', label: { vi: 'Tốt, khá', en: 'Good or fair' },
  comparator: { kind: 'more-than', value: 60 }, deadline: 2030, source: { document: 'QĐ 2803' },
});
if (!result.ok) result.issues[0]?.path; // ['comparator', 'kind'] — code 'invalid_enum'
export {};
