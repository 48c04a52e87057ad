import type { TaskTimeframe } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const timeframe: TaskTimeframe = { kind: 'span', from: 2021, to: 2025 };
__expect(timeframe.kind, 'span', "timeframe.kind; // 'span'");
export {};
