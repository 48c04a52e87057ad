import { PointsSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(PointsSchema.safeParse(5.5).success, true, "PointsSchema.safeParse(5.5).success; // true");
__expect(PointsSchema.safeParse(Number.NaN).success, false, "PointsSchema.safeParse(Number.NaN).success; // false");
export {};
