import { YearSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(YearSchema.safeParse(1899).success, false, "YearSchema.safeParse(1899).success; // false");
export {};
