import type { Area, Grade, Organisation, OrganisationKind, ScoringSheet, Sector, YearlyRecord } from '@coop/model';
import { createRandom, mixSeed, type Random } from './prng.js';

/** Options of {@link generateSampleProvince}. */
export interface SampleProvinceOptions {
  /** Seed of the generator (default 20_250_701). The same options always give the same province. */
  readonly seed?: number;
  /** Number of districts (default 9). */
  readonly districts?: number;
  /** First and last year of records, inclusive (default 2021–2025). */
  readonly years?: { readonly from: number; readonly to: number };
  /** Code of the province (default `SP`); the country is `VN`. */
  readonly provinceCode?: string;
  /** Agricultural co-ops per district, inclusive range (default 40–60). */
  readonly coopsPerDistrict?: { readonly min: number; readonly max: number };
}

/** External statistics of the province for one year (the inputs co-op data cannot give). */
export interface SampleStatistics {
  /** Farm, forestry and fishery households of the province. */
  readonly farmHouseholds: number;
  /** Population of the province. */
  readonly population: number;
  /** Number of OCOP subjects (co-ops, enterprises, households owning an OCOP product). */
  readonly ocopSubjects: number;
}

/** A synthetic province: its areas, organisations, yearly records and external statistics. */
export interface SampleProvince {
  readonly provinceCode: string;
  /** The country, the province, its districts and communes (valid to 2025-06-30) and the post-reform communes. */
  readonly areas: readonly Area[];
  /** Codes of the districts, in order. */
  readonly districtCodes: readonly string[];
  readonly organisations: readonly Organisation[];
  readonly records: readonly YearlyRecord[];
  /** External statistics by year. */
  readonly statistics: Readonly<Record<number, SampleStatistics>>;
  /** The statistics shaped as an evaluation context (`{ farmHouseholds: { byYear } , … }`). */
  readonly context: Readonly<Record<keyof SampleStatistics, { readonly byYear: Readonly<Record<number, number>> }>>;
}

/** The year the 2025 administrative reform applies from (records of this year carry post-reform codes). */
export const REFORM_YEAR = 2025;

/**
 * The maxima the generator gives the criteria of Circular 01/2020 when it fills a sheet. Criteria 1–9
 * follow the circular; the circular declares no individual maxima for 10–15 (only the group-III cap of
 * 40): the values below are the generator's own split of those 40 points, not a reading of the text.
 */
export const SHEET_MAXIMA: Readonly<Record<string, number>> = {
  '1a': 6, '1b': 1, '2a': 5, '2b': 1, '3a': 4, '3b': 3, '3c': 4, '4a': 2, '4b': 2, '4c': 2,
  '5': 8, '6': 6, '7a': 2, '7b': 2, '7c': 2, '8': 6, '9': 4,
  '10': 8, '11': 8, '12': 8, '13': 6, '14': 6, '15': 4,
};
const SHEET_IDS = Object.keys(SHEET_MAXIMA);

const DISTRICT_NAMES = [
  'An Hòa', 'Bình Sơn', 'Cẩm Lĩnh', 'Đông Xuyên', 'Hòa Mỹ', 'Lạc Thủy', 'Minh Tân', 'Phước Long', 'Tân Lập',
  'Yên Bình', 'Vĩnh Phú', 'Thanh Hà', 'Kim Sơn', 'Quế Lâm', 'Hưng Đạo', 'Sơn Trà',
];

const AG_SECTORS: readonly (readonly [Sector, number])[] = [
  ['agriculture-crop', 40], ['agriculture-general', 25], ['agriculture-livestock', 15], ['agriculture-fishery', 8],
  ['agriculture-forestry', 6], ['agriculture-clean-water', 4], ['agriculture-salt', 2],
];
const OTHER_SECTORS: readonly (readonly [Sector, number])[] = [
  ['industry-construction', 30], ['trade-services', 45], ['finance', 10], ['other', 15],
];

