import { parseIndicator } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const result = parseIndicator({
  id: 'members', label: { vi: 'Số thành viên', en: 'Members' },
  numerator: { op: 'sum', field: 'officialMember' }, unit: 'members', direction: 'higher-is-better',
});
if (!result.ok) result.issues[0]?.code; // 'unknown_field' (path ['numerator', 'field'])
export {};
