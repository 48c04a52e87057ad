import { readRecordField } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(readRecordField({ funds: { reserve: 10 } } as never, 'funds.reserve'), 10, "readRecordField({ funds: { reserve: 10 } } as never, 'funds.reserve'); // 10");
export {};
