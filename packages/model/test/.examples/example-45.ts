import { OrganisationSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
OrganisationSchema.parse({
  id: 'HTX-001', name: 'HTX Nông nghiệp Tân Cương', kind: 'cooperative',
  sector: 'agriculture-crop', areaCode: 'TN-DT', foundedOn: '2015-03-01',
});
export {};
