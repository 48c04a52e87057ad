import { LabelSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
LabelSchema.parse({ vi: 'Hợp tác xã', en: 'Cooperative' });
export {};
