import { rational, ceilRational } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(ceilRational(rational(61, 10)), 7n, "ceilRational(rational(61, 10)); // 7n");
export {};
