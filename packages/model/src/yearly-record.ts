import * as z from 'zod/mini';
import { pureSchema } from './internal/pure-schema.js';
import { CivilDateSchema, YearSchema, type CivilDate } from './civil-date.js';
import { GRADE_LABELS, GradeSchema, type Grade } from './grade.js';
import { CoopError } from './errors.js';
import { labelKey } from './internal/csv.js';
import { readOptions, readOwn } from './internal/read.js';
import { describeSafely } from './internal/snapshot.js';

export { labelKey };
export { parseCsvBoolean, parseCsvNumber } from './internal/csv.js';
import {
  ORGANISATION_KIND_LABELS,
  OrganisationKindSchema,
  SECTOR_LABELS,
  SectorSchema,
  type OrganisationKind,
  type Sector,
} from './organisation.js';

/** The zod schema behind the main entry's `CountSchema` (documented with an example in `schema-views.ts`). */
export const CountSchema = /* @__PURE__ */ pureSchema(() => z.number().check(z.int(), z.nonnegative(), z.maximum(Number.MAX_SAFE_INTEGER)));

/** The zod schema behind the main entry's `VndSchema` (documented with an example in `schema-views.ts`). */
export const VndSchema = /* @__PURE__ */ pureSchema(() => z.number().check(z.int(), z.minimum(-Number.MAX_SAFE_INTEGER), z.maximum(Number.MAX_SAFE_INTEGER)));

/** The zod schema behind the main entry's `NonNegativeVndSchema` (documented with an example in `schema-views.ts`). */
export const NonNegativeVndSchema = /* @__PURE__ */ pureSchema(() => z.number().check(z.int(), z.minimum(-Number.MAX_SAFE_INTEGER), z.maximum(Number.MAX_SAFE_INTEGER), z.nonnegative()));

/** Months in a year (0–12). */
const MonthsSchema = /* @__PURE__ */ pureSchema(() => z.number().check(z.int(), z.minimum(0), z.maximum(12)));

/** The zod schema behind the main entry's `PointsSchema` (documented with an example in `schema-views.ts`). */
export const PointsSchema = /* @__PURE__ */ pureSchema(() => z.number().check(z.nonnegative(), z.maximum(1000)));

/** The zod schema behind the main entry's `ScoringSheetSchema` (documented with an example in `schema-views.ts`). */
export const ScoringSheetSchema = /* @__PURE__ */ pureSchema(() => z.strictObject({
  rulebook: z.string().check(z.minLength(1)),
  points: z.record(z.string().check(z.minLength(1)), PointsSchema),
}));

/**
 * A self-scoring sheet.
 *
 * @example
 * ```ts
 * import type { ScoringSheet } from '@coop/model';
 * const sheet: ScoringSheet = { rulebook: 'circular-01-2020', points: { '1a': 5.5, '5': 8 } };
 * sheet.points['1a']; // 5.5
 * ```
 */
export interface ScoringSheet {
  /** The rulebook's id (`circular-01-2020`). */
  rulebook: string;
  /** Points by criterion id. */
  points: Record<string, number>;
}

/** The zod schema behind the main entry's `RecordFlagsSchema` (documented with an example in `schema-views.ts`). */
export const RecordFlagsSchema = /* @__PURE__ */ pureSchema(() => z.strictObject({
  /** Takes part in value-chain linkage (liên kết chuỗi giá trị). */
  valueChainLinkage: z.optional(z.boolean()),
  /** Linked with an enterprise that buys its products (liên kết với doanh nghiệp tiêu thụ sản phẩm). */
  enterpriseLinked: z.optional(z.boolean()),
  /** Applies high technology in production or sales (ứng dụng công nghệ cao). */
  highTech: z.optional(z.boolean()),
  /** Applies digital transformation (chuyển đổi số). */
  digitalTransformation: z.optional(z.boolean()),
  /** Holds GAP / VietGAP / organic certification or equivalent. */
  gapCertified: z.optional(z.boolean()),
  /** Owns an OCOP-registered product. */
  ocopProduct: z.optional(z.boolean()),
  /** Recognised as a model cooperative (mô hình HTX điển hình). */
  modelCooperative: z.optional(z.boolean()),
}));

