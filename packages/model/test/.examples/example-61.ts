import { PlanSchema, type Plan } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const plan: Plan = PlanSchema.parse({
  id: 'p', title: { vi: 'Kế hoạch', en: 'Plan' }, issuer: { vi: 'UBND tỉnh', en: 'Provincial committee' },
  document: {}, jurisdiction: { level: 'province', name: { vi: 'Tỉnh', en: 'Province' } },
});
__expect(plan.tasks.length, 0, "plan.tasks.length; // 0");
export {};
