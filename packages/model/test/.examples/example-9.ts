import { CivilDateSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(CivilDateSchema.safeParse('2025-02-30').success, false, "CivilDateSchema.safeParse('2025-02-30').success; // false");
export {};
