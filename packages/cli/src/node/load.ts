/**
 * Reading files from disk (Node only), every one through the same bounded reader: a path that is not a
 * regular file (a directory, `/dev/zero`, a pipe) or that is larger than the limit is refused before it is
 * read, and reading stops at the limit even if the file grows meanwhile. Record files are then handed to
 * `@coop/sheets`, the one reader of spreadsheets.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import type { Label, YearlyRecord } from '@coop/model';
import { DEFAULT_LIMITS, readRecordFiles, type SheetFile, type SheetMapping, type SheetStream } from '@coop/sheets';
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
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (const chunk of boundedChunks(path, what, maxBytes)()) {
    chunks.push(chunk);
    total += chunk.length;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};

/** Bytes read from disk at a time: the size `@coop/sheets` decodes in (see its `PIECE_BYTES` for why 64 KiB). */
const PIECE = 64 * 1024;

/**
 * A regular file of at most `maxBytes`, read in pieces each time the returned function is called (a large
 * CSV then streams through `@coop/sheets` without being held whole). The file is checked at once.
 *
 * @param path - absolute path
 * @param what - what the file is, for messages
 * @param maxBytes - the limit
 * @returns the pieces, again on each call
 * @throws CliError `file_not_found`, `unreadable` (not a regular file, or a read error), `too_large`
 */
export const boundedChunks = (path: string, what: Label, maxBytes: number): (() => Generator<Uint8Array>) => {
  const open = (): number => {
    try {
      return openSync(path, 'r');
    } catch {
      throw new CliError('file_not_found', { vi: `Không đọc được ${what.vi} ${path}: không có tệp này`, en: `cannot read ${what.en} ${path}: no such file` });
    }
  };
  const guarded = <T>(fd: number, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError('unreadable', { vi: `Không đọc được ${path}: ${(error as Error).message}`, en: `cannot read ${path}: ${(error as Error).message}` });
    } finally {
      closeSync(fd);
    }
  };
  const check = (fd: number): void => {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new CliError('unreadable', { vi: `${path} không phải là tệp (${what.vi})`, en: `${path} is not a file (${what.en})` });
    if (stat.size > maxBytes) throw tooLarge(path, what, maxBytes);
  };
  const first = open();
  guarded(first, () => check(first));
  return function* pieces() {
    const fd = open();
    try {
      check(fd);
      let total = 0;
      for (;;) {
        const chunk = new Uint8Array(Math.min(PIECE, maxBytes + 1 - total));
        let n: number;
        try {
          n = readSync(fd, chunk, 0, chunk.length, null);
        } catch (error) {
          throw new CliError('unreadable', { vi: `Không đọc được ${path}: ${(error as Error).message}`, en: `cannot read ${path}: ${(error as Error).message}` });
        }
        if (n === 0) break;
        total += n;
        // Reading stops at the limit even if the file grows meanwhile.
        if (total > maxBytes) throw tooLarge(path, what, maxBytes);
        yield chunk.subarray(0, n);
      }
    } finally {
      closeSync(fd);
    }
  };
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
  /** Most rejected rows kept with their cells (the rest are counted); all when absent. */
  readonly maxRejected?: number;
  /** Called after each file is read (a text file: checked, then streamed while the records are read). */
  readonly onProgress?: (filesRead: number, files: number) => void;
}

/** Extensions read from disk piece by piece. */
const STREAMED: ReadonlySet<string> = new Set(['.csv', '.tsv', '.txt']);

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
  const what = { vi: 'tệp dữ liệu', en: 'records file' };
  const files = paths.map(({ path, name }, i): SheetFile | SheetStream => {
    // Text files stream from disk piece by piece; workbooks and JSON are read whole (bounded).
    const file = STREAMED.has(extname(path).toLowerCase())
      ? { name, chunks: boundedChunks(path, what, DEFAULT_LIMITS.maxBytes) }
      : { name, bytes: readBoundedFile(path, what, DEFAULT_LIMITS.maxBytes) };
    options.onProgress?.(i + 1, paths.length);
    return file;
  });
  const result = await readRecordFiles(files, {
    ...(options.mapping ? { mapping: options.mapping } : {}),
    ...(options.onRecord ? { onRecord: options.onRecord } : {}),
    ...(options.maxIssues === undefined ? {} : { maxIssues: options.maxIssues }),
    ...(options.maxRejected === undefined ? {} : { maxRejected: options.maxRejected }),
  });
  return toLoadedRecords(result, paths.length);
};
