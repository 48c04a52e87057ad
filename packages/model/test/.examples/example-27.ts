import { IndicatorSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
IndicatorSchema.parse({
  id: 'ag-good-or-fair-share',
  label: { vi: 'Tỷ lệ HTX nông nghiệp xếp loại tốt, khá', en: 'Share of agricultural co-ops rated good or fair' },
  population: { kinds: ['cooperative'], sectorGroup: 'agriculture' },
  numerator: { op: 'count', where: { grade: ['good', 'fair'] } },
  denominator: { op: 'count' },
  factor: 100, unit: 'percent', direction: 'higher-is-better',
  source: { document: 'Quyết định 2803/QĐ-BNN-KTHT', clause: 'I.2.a' },
});
export {};