/** The zod schema behind the main entry's `YearlyRecordSchema` (documented with an example in `schema-views.ts`). */
export const YearlyRecordSchema = /* @__PURE__ */ pureSchema(() => z.strictObject({
  organisationId: z.string().check(z.minLength(1)),
  year: YearSchema,
  kind: OrganisationKindSchema,
  sector: SectorSchema,
  /** The area the organisation belonged to in that year (the code in force then). */
  areaCode: z.string().check(z.minLength(1)),
  name: z.optional(z.string().check(z.minLength(1))),
  foundedOn: z.optional(CivilDateSchema),
  officialMembers: z.optional(CountSchema),
  associateMembers: z.optional(CountSchema),
  memberHouseholds: z.optional(CountSchema),
  revenue: z.optional(NonNegativeVndSchema),
  plannedRevenue: z.optional(NonNegativeVndSchema),
  preTaxProfit: z.optional(VndSchema),
  afterTaxProfit: z.optional(VndSchema),
  totalCapital: z.optional(NonNegativeVndSchema),
  indivisibleAssets: z.optional(NonNegativeVndSchema),
  /** Allocations to the funds in the year. */
  funds: z.optional(
    z.strictObject({
      development: z.optional(NonNegativeVndSchema),
      reserve: z.optional(NonNegativeVndSchema),
      other: z.optional(NonNegativeVndSchema),
    }),
  ),
  /** Income per member after obligations to the cooperative (VND). */
  incomePerMember: z.optional(VndSchema),
  /**
   * Months the organisation had existed and operated by the end of the year, counted from its
   * establishment and capped at 12 (a co-op founded in March of the year has 10). Suspension does not
   * reduce it: that is `monthsSuspended`. Circular 01/2020 does not rate a co-op under 12 months.
   */
  monthsOperating: z.optional(MonthsSchema),
  /** Months of suspended operation within the year (at most `monthsOperating`). */
  monthsSuspended: z.optional(MonthsSchema),
  /** Sanctioned for an administrative violation in the year. */
  sanctioned: z.optional(z.boolean()),
  flags: z.optional(RecordFlagsSchema),
  managers: z.optional(
    z.strictObject({
      total: z.optional(CountSchema),
      /** Trained in the cooperative director programme. */
      directorProgrammeTrained: z.optional(CountSchema),
    }),
  ),
  farmLand: z.optional(
    z.strictObject({
      /** Farm land area in hectares. */
      areaHa: z.optional(z.number().check(z.nonnegative(), z.maximum(1e9))),
      /** Value of the products of that land in the year (VND). */
      productValue: z.optional(NonNegativeVndSchema),
    }),
  ),
  sheet: z.optional(ScoringSheetSchema),
  /** The grade as carried by the source data, if any ("not-rated" when the source says so). */
  grade: z.optional(z.union([GradeSchema, z.literal('not-rated')])),
}));

/**
 * One organisation in one year.
 *
 * @example
 * ```ts
 * import type { YearlyRecord } from '@coop/model';
 * const record: YearlyRecord = { organisationId: 'HTX-1', year: 2024, kind: 'cooperative', sector: 'agriculture-crop', areaCode: '19', revenue: 5_000_000_000 };
 * record.revenue; // 5000000000
 * ```
 */
export interface YearlyRecord {
  /** The organisation's id. */
  organisationId: string;
  /** The calendar year (1900–2199). */
  year: number;
  kind: OrganisationKind;
  sector: Sector;
  /** The area the organisation belonged to in that year (the code in force then). */
  areaCode: string;
  name?: string | undefined;
  /** Founding date `YYYY-MM-DD`. */
  foundedOn?: CivilDate | undefined;
  /** Official members (count). */
  officialMembers?: number | undefined;
  /** Associate members (count). */
  associateMembers?: number | undefined;
  /** Member households (count). */
  memberHouseholds?: number | undefined;
  /** Revenue in the year (whole đồng, not negative). */
  revenue?: number | undefined;
  /** Planned revenue (whole đồng, not negative). */
  plannedRevenue?: number | undefined;
  /** Profit before tax (whole đồng, may be negative). */
  preTaxProfit?: number | undefined;
  /** Profit after tax (whole đồng, may be negative). */
  afterTaxProfit?: number | undefined;
  /** Total capital (whole đồng, not negative). */
  totalCapital?: number | undefined;
  /** Indivisible assets (whole đồng, not negative). */
  indivisibleAssets?: number | undefined;
  /** Allocations to the funds in the year (whole đồng, not negative). */
  funds?: { development?: number | undefined; reserve?: number | undefined; other?: number | undefined } | undefined;
  /** Income per member after obligations to the cooperative (VND). */
  incomePerMember?: number | undefined;
  /** Months the organisation had existed and operated by the end of the year (0–12, suspension included). */
  monthsOperating?: number | undefined;
  /** Months of suspended operation within the year (at most `monthsOperating`). */
  monthsSuspended?: number | undefined;
  /** Sanctioned for an administrative violation in the year. */
  sanctioned?: boolean | undefined;
  flags?: RecordFlags | undefined;
  managers?: {
    total?: number | undefined;
    /** Trained in the cooperative director programme. */
    directorProgrammeTrained?: number | undefined;
  } | undefined;
  farmLand?: {
    /** Farm land area in hectares. */
    areaHa?: number | undefined;
    /** Value of the products of that land in the year (VND). */
    productValue?: number | undefined;
  } | undefined;
  sheet?: ScoringSheet | undefined;
  /** The grade as carried by the source data, if any ("not-rated" when the source says so). */
  grade?: Grade | 'not-rated' | undefined;
}

