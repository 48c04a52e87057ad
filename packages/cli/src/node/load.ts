/**
 * Reading files from disk (Node only), every one through the same bounded reader: a path that is not a
 * regular file (a directory, `/dev/zero`, a pipe) or that is larger than the limit is refused before it is
 * read, and reading stops at the limit even if the file grows meanwhile. Record files are then handed to
 * `@coop/sheets`, the one reader of spreadsheets.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Label, YearlyRecord } from '@coop/model';
import { DEFAULT_LIMITS, readRecordFiles, type SheetMapping } from '@coop/sheets';
import { toLoadedRecords, type LoadedRecords } from '../records.js';

/** An error the CLI reports to the user (exit 2): a stable code and a message in Vietnamese and English. */
export class CliError extends Error {
  /** Stable code: `file_not_found`, `unreadable`, `too_large`, `invalid_json`, `cannot_write`, … */
  readonly code: string;
  /** The message in both languages. */
  readonly label: Label;
  constructor(code: string, label: Label) {
    super(label.en);
    this.name = 'CliError';
    this.code = code;
    this.label = label;
  }
}

/** A file that cannot be read or used at all (kept as the name the commands throw). */
export class InputError extends CliError {
  constructor(code: string, message: string | Label) {
    super(code, typeof message === 'string' ? { vi: message, en: message } : message);
    this.name = 'InputError';
  }
}

/** The largest JSON side file read (`--context`, `--areas`, `--map`): 16 MB. */
export const MAX_SIDE_FILE_BYTES = 16 * 1024 * 1024;

/**
 * Reads a whole regular file, refusing anything else and anything over `maxBytes`.
 *
 * @param path - absolute path
 * @param what - what the file is, for messages
 * @param maxBytes - the limit
 * @returns the bytes
 * @throws CliError `file_not_found`, `unreadable` (not a regular file, or a read error), `too_large`
 */
export const readBoundedFile = (path: string, what: Label, maxBytes: number): Uint8Array => {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new CliError('file_not_found', { vi: `Không đọc được ${what.vi} ${path}: không có tệp này`, en: `cannot read ${what.en} ${path}: no such file` });
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new CliError('unreadable', { vi: `${path} không phải là tệp (${what.vi})`, en: `${path} is not a file (${what.en})` });
    if (stat.size > maxBytes) throw tooLarge(path, what, maxBytes);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(1024 * 1024, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge(path, what, maxBytes);
      chunks.push(chunk.subarray(0, n));
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError('unreadable', { vi: `Không đọc được ${path}: ${(error as Error).message}`, en: `cannot read ${path}: ${(error as Error).message}` });
  } finally {
    closeSync(fd);
  }
};

const tooLarge = (path: string, what: Label, maxBytes: number): CliError =>
  new CliError('too_large', { vi: `${what.vi} ${path} quá lớn (tối đa ${maxBytes} byte)`, en: `${what.en} ${path} is too large (at most ${maxBytes} bytes)` });

/**
 * Reads a JSON side file (`--context`, `--areas`, `--map`) through the bounded reader.
 *
 * @param path - absolute path
 * @param what - what the file is
 * @returns the parsed value
 * @throws CliError when unreadable, too large or not JSON
 */
export const readJsonFile = (path: string, what: Label): unknown => {
  const text = new TextDecoder().decode(readBoundedFile(path, what, MAX_SIDE_FILE_BYTES));
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (error) {
    const reason = (error as Error).message;
    throw new CliError('invalid_json', { vi: `${what.vi} ${path} không phải JSON hợp lệ: ${reason}`, en: `${what.en} ${path} is not valid JSON: ${reason}` });
  }
};

/** Options of {@link loadRecordFiles}. */
export interface LoadFilesOptions {
  /** The mapping (`--map`, `--sheet`). */
  readonly mapping?: SheetMapping;
  /** Receives each valid record instead of keeping it. */
  readonly onRecord?: (record: YearlyRecord) => void;
  /** Most issues kept. */
  readonly maxIssues?: number;
  /** Called after each file is read. */
  readonly onProgress?: (filesRead: number, files: number) => void;
}

/**
 * Loads record files (`.xlsx`, `.csv`, `.tsv`, `.txt`, `.json`) into one record set with `@coop/sheets`.
 *
 * @param paths - absolute paths, with the names to show for them
 * @param options - mapping, streaming callback, issue cap, progress
 * @returns the good records, every issue with its file, row and column, and counts
 * @throws CliError when a file cannot be read
 */
export const loadRecordFiles = async (
  paths: ReadonlyArray<{ readonly path: string; readonly name: string }>,
  options: LoadFilesOptions = {},
): Promise<LoadedRecords> => {
  const files = paths.map(({ path, name }, i) => {
    const bytes = readBoundedFile(path, { vi: 'tệp dữ liệu', en: 'records file' }, DEFAULT_LIMITS.maxBytes);
    options.onProgress?.(i + 1, paths.length);
    return { name, bytes };
  });
  const result = await readRecordFiles(files, {
    ...(options.mapping ? { mapping: options.mapping } : {}),
    ...(options.onRecord ? { onRecord: options.onRecord } : {}),
    ...(options.maxIssues === undefined ? {} : { maxIssues: options.maxIssues }),
  });
  return toLoadedRecords(result, paths.length);
};
