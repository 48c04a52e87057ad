/**
 * A streaming CSV reader (RFC 4180): feed it text chunks of any size, get complete rows back as soon as
 * they end. Handles quoted fields with doubled quotes and line breaks inside, a UTF-8 byte-order mark,
 * CRLF / LF / CR line endings, and a comma, semicolon or tab delimiter (detected from the first line
 * unless given — Vietnamese spreadsheets often export `;` because the decimal separator is a comma).
 *
 * It never holds more than the current row in memory, so a 50 MB file is read in constant space.
 * Malformed input (a quote inside an unquoted field, an unterminated quote) is reported on the row with
 * its line and column rather than thrown. No Node built-ins: the same reader runs in a browser.
 */

/** A problem found while splitting a row into fields. */
export interface CsvSyntaxIssue {
  /** `stray_quote` (a `"` inside an unquoted field) or `unterminated_quote` (the file ends inside quotes). */
  readonly code: 'stray_quote' | 'unterminated_quote';
  /** 1-based physical line of the problem. */
  readonly line: number;
  /** 1-based field index (column) of the problem. */
  readonly column: number;
}

/** One CSV row with where it came from. */
export interface CsvRow {
  /** The fields, unquoted. */
  readonly fields: readonly string[];
  /** 1-based physical line on which the row starts (a quoted field may span several lines). */
  readonly line: number;
  /** Syntax problems in this row (the fields are still returned, read leniently). */
  readonly issues: readonly CsvSyntaxIssue[];
}

/** Options of {@link createCsvReader}. */
export interface CsvReaderOptions {
  /** Field delimiter; detected from the first line when absent (`,`, `;` or tab). */
  readonly delimiter?: ',' | ';' | '\t';
  /** Skip rows whose fields are all empty (default `true`). */
  readonly skipEmptyRows?: boolean;
}

/** An incremental CSV reader: `push` text chunks, then `end` once. */
export interface CsvReader {
  /** Feeds the next chunk; returns the rows completed by it. */
  push(chunk: string): CsvRow[];
  /** Signals the end of input; returns the last row, if any. */
  end(): CsvRow[];
  /** The delimiter in use (known after the first line, or when given). */
  delimiter(): string | undefined;
}

const detectDelimiter = (firstLine: string): ',' | ';' | '\t' => {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
};

/**
 * Creates a streaming CSV reader.
 *
 * @param options - delimiter (detected when absent) and whether to skip empty rows
 * @returns a reader with `push(chunk)` and `end()`
 * @example
 * ```ts
 * import { createCsvReader } from '@coop/cli';
 * const reader = createCsvReader();
 * const rows = [...reader.push('\uFEFFMã HTX,Năm\r\n"HTX ""A""",20'), ...reader.push('24\r\n'), ...reader.end()];
 * rows.map((r) => r.fields); // [['Mã HTX', 'Năm'], ['HTX "A"', '2024']]
 * ```
 */
