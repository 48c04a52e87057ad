import { CoopError, isCoopError } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(isCoopError(new CoopError('X', 'x'), 'X'), true, "isCoopError(new CoopError('X', 'x'), 'X'); // true");
export {};
