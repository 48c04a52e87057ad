import type { PlanInput } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const input: PlanInput = {
  id: 'p', title: { vi: 'Kế hoạch', en: 'Plan' }, issuer: { vi: 'UBND tỉnh', en: 'Provincial committee' },
  document: { number: '42/KH-UBND' }, jurisdiction: { level: 'province', name: { vi: 'Tỉnh', en: 'Province' } },
};
__expect(input.document.number, '42/KH-UBND', "input.document.number; // '42/KH-UBND'");
export {};
