/**
 * `@coop/cli` — the `coop` command's building blocks, usable on their own (they have no Node
 * dependency, so a portal can use them in a browser): the Vietnamese/English header map (from
 * `@coop/sheets`, which reads the files), record issues with line and column, text tables, SVG charts and the HTML report.
 */
import { guarded } from './guard.js';
import * as shapes from './internal/argument-shapes.js';
import * as plain from './internal/plain-shapes.js';
import * as args from './args.js';
export {
  COMMANDS,
  COMMON_OPTIONS,
  EXIT,
  type ArgsError,
  type CommandSpec,
  type OptionKind,
  type OptionSpec,
  type ParsedArgs,
} from './args.js';
export { HEADER_MAP, REQUIRED_FIELDS, headerOf, mapHeaders, normaliseHeader, type HeaderMapping, type HeaderSpec } from '@coop/sheets';
import * as records from './records.js';
export {
  type LoadedRecords,
  type RowIssue,
} from './records.js';
import * as table from './table.js';
export {
  type Column,
} from './table.js';
import * as charts from './charts.js';
export {
  GRADE_COLOURS,
  STATUS_COLOURS,
  type AxisTicks,
  type BarSeries,
  type Goal,
  type TimelineItem,
} from './charts.js';
import * as deadline_list from './deadline-list.js';
export {
  CYCLE_IDS,
  type DeadlineRow,
} from './deadline-list.js';
import * as grading from './grading.js';
export {
  GRADE_KEYS,
  type GradeRow,
} from './grading.js';
import * as plan_check from './plan-check.js';
export {
  NOT_EVALUATED,
  PASSING_STATUSES,
} from './plan-check.js';
import * as report_html from './report-html.js';
export {
  type ReportModel,
  type ReportObservation,
  type ReportTarget,
} from './report-html.js';
import * as report_model from './report-model.js';
export {
  type ReportInputs,
  type WarningLine,
} from './report-model.js';

