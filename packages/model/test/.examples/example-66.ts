import { rational, addRational } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
addRational(rational(1, 3), rational(1, 6)); // { num: 1n, den: 2n }
export {};
