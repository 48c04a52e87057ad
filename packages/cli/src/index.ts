/**
 * `@coop/cli` — the `coop` command's building blocks, usable on their own (they have no Node
 * dependency, so a portal can use them in a browser): a streaming CSV reader, the Vietnamese/English
 * header map, record loading with line/column issues, text tables, SVG charts and the HTML report.
 */
export {
  COMMANDS,
  COMMON_OPTIONS,
  EXIT,
  helpText,
  parseArgs,
  type ArgsError,
  type CommandSpec,
  type OptionKind,
  type OptionSpec,
  type ParsedArgs,
} from './args.js';
export {
  createCsvReader,
  parseCsvText,
  readCsv,
  type CsvReader,
  type CsvReaderOptions,
  type CsvRow,
  type CsvSyntaxIssue,
} from './csv.js';
export { HEADER_MAP, REQUIRED_FIELDS, headerOf, mapHeaders, normaliseHeader, type HeaderMapping, type HeaderSpec } from './headers.js';
export {
  createRecordCollector,
  formatRowIssue,
  recordsFromJson,
  rowToInput,
  type LoadOptions,
  type LoadedRecords,
  type RecordCollector,
  type RowIssue,
} from './records.js';
export { displayWidth, heading, progressBar, renderTable, tableDate, type Column } from './table.js';
export {
  GRADE_COLOURS,
  STATUS_COLOURS,
  axisTicks,
  escapeHtml,
  yearTicks,
  type AxisTicks,
  stackedBarChart,
  timelineChart,
  trajectoryChart,
  type BarSeries,
  type Goal,
  type TimelineItem,
} from './charts.js';
export { CYCLE_IDS, deadlineJson, deadlineRows, deadlineTable, resolveCycles, weekdayOf, type DeadlineRow } from './deadline-list.js';
export {
  GRADE_KEYS,
  findRulebook,
  gradeDistribution,
  gradeKey,
  gradeKeyLabel,
  gradeRecords,
  gradeSummaryTable,
  gradeTable,
  rulebookFor,
  rulebookIds,
  type GradeRow,
} from './grading.js';
export {
  NOT_EVALUATED,
  PASSING_STATUSES,
  checkTable,
  entryExplanation,
  entryStatus,
  countStatuses,
  exitCodeFor,
  findPlan,
  gapText,
  goalText,
  planIds,
  statusLabel,
  targetJson,
  valueText,
} from './plan-check.js';
export { renderReportHtml, type ReportModel, type ReportObservation, type ReportTarget } from './report-html.js';
export {
  buildReportModel,
  collectWarnings,
  populationPhrase,
  populationText,
  reportTarget,
  targetReadings,
  type ReportInputs,
  type WarningLine,
} from './report-model.js';
