/**
 * Reading record files from disk (Node only): CSV is streamed chunk by chunk through the CSV reader
 * and validated row by row, so memory holds the records, never the file text; JSON is read whole.
 * A progress callback receives bytes read and the file size.
 */
import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createCsvReader } from '../csv.js';
import { createRecordCollector, recordsFromJson, type LoadOptions, type LoadedRecords } from '../records.js';

/** Options of {@link loadRecordsFile}. */
export interface LoadFileOptions extends LoadOptions {
  /** Called as bytes are read (throttle in the caller). */
  readonly onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Read chunk size in bytes (default 256 KiB). */
  readonly chunkSize?: number;
}

/** A file that cannot be read at all. */
export class InputError extends Error {
  /** Stable code: `file_not_found`, `unreadable`, `invalid_json`, `unsupported_format`. */
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'InputError';
    this.code = code;
  }
}

/**
 * Loads a CSV (`.csv`, `.txt`, `.tsv`) or JSON (`.json`) file of yearly records.
 *
 * @param path - the file
 * @param options - progress callback, chunk size, scoring-sheet rulebook
 * @returns the good records, every issue with its line and column, and counts
 * @throws InputError when the file cannot be read or parsed at all
 */
export const loadRecordsFile = async (path: string, options: LoadFileOptions = {}): Promise<LoadedRecords> => {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new InputError('unreadable', `${path} is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('file_not_found', `cannot read ${path}: no such file`);
  }
  const lower = path.toLowerCase();
  if (lower.endsWith('.json')) {
    const text = await readFile(path, 'utf8');
    options.onProgress?.(size, size);
    let value: unknown;
    try {
      value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
      throw new InputError('invalid_json', `${path} is not valid JSON: ${(error as Error).message}`);
    }
    // A JSON document is read whole; its records are then handed over like streamed CSV rows.
    const loaded = recordsFromJson(value);
    if (!options.onRecord) return loaded;
    for (const record of loaded.records) options.onRecord(record);
    return { ...loaded, records: [] };
  }
  if (!/\.(csv|tsv|txt)$/.test(lower)) {
    throw new InputError('unsupported_format', `${path}: expected a .csv or .json file`);
  }
  const reader = createCsvReader(lower.endsWith('.tsv') ? { delimiter: '\t' } : {});
  const collector = createRecordCollector(options);
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: options.chunkSize ?? 256 * 1024 });
  let bytes = 0;
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      bytes += Buffer.byteLength(chunk, 'utf8');
      for (const row of reader.push(chunk)) collector.add(row);
      options.onProgress?.(bytes, size);
    }
  } catch (error) {
    throw new InputError('unreadable', `cannot read ${path}: ${(error as Error).message}`);
  }
  for (const row of reader.end()) collector.add(row);
  return collector.finish();
};
