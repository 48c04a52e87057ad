import { NonNegativeVndSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(NonNegativeVndSchema.safeParse(-1).success, false, "NonNegativeVndSchema.safeParse(-1).success; // false");
export {};
