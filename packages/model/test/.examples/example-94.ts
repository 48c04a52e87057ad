import { RECORD_FIELDS, type RecordFieldType } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const type: RecordFieldType = RECORD_FIELDS.revenue;
__expect(type, 'vnd', "type; // 'vnd'");
export {};
