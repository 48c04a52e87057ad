import { RangeComparatorSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(RangeComparatorSchema.safeParse({ kind: 'range', min: 5, max: 7 }).success, true, "RangeComparatorSchema.safeParse({ kind: 'range', min: 5, max: 7 }).success; // true");
export {};
