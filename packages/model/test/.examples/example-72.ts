import { rational, rationalToNumber } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(rationalToNumber(rational(7, 12)), 0.5833333333333334, "rationalToNumber(rational(7, 12)); // 0.5833333333333334");
export {};
