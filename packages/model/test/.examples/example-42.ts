import { isAgricultural } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(isAgricultural('agriculture-crop'), true, "isAgricultural('agriculture-crop'); // true");
__expect(isAgricultural('finance'), false, "isAgricultural('finance'); // false");
export {};
