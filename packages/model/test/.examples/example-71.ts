import { rational, floorRational } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(floorRational(rational(-1, 2)), -1n, "floorRational(rational(-1, 2)); // -1n");
export {};
