import { GRADE_LABELS, type Grade } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const grade: Grade = 'fair';
__expect(GRADE_LABELS[grade].vi, 'Khá', "GRADE_LABELS[grade].vi; // 'Khá'");
export {};
