import type { Aggregate } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const meanRevenue: Aggregate = { op: 'mean', field: 'revenue', missing: 'skip-if-all-missing' };
__expect(meanRevenue.op, 'mean', "meanRevenue.op; // 'mean'");
export {};
