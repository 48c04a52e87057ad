import { VndSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(VndSchema.safeParse(1.5).success, false, "VndSchema.safeParse(1.5).success; // false — VND amounts are whole đồng");
export {};
