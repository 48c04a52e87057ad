import { ORGANISATION_KINDS } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(ORGANISATION_KINDS.length, 3, "ORGANISATION_KINDS.length; // 3");
export {};