/** @internal Everything fixed about an organisation; yearly values are drawn from it. */
export interface Profile {
  readonly index: number;
  readonly org: Organisation;
  readonly kind: OrganisationKind;
  readonly sector: Sector;
  readonly agricultural: boolean;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly foundedMonth: number;
  readonly foundedOn: string;
  readonly oldCommune: string;
  readonly newCommune: string;
  readonly quality: number;
  readonly trend: number;
  readonly revenue0: number;
  readonly growth: number;
  readonly members0: number;
  readonly valuePerHa0: number;
  readonly haPerMember: number;
  readonly managers: number;
  /** Per-flag thresholds: a flag is on in year t when u < p(t) (so flags persist once gained). */
  readonly flagU: readonly number[];
  /** How grades reach the data: a scored sheet, only a grade, or nothing. */
  readonly gradeVia: 'sheet' | 'data' | 'none';
  readonly missingRate: number;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);
const roundTo = (x: number, step: number): number => Math.round(x / step) * step;

/** @internal Builds the areas of a province with the 2025 reform (communes merged in twos and threes within a district). */
export const buildAreas = (
  code: string,
  districts: number,
  rng: Random,
): { areas: Area[]; districtCodes: string[]; communes: { old: string; fresh: string; district: string }[] } => {
  const areas: Area[] = [
    { code: 'VN', name: { vi: 'Việt Nam', en: 'Viet Nam' }, level: 'country', successors: [] },
    { code, name: { vi: 'Tỉnh Mẫu', en: 'Sample province' }, level: 'province', parent: 'VN', successors: [] },
  ];
  const districtCodes: string[] = [];
  const communes: { old: string; fresh: string; district: string }[] = [];
  let fresh = 0;
  for (let d = 1; d <= districts; d += 1) {
    const districtCode = `${code}-D${pad(d, 2)}`;
    const name = DISTRICT_NAMES[(d - 1) % DISTRICT_NAMES.length] as string;
    const suffix = d > DISTRICT_NAMES.length ? ` ${Math.ceil(d / DISTRICT_NAMES.length)}` : '';
    districtCodes.push(districtCode);
    areas.push({
      code: districtCode,
      name: { vi: `Huyện ${name}${suffix}`, en: `${name}${suffix} district` },
      level: 'district',
      parent: code,
      validTo: '2025-06-30',
      successors: [],
    });
    const count = rng.int(6, 12);
    let c = 1;
    while (c <= count) {
      const size = Math.min(count - c + 1, rng.chance(0.5) ? 2 : 3);
      fresh += 1;
      const freshCode = `${code}-N${pad(fresh, 3)}`;
      areas.push({
        code: freshCode,
        name: { vi: `Xã ${name} ${fresh}`, en: `${name} ${fresh} commune` },
        level: 'commune',
        parent: code,
        validFrom: '2025-07-01',
        successors: [],
      });
      for (let k = 0; k < size; k += 1, c += 1) {
        const oldCode = `${districtCode}-C${pad(c, 2)}`;
        areas.push({
          code: oldCode,
          name: { vi: `Xã ${name} ${c}`, en: `${name} commune ${c}` },
          level: 'commune',
          parent: districtCode,
          validTo: '2025-06-30',
          successors: [freshCode],
        });
        communes.push({ old: oldCode, fresh: freshCode, district: districtCode });
      }
    }
  }
  return { areas, districtCodes, communes };
};

