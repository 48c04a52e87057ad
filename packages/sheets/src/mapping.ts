/**
 * The mapping: how the columns and values of a user's spreadsheet become record fields. A typed config
 * (zod) whose defaults cover the official Vietnamese headers, units and values; users add their own.
 */
import { CoopError, RECORD_VALUE_SYNONYMS, plainCopy, type Issue } from '@coop/model';
import { GradeSchema, OrganisationKindSchema, SectorSchema, YearSchema } from '@coop/model/schemas';
import { z } from 'zod';

/**
 * The units a column header may name in parentheses, as the power of ten they multiply by: money in
 * đồng (`đồng` 0, `nghìn đồng` 3, `triệu đồng` 6, `tỷ đồng` 9) and land in hectares (`ha` 0).
 *
 * @example
 * ```ts
 * import { DEFAULT_UNITS } from '@coop/sheets';
 * DEFAULT_UNITS['triệu đồng']; // 6
 * ```
 */
export const DEFAULT_UNITS: Readonly<Record<string, number>> = {
  'đồng': 0,
  'đ': 0,
  VND: 0,
  'VNĐ': 0,
  'nghìn đồng': 3,
  'ngàn đồng': 3,
  'nghìn': 3,
  '1.000 đồng': 3,
  'triệu đồng': 6,
  'triệu': 6,
  'tr.đ': 6,
  'trđ': 6,
  'tỷ đồng': 9,
  'tỷ': 9,
  'tỉ đồng': 9,
  ha: 0,
  hecta: 0,
};

/**
 * A mapping as users write it (JSON, or an object): every part optional, merged over the defaults.
 *
 * @example
 * ```ts
 * import { SheetMappingSchema } from '@coop/sheets';
 * SheetMappingSchema.safeParse({ columns: { revenue: ['DT năm'] }, values: { sector: { 'Vận tải': 'trade-services' } } }).success; // true
 * SheetMappingSchema.safeParse({ units: { 'triệu đồng': 'six' } }).success; // false
 * ```
 */
export const SheetMappingSchema = z.strictObject({
  /** More headers per record field path (`{ "revenue": ["DT năm"] }`). */
  columns: z.record(z.string().min(1), z.array(z.string().min(1)).max(100)).optional(),
  /** More value labels per coded field. */
  values: z
    .strictObject({
      kind: z.record(z.string().min(1), OrganisationKindSchema).optional(),
      sector: z.record(z.string().min(1), SectorSchema).optional(),
      grade: z.record(z.string().min(1), z.union([GradeSchema, z.literal('not-rated')])).optional(),
    })
    .optional(),
  /** More units: label → power of ten (`{ "trăm triệu": 8 }`). */
  units: z.record(z.string().min(1), z.number().int().min(0).max(12)).optional(),
  /** More area names → codes (`{ "Đồng Hỷ": "TN-DH" }`). */
  areas: z.record(z.string().min(1), z.string().min(1)).optional(),
  /** The sheet to read in workbooks (default: the first). */
  sheet: z.string().min(1).optional(),
  /** The year of every row, for files without a year column (one file per year). */
  year: z.optional(YearSchema),
  /** The rulebook of `Điểm …` columns when the file has no `Bộ tiêu chí` column. */
  sheetRulebook: z.string().min(1).optional(),
});

/**
 * A mapping as users write it.
 *
 * @example
 * ```ts
 * import { resolveMapping, type SheetMappingInput } from '@coop/sheets';
 * const input: SheetMappingInput = { units: { 'trăm triệu': 8 } };
 * resolveMapping(input).ok; // true
 * ```
 */
export type SheetMappingInput = z.input<typeof SheetMappingSchema>;

/**
 * A mapping with the defaults merged in (the user's entries win).
 *
 * @example
 * ```ts
 * import { DEFAULT_MAPPING, type SheetMapping } from '@coop/sheets';
 * const mapping: SheetMapping = { ...DEFAULT_MAPPING, year: 2024 };
 * mapping.sheetRulebook; // 'circular-01-2020'
 * ```
 */
