import { GRADE_LABELS } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(GRADE_LABELS['not-rated'].vi, 'Chưa xếp loại', "GRADE_LABELS['not-rated'].vi; // 'Chưa xếp loại'");
export {};