// The library's functions, each behind the checked boundary of ./guard.ts with the shapes of its arguments
// (plain values: ./internal/plain-shapes.ts, no zod; structures: ./internal/argument-shapes.ts; see the
// TSDoc of each function in its module).
/** {@inheritDoc args.helpText} */
export const helpText = /* @__PURE__ */ guarded('helpText', args.helpText, shapes.HELP_TEXT);
/** {@inheritDoc args.parseArgs} */
export const parseArgs = /* @__PURE__ */ guarded('parseArgs', args.parseArgs, plain.TEXT_LIST);
/** {@inheritDoc records.formatRowIssue} */
export const formatRowIssue = /* @__PURE__ */ guarded('formatRowIssue', records.formatRowIssue, shapes.FORMAT_ROW_ISSUE);
/** {@inheritDoc records.toLoadedRecords} */
export const toLoadedRecords = /* @__PURE__ */ guarded('toLoadedRecords', records.toLoadedRecords, shapes.TO_LOADED_RECORDS);
/** {@inheritDoc records.toRowIssue} */
export const toRowIssue = /* @__PURE__ */ guarded('toRowIssue', records.toRowIssue, shapes.TO_ROW_ISSUE);
/** {@inheritDoc table.displayWidth} */
export const displayWidth = /* @__PURE__ */ guarded('displayWidth', table.displayWidth, plain.ONE_TEXT);
/** {@inheritDoc table.heading} */
export const heading = /* @__PURE__ */ guarded('heading', table.heading, plain.HEADING);
/** {@inheritDoc table.progressBar} */
export const progressBar = /* @__PURE__ */ guarded('progressBar', table.progressBar, plain.PROGRESS_BAR);
/** {@inheritDoc table.renderTable} */
export const renderTable = /* @__PURE__ */ guarded('renderTable', table.renderTable, plain.RENDER_TABLE);
/** {@inheritDoc table.tableDate} */
export const tableDate = /* @__PURE__ */ guarded('tableDate', table.tableDate, plain.TEXT_AND_LANG);
/** {@inheritDoc charts.axisTicks} */
export const axisTicks = /* @__PURE__ */ guarded('axisTicks', charts.axisTicks, plain.AXIS_TICKS);
/** {@inheritDoc charts.escapeHtml} */
export const escapeHtml = /* @__PURE__ */ guarded('escapeHtml', charts.escapeHtml, plain.ONE_TEXT);
/** {@inheritDoc charts.yearTicks} */
export const yearTicks = /* @__PURE__ */ guarded('yearTicks', charts.yearTicks, plain.YEAR_TICKS);
/** {@inheritDoc charts.stackedBarChart} */
export const stackedBarChart = /* @__PURE__ */ guarded('stackedBarChart', charts.stackedBarChart, shapes.STACKED_BAR_CHART);
/** {@inheritDoc charts.timelineChart} */
export const timelineChart = /* @__PURE__ */ guarded('timelineChart', charts.timelineChart, shapes.TIMELINE_CHART);
/** {@inheritDoc charts.trajectoryChart} */
export const trajectoryChart = /* @__PURE__ */ guarded('trajectoryChart', charts.trajectoryChart, shapes.TRAJECTORY_CHART);
/** {@inheritDoc deadline_list.deadlineJson} */
export const deadlineJson = /* @__PURE__ */ guarded('deadlineJson', deadline_list.deadlineJson, shapes.DEADLINE_JSON);
/** {@inheritDoc deadline_list.deadlineRows} */
export const deadlineRows = /* @__PURE__ */ guarded('deadlineRows', deadline_list.deadlineRows, shapes.DEADLINE_ROWS);
/** {@inheritDoc deadline_list.deadlineTable} */
export const deadlineTable = /* @__PURE__ */ guarded('deadlineTable', deadline_list.deadlineTable, shapes.DEADLINE_TABLE);
/** {@inheritDoc deadline_list.resolveCycles} */
export const resolveCycles = /* @__PURE__ */ guarded('resolveCycles', deadline_list.resolveCycles, plain.TEXT_LIST);
/** {@inheritDoc deadline_list.weekdayOf} */
export const weekdayOf = /* @__PURE__ */ guarded('weekdayOf', deadline_list.weekdayOf, plain.TEXT_AND_LANG);
/** {@inheritDoc grading.findRulebook} */
export const findRulebook = /* @__PURE__ */ guarded('findRulebook', grading.findRulebook, plain.ONE_TEXT);
/** {@inheritDoc grading.gradeDistribution} */
export const gradeDistribution = /* @__PURE__ */ guarded('gradeDistribution', grading.gradeDistribution, shapes.GRADE_DISTRIBUTION, { iterables: [0] });
/** {@inheritDoc grading.gradeKey} */
export const gradeKey = /* @__PURE__ */ guarded('gradeKey', grading.gradeKey, shapes.GRADE_KEY);
/** {@inheritDoc grading.gradeKeyLabel} */
export const gradeKeyLabel = /* @__PURE__ */ guarded('gradeKeyLabel', grading.gradeKeyLabel, plain.GRADE_KEY_LABEL);
/** {@inheritDoc grading.gradeRecords} */
export const gradeRecords = /* @__PURE__ */ guarded('gradeRecords', grading.gradeRecords, shapes.GRADE_RECORDS);
/** {@inheritDoc grading.gradeSummaryTable} */
export const gradeSummaryTable = /* @__PURE__ */ guarded('gradeSummaryTable', grading.gradeSummaryTable, shapes.GRADE_SUMMARY_TABLE);
/** {@inheritDoc grading.gradeTable} */
export const gradeTable = /* @__PURE__ */ guarded('gradeTable', grading.gradeTable, shapes.GRADE_ROWS_AND_LANG);
/** {@inheritDoc grading.rulebookFor} */
export const rulebookFor = /* @__PURE__ */ guarded('rulebookFor', grading.rulebookFor, plain.RULEBOOK_FOR);
/** {@inheritDoc grading.rulebookIds} */
export const rulebookIds = /* @__PURE__ */ guarded('rulebookIds', grading.rulebookIds, plain.NONE);
/** {@inheritDoc plan_check.areaCodeNotes} */
export const areaCodeNotes = /* @__PURE__ */ guarded('areaCodeNotes', plan_check.areaCodeNotes, shapes.ENTRIES_AND_LANG);
/** {@inheritDoc plan_check.checkTable} */
export const checkTable = /* @__PURE__ */ guarded('checkTable', plan_check.checkTable, shapes.ENTRIES_AND_LANG);
/** {@inheritDoc plan_check.entryExplanation} */
export const entryExplanation = /* @__PURE__ */ guarded('entryExplanation', plan_check.entryExplanation, shapes.ENTRY_AND_LANG);
/** {@inheritDoc plan_check.entryStatus} */
export const entryStatus = /* @__PURE__ */ guarded('entryStatus', plan_check.entryStatus, shapes.ENTRY);
/** {@inheritDoc plan_check.countStatuses} */
export const countStatuses = /* @__PURE__ */ guarded('countStatuses', plan_check.countStatuses, shapes.ENTRIES);
/** {@inheritDoc plan_check.exitCodeFor} */
export const exitCodeFor = /* @__PURE__ */ guarded('exitCodeFor', plan_check.exitCodeFor, shapes.ENTRIES);
/** {@inheritDoc plan_check.findPlan} */
export const findPlan = /* @__PURE__ */ guarded('findPlan', plan_check.findPlan, plain.ONE_TEXT);
/** {@inheritDoc plan_check.gapText} */
export const gapText = /* @__PURE__ */ guarded('gapText', plan_check.gapText, shapes.GAP_TEXT);
/** {@inheritDoc plan_check.goalText} */
export const goalText = /* @__PURE__ */ guarded('goalText', plan_check.goalText, shapes.RESULT_AND_LANG);
/** {@inheritDoc plan_check.planIds} */
export const planIds = /* @__PURE__ */ guarded('planIds', plan_check.planIds, plain.NONE);
/** {@inheritDoc plan_check.statusLabel} */
export const statusLabel = /* @__PURE__ */ guarded('statusLabel', plan_check.statusLabel, plain.TEXT_AND_LANG);
/** {@inheritDoc plan_check.targetJson} */
export const targetJson = /* @__PURE__ */ guarded('targetJson', plan_check.targetJson, shapes.ENTRY_AND_LANG);
/** {@inheritDoc plan_check.valueText} */
export const valueText = /* @__PURE__ */ guarded('valueText', plan_check.valueText, shapes.RESULT_AND_LANG);
/** {@inheritDoc report_html.renderReportHtml} */
export const renderReportHtml = /* @__PURE__ */ guarded('renderReportHtml', report_html.renderReportHtml, shapes.RENDER_REPORT_HTML);
/** {@inheritDoc report_model.buildReportModel} */
export const buildReportModel = /* @__PURE__ */ guarded('buildReportModel', report_model.buildReportModel, shapes.BUILD_REPORT_MODEL);
/** {@inheritDoc report_model.collectWarnings} */
export const collectWarnings = /* @__PURE__ */ guarded('collectWarnings', report_model.collectWarnings, shapes.COLLECT_WARNINGS);
/** {@inheritDoc report_model.populationPhrase} */
export const populationPhrase = /* @__PURE__ */ guarded('populationPhrase', report_model.populationPhrase, plain.POPULATION_PHRASE);
/** {@inheritDoc report_model.populationText} */
export const populationText = /* @__PURE__ */ guarded('populationText', report_model.populationText, shapes.RESULT_AND_LANG);
/** {@inheritDoc report_model.reportTarget} */
export const reportTarget = /* @__PURE__ */ guarded('reportTarget', report_model.reportTarget, shapes.REPORT_TARGET);
/** {@inheritDoc report_model.targetReadings} */
export const targetReadings = /* @__PURE__ */ guarded('targetReadings', report_model.targetReadings, shapes.ENTRIES);
