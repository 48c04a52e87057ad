import { rational, compareRational } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(compareRational(rational(6, 10), rational(60, 100)), 0, "compareRational(rational(6, 10), rational(60, 100)); // 0 — 6 of 10 is exactly 60 %");
rational('79.99'); // { num: 7999n, den: 100n }
export {};
