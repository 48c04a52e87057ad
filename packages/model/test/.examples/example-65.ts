import { rational, compareRational } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(compareRational(rational(7, 11), rational(60, 100)), 1, "compareRational(rational(7, 11), rational(60, 100)); // 1 — 7 of 11 is over 60 %");
export {};
