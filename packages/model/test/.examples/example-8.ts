import { isCivilDate } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(isCivilDate('2024-02-29'), true, "isCivilDate('2024-02-29'); // true");
__expect(isCivilDate('2025-02-29'), false, "isCivilDate('2025-02-29'); // false");
export {};
