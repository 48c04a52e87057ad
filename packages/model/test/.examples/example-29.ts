import type { IndicatorInput } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const input: IndicatorInput = {
  id: 'union-count', label: { vi: 'Số liên hiệp HTX', en: 'Unions of co-ops' },
  population: { kinds: ['union'] }, numerator: { op: 'count' }, unit: 'count', direction: 'higher-is-better',
};
__expect(input.unit, 'count', "input.unit; // 'count'");
export {};
