import type { ComparatorKind } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const kind: ComparatorKind = 'every-unit';
__expect(kind, 'every-unit', "kind; // 'every-unit'");
export {};
