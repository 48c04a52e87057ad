import { ConditionSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(ConditionSchema.safeParse({ field: 'flags.highTech', eq: true }).success, true, "ConditionSchema.safeParse({ field: 'flags.highTech', eq: true }).success; // true");
__expect(ConditionSchema.safeParse({ field: 'flags.flying', eq: true }).success, false, "ConditionSchema.safeParse({ field: 'flags.flying', eq: true }).success; // false");
export {};
