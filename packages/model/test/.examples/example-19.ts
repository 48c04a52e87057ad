import type { Condition } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const goodOrFair: Condition = { grade: ['good', 'fair'] };
const linked: Condition = { all: [{ field: 'flags.valueChainLinkage', eq: true }, { not: { field: 'sanctioned', eq: true } }] };
__expect('grade' in goodOrFair && 'all' in linked, true, "'grade' in goodOrFair && 'all' in linked; // true");
export {};