/**
 * Yes/no facts about an organisation in a year; absent means "not known".
 *
 * @example
 * ```ts
 * import type { RecordFlags } from '@coop/model';
 * const flags: RecordFlags = { valueChainLinkage: true, highTech: false };
 * flags.highTech; // false
 * ```
 */
export interface RecordFlags {
  /** Takes part in value-chain linkage (liên kết chuỗi giá trị). */
  valueChainLinkage?: boolean | undefined;
  /** Linked with an enterprise that buys its products (liên kết với doanh nghiệp tiêu thụ sản phẩm). */
  enterpriseLinked?: boolean | undefined;
  /** Applies high technology in production or sales (ứng dụng công nghệ cao). */
  highTech?: boolean | undefined;
  /** Applies digital transformation (chuyển đổi số). */
  digitalTransformation?: boolean | undefined;
  /** Holds GAP / VietGAP / organic certification or equivalent. */
  gapCertified?: boolean | undefined;
  /** Owns an OCOP-registered product. */
  ocopProduct?: boolean | undefined;
  /** Recognised as a model cooperative (mô hình HTX điển hình). */
  modelCooperative?: boolean | undefined;
}

/**
 * Labels, by coded field, that people write for a value instead of its id.
 *
 * @example
 * ```ts
 * import type { RecordValueSynonyms } from '@coop/model';
 * const mine: RecordValueSynonyms = { kind: { HTX: 'cooperative' }, sector: { 'Vận tải': 'trade-services' }, grade: {} };
 * mine.sector['Vận tải']; // 'trade-services'
 * ```
 */
export interface RecordValueSynonyms {
  /** `HTX`, `THT`, `Hợp tác xã`… → kind id. */
  readonly kind: Readonly<Record<string, OrganisationKind>>;
  /** `Trồng trọt`, `Nông nghiệp - trồng trọt`, `Tín dụng`… → sector id. */
  readonly sector: Readonly<Record<string, Sector>>;
  /** `Khá`, `Chưa xếp loại`… → grade id. */
  readonly grade: Readonly<Record<string, Grade | 'not-rated'>>;
}

const labelsOf = <K extends string>(labels: Readonly<Record<K, { readonly vi: string; readonly en: string }>>): Record<string, K> => {
  const out: Record<string, K> = {};
  for (const id of Object.keys(labels) as K[]) {
    out[labels[id].vi] = id;
    out[labels[id].en] = id;
  }
  return out;
};

/**
 * The labels and short names officials write for kinds, sectors and grades: every Vietnamese and English
 * label of the model, plus the abbreviations and short sector names of provincial reporting forms.
 * Matching ignores case, diacritics, spaces and the kind of dash (`Nông nghiệp - trồng trọt` with an ASCII
 * hyphen is `Nông nghiệp – trồng trọt`). `{ coerce: 'csv' }` and `@coop/sheets` read the same table.
 *
 * `Vận tải` (transport) is counted under `other`: the model's sector list has no transport sector, and
 * calling it a service would be a claim no source here makes. Map it yourself in `@coop/sheets` to change that.
 *
 * @example
 * ```ts
 * import { RECORD_VALUE_SYNONYMS } from '@coop/model';
 * RECORD_VALUE_SYNONYMS.kind.HTX; // 'cooperative'
 * RECORD_VALUE_SYNONYMS.sector['Trồng trọt']; // 'agriculture-crop'
 * RECORD_VALUE_SYNONYMS.grade['Khá']; // 'fair'
 * ```
 */
