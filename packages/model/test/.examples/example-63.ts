import { rational, type Rational } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const share: Rational = rational(7, 11);
__expect(share.den, 11n, "share.den; // 11n");
export {};
