import { isRecordField } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(isRecordField('flags.highTech'), true, "isRecordField('flags.highTech'); // true");
__expect(isRecordField('flags.unknown'), false, "isRecordField('flags.unknown'); // false");
export {};
