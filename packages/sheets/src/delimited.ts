/**
 * Reading `.csv`, `.tsv` and `.txt` text with papaparse: `,` `;` or tab (guessed from the text unless
 * given), quoted cells with doubled quotes and line breaks, CRLF / LF. Limits are checked row by row and
 * reading stops at the first one exceeded.
 */
import Papa from 'papaparse';
import { columnLetter, sheetIssue, type SheetIssue } from './issues.js';
import { assertText } from '@coop/model';
import { MAX_NAME_LENGTH, callbackOf, choiceOf, optionsOf } from './internal/guard.js';
import { DEFAULT_LIMITS, resolveLimits, type SheetLimits } from './limits.js';
import type { CellValue, SheetTable } from './table.js';

/**
 * Options of {@link readDelimited}.
 *
 * @example
 * ```ts
 * import { readDelimited, type DelimitedOptions } from '@coop/sheets';
 * const options: DelimitedOptions = { file: 'a.tsv', delimiter: '\t', limits: { maxRows: 10 } };
 * readDelimited('a\tb\n', options).table.rows.length; // 1
 * ```
 */
export interface DelimitedOptions {
  /** The file name used in issues. */
  readonly file?: string;
  /** The delimiter; guessed among `,` `;` tab when absent. */
  readonly delimiter?: ',' | ';' | '\t';
  /** Limits (rows, columns, cell length). */
  readonly limits?: Partial<SheetLimits>;
  /** Receives each row as it is read instead of keeping it (the table then has no rows). */
  readonly onRow?: (row: readonly string[], rowNumber: number) => void;
}

/**
 * The rows of a delimited text, and the syntax or limit problems met.
 *
 * @example
 * ```ts
 * import { readDelimited, type DelimitedResult } from '@coop/sheets';
 * const result: DelimitedResult = readDelimited('a,"b\n');
 * result.issues.length > 0; // true — an unclosed quote
 * ```
 */
export interface DelimitedResult {
  readonly table: SheetTable;
  /** Syntax problems (the row is still returned, read leniently) and limits exceeded (reading stopped). */
  readonly issues: readonly SheetIssue[];
  /** The delimiter used. */
  readonly delimiter: string;
}

/**
 * The delimiter and line break of the header line: the most frequent of `;`, tab and `,` outside quotes (a
 * comma on a tie: Vietnamese Excel writes `;` only because the decimal separator is a comma, and then it is
 * the most frequent), and the first line break outside quotes (`\r\n`, `\r` or `\n`).
 */
const guessLayout = (text: string): { delimiter: ',' | ';' | '\t'; newline: '\r\n' | '\r' | '\n' } => {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let newline: '\r\n' | '\r' | '\n' = '\n';
  for (let i = 0; i < text.length && i < 65_536; i += 1) {
    const char = text[i] as string;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      newline = char === '\n' ? '\n' : text[i + 1] === '\n' ? '\r\n' : '\r';
      break;
    } else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char] += 1;
  }
  const delimiter = counts[';'] > counts[','] && counts[';'] >= counts['\t'] ? ';' : counts['\t'] > counts[','] && counts['\t'] > counts[';'] ? '\t' : ',';
  return { delimiter, newline };
};

/**
 * Delimited text read piece by piece (papaparse's parser, given each piece with what is left of the one
 * before): rows are handed on as they are read, limits checked row by row; reading stops at the first
 * limit exceeded. `push` pieces of text, then `end`.
 */
