/**
 * A compact structural check of a cycle for the deadlines path (the full validator with messages,
 * `parseCycle`, is kept out of that bundle). Throws `CoopError('INVALID_CYCLE')`; `parseCycle` says what
 * is wrong. A cycle that `parseCycle` accepts always passes.
 */
import { CoopError } from '@coop/model';
import type { ReportingCycle } from '../cycles.js';
import { isPeriodId, PERIOD_TYPES } from '../period.js';
import { isCivilDate } from './civil-date.js';
import { plainCopy } from './snapshot.js';

/**
 * Bounds of a cycle taken from a caller: at most 50 steps, 12 period indices, strings of 2 000
 * characters, 10 levels of nesting and 5 000 values in all.
 */
export const CYCLE_LIMITS = { maxDepth: 10, maxNodes: 5_000, maxString: 2_000 } as const;
/** Most steps in a cycle. */
export const MAX_STEPS = 50;

const isInt = (v: unknown, min: number, max: number): boolean => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const optBool = (v: unknown): boolean => v === undefined || typeof v === 'boolean';
const optPeriod = (v: unknown): boolean => v === undefined || isPeriodId(v);
const optDate = (v: unknown): boolean => v === undefined || isCivilDate(v);

const stepOk = (s: unknown): boolean => {
  if (!isObj(s) || typeof s['id'] !== 'string' || !isObj(s['label']) || !optBool(s['strictBefore']) || !optBool(s['rollsOverDaysOff'])) return false;
  if (s['lockAfterDays'] !== undefined && !isInt(s['lockAfterDays'], 0, 3660)) return false;
  if (!optDate(s['validFrom']) || !optDate(s['validUntil'])) return false;
  const due = s['due'];
  if (!isObj(due)) return false;
  return due['monthsAfterEnd'] !== undefined
    ? isInt(due['monthsAfterEnd'], -12, 24) && (due['day'] === 'last' || isInt(due['day'], 1, 31))
    : isInt(due['month'], 1, 12) && isInt(due['day'], 1, 31) && (due['yearOffset'] === undefined || isInt(due['yearOffset'], -1, 2));
};

const cycleOk = (c: unknown): boolean => {
  if (!isObj(c) || typeof c['id'] !== 'string' || !isObj(c['label']) || !isObj(c['source'])) return false;
  if ((c['kind'] !== 'report' && c['kind'] !== 'event') || !(PERIOD_TYPES as readonly unknown[]).includes(c['periodType'])) return false;
  if (c['window'] !== undefined && c['window'] !== 'decree-09-2019' && c['window'] !== 'calendar') return false;
  const p = c['periods'];
  if (p !== undefined && !(isObj(p) && optPeriod(p['first']) && optPeriod(p['last']))) return false;
  const indices = isObj(p) ? p['indices'] : undefined;
  if (indices !== undefined && !(Array.isArray(indices) && indices.length <= 12 && indices.every((i) => isInt(i, 1, 12)))) return false;
  const steps = c['steps'];
  return optBool(c['rollsOverDaysOff']) && Array.isArray(steps) && steps.length > 0 && steps.length <= MAX_STEPS && steps.every(stepOk);
};

/** Throws `INVALID_CYCLE` unless the value is a cycle `deadlines` can interpret; returns a plain copy read once. */
export const checkedCycle = (cycle: unknown): ReportingCycle => {
  const copy = plainCopy(cycle, CYCLE_LIMITS);
  if (!copy.ok || !cycleOk(copy.value)) {
    const v = copy.ok ? copy.value : undefined;
    throw new CoopError('INVALID_CYCLE', 'Not a reporting cycle: parseCycle() lists what is wrong', {
      id: isObj(v) && typeof v['id'] === 'string' ? v['id'].slice(0, 80) : undefined,
    });
  }
  return copy.value as ReportingCycle;
};
