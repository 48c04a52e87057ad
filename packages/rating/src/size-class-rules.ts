import type { Citation, Label, OrganisationKind, Sector } from '@coop/model';

/**
 * The size classes (quy mô): micro, small, medium, large.
 *
 * @example
 * ```ts
 * import type { SizeClass } from '@coop/rating';
 * const size: SizeClass = 'medium';
 * ```
 */
export type SizeClass = 'micro' | 'small' | 'medium' | 'large';

/**
 * A threshold on one record field, with explicit edges (`gte` inclusive, `gt` exclusive).
 *
 * @example
 * ```ts
 * import type { SizeTest } from '@coop/rating';
 * const test: SizeTest = { field: 'officialMembers', gte: 300 };
 * ```
 */
export interface SizeTest {
  readonly field: 'officialMembers' | 'revenue' | 'totalCapital';
  readonly gte?: number;
  readonly gt?: number;
}

/**
 * A class and when it applies: every test of `all` holds and, when given, at least one of `any`.
 *
 * @example
 * ```ts
 * import type { SizeClassCondition } from '@coop/rating';
 * const large: SizeClassCondition = {
 *   class: 'large',
 *   all: [{ field: 'officialMembers', gte: 300 }],
 *   any: [{ field: 'revenue', gte: 50_000_000_000 }, { field: 'totalCapital', gte: 10_000_000_000 }],
 * };
 * ```
 */
export interface SizeClassCondition {
  /** `unknown` marks a range the text covers with rows that were not recovered. */
  readonly class: SizeClass | 'unknown';
  readonly all: readonly SizeTest[];
  readonly any?: readonly SizeTest[];
}

/**
 * One table of a rule: the sectors it covers, classes largest first, and what is left.
 *
 * @example
 * ```ts
 * import { type SizeTable, SIZE_CLASS_113_2024 } from '@coop/rating';
 * const agriculture: SizeTable | undefined = SIZE_CLASS_113_2024.tables[0];
 * agriculture?.otherwise; // 'micro'
 * ```
 */
export interface SizeTable {
  readonly sectors: readonly Sector[] | 'all';
  readonly classes: readonly SizeClassCondition[];
  /** The class when no condition holds; `unknown` when the text's remaining rows are not known. */
  readonly otherwise: SizeClass | 'unknown';
  readonly note?: string;
}

/**
 * A size-class rule from a legal text, with its validity period (civil dates, inclusive).
 *
 * @example
 * ```ts
 * import { type SizeClassRule, SIZE_CLASS_113_2024 } from '@coop/rating';
 * const rule: SizeClassRule = SIZE_CLASS_113_2024;
 * rule.id; // 'decree-113-2024'
 * ```
 */
export interface SizeClassRule {
  readonly id: string;
  readonly title: Label;
  /** What the classes are based on, e.g. `members` or `members+revenue-or-capital`. */
  readonly basis: string;
  readonly kinds: readonly OrganisationKind[];
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly tables: readonly SizeTable[];
  readonly citation: Citation;
  readonly notes?: readonly string[];
}

const BN = 1_000_000_000;
const AGRICULTURE: readonly Sector[] = [
  'agriculture-crop',
  'agriculture-livestock',
  'agriculture-forestry',
  'agriculture-fishery',
  'agriculture-salt',
  'agriculture-clean-water',
  'agriculture-general',
];

/**
 * Circular 01/2020/TT-BKHĐT, size by official members: micro < 50, small 50–300, medium > 300–1 000,
 * large > 1 000. In force 2020-04-01 … 2025-09-17.
 *
 * @example
 * ```ts
 * import { SIZE_CLASS_01_2020_MEMBERS } from '@coop/rating';
 * SIZE_CLASS_01_2020_MEMBERS.basis; // 'members'
 * ```
 */
export const SIZE_CLASS_01_2020_MEMBERS: SizeClassRule = {
  id: 'circular-01-2020-members',
  title: { vi: 'Quy mô theo số thành viên (Thông tư 01/2020/TT-BKHĐT)', en: 'Size by members (Circular 01/2020/TT-BKHĐT)' },
  basis: 'members',
  kinds: ['cooperative', 'union'],
  effectiveFrom: '2020-04-01',
  effectiveTo: '2025-09-17',
  tables: [
    {
      sectors: 'all',
      classes: [
        { class: 'large', all: [{ field: 'officialMembers', gt: 1000 }] },
        { class: 'medium', all: [{ field: 'officialMembers', gt: 300 }] },
        { class: 'small', all: [{ field: 'officialMembers', gte: 50 }] },
      ],
      otherwise: 'micro',
    },
  ],
  citation: { document: 'Thông tư 01/2020/TT-BKHĐT', note: 'Siêu nhỏ < 50; nhỏ 50–300; vừa > 300–1.000; lớn > 1.000 thành viên.' },
};

