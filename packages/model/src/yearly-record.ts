import { z } from 'zod';
import { CivilDateSchema, YearSchema } from './civil-date.js';
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

/**
 * A count of people, households or organisations: a non-negative safe integer.
 *
 * @example
 * ```ts
 * import { CountSchema } from '@coop/model';
 * CountSchema.safeParse(-1).success; // false
 * CountSchema.safeParse(2.5).success; // false
 * ```
 */
export const CountSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/**
 * An amount of Vietnamese đồng as an exact integer (VND has no minor unit in practice).
 * Amounts are kept as safe integers in data and summed as `bigint`, so they stay exact.
 *
 * @example
 * ```ts
 * import { VndSchema } from '@coop/model';
 * VndSchema.safeParse(1.5).success; // false — VND amounts are whole đồng
 * ```
 */
export const VndSchema = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

/**
 * A non-negative amount of đồng.
 *
 * @example
 * ```ts
 * import { NonNegativeVndSchema } from '@coop/model';
 * NonNegativeVndSchema.safeParse(-1).success; // false
 * ```
 */
export const NonNegativeVndSchema = VndSchema.nonnegative();

/** Months in a year (0–12). */
const MonthsSchema = z.number().int().min(0).max(12);

/**
 * Points on a scoring sheet: finite, non-negative, at most two decimals of precision in practice.
 *
 * @example
 * ```ts
 * import { PointsSchema } from '@coop/model';
 * PointsSchema.safeParse(5.5).success; // true
 * PointsSchema.safeParse(Number.NaN).success; // false
 * ```
 */
export const PointsSchema = z.number().nonnegative().max(1000);

/**
 * A self-scoring sheet: the points per criterion id, for a named rulebook (e.g. `circular-01-2020`).
 * Criterion ids follow the rulebook's numbering (`1a`, `1b`, `2a`, … `15`).
 *
 * @example
 * ```ts
 * import { ScoringSheetSchema } from '@coop/model';
 * ScoringSheetSchema.safeParse({ rulebook: 'circular-01-2020', points: { '1a': -1 } }).success; // false
 * ```
 */
export const ScoringSheetSchema = z.strictObject({
  rulebook: z.string().min(1),
  points: z.record(z.string().min(1), PointsSchema),
});

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
export type ScoringSheet = z.infer<typeof ScoringSheetSchema>;

/**
 * Yes/no facts about an organisation in a year; absent means "not known".
 *
 * @example
 * ```ts
 * import { RecordFlagsSchema } from '@coop/model';
 * RecordFlagsSchema.safeParse({ highTech: 'yes' }).success; // false
 * ```
 */
export const RecordFlagsSchema = z.strictObject({
  /** Takes part in value-chain linkage (liên kết chuỗi giá trị). */
  valueChainLinkage: z.boolean().optional(),
  /** Linked with an enterprise that buys its products (liên kết với doanh nghiệp tiêu thụ sản phẩm). */
  enterpriseLinked: z.boolean().optional(),
  /** Applies high technology in production or sales (ứng dụng công nghệ cao). */
  highTech: z.boolean().optional(),
  /** Applies digital transformation (chuyển đổi số). */
  digitalTransformation: z.boolean().optional(),
  /** Holds GAP / VietGAP / organic certification or equivalent. */
  gapCertified: z.boolean().optional(),
  /** Owns an OCOP-registered product. */
  ocopProduct: z.boolean().optional(),
  /** Recognised as a model cooperative (mô hình HTX điển hình). */
  modelCooperative: z.boolean().optional(),
});

/**
 * One organisation in one year. Identity fields (`organisationId`, `year`, `kind`, `sector`, `areaCode`)
 * are required; every measured field is optional because real data is patchy — absent means "no data",
 * never zero. Money is integer VND.
 *
 * @example
 * ```ts
 * import { YearlyRecordSchema } from '@coop/model';
 * const record = YearlyRecordSchema.parse({
 *   organisationId: 'HTX-001', year: 2024, kind: 'cooperative', sector: 'agriculture-crop',
 *   areaCode: 'TN-DT', officialMembers: 35, revenue: 6_200_000_000, monthsOperating: 12,
 *   flags: { valueChainLinkage: true },
 *   sheet: { rulebook: 'circular-01-2020', points: { '1a': 5, '1b': 1 } },
 * });
 * ```
 */
export const YearlyRecordSchema = z.strictObject({
  organisationId: z.string().min(1),
  year: YearSchema,
  kind: OrganisationKindSchema,
  sector: SectorSchema,
  /** The area the organisation belonged to in that year (the code in force then). */
  areaCode: z.string().min(1),
  name: z.string().min(1).optional(),
  foundedOn: CivilDateSchema.optional(),
  officialMembers: CountSchema.optional(),
  associateMembers: CountSchema.optional(),
  memberHouseholds: CountSchema.optional(),
  revenue: NonNegativeVndSchema.optional(),
  plannedRevenue: NonNegativeVndSchema.optional(),
  preTaxProfit: VndSchema.optional(),
  afterTaxProfit: VndSchema.optional(),
  totalCapital: NonNegativeVndSchema.optional(),
  indivisibleAssets: NonNegativeVndSchema.optional(),
  /** Allocations to the funds in the year. */
  funds: z
    .strictObject({
      development: NonNegativeVndSchema.optional(),
      reserve: NonNegativeVndSchema.optional(),
      other: NonNegativeVndSchema.optional(),
    })
    .optional(),
  /** Income per member after obligations to the cooperative (VND). */
  incomePerMember: VndSchema.optional(),
  /**
   * Months the organisation had existed and operated by the end of the year, counted from its
   * establishment and capped at 12 (a co-op founded in March of the year has 10). Suspension does not
   * reduce it: that is `monthsSuspended`. Circular 01/2020 does not rate a co-op under 12 months.
   */
  monthsOperating: MonthsSchema.optional(),
  /** Months of suspended operation within the year (at most `monthsOperating`). */
  monthsSuspended: MonthsSchema.optional(),
  /** Sanctioned for an administrative violation in the year. */
  sanctioned: z.boolean().optional(),
  flags: RecordFlagsSchema.optional(),
  managers: z
    .strictObject({
      total: CountSchema.optional(),
      /** Trained in the cooperative director programme. */
      directorProgrammeTrained: CountSchema.optional(),
    })
    .optional(),
  farmLand: z
    .strictObject({
      /** Farm land area in hectares. */
      areaHa: z.number().nonnegative().max(1e9).optional(),
      /** Value of the products of that land in the year (VND). */
      productValue: NonNegativeVndSchema.optional(),
    })
    .optional(),
  sheet: ScoringSheetSchema.optional(),
  /** The grade as carried by the source data, if any ("not-rated" when the source says so). */
  grade: z.union([GradeSchema, z.literal('not-rated')]).optional(),
});

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
export type YearlyRecord = z.infer<typeof YearlyRecordSchema>;

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