export const RECORD_VALUE_SYNONYMS: RecordValueSynonyms = {
  kind: {
    ...labelsOf(ORGANISATION_KIND_LABELS),
    THT: 'cooperative-group',
    HTX: 'cooperative',
    LHHTX: 'union',
    'Liên hiệp HTX': 'union',
  },
  sector: {
    ...labelsOf(SECTOR_LABELS),
    'Trồng trọt': 'agriculture-crop',
    'Chăn nuôi': 'agriculture-livestock',
    'Lâm nghiệp': 'agriculture-forestry',
    'Thủy sản': 'agriculture-fishery',
    'Thuỷ sản': 'agriculture-fishery',
    'Nuôi trồng thủy sản': 'agriculture-fishery',
    'Diêm nghiệp': 'agriculture-salt',
    'Nước sạch': 'agriculture-clean-water',
    'Nước sạch nông thôn': 'agriculture-clean-water',
    'Nông nghiệp tổng hợp': 'agriculture-general',
    'Công nghiệp': 'industry-construction',
    'Xây dựng': 'industry-construction',
    'Tiểu thủ công nghiệp': 'industry-construction',
    'Công nghiệp - tiểu thủ công nghiệp': 'industry-construction',
    'Thương mại': 'trade-services',
    'Dịch vụ': 'trade-services',
    'Thương mại, dịch vụ': 'trade-services',
    'Tín dụng': 'finance',
    'Quỹ tín dụng nhân dân': 'finance',
    'Vận tải': 'other',
  },
  grade: {
    ...labelsOf(GRADE_LABELS),
    'Không xếp loại': 'not-rated',
  },
};

/**
 * The synonym table keyed for matching ({@link RECORD_VALUE_SYNONYMS} under the matching key).
 *
 * @param synonyms - the table (default: the built-in one)
 * @returns matching key → id
 * @throws CoopError `INVALID_ARGUMENT` when `synonyms` is not three tables of text → text (or cannot be
 * read); `LIMIT_EXCEEDED` when a table holds more than 100 000 labels
 *
 * @example
 * ```ts
 * import { labelKey, recordValueIndex } from '@coop/model';
 * recordValueIndex().get(labelKey('Nông nghiệp - trồng trọt')); // 'agriculture-crop'
 * ```
 */
export const recordValueIndex = (synonyms: RecordValueSynonyms = RECORD_VALUE_SYNONYMS): ReadonlyMap<string, string> => {
  const tables = readOptions(synonyms, ['kind', 'sector', 'grade'], 'synonyms');
  const map = new Map<string, string>();
  for (const field of ['kind', 'sector', 'grade'] as const) {
    for (const [label, id] of synonymEntries(tables[field], `synonyms.${field}`)) map.set(labelKey(label), id);
  }
  return map;
};

/** Most labels one synonym table may hold (far above any real table; bounds the work on a hostile one). */
const MAX_SYNONYMS = 100_000;

/** The label → id pairs of one synonym table, each property read once; anything but text → text is refused. */
const synonymEntries = (table: unknown, name: string): Array<readonly [string, string]> => {
  const invalidTable = (why: string): CoopError => new CoopError('INVALID_ARGUMENT', `${name}: ${why}`, { argument: name, received: describeSafely(table) });
  if (table === undefined) throw invalidTable('expected a table of labels (label → id)');
  readOptions(table, [], name);
  let labels: string[];
  try {
    labels = Object.keys(table as object);
  } catch {
    throw invalidTable('cannot be read (a revoked Proxy or a throwing trap)');
  }
  if (labels.length > MAX_SYNONYMS) {
    throw new CoopError('LIMIT_EXCEEDED', `${name}: ${labels.length} labels, more than the limit of ${MAX_SYNONYMS}`, { argument: name, limit: MAX_SYNONYMS, received: labels.length });
  }
  return labels.map((label) => {
    const id = readOwn(table as object, label, name);
    if (typeof id !== 'string') throw invalidTable(`the label ${describeSafely(label)} must stand for an id (a string), not ${describeSafely(id)}`);
    return [label, id] as const;
  });
};
