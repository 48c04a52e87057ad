import { GrowthComparatorSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(GrowthComparatorSchema.parse({ kind: 'growth', minPercent: 10 }).baselineYear, undefined, "GrowthComparatorSchema.parse({ kind: 'growth', minPercent: 10 }).baselineYear; // undefined");
export {};
