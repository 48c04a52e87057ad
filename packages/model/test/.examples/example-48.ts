import { parseYearlyRecord } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const row = {
  organisationId: 'HTX-001', year: '2024', kind: 'cooperative', sector: 'agriculture-crop',
  areaCode: 'TNG', revenue: '6.200.000.000', officialMembers: '35', sanctioned: 'không', name: '',
};
const result = parseYearlyRecord(row, { coerce: 'csv' });
if (result.ok) result.value.revenue; // 6200000000
__expect(parseYearlyRecord(row).ok, false, "parseYearlyRecord(row).ok; // false — numbers written as strings need { coerce: 'csv' }");
export {};