/**
 * Circular 01/2020/TT-BKHĐT, size by capital: micro < 1 bn VND, small 1 to < 5 bn; the higher bands were
 * not recovered, so 5 bn and more gives `unknown`. In force 2020-04-01 … 2025-09-17.
 *
 * @example
 * ```ts
 * import { SIZE_CLASS_01_2020_CAPITAL } from '@coop/rating';
 * SIZE_CLASS_01_2020_CAPITAL.tables[0]?.classes[0]?.class; // 'unknown' (5 bn and more)
 * ```
 */
export const SIZE_CLASS_01_2020_CAPITAL: SizeClassRule = {
  id: 'circular-01-2020-capital',
  title: { vi: 'Quy mô theo vốn (Thông tư 01/2020/TT-BKHĐT)', en: 'Size by capital (Circular 01/2020/TT-BKHĐT)' },
  basis: 'capital',
  kinds: ['cooperative', 'union'],
  effectiveFrom: '2020-04-01',
  effectiveTo: '2025-09-17',
  tables: [
    {
      sectors: 'all',
      classes: [
        { class: 'unknown', all: [{ field: 'totalCapital', gte: 5 * BN }] },
        { class: 'small', all: [{ field: 'totalCapital', gte: 1 * BN }] },
      ],
      otherwise: 'micro',
      note: 'Bands from 5 bn VND up were not recovered: such capital gives `unknown`.',
    },
  ],
  citation: { document: 'Thông tư 01/2020/TT-BKHĐT', note: 'Siêu nhỏ < 1 tỷ đồng; nhỏ 1 đến < 5 tỷ đồng; các mức cao hơn chưa khôi phục được.' },
};

/**
 * Decree 113/2024/NĐ-CP (effective 2024-11-01): agriculture — large ≥ 300 members and (revenue ≥ 50 bn
 * or capital ≥ 10 bn); medium ≥ 200 and (revenue ≥ 10 bn or capital ≥ 5 bn); small ≥ 50 and (revenue ≥
 * 2 bn or capital ≥ 1 bn); micro otherwise. Industry–construction — large ≥ 100 and (revenue ≥ 80 bn or
 * capital ≥ 20 bn); the other rows were not recovered (`unknown`). Other sectors: not recovered.
 *
 * @example
 * ```ts
 * import { SIZE_CLASS_113_2024 } from '@coop/rating';
 * SIZE_CLASS_113_2024.effectiveFrom; // '2024-11-01'
 * ```
 */
export const SIZE_CLASS_113_2024: SizeClassRule = {
  id: 'decree-113-2024',
  title: { vi: 'Quy mô hợp tác xã theo Nghị định 113/2024/NĐ-CP', en: 'Cooperative size under Decree 113/2024/NĐ-CP' },
  basis: 'members+revenue-or-capital',
  kinds: ['cooperative', 'union'],
  effectiveFrom: '2024-11-01',
  tables: [
    {
      sectors: AGRICULTURE,
      classes: [
        { class: 'large', all: [{ field: 'officialMembers', gte: 300 }], any: [{ field: 'revenue', gte: 50 * BN }, { field: 'totalCapital', gte: 10 * BN }] },
        { class: 'medium', all: [{ field: 'officialMembers', gte: 200 }], any: [{ field: 'revenue', gte: 10 * BN }, { field: 'totalCapital', gte: 5 * BN }] },
        { class: 'small', all: [{ field: 'officialMembers', gte: 50 }], any: [{ field: 'revenue', gte: 2 * BN }, { field: 'totalCapital', gte: 1 * BN }] },
      ],
      otherwise: 'micro',
    },
    {
      sectors: ['industry-construction'],
      classes: [
        { class: 'large', all: [{ field: 'officialMembers', gte: 100 }], any: [{ field: 'revenue', gte: 80 * BN }, { field: 'totalCapital', gte: 20 * BN }] },
      ],
      otherwise: 'unknown',
      note: 'Only the "large" row of industry–construction was recovered.',
    },
    { sectors: 'all', classes: [], otherwise: 'unknown', note: 'The rows of the other sectors were not recovered.' },
  ],
  citation: { document: 'Nghị định 113/2024/NĐ-CP', note: 'Tiêu chí xác định quy mô hợp tác xã theo lĩnh vực.' },
};

/**
 * The built-in size-class rules, in the order {@link sizeClass} prefers among rules in force on the
 * same day with the same start (members before capital for Circular 01/2020).
 *
 * @example
 * ```ts
 * import { SIZE_CLASS_RULES } from '@coop/rating';
 * SIZE_CLASS_RULES.map((r) => r.id); // ['decree-113-2024', 'circular-01-2020-members', 'circular-01-2020-capital']
 * ```
 */
export const SIZE_CLASS_RULES: readonly SizeClassRule[] = [SIZE_CLASS_113_2024, SIZE_CLASS_01_2020_MEMBERS, SIZE_CLASS_01_2020_CAPITAL];