export const delimitedParser = (options: DelimitedOptions & { readonly onRow: (row: readonly string[], rowNumber: number) => void }) => {
  const file = options.file ?? '';
  const limits = resolveLimits(options.limits);
  const issues: SheetIssue[] = [];
  let delimiter: string = options.delimiter ?? ',';
  let parser: Papa.Parser | undefined;
  let stopped = false;
  let count = 0;
  let pending = '';
  let base = 0;
  // When a piece ends inside a quoted cell, nothing is read: wait until the text has doubled before trying
  // again, so that a long quoted cell (or an unclosed quote) costs linear, not quadratic, time.
  let waitFor = 0;
  const stop = (issue: SheetIssue): void => {
    issues.push(issue);
    stopped = true;
    parser?.abort();
  };
  const step = (results: Papa.ParseStepResult<string[]>): void => {
    if (stopped) return;
    count += 1;
    const row = count;
    if (row > limits.maxRows) return stop(sheetIssue('too_many_rows', String(limits.maxRows), { file, row }));
    const cells = results.data;
    if (cells.length > limits.maxColumns) return stop(sheetIssue('too_many_columns', String(limits.maxColumns), { file, row }));
    const long = cells.findIndex((cell) => cell.length > limits.maxCellLength);
    if (long >= 0) return stop(sheetIssue('cell_too_long', String(limits.maxCellLength), { file, row, column: columnLetter(long + 1) }));
    for (const error of results.errors) issues.push(sheetIssue('invalid_csv', error.message, { file, row }));
    options.onRow(cells.length === 1 && cells[0] === '' ? [] : cells, row);
  };
  const parse = (last: boolean): void => {
    if (parser === undefined) {
      const layout = guessLayout(pending);
      delimiter = options.delimiter ?? layout.delimiter;
      // One row per step: the raw parser hands `data` as the rows of this step (one).
      parser = new Papa.Parser({ delimiter, newline: layout.newline, step: (results: Papa.ParseStepResult<string[][]>) => step({ ...results, data: results.data[0] ?? [''] }) });
    }
    const results = parser.parse(pending, base, !last) as unknown as { meta: { cursor: number } };
    const cursor = results.meta.cursor;
    waitFor = cursor === base ? pending.length * 2 : 0;
    pending = last ? '' : pending.slice(cursor - base);
    base = cursor;
  };
  return {
    /** Reads a piece of text (the byte-order mark of the first piece is skipped). */
    push: (text: string): void => {
      if (stopped) return;
      pending += base === 0 && pending === '' && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      if (pending.length > waitFor) parse(false);
    },
    /** No more text: reads what is left and returns the issues and the delimiter. */
    end: (): { readonly issues: readonly SheetIssue[]; readonly delimiter: string } => {
      if (!stopped && pending !== '') parse(true);
      return { issues, delimiter };
    },
  };
};

/**
 * Splits delimited text into rows of text cells.
 *
 * @param text - the text (decoded, see `decodeText`)
 * @param options - file name, delimiter, limits
 * @returns the table, its issues and the delimiter
 * @example
 * ```ts
 * import { readDelimited } from '@coop/sheets';
 * const { table, delimiter } = readDelimited('Mã HTX;Doanh thu\r\nA;"5.000.000"\r\n');
 * delimiter; // ';'
 * table.rows[1]; // ['A', '5.000.000']
 * ```
 */
export const readDelimited = (text: string, options: DelimitedOptions = {}): DelimitedResult => {
  assertText(text, 'text', DEFAULT_LIMITS.maxBytes);
  const read = optionsOf(options, ['file', 'delimiter', 'limits', 'onRow']);
  const opts: DelimitedOptions = {
    file: read.file === undefined ? '' : assertText(read.file, 'options.file', MAX_NAME_LENGTH),
    ...(read.delimiter === undefined ? {} : { delimiter: choiceOf(read.delimiter, [',', ';', '\t'] as const, 'options.delimiter') as ',' | ';' | '\t' }),
    ...(read.limits === undefined ? {} : { limits: read.limits as Partial<SheetLimits> }),
    ...(read.onRow === undefined ? {} : { onRow: callbackOf<NonNullable<DelimitedOptions['onRow']>>(read.onRow, 'options.onRow') as NonNullable<DelimitedOptions['onRow']> }),
  };
  const rows: CellValue[][] = [];
  const onRow = opts.onRow ?? ((row: readonly string[]) => rows.push([...row]));
  const reader = delimitedParser({ ...opts, onRow });
  reader.push(text);
  const { issues, delimiter } = reader.end();
  while (rows.length > 0 && (rows[rows.length - 1] as CellValue[]).length === 0) rows.pop();
  return { table: { file: opts.file ?? '', rows }, issues, delimiter };
};
