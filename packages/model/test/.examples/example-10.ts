import type { CivilDate } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const due: CivilDate = '2025-06-19';
__expect(due, '2025-06-19', "due; // '2025-06-19'");
export {};