export interface SheetMapping {
  readonly columns: Readonly<Record<string, readonly string[]>>;
  readonly values: {
    readonly kind: Readonly<Record<string, string>>;
    readonly sector: Readonly<Record<string, string>>;
    readonly grade: Readonly<Record<string, string>>;
  };
  readonly units: Readonly<Record<string, number>>;
  readonly areas: Readonly<Record<string, string>>;
  readonly sheet?: string;
  readonly year?: number;
  readonly sheetRulebook: string;
}

/**
 * The default mapping: the official headers (see `HEADER_MAP`), {@link DEFAULT_UNITS} and the model's
 * `RECORD_VALUE_SYNONYMS`.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAPPING } from '@coop/sheets';
 * DEFAULT_MAPPING.values.kind.HTX; // 'cooperative'
 * ```
 */
export const DEFAULT_MAPPING: SheetMapping = {
  columns: {},
  values: RECORD_VALUE_SYNONYMS,
  units: DEFAULT_UNITS,
  areas: {},
  sheetRulebook: 'circular-01-2020',
};

/**
 * Validates a user's mapping and merges it over the defaults.
 *
 * @param input - the mapping (parsed JSON, or an object); `undefined` for the defaults
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` with paths
 * @example
 * ```ts
 * import { resolveMapping } from '@coop/sheets';
 * const mapping = resolveMapping({ values: { sector: { 'Vận tải': 'trade-services' } } });
 * mapping.ok && mapping.value.values.sector['Vận tải']; // 'trade-services'
 * mapping.ok && mapping.value.values.sector['Trồng trọt']; // 'agriculture-crop'
 * resolveMapping({ year: 'x' }).ok; // false
 * ```
 */
export const resolveMapping = (input: unknown): { readonly ok: true; readonly value: SheetMapping } | { readonly ok: false; readonly issues: readonly Issue[] } => {
  // Snapshot first (a cycle, a Proxy or a changing getter is an issue), then validate the snapshot.
  const copy = plainCopy(input ?? {}, { maxDepth: 8, maxNodes: 100_000 });
  if (!copy.ok) return copy;
  const parsed = SheetMappingSchema.safeParse(copy.value);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => {
        const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
        const at = path.join('.') || '(gốc)';
        return {
          path,
          code: 'invalid_mapping',
          message: { vi: `Cấu hình ánh xạ sai tại ${at}: ${issue.message}`, en: `Invalid mapping at ${path.join('.') || '(root)'}: ${issue.message}` },
        };
      }),
    };
  }
  const user = parsed.data;
  return {
    ok: true,
    value: {
      columns: { ...user.columns },
      values: {
        kind: { ...DEFAULT_MAPPING.values.kind, ...user.values?.kind },
        sector: { ...DEFAULT_MAPPING.values.sector, ...user.values?.sector },
        grade: { ...DEFAULT_MAPPING.values.grade, ...user.values?.grade },
      },
      units: { ...DEFAULT_UNITS, ...user.units },
      areas: { ...user.areas },
      ...(user.sheet === undefined ? {} : { sheet: user.sheet }),
      ...(user.year === undefined ? {} : { year: user.year }),
      sheetRulebook: user.sheetRulebook ?? DEFAULT_MAPPING.sheetRulebook,
    },
  };
};

/** Mappings already checked, by the object given (a mapping is plain configuration, never changed). */
const CHECKED = new WeakMap<object, SheetMapping>([[DEFAULT_MAPPING, DEFAULT_MAPPING]]);

/**
 * A mapping argument checked once, as {@link resolveMapping} does (a copy validated, merged over the
 * defaults), then remembered by identity: the readers call this for every cell. `undefined` is the
 * default mapping. Not re-exported from the package.
 *
 * @internal
 * @param value - the argument
 * @returns the resolved mapping
 * @throws CoopError `INVALID_ARGUMENT` with the issues when it is not a mapping
 */
export const mappingOf = (value: unknown): SheetMapping => {
  if (value === undefined) return DEFAULT_MAPPING;
  const known = typeof value === 'object' && value !== null ? CHECKED.get(value) : undefined;
  if (known) return known;
  const resolved = resolveMapping(value);
  if (!resolved.ok) throw new CoopError('INVALID_ARGUMENT', 'mapping is not a sheet mapping', { argument: 'mapping', issues: resolved.issues.slice(0, 10) });
  CHECKED.set(resolved.value, resolved.value);
  if (typeof value === 'object' && value !== null) CHECKED.set(value, resolved.value);
  return resolved.value;
};
