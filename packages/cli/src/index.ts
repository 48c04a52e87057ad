/**
 * `@coop/cli` — the `coop` command's building blocks, usable on their own (they have no Node
 * dependency, so a portal can use them in a browser): the Vietnamese/English header map (from
 * `@coop/sheets`, which reads the files), record issues with line and column, text tables, SVG charts and the HTML report.
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
export { HEADER_MAP, REQUIRED_FIELDS, headerOf, mapHeaders, normaliseHeader, type HeaderMapping, type HeaderSpec } from '@coop/sheets';
export { formatRowIssue, toLoadedRecords, toRowIssue, type LoadedRecords, type RowIssue } from './records.js';
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
  areaCodeNotes,
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
