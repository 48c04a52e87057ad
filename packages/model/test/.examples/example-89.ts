import { ScoringSheetSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(ScoringSheetSchema.safeParse({ rulebook: 'circular-01-2020', points: { '1a': -1 } }).success, false, "ScoringSheetSchema.safeParse({ rulebook: 'circular-01-2020', points: { '1a': -1 } }).success; // false");
export {};
