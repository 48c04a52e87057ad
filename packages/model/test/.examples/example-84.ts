import type { TargetInput } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const input: TargetInput = {
  id: 't', indicator: 'i', label: { vi: 'Chỉ tiêu', en: 'Target' }, comparator: { kind: 'range', min: 20, max: 25 },
  deadline: 2030, source: { document: 'Chương trình hành động' },
};
__expect(input.deadline, 2030, "input.deadline; // 2030");
export {};
