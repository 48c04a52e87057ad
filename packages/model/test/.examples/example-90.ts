import type { ScoringSheet } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const sheet: ScoringSheet = { rulebook: 'circular-01-2020', points: { '1a': 5.5, '5': 8 } };
__expect(sheet.points['1a'], 5.5, "sheet.points['1a']; // 5.5");
export {};