export const createCsvReader = (options: CsvReaderOptions = {}): CsvReader => {
  const skipEmpty = options.skipEmptyRows ?? true;
  let delim: string | undefined = options.delimiter;
  let started = false; // BOM handled
  let pendingCR = false; // last chunk ended with CR
  // Until the delimiter is known, buffer the text of the first line.
  let head = '';

  // Row state
  let fields: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let quoteSeen = false; // inside a quoted field, just saw a quote (end or escape)
  let fieldStarted = false; // the current field has content or opened a quote
  let wasQuoted = false; // the current field was quoted
  let line = 1; // current physical line
  let rowLine = 1;
  let quoteLine = 1;
  let quotedCR = false; // the last character inside quotes was a CR (a following LF is the same break)
  let issues: CsvSyntaxIssue[] = [];

  const endField = (): void => {
    fields.push(field);
    field = '';
    fieldStarted = false;
    wasQuoted = false;
  };
  const endRow = (out: CsvRow[]): void => {
    endField();
    const empty = fields.every((f) => f === '');
    if (!(skipEmpty && empty && issues.length === 0)) out.push({ fields, line: rowLine, issues });
    fields = [];
    issues = [];
  };

  const consume = (text: string, out: CsvRow[]): void => {
    const d = delim as string;
    const n = text.length;
    let i = 0;
    if (pendingCR) {
      pendingCR = false;
      if (text.charCodeAt(0) === 10) i = 1; // CRLF split across chunks
    }
    while (i < n) {
      const c = text[i] as string;
      if (quoted) {
        if (quoteSeen) {
          quoteSeen = false;
          if (c === '"') {
            field += '"';
            i += 1;
            continue;
          }
          quoted = false; // the quote closed the field; fall through to unquoted handling of c
        } else {
          // fast path: copy up to the next quote
          const q = text.indexOf('"', i);
          const chunkEnd = q < 0 ? n : q;
          const piece = text.slice(i, chunkEnd);
          for (let k = 0; k < piece.length; k += 1) {
            const ch = piece.charCodeAt(k);
            if (ch === 10) {
              if (!quotedCR) line += 1;
              quotedCR = false;
            } else if (ch === 13) {
              line += 1;
              quotedCR = true;
            } else quotedCR = false;
          }
          field += piece;
          i = chunkEnd;
          if (q >= 0) {
            quotedCR = false;
            quoteSeen = true;
            i += 1;
          }
          continue;
        }
      }
      if (c === d) {
        endField();
        i += 1;
      } else if (c === '\n' || c === '\r') {
        endRow(out);
        line += 1;
        rowLine = line;
        if (c === '\r') {
          if (i + 1 < n) {
            if (text.charCodeAt(i + 1) === 10) i += 1;
          } else pendingCR = true;
        }
        i += 1;
      } else if (c === '"') {
        if (!fieldStarted) {
          quoted = true;
          wasQuoted = true;
          fieldStarted = true;
          quoteLine = line;
        } else {
          issues.push({ code: 'stray_quote', line, column: fields.length + 1 });
          field += '"';
        }
        i += 1;
      } else {
        if (wasQuoted) {
          // text after a closing quote: keep it, but it is not RFC 4180
          issues.push({ code: 'stray_quote', line, column: fields.length + 1 });
          wasQuoted = false;
        }
        fieldStarted = true;
        field += c;
        i += 1;
      }
    }
  };

  const feed = (chunk: string, out: CsvRow[]): void => {
    let text = chunk;
    if (!started) {
      if (text.length === 0) return;
      started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (delim === undefined) {
      head += text;
      const nl = head.search(/[\r\n]/);
      if (nl < 0) return;
      delim = detectDelimiter(head.slice(0, nl));
      text = head;
      head = '';
    }
    consume(text, out);
  };

  return {
    push(chunk: string): CsvRow[] {
      const out: CsvRow[] = [];
      feed(chunk, out);
      return out;
    },
    end(): CsvRow[] {
      const out: CsvRow[] = [];
      if (delim === undefined) {
        delim = detectDelimiter(head);
        const text = head;
        head = '';
        consume(text, out);
      }
      if (quoted && !quoteSeen) {
        issues.push({ code: 'unterminated_quote', line: quoteLine, column: fields.length + 1 });
      }
      quoted = false;
      quoteSeen = false;
      if (fieldStarted || fields.length > 0 || field !== '' || issues.length > 0) endRow(out);
      return out;
    },
    delimiter: () => delim,
  };
};

/**
 * Reads CSV rows from an async sequence of text chunks (a Node read stream with an encoding, a browser
 * `ReadableStream` piped through `TextDecoderStream`, or an array of strings), one row at a time.
 *
 * @param chunks - the text, in chunks of any size
 * @param options - as for {@link createCsvReader}
 * @returns an async iterator of rows
 * @example
 * ```ts
 * import { readCsv } from '@coop/cli';
 * for await (const row of readCsv(['a;b\n1;2\n'])) console.log(row.line, row.fields);
 * ```
 */
export async function* readCsv(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string>,
  options: CsvReaderOptions = {},
): AsyncGenerator<CsvRow> {
  const reader = createCsvReader(options);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks as AsyncIterable<string | Uint8Array>) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    yield* reader.push(text);
  }
  const rest = decoder.decode();
  if (rest) yield* reader.push(rest);
  yield* reader.end();
}

/**
 * Splits a whole CSV text into rows (convenience for small inputs and tests).
 *
 * @param text - the CSV text
 * @param options - as for {@link createCsvReader}
 * @returns every row
 * @example
 * ```ts
 * import { parseCsvText } from '@coop/cli';
 * parseCsvText('a,b\r\n1,"x\r\ny"\r\n')[1]?.fields; // ['1', 'x\r\ny']
 * ```
 */
export const parseCsvText = (text: string, options: CsvReaderOptions = {}): CsvRow[] => {
  const reader = createCsvReader(options);
  return [...reader.push(text), ...reader.end()];
};
