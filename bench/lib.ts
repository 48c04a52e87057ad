/**
 * Shared helpers of the benchmarks: interleaved timing with warm-up and medians, result records, and a
 * tolerant loader for APIs that may not have landed yet.
 *
 * Every figure printed by `pnpm bench` is a ratio measured in the same run (candidate vs baseline), or an
 * absolute figure next to the goal it is checked against.
 */
import { performance } from 'node:perf_hooks';

/** One goal stated in an issue, checked against a measured value. */
export interface Goal {
  /** Issue number and short wording, e.g. "#3 gradeMany ≥ 1 000 000 sheets/s". */
  readonly goal: string;
  /** The measured value (a ratio, a rate, milliseconds, megabytes). */
  readonly measured: number | null;
  /** The unit of `measured` and `limit`. */
  readonly unit: string;
  /** The bound from the issue. */
  readonly limit: number;
  /** `max`: measured must be ≤ limit; `min`: measured must be ≥ limit. */
  readonly kind: 'max' | 'min';
  /** pass / fail / not-checked (smoke mode) / missing (API not available). */
  status: 'pass' | 'fail' | 'not checked in smoke mode' | 'missing';
  /** Free text: why missing, what the baseline was. */
  note?: string;
}

/** What one benchmark module returns. */
export interface BenchResult {
  readonly name: string;
  /** `ok` ran and results agreed; `skipped` an API is missing; `error` crashed or disagreed. */
  status: 'ok' | 'skipped' | 'error';
  /** Figures for the table and results.json (name → value). */
  readonly figures: Record<string, number | string>;
  readonly goals: Goal[];
  /** Why skipped / what went wrong. */
  message?: string;
}

export interface BenchContext {
  readonly smoke: boolean;
  /** Print a progress line. */
  readonly log: (line: string) => void;
}

/** Median of a list of numbers. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Runs `fn` once and returns the elapsed milliseconds (and keeps its result alive in `sink`). */
export const timeOnce = (fn: () => unknown): number => {
  const start = performance.now();
  sink = fn();
  return performance.now() - start;
};

/** A place to keep results so that the JIT cannot drop the work. */
export let sink: unknown;

/**
 * Times several candidates interleaved: after `warmup` untimed rounds, each of `reps` rounds runs every
 * candidate once, rotating the order each round (so no candidate always runs first or after a GC-heavy
 * neighbour). Returns the median milliseconds per candidate.
 */
export const interleave = (
  candidates: Record<string, () => unknown>,
  options: { readonly reps: number; readonly warmup: number },
): Record<string, { median: number; samples: number[] }> => {
  const names = Object.keys(candidates);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < options.warmup + options.reps; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length]!;
      const ms = timeOnce(candidates[name]!);
      if (round >= options.warmup) samples[name]!.push(ms);
    }
  }
  return Object.fromEntries(names.map((n) => [n, { median: median(samples[n]!), samples: samples[n]! }]));
};

/** Builds a goal record; in smoke mode the status is always "not checked in smoke mode". */
export const goal = (
  ctx: BenchContext,
  spec: { goal: string; measured: number | null; unit: string; limit: number; kind: 'max' | 'min'; note?: string },
): Goal => {
  let status: Goal['status'];
  if (spec.measured === null || Number.isNaN(spec.measured)) status = 'missing';
  else if (ctx.smoke) status = 'not checked in smoke mode';
  else status = (spec.kind === 'max' ? spec.measured <= spec.limit : spec.measured >= spec.limit) ? 'pass' : 'fail';
  return { ...spec, status };
};

/** A goal that cannot be measured because an API is missing. */
export const missingGoal = (spec: { goal: string; unit: string; limit: number; kind: 'max' | 'min' }, note: string): Goal => ({
  ...spec,
  measured: null,
  status: 'missing',
  note,
});

/**
 * The built entry point of a workspace package (`packages/<name>/dist/index.js`): the benchmarks measure
 * what users install, so `pnpm bench` builds first (CI builds before its smoke run).
 *
 * @param name - the package folder (`rating`, `model`, …)
 * @returns the module specifier, relative to this folder
 */
export const built = (name: string): string => `../packages/${name}/dist/index.js`;

/**
 * Imports a built package's public API and returns the named exports, or what is missing (a package not
 * built, an export renamed): reported, not crashed on.
 */
export const loadApi = async <T extends Record<string, unknown>>(
  specifier: string,
  names: readonly string[],
): Promise<{ ok: true; api: T } | { ok: false; missing: string[] }> => {
  let mod: Record<string, unknown>;
  try {
    mod = { ...((await import(specifier)) as Record<string, unknown>) };
  } catch (error) {
    return { ok: false, missing: [`${specifier} failed to load (run pnpm build first): ${(error as Error).message.split('\n')[0]}`] };
  }
  const missing = names.filter((n) => mod[n] === undefined);
  return missing.length ? { ok: false, missing } : { ok: true, api: mod as T };
};

/** Deterministic PRNG (mulberry32) for baselines and fallbacks. */
export const prng = (seed: number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** Formats a number for the table. */
export const fmt = (value: number | null | undefined, digits = 2): string => {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  return value.toFixed(digits);
};

/** Deep equality for plain data (numbers compared exactly, bigint supported). Returns the first path that differs. */
export const firstDifference = (a: unknown, b: unknown, path = '$'): string | null => {
  if (Object.is(a, b)) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    return `${path}: ${String(a)} ≠ ${String(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  for (const key of keys) {
    const d = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
    if (d) return d;
  }
  return null;
};

/** Like {@link interleave}, for asynchronous candidates. */
export const interleaveAsync = async (
  candidates: Record<string, () => Promise<unknown>>,
  options: { readonly reps: number; readonly warmup: number },
): Promise<Record<string, { median: number; samples: number[] }>> => {
  const names = Object.keys(candidates);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < options.warmup + options.reps; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length]!;
      const start = performance.now();
      sink = await candidates[name]!();
      const ms = performance.now() - start;
      if (round >= options.warmup) samples[name]!.push(ms);
    }
  }
  return Object.fromEntries(names.map((n) => [n, { median: median(samples[n]!), samples: samples[n]! }]));
};