/** @internal Draws an organisation's fixed profile. */
export const drawProfile = (
  seed: number,
  index: number,
  kind: OrganisationKind,
  agricultural: boolean,
  commune: { old: string; fresh: string },
  years: { from: number; to: number },
  stable: boolean,
): Profile => {
  const rng = createRandom(mixSeed(seed, index, 0x0f0f));
  const sector = agricultural ? rng.pick(AG_SECTORS) : rng.pick(OTHER_SECTORS);
  // Founding: most before the range; ~15 % during it (new co-ops appear); ~3 % dissolve.
  const foundedYear = !stable && rng.chance(0.15) ? rng.int(years.from, years.to) : rng.int(1997, years.from - 1);
  const foundedMonth = rng.int(1, 12);
  const dissolvesIn = !stable && rng.chance(0.03) ? rng.int(years.from + 1, years.to + 3) : undefined;
  const quality =
    kind === 'union' ? clamp(rng.normal(0.7, 0.1), 0.3, 0.95) : clamp(rng.normal(0.5, 0.19), 0.02, 0.97);
  const members0 =
    kind === 'cooperative-group'
      ? rng.int(3, 30)
      : kind === 'union'
        ? rng.int(3, 15)
        : Math.round(clamp(Math.exp(rng.normal(Math.log(70), 0.9)), 7, 2500));
  const revenueMedian = kind === 'union' ? 30e9 : kind === 'cooperative-group' ? 0.35e9 : agricultural ? 2.4e9 : 3.5e9;
  const revenue0 = clamp(Math.exp(rng.normal(Math.log(revenueMedian), 0.85)), 5e7, 4e11);
  const id = `${kind === 'cooperative' ? 'HTX' : kind === 'union' ? 'LH' : 'THT'}-${pad(index + 1, 6)}`;
  const name =
    kind === 'cooperative'
      ? `HTX ${agricultural ? 'nông nghiệp' : 'dịch vụ'} số ${index + 1}`
      : kind === 'union'
        ? `Liên hiệp HTX số ${index + 1}`
        : `Tổ hợp tác số ${index + 1}`;
  const foundedOn = `${foundedYear}-${pad(foundedMonth, 2)}-01`;
  const org: Organisation = {
    id,
    name,
    kind,
    sector,
    areaCode: years.to >= REFORM_YEAR ? commune.fresh : commune.old,
    foundedOn,
    ...(dissolvesIn === undefined || dissolvesIn > years.to ? {} : { dissolvedOn: `${dissolvesIn}-06-30` }),
  };
  const gradeVia: Profile['gradeVia'] =
    kind === 'cooperative-group' ? 'none' : rng.chance(0.9) ? 'sheet' : rng.chance(0.5) ? 'data' : 'none';
  return {
    index,
    org,
    kind,
    sector,
    agricultural,
    firstYear: Math.max(years.from, foundedYear),
    lastYear: dissolvesIn === undefined ? years.to : Math.min(years.to, dissolvesIn - 1),
    foundedMonth: foundedYear >= years.from ? foundedMonth : 1,
    foundedOn,
    oldCommune: commune.old,
    newCommune: commune.fresh,
    quality,
    trend: rng.normal(0.025, 0.02),
    revenue0,
    growth: rng.normal(0.07, 0.06) + 0.06 * (quality - 0.5),
    members0,
    valuePerHa0: rng.normal(150e6, 40e6),
    haPerMember: clamp(rng.normal(0.35, 0.15), 0.05, 1.5),
    managers: rng.int(3, 11),
    flagU: [rng.next(), rng.next(), rng.next(), rng.next(), rng.next(), rng.next(), rng.next()],
    gradeVia,
    missingRate: rng.chance(0.2) ? 0.12 : 0.02,
  };
};

/** Level of detail of generated records. */
export type RecordDetail = 'full' | 'plans';

/** @internal Shared pools: identical flag sets and sheets are shared between records (records are never mutated). */
export interface Pools {
  readonly flags: Map<number, NonNullable<YearlyRecord['flags']>>;
  readonly sheets: Map<number, ScoringSheet>;
  readonly managers: Map<number, NonNullable<YearlyRecord['managers']>>;
  readonly seed: number;
}

/** @internal Creates empty pools. */
export const newPools = (seed: number): Pools => ({ flags: new Map(), sheets: new Map(), managers: new Map(), seed });

const managersFor = (pools: Pools, total: number, trained: number): NonNullable<YearlyRecord['managers']> => {
  const key = total * 1000 + trained;
  let managers = pools.managers.get(key);
  if (managers === undefined) {
    managers = { total, directorProgrammeTrained: trained };
    pools.managers.set(key, managers);
  }
  return managers;
};

const FLAG_KEYS = ['valueChainLinkage', 'enterpriseLinked', 'highTech', 'digitalTransformation', 'gapCertified', 'ocopProduct', 'modelCooperative'] as const;

/** Probability that flag i is on in year offset t, for quality q. */
const flagChance = (i: number, t: number, q: number, kind: OrganisationKind): number => {
  const group = kind === 'cooperative-group' ? 0.5 : 1;
  switch (i) {
    case 0: return group * (0.3 + 0.045 * t + 0.35 * (q - 0.5));
    case 1: return group * (0.18 + 0.03 * t + 0.3 * (q - 0.5));
    case 2: return group * (0.05 + 0.015 * t + 0.1 * (q - 0.5));
    case 3: return group * (0.08 + 0.06 * t + 0.15 * (q - 0.5));
    case 4: return group * (0.12 + 0.03 * t + 0.2 * (q - 0.5));
    case 5: return group * (0.14 + 0.035 * t + 0.25 * (q - 0.5));
    default: return kind === 'cooperative' ? 0.01 + 0.006 * t + (q > 0.8 ? 0.08 : 0) : 0;
  }
};

