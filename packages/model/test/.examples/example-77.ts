import { YearlyGrowthComparatorSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(YearlyGrowthComparatorSchema.parse({ kind: 'yearly-growth', minPercent: 5 }).minPercent, 5, "YearlyGrowthComparatorSchema.parse({ kind: 'yearly-growth', minPercent: 5 }).minPercent; // 5");
export {};
