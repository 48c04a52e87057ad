import { CoopError } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
try {
  throw new CoopError('UNKNOWN_PLAN', 'No plan with id "x"', { id: 'x' });
} catch (error) {
  if (error instanceof CoopError && error.code === 'UNKNOWN_PLAN') console.log(error.details);
}
export {};
