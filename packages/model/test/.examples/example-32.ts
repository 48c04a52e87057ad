import type { ParseResult } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const result: ParseResult<number> = { ok: true, value: 42 };
__expect(result.ok, true, "result.ok; // true");
export {};
