import type { YearlyRecord } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const record: YearlyRecord = { organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'agriculture-crop', areaCode: '19', revenue: 5_000_000_000 };
__expect(record.revenue, 5000000000, "record.revenue; // 5000000000");
export {};
