import { YearlyRecordSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const record = YearlyRecordSchema.parse({
  organisationId: 'HTX-001', year: 2024, kind: 'cooperative', sector: 'agriculture-crop',
  areaCode: 'TN-DT', officialMembers: 35, revenue: 6_200_000_000, monthsOperating: 12,
  flags: { valueChainLinkage: true },
  sheet: { rulebook: 'circular-01-2020', points: { '1a': 5, '1b': 1 } },
});
export {};
