import { AreaSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
AreaSchema.parse({
  code: 'QNA', name: { vi: 'Tỉnh Quảng Nam', en: 'Quang Nam province' }, level: 'province',
  parent: 'VN', validTo: '2025-06-30', successors: ['DNG'],
});
export {};
