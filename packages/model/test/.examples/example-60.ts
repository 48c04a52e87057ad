import { PlanSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const plan = PlanSchema.parse({
  id: 'example', title: { vi: 'Kế hoạch mẫu', en: 'Example plan' },
  issuer: { vi: 'UBND tỉnh', en: 'Provincial People\'s Committee' },
  document: { number: '1/KH-UBND', date: '2024-01-01' },
  jurisdiction: { level: 'province', area: 'TNG', name: { vi: 'Thái Nguyên', en: 'Thai Nguyen' } },
  baseYear: 2023,
});
plan.targets; // []
export {};
