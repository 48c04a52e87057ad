import type { Label } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const label: Label = { vi: 'Hợp tác xã', en: 'Cooperative' };
__expect(label.en, 'Cooperative', "label.en; // 'Cooperative'");
export {};
