import { isAgricultural, type Sector } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const sector: Sector = 'agriculture-fishery';
__expect(isAgricultural(sector), true, "isAgricultural(sector); // true");
export {};
