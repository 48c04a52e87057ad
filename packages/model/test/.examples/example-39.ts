import { SECTORS } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(SECTORS.filter((s) => s.startsWith('agriculture-')).length, 7, "SECTORS.filter((s) => s.startsWith('agriculture-')).length; // 7");
export {};
