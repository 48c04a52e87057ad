import { SimpleComparatorSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(SimpleComparatorSchema.safeParse({ kind: '>=', value: Number.POSITIVE_INFINITY }).success, false, "SimpleComparatorSchema.safeParse({ kind: '>=', value: Number.POSITIVE_INFINITY }).success; // false");
export {};
