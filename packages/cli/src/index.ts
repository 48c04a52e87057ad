/**
 * `@coop/cli` — the `coop` command's building blocks, usable on their own (they have no Node
 * dependency, so a portal can use them in a browser): the Vietnamese/English header map (from
 * `@coop/sheets`, which reads the files), record issues with line and column, text tables, SVG charts and the HTML report.
 */
import { guarded } from './guard.js';
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
export {
  HEADER_MAP,
  REQUIRED_FIELDS,
  headerOf,
  mapHeaders,
  normaliseHeader,
  type HeaderMapping,
  type HeaderSpec,
} from '@coop/sheets';
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

// The library's functions, each behind the checked boundary of ./guard.ts (see the TSDoc of each in its module).
/** {@inheritDoc args.helpText} */
export const helpText = guarded('helpText', args.helpText);
/** {@inheritDoc args.parseArgs} */
export const parseArgs = guarded('parseArgs', args.parseArgs);
/** {@inheritDoc records.formatRowIssue} */
export const formatRowIssue = guarded('formatRowIssue', records.formatRowIssue);
/** {@inheritDoc records.toLoadedRecords} */
export const toLoadedRecords = guarded('toLoadedRecords', records.toLoadedRecords);
/** {@inheritDoc records.toRowIssue} */
export const toRowIssue = guarded('toRowIssue', records.toRowIssue);
/** {@inheritDoc table.displayWidth} */
export const displayWidth = guarded('displayWidth', table.displayWidth);
/** {@inheritDoc table.heading} */
export const heading = guarded('heading', table.heading);
/** {@inheritDoc table.progressBar} */
export const progressBar = guarded('progressBar', table.progressBar);
/** {@inheritDoc table.renderTable} */
export const renderTable = guarded('renderTable', table.renderTable);
/** {@inheritDoc table.tableDate} */
export const tableDate = guarded('tableDate', table.tableDate);
/** {@inheritDoc charts.axisTicks} */
export const axisTicks = guarded('axisTicks', charts.axisTicks);
/** {@inheritDoc charts.escapeHtml} */
export const escapeHtml = guarded('escapeHtml', charts.escapeHtml);
/** {@inheritDoc charts.yearTicks} */
export const yearTicks = guarded('yearTicks', charts.yearTicks);
/** {@inheritDoc charts.stackedBarChart} */
export const stackedBarChart = guarded('stackedBarChart', charts.stackedBarChart);
/** {@inheritDoc charts.timelineChart} */
export const timelineChart = guarded('timelineChart', charts.timelineChart);
/** {@inheritDoc charts.trajectoryChart} */
export const trajectoryChart = guarded('trajectoryChart', charts.trajectoryChart);
/** {@inheritDoc deadline_list.deadlineJson} */
export const deadlineJson = guarded('deadlineJson', deadline_list.deadlineJson);
/** {@inheritDoc deadline_list.deadlineRows} */
export const deadlineRows = guarded('deadlineRows', deadline_list.deadlineRows);
/** {@inheritDoc deadline_list.deadlineTable} */
export const deadlineTable = guarded('deadlineTable', deadline_list.deadlineTable);
/** {@inheritDoc deadline_list.resolveCycles} */
export const resolveCycles = guarded('resolveCycles', deadline_list.resolveCycles);
/** {@inheritDoc deadline_list.weekdayOf} */
export const weekdayOf = guarded('weekdayOf', deadline_list.weekdayOf);
/** {@inheritDoc grading.findRulebook} */
export const findRulebook = guarded('findRulebook', grading.findRulebook);
/** {@inheritDoc grading.gradeDistribution} */
export const gradeDistribution = guarded('gradeDistribution', grading.gradeDistribution);
/** {@inheritDoc grading.gradeKey} */
export const gradeKey = guarded('gradeKey', grading.gradeKey);
/** {@inheritDoc grading.gradeKeyLabel} */
export const gradeKeyLabel = guarded('gradeKeyLabel', grading.gradeKeyLabel);
/** {@inheritDoc grading.gradeRecords} */
export const gradeRecords = guarded('gradeRecords', grading.gradeRecords);
/** {@inheritDoc grading.gradeSummaryTable} */
export const gradeSummaryTable = guarded('gradeSummaryTable', grading.gradeSummaryTable);
/** {@inheritDoc grading.gradeTable} */
export const gradeTable = guarded('gradeTable', grading.gradeTable);
/** {@inheritDoc grading.rulebookFor} */
export const rulebookFor = guarded('rulebookFor', grading.rulebookFor);
/** {@inheritDoc grading.rulebookIds} */
export const rulebookIds = guarded('rulebookIds', grading.rulebookIds);
/** {@inheritDoc plan_check.areaCodeNotes} */
export const areaCodeNotes = guarded('areaCodeNotes', plan_check.areaCodeNotes);
/** {@inheritDoc plan_check.checkTable} */
export const checkTable = guarded('checkTable', plan_check.checkTable);
/** {@inheritDoc plan_check.entryExplanation} */
export const entryExplanation = guarded('entryExplanation', plan_check.entryExplanation);
/** {@inheritDoc plan_check.entryStatus} */
export const entryStatus = guarded('entryStatus', plan_check.entryStatus);
/** {@inheritDoc plan_check.countStatuses} */
export const countStatuses = guarded('countStatuses', plan_check.countStatuses);
/** {@inheritDoc plan_check.exitCodeFor} */
export const exitCodeFor = guarded('exitCodeFor', plan_check.exitCodeFor);
/** {@inheritDoc plan_check.findPlan} */
export const findPlan = guarded('findPlan', plan_check.findPlan);
/** {@inheritDoc plan_check.gapText} */
export const gapText = guarded('gapText', plan_check.gapText);
/** {@inheritDoc plan_check.goalText} */
export const goalText = guarded('goalText', plan_check.goalText);
/** {@inheritDoc plan_check.planIds} */
export const planIds = guarded('planIds', plan_check.planIds);
/** {@inheritDoc plan_check.statusLabel} */
export const statusLabel = guarded('statusLabel', plan_check.statusLabel);
/** {@inheritDoc plan_check.targetJson} */
export const targetJson = guarded('targetJson', plan_check.targetJson);
/** {@inheritDoc plan_check.valueText} */
export const valueText = guarded('valueText', plan_check.valueText);
/** {@inheritDoc report_html.renderReportHtml} */
export const renderReportHtml = guarded('renderReportHtml', report_html.renderReportHtml);
/** {@inheritDoc report_model.buildReportModel} */
export const buildReportModel = guarded('buildReportModel', report_model.buildReportModel);
/** {@inheritDoc report_model.collectWarnings} */
export const collectWarnings = guarded('collectWarnings', report_model.collectWarnings);
/** {@inheritDoc report_model.populationPhrase} */
export const populationPhrase = guarded('populationPhrase', report_model.populationPhrase);
/** {@inheritDoc report_model.populationText} */
export const populationText = guarded('populationText', report_model.populationText);
/** {@inheritDoc report_model.reportTarget} */
export const reportTarget = guarded('reportTarget', report_model.reportTarget);
/** {@inheritDoc report_model.targetReadings} */
export const targetReadings = guarded('targetReadings', report_model.targetReadings);
