import { parsePlan } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const result = parsePlan({
  id: 'p', title: { vi: 'Kế hoạch', en: 'Plan' }, issuer: { vi: 'UBND tỉnh', en: 'Province' },
  document: { date: '2025-02-30' }, jurisdiction: { level: 'province', name: { vi: 'Tỉnh', en: 'Province' } },
});
if (!result.ok) result.issues[0]?.code; // 'invalid_date'
export {};
