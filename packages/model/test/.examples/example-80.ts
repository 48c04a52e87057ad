import type { Comparator } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const overSixty: Comparator = { kind: '>', value: 60 };
__expect(overSixty.kind, '>', "overSixty.kind; // '>'");
export {};
