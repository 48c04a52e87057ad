import { TaskTimeframeSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(TaskTimeframeSchema.safeParse({ kind: 'span', from: 2025, to: 2021 }).success, false, "TaskTimeframeSchema.safeParse({ kind: 'span', from: 2025, to: 2021 }).success; // false");
export {};
