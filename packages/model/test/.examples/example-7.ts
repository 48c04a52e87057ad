import type { Citation } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const source: Citation = { document: 'Quyết định 2803/QĐ-BNN-KTHT', clause: 'I.2.a' };
__expect(source.clause, 'I.2.a', "source.clause; // 'I.2.a'");
export {};
