import type { MissingPolicy } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const policy: MissingPolicy = 'missing-as-zero';
__expect(policy, 'missing-as-zero', "policy; // 'missing-as-zero'");
export {};
