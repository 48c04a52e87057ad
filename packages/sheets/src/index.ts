/**
 * `@coop/sheets` — spreadsheets in, as officials save them: `.xlsx`, `.csv`/`.tsv`/`.txt` (UTF-8,
 * UTF-16, Windows-1258) and `.json` into validated yearly records of `@coop/model`, with every rejected
 * row located (file, sheet, row, column) and exportable as `.csv` or `.xlsx` to fix and upload again.
 * Runs in browsers and Node.
 */
export { DEFAULT_LIMITS, resolveLimits, type SheetLimits } from './limits.js';
export { SHEET_ISSUE_CODES, columnLetter, sheetIssue, type SheetIssue, type SheetIssueCode } from './issues.js';
export type { CellValue, SheetTable } from './table.js';
export { decodeText, type DecodedText, type TextEncodingName } from './decode.js';
export { readDelimited, type DelimitedOptions, type DelimitedResult } from './delimited.js';
export { readXlsx, type XlsxOptions, type XlsxResult } from './xlsx.js';
export {
  EXPORT_HEADERS,
  HEADER_MAP,
  REQUIRED_FIELDS,
  headerOf,
  mapHeaders,
  normaliseHeader,
  type HeaderMapping,
  type HeaderOptions,
  type HeaderSpec,
} from './headers.js';
export { DEFAULT_MAPPING, DEFAULT_UNITS, SheetMappingSchema, resolveMapping, type SheetMapping, type SheetMappingInput } from './mapping.js';
export { areaNameIndex, lookupAreaName, type AreaNameIndex } from './area-names.js';
export { excelSerialToDate, fieldType, readCell, type CellReading } from './cells.js';
export { createRecordReader, type RecordReader, type RecordReaderOptions, type RecordSet, type RejectedRow, type TableRows } from './records.js';
export { readRecordFiles, readSheetFile, type ReadOptions, type SheetContent, type SheetFile, type SheetReadResult, type SheetStream } from './read.js';
export type { ByteChunks } from './text-stream.js';
export { rejectedRowsTable, rejectedRowsToCsv, rejectedRowsToXlsx, type RejectedExportOptions } from './export.js';