const flagsFor = (pools: Pools, profile: Profile, t: number, q: number, rng: Random): NonNullable<YearlyRecord['flags']> => {
  let key = 0;
  for (let i = 0; i < 7; i += 1) {
    const state = rng.chance(profile.missingRate * 0.5) ? 2 : (profile.flagU[i] as number) < flagChance(i, t, q, profile.kind) ? 1 : 0;
    key = key * 3 + state;
  }
  let flags = pools.flags.get(key);
  if (flags === undefined) {
    const built: Record<string, boolean> = {};
    let k = key;
    const states: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      states.unshift(k % 3);
      k = Math.floor(k / 3);
    }
    FLAG_KEYS.forEach((name, i) => {
      if (states[i] !== 2) built[name] = states[i] === 1;
    });
    flags = built as NonNullable<YearlyRecord['flags']>;
    pools.flags.set(key, flags);
  }
  return flags;
};

/** A sheet for a score level (0.5-point buckets × 4 variants), shared through the pool. */
const sheetFor = (pools: Pools, score: number, rng: Random): ScoringSheet => {
  const key = Math.round(clamp(score, 0, 100) * 2) * 4 + rng.int(0, 3);
  let sheet = pools.sheets.get(key);
  if (sheet === undefined) {
    const local = createRandom(mixSeed(pools.seed, key, 0x5ee7));
    const level = Math.floor(key / 4) / 200;
    const points: Record<string, number> = {};
    for (const id of SHEET_IDS) {
      const max = SHEET_MAXIMA[id] as number;
      points[id] = Math.min(max, Math.round(max * clamp(level + local.normal(0, 0.07), 0, 1) * 2) / 2);
    }
    sheet = { rulebook: 'circular-01-2020', points };
    pools.sheets.set(key, sheet);
  }
  return sheet;
};

const gradeOf = (score: number): Grade => (score >= 80 ? 'good' : score >= 65 ? 'fair' : score >= 50 ? 'average' : 'weak');

/** @internal The random stream of an organisation's yearly records (drawn year after year, in order). */
export const recordStream = (pools: Pools, profile: Profile): Random => createRandom(mixSeed(pools.seed, profile.index, 0x7ea7));

