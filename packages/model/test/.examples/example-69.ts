import { rational, divideRational } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
divideRational(rational(6), rational(10)); // { num: 3n, den: 5n }
export {};
