import { AREA_LEVELS } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(AREA_LEVELS.indexOf('district'), 2, "AREA_LEVELS.indexOf('district'); // 2");
export {};
