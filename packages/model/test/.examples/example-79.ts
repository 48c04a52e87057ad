import { ComparatorSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(ComparatorSchema.safeParse({ kind: 'range', min: 25, max: 20 }).success, false, "ComparatorSchema.safeParse({ kind: 'range', min: 25, max: 20 }).success; // false");
export {};
