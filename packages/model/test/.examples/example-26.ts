import type { IndicatorUnit } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const unit: IndicatorUnit = 'percent';
__expect(unit, 'percent', "unit; // 'percent'");
export {};