/** @internal Draws the record of one organisation in one year; call it for consecutive years with the organisation's stream. */
export const drawRecord = (
  profile: Profile,
  year: number,
  fromYear: number,
  pools: Pools,
  detail: RecordDetail,
  rng: Random,
): YearlyRecord => {
  const t = year - fromYear;
  const age = year - profile.firstYear;
  const q = clamp(profile.quality + profile.trend * t + rng.normal(0, 0.035), 0.01, 0.99);
  const score = clamp(28 + 68 * q + rng.normal(0, 2), 5, 99);
  const monthsOperating = year === profile.firstYear && profile.foundedMonth > 1 ? 13 - profile.foundedMonth : 12;
  const monthsSuspended = rng.chance(0.015) ? rng.int(4, 6) : 0;
  const revenue = Math.round((profile.revenue0 * (1 + profile.growth) ** age * Math.exp(rng.normal(0, 0.06)) * monthsOperating) / 12 / 1e6) * 1e6;
  const members = Math.max(profile.kind === 'cooperative' ? 5 : profile.kind === 'union' ? 3 : 2, Math.round(profile.members0 * (1 + 0.02 * age + rng.normal(0, 0.03))));
  const trained = Math.min(profile.managers, Math.round(profile.managers * clamp(0.08 + 0.05 * t + 0.2 * (q - 0.5) + rng.normal(0, 0.08), 0, 1)));
  const postReform = year >= REFORM_YEAR;
  const record: {
    -readonly [K in keyof YearlyRecord]: YearlyRecord[K];
  } = {
    organisationId: profile.org.id,
    year,
    kind: profile.kind,
    sector: profile.sector,
    areaCode: postReform ? profile.newCommune : profile.oldCommune,
    foundedOn: profile.foundedOn,
    officialMembers: members,
    memberHouseholds: Math.round(members * clamp(rng.normal(0.9, 0.05), 0.6, 1)),
    revenue,
    monthsOperating,
    monthsSuspended,
    sanctioned: rng.chance(0.005),
    flags: flagsFor(pools, profile, t, q, rng),
    managers: managersFor(pools, profile.managers, trained),
  };
  if (profile.kind === 'cooperative' && profile.agricultural) {
    const areaHa = Math.round(members * profile.haPerMember * 10) / 10;
    const valuePerHa = Math.max(20e6, profile.valuePerHa0 * (1.04 + 0.03 * (q - 0.5)) ** t * Math.exp(rng.normal(0, 0.03)));
    record.farmLand = { areaHa, productValue: Math.round((areaHa * valuePerHa) / 1e6) * 1e6 };
  }
  if (detail === 'full') {
    if (!rng.chance(profile.missingRate)) record.plannedRevenue = roundTo(revenue * clamp(rng.normal(1, 0.12), 0.6, 1.5), 1e6);
    const margin = rng.normal(0.04 + 0.06 * (q - 0.5), 0.04);
    const preTaxProfit = roundTo(revenue * margin, 1e5);
    if (!rng.chance(profile.missingRate)) {
      record.preTaxProfit = preTaxProfit;
      record.afterTaxProfit = preTaxProfit > 0 ? roundTo(preTaxProfit * 0.8, 1e5) : preTaxProfit;
    }
    const capital = roundTo(revenue * clamp(rng.normal(0.7, 0.25), 0.1, 2), 1e6);
    record.totalCapital = capital;
    record.indivisibleAssets = roundTo(capital * clamp(rng.normal(0.25, 0.1), 0, 0.8), 1e6);
    const after = Math.max(0, record.afterTaxProfit ?? 0);
    record.funds = { development: roundTo(after * 0.3, 1e5), reserve: roundTo(after * 0.07, 1e5), other: roundTo(after * 0.05, 1e5) };
    if (!rng.chance(profile.missingRate)) record.incomePerMember = roundTo(clamp(rng.normal(4e6 + 1e7 * q, 3e6), 0, 8e7), 1e4);
    record.associateMembers = rng.int(0, Math.ceil(members / 5));
  }
  // Grades: 2025 onwards as a grade in the data (Circular 01/2020 was repealed in September 2025);
  // before, a scored sheet for most co-ops and unions.
  if (profile.gradeVia === 'sheet' && !postReform) record.sheet = sheetFor(pools, score, rng);
  else if (profile.gradeVia !== 'none') {
    record.grade = monthsOperating < 12 || monthsSuspended > 3 ? 'not-rated' : gradeOf(score);
  }
  return record;
};

/**
 * Generates a synthetic province, deterministically from `seed`.
 *
 * Generation rules:
 * - **Areas**: country `VN`, the province, `districts` districts (valid to 2025-06-30) with 6–12
 *   communes each; on 1 July 2025 the communes of each district merge in twos and threes into new
 *   communes (`<P>-N001` …, parent = the province), so 2025 records carry post-reform codes and the
 *   area list maps old ↔ new through `successors`.
 * - **Organisations** per district: 40–60 agricultural co-ops (crop 40 %, general 25 %, livestock 15 %,
 *   fishery 8 %, forestry 6 %, clean water 4 %, salt 2 %), 12–25 cooperative groups (70 % agricultural)
 *   and 3–8 non-agricultural co-ops (some `finance`, i.e. people's credit funds); 2 unions for the
 *   province. About 15 % are founded during the years (new co-ops appear, first year part-operating
 *   and so not rated) and about 3 % dissolve.
 * - **Quality** is a latent score per organisation (mean 0.5, sd 0.19) improving by ~2.5 points a
 *   year; a sheet's total is ≈ 28 + 68 × quality, so the good/fair share rises from ~45 % to ~60 %.
 * - **Sheets**: 2021–2024 co-ops and unions carry a Circular 01/2020 sheet for all 15 criteria (90 %),
 *   only a grade (5 %) or nothing (5 %); criteria 10–15 get the generator's own maxima
 *   {@link SHEET_MAXIMA} summing to 40. 2025 records carry a grade in the data instead (the circular
 *   was repealed in September 2025). Cooperative groups are not rated.
 * - **Money**: revenue is log-normal (median 2.4 bn VND for an agricultural co-op) growing ~7 % a year
 *   (better co-ops faster); integer VND rounded to millions. Farm land and product value per hectare
 *   (~150 m VND/ha, growing ~4 %/year) for agricultural co-ops.
 * - **Flags** (value chain, enterprise link, high tech, digital, GAP, OCOP, model co-op) switch on when
 *   a per-organisation uniform draw falls below a probability that rises each year, so they persist;
 *   2–12 % of flags and of optional money fields (planned revenue, profits, income per member) are
 *   missing. Sum fields the seed plans need (members, households, managers, farm land, revenue) are
 *   always present.
 * - **Statistics**: farm households ≈ member households ÷ 0.22, population ≈ farm households × 5,
 *   OCOP subjects ≈ 2.5 × OCOP co-ops (per year).
 *
 * @param options - seed, districts, years, province code, co-ops per district
 * @returns areas, organisations, records, statistics and an evaluation context
 * @example
 * ```ts
 * import { generateSampleProvince } from '@coop/sample';
 * const province = generateSampleProvince({ seed: 1, districts: 2 });
 * province.records.length > 0; // true
 * province.areas[1]!.code; // 'SP'
 * ```
 */
