import { RECORD_FIELDS } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(RECORD_FIELDS['flags.ocopProduct'], 'boolean', "RECORD_FIELDS['flags.ocopProduct']; // 'boolean'");
export {};
