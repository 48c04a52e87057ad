import type { Label, Lang } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
const pick = (label: Label, lang: Lang): string => label[lang];
__expect(pick({ vi: 'Tốt', en: 'Good' }, 'vi'), 'Tốt', "pick({ vi: 'Tốt', en: 'Good' }, 'vi'); // 'Tốt'");
export {};
