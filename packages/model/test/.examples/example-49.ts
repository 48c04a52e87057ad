import { parseYearlyRecords } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const base = { organisationId: 'A', kind: 'cooperative', sector: 'finance', areaCode: 'HN' };
const result = parseYearlyRecords([{ ...base, year: 2024 }, { ...base, year: 2024, revenue: -1 }]);
if (!result.ok) result.issues.map((i) => `${i.path.join('.')} ${i.code}`);
// ['1.revenue too_small', '1 duplicate']
export {};
