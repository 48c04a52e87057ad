import { SECTOR_LABELS } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(SECTOR_LABELS.finance.en, 'Finance', "SECTOR_LABELS.finance.en; // 'Finance'");
export {};
