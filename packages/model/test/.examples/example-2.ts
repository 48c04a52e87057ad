import type { AreaLevel } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const level: AreaLevel = 'district';
__expect(level, 'district', "level; // 'district'");
export {};
