import { rational, multiplyRational } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
multiplyRational(rational(7, 11), rational(100)); // { num: 700n, den: 11n }
export {};
