import { AggregateSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(AggregateSchema.parse({ op: 'sum', field: 'memberHouseholds' }).missing, 'skip-if-all-missing', "AggregateSchema.parse({ op: 'sum', field: 'memberHouseholds' }).missing; // 'skip-if-all-missing'");
export {};
