import type { AreaInput } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const input: AreaInput = { code: 'VN', name: { vi: 'Việt Nam', en: 'Viet Nam' }, level: 'country' };
__expect(input.level, 'country', "input.level; // 'country'");
export {};
