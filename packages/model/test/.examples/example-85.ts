import { CountSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(CountSchema.safeParse(-1).success, false, "CountSchema.safeParse(-1).success; // false");
__expect(CountSchema.safeParse(2.5).success, false, "CountSchema.safeParse(2.5).success; // false");
export {};
