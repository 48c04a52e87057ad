import { ApproximatelyComparatorSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(ApproximatelyComparatorSchema.parse({ kind: 'approximately', value: 30 }).tolerance, undefined, "ApproximatelyComparatorSchema.parse({ kind: 'approximately', value: 30 }).tolerance; // undefined");
export {};
