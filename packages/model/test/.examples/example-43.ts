import { ORGANISATION_KIND_LABELS } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
__expect(ORGANISATION_KIND_LABELS.union.vi, 'Liên hiệp hợp tác xã', "ORGANISATION_KIND_LABELS.union.vi; // 'Liên hiệp hợp tác xã'");
export {};
