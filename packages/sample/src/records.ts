import type { Area, YearlyRecord } from '@coop/model';
import { createRandom, mixSeed } from './prng.js';
import { buildAreas, drawProfile, drawRecord, newPools, recordStream, type RecordDetail } from './province.js';

/** Options of {@link generateRecords} and {@link streamRecords}. */
export interface RecordStreamOptions {
  /** First and last year (default 2021–2025); every organisation has a record in every year. */
  readonly years?: { readonly from: number; readonly to: number };
  /** `plans` (default: the fields the five seed plans read) or `full` (every money field too). */
  readonly detail?: RecordDetail;
  /** Province code (default `SP`). */
  readonly provinceCode?: string;
}

/**
 * Streams `n` organisation-year records of a large synthetic province (organisation-major: all years of
 * one organisation, then the next), with the same rules as `generateSampleProvince` except that every
 * organisation exists in every year (so the count is exact). About 55 organisations per district;
 * 80 % agricultural co-ops, 14 % cooperative groups, 6 % other co-ops. Identical flag sets and sheets are
 * shared between records to keep a million records small. Deterministic in `(n, seed, options)`.
 *
 * @param n - number of records
 * @param seed - generator seed (default 1)
 * @param options - years, detail, province code
 * @returns a generator of records
 * @example
 * ```ts
 * import { streamRecords } from '@coop/sample';
 * let count = 0;
 * for (const record of streamRecords(10, 7)) count += record.year > 0 ? 1 : 0;
 * count; // 10
 * ```
 */
const layout = (n: number, seed: number, options: RecordStreamOptions) => {
  const years = options.years ?? { from: 2021, to: 2025 };
  const span = years.to - years.from + 1;
  const orgs = Math.ceil(n / span);
  const districts = Math.max(1, Math.ceil(orgs / 55));
  const rng = createRandom(mixSeed(seed, 0xa7ea, n));
  return { years, orgs, ...buildAreas(options.provinceCode ?? 'SP', districts, rng) };
};

/**
 * The areas the records of {@link generateRecords} / {@link streamRecords} with the same arguments are
 * coded with (country, province, about one district per 55 organisations, communes before and after
 * the 2025 reform).
 *
 * @param n - number of records
 * @param seed - generator seed (default 1)
 * @param options - years, province code
 * @returns the areas
 * @example
 * ```ts
 * import { recordAreas } from '@coop/sample';
 * recordAreas(1000, 42)[1]!.code; // 'SP'
 * ```
 */
export const recordAreas = (n: number, seed = 1, options: RecordStreamOptions = {}): Area[] => layout(n, seed, options).areas;

export function* streamRecords(n: number, seed = 1, options: RecordStreamOptions = {}): Generator<YearlyRecord, void, undefined> {
  const { years, orgs, communes } = layout(n, seed, options);
  const pools = newPools(seed);
  let produced = 0;
  for (let i = 0; i < orgs && produced < n; i += 1) {
    const pickRng = createRandom(mixSeed(seed, i, 0xc0de));
    const u = pickRng.next();
    const kind = u < 0.8 ? 'cooperative' : u < 0.94 ? 'cooperative-group' : 'cooperative';
    const agricultural = u < 0.8 || (u < 0.94 && pickRng.chance(0.7));
    const commune = communes[Math.floor(pickRng.next() * communes.length)] as { old: string; fresh: string };
    const profile = drawProfile(seed, i, kind, agricultural, commune, years, true);
    const stream = recordStream(pools, profile);
    for (let year = years.from; year <= years.to && produced < n; year += 1) {
      produced += 1;
      yield drawRecord(profile, year, years.from, pools, options.detail ?? 'plans', stream);
    }
  }
}

/**
 * Generates `n` records into an array (see {@link streamRecords} for the rules); fast enough for a
 * million records (benchmarks).
 *
 * @param n - number of records
 * @param seed - generator seed (default 1)
 * @param options - years, detail, province code
 * @returns the records
 * @example
 * ```ts
 * import { generateRecords } from '@coop/sample';
 * generateRecords(1000, 42).length; // 1000
 * ```
 */
export const generateRecords = (n: number, seed = 1, options: RecordStreamOptions = {}): YearlyRecord[] => {
  const records: YearlyRecord[] = [];
  for (const record of streamRecords(n, seed, options)) records.push(record);
  return records;
};
