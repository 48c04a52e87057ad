import { rational, subtractRational } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
subtractRational(rational(80), rational('79.99')); // { num: 1n, den: 100n }
export {};
