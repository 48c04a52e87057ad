/**
 * Conformance cases: rule edges written as data, each with the document it comes from. An implementer
 * of the same rules (another language, another SDK) copies this table and runs it against their API;
 * `test/conformance.test.ts` runs it against the `@coop` packages.
 */

/** A grade edge: a Circular 01/2020 sheet total and the grade (or "not rated") it must give. */
export interface GradeCase {
  readonly name: string;
  readonly total: number;
  readonly monthsOperating?: number;
  readonly expected: 'good' | 'fair' | 'average' | 'weak' | 'not-rated';
  readonly source: string;
}

/** A comparator edge: a value (exact: numerator / denominator) against a comparator. */
export interface ComparatorCase {
  readonly name: string;
  readonly comparator:
    | { readonly kind: '>' | '>=' | '<' | '<=' | '='; readonly value: number }
    | { readonly kind: 'range'; readonly min: number; readonly max: number; readonly ceiling?: { readonly document: string; readonly phrase?: string } }
    | { readonly kind: 'approximately'; readonly value: number; readonly tolerance: number; readonly ceiling?: { readonly document: string; readonly phrase?: string } };
  /** The value as an exact fraction (`[7, 11]` × 100 for 7 of 11 as a percentage). */
  readonly value: readonly [numerator: number, denominator: number];
  readonly met: boolean;
  readonly source: string;
}

/** A deadline roll: a cycle, a period and the date the report is due after rolling past days off. */
export interface DeadlineCase {
  readonly name: string;
  readonly cycle: string;
  readonly from: string;
  readonly to: string;
  readonly step: string;
  readonly nominal: string;
  readonly effective: string;
  readonly source: string;
}

const C01 = 'Circular 01/2020/TT-BKHĐT art. 7 (Tốt ≥ 80; Khá 65–< 80; Trung bình 50–< 65; Yếu < 50)';

export const GRADE_CASES: readonly GradeCase[] = [
  { name: '80 is good', total: 80, expected: 'good', source: C01 },
  { name: '79.99 is fair', total: 79.99, expected: 'fair', source: C01 },
  { name: '65 is fair', total: 65, expected: 'fair', source: C01 },
  { name: '64.99 is average', total: 64.99, expected: 'average', source: C01 },
  { name: '50 is average', total: 50, expected: 'average', source: C01 },
  { name: '49.99 is weak', total: 49.99, expected: 'weak', source: C01 },
  { name: 'under 12 months of operation is not rated', total: 90, monthsOperating: 11, expected: 'not-rated', source: 'Circular 01/2020/TT-BKHĐT art. 3' },
];

const PLANS = 'domain note plans.md, phrase → comparator table';

export const COMPARATOR_CASES: readonly ComparatorCase[] = [
  { name: '6 of 10 is not "over 60 %"', comparator: { kind: '>', value: 60 }, value: [600, 10], met: false, source: PLANS },
  { name: '7 of 11 is "over 60 %"', comparator: { kind: '>', value: 60 }, value: [700, 11], met: true, source: PLANS },
  { name: '6 of 10 is "at least 60 %"', comparator: { kind: '>=', value: 60 }, value: [600, 10], met: true, source: PLANS },
  { name: '59.99 % is not "at least 60 %"', comparator: { kind: '>=', value: 60 }, value: [5999, 100], met: false, source: PLANS },
  { name: 'no weak co-op left: 0 = 0', comparator: { kind: '=', value: 0 }, value: [0, 1], met: true, source: 'district programme 155: "không còn HTX yếu kém"' },
  { name: 'range 20–25 includes 25', comparator: { kind: 'range', min: 20, max: 25 }, value: [25, 1], met: true, source: PLANS },
  { name: 'development range 20–25: 27 is met (exceeded)', comparator: { kind: 'range', min: 20, max: 25 }, value: [27, 1], met: true, source: PLANS },
  { name: 'range 20–25 with a ceiling excludes 26', comparator: { kind: 'range', min: 20, max: 25, ceiling: { document: 'a text that caps the range', phrase: 'không quá 25' } }, value: [26, 1], met: false, source: PLANS },
  { name: 'about 30 % ± 5 includes 25 %', comparator: { kind: 'approximately', value: 30, tolerance: 5 }, value: [25, 1], met: true, source: PLANS },
  { name: 'about 30 % ± 5 excludes 24.9 %', comparator: { kind: 'approximately', value: 30, tolerance: 5 }, value: [249, 10], met: false, source: PLANS },
];

export const DEADLINE_CASES: readonly DeadlineCase[] = [
  {
    name: '"before 20 June" 2027: the 19th is a Saturday, due Monday 21st',
    cycle: 'mard-half-year', from: '2027-06-01', to: '2027-06-30', step: 'report', nominal: '2027-06-19', effective: '2027-06-21',
    source: 'Decision 2803/QĐ-BNN-KTHT IV.1; Civil Code 2015 art. 148',
  },
  {
    name: '"before 20 December" 2025: Friday the 19th, no roll',
    cycle: 'mard-annual', from: '2025-12-01', to: '2025-12-31', step: 'report', nominal: '2025-12-19', effective: '2025-12-19',
    source: 'Decision 2803/QĐ-BNN-KTHT IV.1',
  },
];