export const generateSampleProvince = (options: SampleProvinceOptions = {}): SampleProvince => {
  const seed = options.seed ?? 20_250_701;
  const districts = options.districts ?? 9;
  const years = options.years ?? { from: 2021, to: 2025 };
  const code = options.provinceCode ?? 'SP';
  const perDistrict = options.coopsPerDistrict ?? { min: 40, max: 60 };
  const rng = createRandom(mixSeed(seed, 0xa7ea));
  const { areas, districtCodes, communes } = buildAreas(code, districts, rng);
  const byDistrict = new Map<string, { old: string; fresh: string }[]>();
  for (const c of communes) {
    const list = byDistrict.get(c.district) ?? [];
    list.push(c);
    byDistrict.set(c.district, list);
  }
  const profiles: Profile[] = [];
  const add = (kind: OrganisationKind, agricultural: boolean, district: string): void => {
    const list = byDistrict.get(district) as { old: string; fresh: string }[];
    const commune = list[rng.int(0, list.length - 1)] as { old: string; fresh: string };
    profiles.push(drawProfile(seed, profiles.length, kind, agricultural, commune, years, false));
  };
  for (const district of districtCodes) {
    const ag = rng.int(perDistrict.min, perDistrict.max);
    for (let i = 0; i < ag; i += 1) add('cooperative', true, district);
    const groups = rng.int(12, 25);
    for (let i = 0; i < groups; i += 1) add('cooperative-group', rng.chance(0.7), district);
    const other = rng.int(3, 8);
    for (let i = 0; i < other; i += 1) add('cooperative', false, district);
  }
  add('union', true, districtCodes[0] as string);
  add('union', true, districtCodes[Math.min(1, districtCodes.length - 1)] as string);

  const pools = newPools(seed);
  const records: YearlyRecord[] = [];
  for (const profile of profiles) {
    const stream = recordStream(pools, profile);
    for (let year = profile.firstYear; year <= profile.lastYear; year += 1) {
      records.push(drawRecord(profile, year, years.from, pools, 'full', stream));
    }
  }

  const statistics: Record<number, SampleStatistics> = {};
  for (let year = years.from; year <= years.to; year += 1) {
    let households = 0;
    let ocop = 0;
    for (const r of records) {
      if (r.year !== year || r.kind !== 'cooperative' || !r.sector.startsWith('agriculture-')) continue;
      households += r.memberHouseholds ?? 0;
      if (r.flags?.ocopProduct === true) ocop += 1;
    }
    const farmHouseholds = Math.round(households / 0.22 / 100) * 100;
    statistics[year] = { farmHouseholds, population: farmHouseholds * 5, ocopSubjects: Math.max(1, Math.round(ocop * 2.5)) };
  }
  const byYear = (key: keyof SampleStatistics): { byYear: Record<number, number> } => ({
    byYear: Object.fromEntries(Object.entries(statistics).map(([y, s]) => [Number(y), s[key]])),
  });
  return {
    provinceCode: code,
    areas,
    districtCodes,
    organisations: profiles.map((p) => p.org),
    records,
    statistics,
    context: { farmHouseholds: byYear('farmHouseholds'), population: byYear('population'), ocopSubjects: byYear('ocopSubjects') },
  };
};
