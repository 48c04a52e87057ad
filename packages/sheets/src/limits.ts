/**
 * Limits applied to untrusted files before and while they are read: a workbook or a CSV from outside
 * cannot make the reader hold more than these.
 */
import { optionsOf } from './internal/guard.js';

/**
 * The limits of one read.
 *
 * @example
 * ```ts
 * import { resolveLimits, type SheetLimits } from '@coop/sheets';
 * const small: SheetLimits = resolveLimits({ maxBytes: 1_000_000 });
 * small.maxBytes; // 1000000
 * ```
 */
export interface SheetLimits {
  /** Most bytes of one file. */
  readonly maxBytes: number;
  /** Most bytes one part of a workbook may unpack to (its sheet XML); a zip bomb stops here. */
  readonly maxUnpackedBytes: number;
  /** Most rows of one sheet, header included. */
  readonly maxRows: number;
  /** Most columns of one row. */
  readonly maxColumns: number;
  /** Most characters of one cell (Excel's own cap is 32 767). */
  readonly maxCellLength: number;
}

const LIMIT_KEYS = ['maxBytes', 'maxUnpackedBytes', 'maxRows', 'maxColumns', 'maxCellLength'] as const;

/**
 * The default limits: 64 MB per file, 256 MB per unpacked workbook part, 1 000 000 rows, 512 columns,
 * 32 767 characters per cell.
 *
 * @example
 * ```ts
 * import { DEFAULT_LIMITS } from '@coop/sheets';
 * DEFAULT_LIMITS.maxCellLength; // 32767
 * ```
 */
export const DEFAULT_LIMITS: SheetLimits = {
  maxBytes: 64 * 1024 * 1024,
  maxUnpackedBytes: 256 * 1024 * 1024,
  maxRows: 1_000_000,
  maxColumns: 512,
  maxCellLength: 32_767,
};

/**
 * The limits in force: the defaults, each replaced by a given positive safe integer.
 *
 * @param given - limits to change
 * @returns every limit
 * @example
 * ```ts
 * import { resolveLimits } from '@coop/sheets';
 * resolveLimits({ maxRows: 10 }).maxRows; // 10
 * resolveLimits({ maxRows: -1 }).maxRows; // 1000000
 * ```
 */
export const resolveLimits = (given: Partial<SheetLimits> = {}): SheetLimits => {
  // Each limit read once (a throwing getter or a revoked Proxy is a typed error).
  const read = optionsOf(given, LIMIT_KEYS, 'limits');
  const pick = (key: keyof SheetLimits): number => {
    const value = read[key];
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_LIMITS[key];
  };
  return {
    maxBytes: pick('maxBytes'),
    maxUnpackedBytes: pick('maxUnpackedBytes'),
    maxRows: pick('maxRows'),
    maxColumns: pick('maxColumns'),
    maxCellLength: pick('maxCellLength'),
  };
};
