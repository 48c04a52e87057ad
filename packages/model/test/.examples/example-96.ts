import { readRecordField, type RecordField, type YearlyRecord } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const field: RecordField = 'funds.reserve';
const record = { organisationId: 'a', year: 2024, kind: 'cooperative', sector: 'other', areaCode: 'X', funds: { reserve: 5 } } satisfies YearlyRecord;
__expect(readRecordField(record, field), 5, "readRecordField(record, field); // 5");
export {};
