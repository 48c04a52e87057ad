/**
 * Records taken from a request: counted against the configured limit before any work, then validated by
 * `@coop/model` (issues with paths and bilingual messages, capped).
 */
import { parseYearlyRecords, type YearlyRecord } from '@coop/model';
import { ApiError, badInput, issue, type ServiceIssue } from './errors.js';

/** The most issues one answer lists (the rest are counted, not listed). */
export const MAX_ISSUES = 100;

/**
 * Validates `value` as a list of yearly records of at most `maxRecords` items.
 *
 * @param value - the `records` field of a request
 * @param maxRecords - the most records accepted
 * @param path - where `value` sits in the request (for issue paths)
 * @returns the records
 */
export const readRecords = (value: unknown, maxRecords: number, path: ReadonlyArray<string | number> = ['records']): YearlyRecord[] => {
  if (!Array.isArray(value)) throw badInput([issue(path, 'invalid_type', 'Cần một danh sách bản ghi', 'A list of records is needed')]);
  if (value.length > maxRecords) {
    throw new ApiError(413, 'too_many_records', {
      vi: `Tối đa ${maxRecords} bản ghi mỗi yêu cầu (nhận ${value.length})`,
      en: `At most ${maxRecords} records per request (got ${value.length})`,
    }, { limit: maxRecords });
  }
  const parsed = parseYearlyRecords(value, { maxIssues: MAX_ISSUES });
  if (!parsed.ok) throw badInput(parsed.issues.slice(0, MAX_ISSUES).map((i): ServiceIssue => ({ path: [...path, ...i.path], code: i.code, message: i.message })));
  return parsed.value;
};

/**
 * Runs `work` over `items` in slices, yielding to the event loop between slices, so that a large request
 * does not keep health checks and other requests waiting.
 *
 * @param items - the items
 * @param work - the work per item
 * @param slice - items per slice
 * @returns the results in order
 */
export const mapInSlices = async <T, R>(items: readonly T[], work: (item: T, index: number) => R, slice = 2_000): Promise<R[]> => {
  const out: R[] = [];
  for (let start = 0; start < items.length; start += slice) {
    if (start > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const end = Math.min(items.length, start + slice);
    for (let i = start; i < end; i += 1) out.push(work(items[i] as T, i));
  }
  return out;
};
