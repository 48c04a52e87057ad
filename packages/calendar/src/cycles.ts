/**
 * Reporting cycles as data: who reports what, for which period, by which date, under which cut-off
 * window, from which document. The built-in catalog encodes every cycle of the domain note
 * `calendar.md`; users define their own through {@link defineCycle} / {@link parseCycle}.
 */
import { CoopError, type Citation, type Label, type ParseResult } from '@coop/model';
import { validateCycle } from './internal/validate-cycle.js';
import type { PeriodType } from './period.js';
import type { WindowRuleId } from './window.js';

/**
 * A report is due by a date and can roll over days off; an event just happens on its date.
 *
 * @example
 * ```ts
 * import { CYCLES, deadlines, type CycleKind } from '@coop/calendar';
 * const kind: CycleKind = CYCLES['cooperative-day'].kind;
 * kind; // 'event'
 * // 11 April 2026 is a Saturday: an event stays on its date
 * deadlines(CYCLES['cooperative-day'], { from: '2026-04-01', to: '2026-04-30' })[0]?.steps[0]?.effectiveDate; // '2026-04-11'
 * ```
 */
export type CycleKind = 'report' | 'event';

/**
 * Who submits at a step: a cooperative group, a cooperative, any collective organisation (groups,
 * co-ops and unions), a commune, a district, a province, a reporting agency (ministries, departments,
 * provinces as reporting units) or a ministry.
 *
 * @example
 * ```ts
 * import { CYCLES, type ReportingLevel } from '@coop/calendar';
 * const chain: (ReportingLevel | undefined)[] = CYCLES['coop-group-77-2019'].steps.map((s) => s.level);
 * chain.join(' → '); // 'group → commune → commune → district → province' (district steps until 30/06/2025)
 * ```
 */
export type ReportingLevel = 'group' | 'cooperative' | 'organisation' | 'commune' | 'district' | 'province' | 'agency' | 'ministry';

/**
 * Every reporting level.
 *
 * @example
 * ```ts
 * import { REPORTING_LEVELS } from '@coop/calendar';
 * REPORTING_LEVELS.includes('district'); // true
 * ```
 */
export const REPORTING_LEVELS: readonly ReportingLevel[] = ['group', 'cooperative', 'organisation', 'commune', 'district', 'province', 'agency', 'ministry'];

/**
 * The date as written in the source, relative to a period. Either a fixed month/day in the period's
 * year plus `yearOffset` (the year-after steps of a chain use `yearOffset: 1`), or a day of the month
 * `monthsAfterEnd` months after the period's last month (`0` = the last month itself; a day beyond the
 * month's end means its last day, as in Civil Code art. 147).
 *
 * @example
 * ```ts
 * import { defineCycle, deadlines, type DueDateRule } from '@coop/calendar';
 * const fixed: DueDateRule = { month: 12, day: 15 }; // 15 December of the period's year
 * const afterEnd: DueDateRule = { monthsAfterEnd: 1, day: 'last' }; // last day of the month after the period
 * const cycle = defineCycle({
 *   id: 'monthly', kind: 'report', label: { vi: 'Báo cáo tháng', en: 'Monthly report' }, source: { document: 'Example' },
 *   periodType: 'month', window: 'calendar',
 *   steps: [{ id: 'report', level: 'district', label: { vi: 'Nộp', en: 'Submit' }, due: afterEnd }],
 * });
 * const [december] = deadlines(cycle, { from: '2025-02-01', to: '2025-02-28' });
 * december?.period; // '202412'
 * december?.steps[0]?.writtenDate; // '2025-01-31' — last day of the month after December
 * december?.steps[0]?.effectiveDate; // '2025-02-03' — rolled past the Tết holiday and the weekend
 * fixed.day; // 15
 * ```
 */
export type DueDateRule =
  | { readonly month: number; readonly day: number; readonly yearOffset?: number }
  | { readonly monthsAfterEnd: number; readonly day: number | 'last' };

/**
 * One step of a cycle: a level submits by a date (a single-step cycle has one).
 *
 * @example
 * ```ts
 * import { CYCLES, type CycleStep } from '@coop/calendar';
 * // Circular 09/2017: the co-op files its self-assessment "before 1 April"
 * const step: CycleStep | undefined = CYCLES['rating-09-2017'].steps[0];
 * step?.level; // 'cooperative'
 * step?.strictBefore; // true
 * ```
 */
export interface CycleStep {
  /** Stable id within the cycle (`report`, `district`, …); part of every deadline's UID. */
  readonly id: string;
  /** Who submits (absent for an event). */
  readonly level?: ReportingLevel;
  /** To whom, in words. */
  readonly to?: Label;
  /** What the step is. */
  readonly label: Label;
  /** The date as written. */
  readonly due: DueDateRule;
  /**
   * `true` when the source says "before" ("trước ngày 20"): the last acceptable day is the day before
   * the written date in the strict reading. `false` for "by" / "in".
   */
  readonly strictBefore: boolean;
  /** Overrides the cycle's {@link ReportingCycle.rollsOverDaysOff} for this step. */
  readonly rollsOverDaysOff?: boolean;
  /** Entry locks this many calendar days after the effective due day ends, when a source says so. */
  readonly lockAfterDays?: number;
  /** The citation of this step, when it differs from the cycle's. */
  readonly source?: Citation;
  /** The step applies only to dates (as written) on or after this civil date, e.g. a chain of the two-tier state from `2025-07-01`. */
  readonly validFrom?: string;
  /** The step applies only to dates (as written) on or before this civil date, e.g. a district step until `2025-06-30`. */
  readonly validUntil?: string;
  /** What about this step is not confirmed by a source (flagged data: shown, but to be checked). */
  readonly unconfirmed?: Label;
}

/**
 * Which periods a cycle applies to: an inclusive range of ids and/or the indices within a year.
 *
 * @example
 * ```ts
 * import { CYCLES, type PeriodSelection } from '@coop/calendar';
 * const once: PeriodSelection | undefined = CYCLES['thai-nguyen-model-nomination-2024'].periods;
 * once?.first === once?.last; // true — a one-off cycle (March 2024)
 * const firstHalfOnly: PeriodSelection = { indices: [1] }; // S1 of every year
 * firstHalfOnly.indices?.length; // 1
 * ```
 */
export interface PeriodSelection {
  /** First period the cycle applies to (same type as the cycle). */
  readonly first?: string;
  /** Last period the cycle applies to; `first === last` makes a one-off cycle. */
  readonly last?: string;
  /** Only these 1-based indices within a year, e.g. `[1]` = S1 only. */
  readonly indices?: readonly number[];
}

/**
 * Legal validity of the source: effective and repeal dates (civil dates), where known.
 *
 * @example
 * ```ts
 * import { CYCLES, type CycleValidity } from '@coop/calendar';
 * const validity: CycleValidity | undefined = CYCLES['rating-01-2020'].validity;
 * validity?.repealed; // '2025-09-18'
 * validity?.repealedBy?.document; // 'Circular 78/2025/TT-BTC'
 * ```
 */
export interface CycleValidity {
  /** The source took effect on this day. */
  readonly effective?: string;
  /** The source stopped applying on this day. */
  readonly repealed?: string;
  /** The document that repealed it. */
  readonly repealedBy?: Citation;
  /** Anything a user must know about validity. */
  readonly note?: Label;
}

/**
 * A reporting cycle (or a recurring event) as validated data.
 *
 * @example
 * ```ts
 * import { getCycle, type ReportingCycle } from '@coop/calendar';
 * const cycle: ReportingCycle = getCycle('rating-01-2020');
 * cycle.periodType; // 'year'
 * cycle.steps.length; // 3 — co-op 15 Dec → district 18 Dec → province 21 Dec
 * cycle.rollsOverDaysOff; // true
 * cycle.source.document.startsWith('Circular 01/2020/TT-BKHĐT'); // true
 * ```
 */
export interface ReportingCycle {
  /** Stable id, referenced by other packages. */
  readonly id: string;
  /** `report` (due by a date) or `event` (happens on a date, never rolls). */
  readonly kind: CycleKind;
  /** Name in Vietnamese and English. */
  readonly label: Label;
  /** The source. */
  readonly source: Citation;
  /** `document` = read in the document; `research` = from secondary research, may be superseded. */
  readonly evidence: 'document' | 'research';
  /** Caveats and readings made while encoding. */
  readonly note?: Label;
  /** The type of the reported periods. */
  readonly periodType: PeriodType;
  /** The cut-off window rule of the reported data (absent for events). */
  readonly window?: WindowRuleId;
  /** Which periods the cycle applies to (default: every period of the type). */
  readonly periods?: PeriodSelection;
  /** Legal validity of the source. */
  readonly validity?: CycleValidity;
  /** Whether a due day on a weekly rest day or public holiday rolls to the next working day. */
  readonly rollsOverDaysOff: boolean;
  /** The steps, in chain order (co-op → district → province …). */
  readonly steps: readonly CycleStep[];
}

/**
 * What {@link defineCycle} accepts: a {@link ReportingCycle} where `evidence` (default `document`),
 * `rollsOverDaysOff` (default `true`; always `false` for events) and each step's `strictBefore`
 * (default `false`) may be left out.
 *
 * @example
 * ```ts
 * import { defineCycle, type CycleInput } from '@coop/calendar';
 * const input: CycleInput = {
 *   id: 'province-annual', kind: 'report', label: { vi: 'Báo cáo năm của tỉnh', en: 'Provincial annual report' },
 *   source: { document: 'Provincial plan', clause: 'IV.2' }, periodType: 'year', window: 'decree-09-2019',
 *   steps: [{ id: 'report', level: 'district', label: { vi: 'Gửi báo cáo', en: 'Send the report' }, due: { month: 12, day: 10 } }],
 * };
 * const cycle = defineCycle(input);
 * cycle.evidence; // 'document'
 * cycle.steps[0]?.strictBefore; // false
 * ```
 */
export type CycleInput = Omit<ReportingCycle, 'evidence' | 'rollsOverDaysOff' | 'steps'> & {
  readonly evidence?: 'document' | 'research';
  readonly rollsOverDaysOff?: boolean;
  readonly steps: readonly (Omit<CycleStep, 'strictBefore'> & { readonly strictBefore?: boolean })[];
};

/**
 * Validates untrusted cycle data (e.g. a province's own cycle loaded from JSON). Never throws.
 *
 * @param data - anything
 * @returns `{ ok: true, value }` with defaults filled in, or `{ ok: false, issues }` with a path and a
 *   stable code per problem (`invalid_type`, `required`, `unknown_key`, `invalid_value`, `invalid_date`,
 *   `invalid_period`, `duplicate_id`, `ambiguous_due_date`, `event_rolls`)
 * @example
 * ```ts
 * import { parseCycle } from '@coop/calendar';
 * const result = parseCycle({ id: 'x', kind: 'report', label: { vi: 'X', en: 'X' }, source: { document: 'D' },
 *   periodType: 'year', window: 'calendar', steps: [{ id: 'report', level: 'cooperative', label: { vi: 'Nộp', en: 'Submit' }, due: { month: 13, day: 1 } }] });
 * result.ok; // false — issues[0]: path ['steps', 0, 'due', 'month'], code 'invalid_value', received '13'
 * ```
 */
export const parseCycle = (data: unknown): ParseResult<ReportingCycle> => validateCycle(data);

/**
 * Validates a cycle written by a programmer, throwing `CoopError('INVALID_CYCLE')` whose
 * `details.issues` lists every problem (path + code).
 *
 * @param data - the cycle
 * @returns the cycle with defaults filled in
 * @example
 * ```ts
 * import { defineCycle } from '@coop/calendar';
 * const quarterly = defineCycle({
 *   id: 'province-quarterly', kind: 'report', label: { vi: 'Báo cáo quý', en: 'Quarterly report' },
 *   source: { document: 'Provincial plan' }, periodType: 'quarter', window: 'decree-09-2019',
 *   steps: [{ id: 'report', level: 'district', label: { vi: 'Gửi báo cáo', en: 'Send the report' },
 *     due: { monthsAfterEnd: 0, day: 18 } }],
 * });
 * quarterly.rollsOverDaysOff; // true
 * ```
 */
export const defineCycle = (data: CycleInput): ReportingCycle => {
  const result = validateCycle(data);
  if (result.ok) return result.value;
  throw new CoopError('INVALID_CYCLE', `Invalid reporting cycle: ${result.issues.map((i) => `${i.path.join('.')} ${i.code}`).join('; ')}`, {
    issues: result.issues,
  });
};

const SEED_000 = '000_15858be1e788aefe.txt';
const SEED_001 = '001_2a6d91c1938cbbe7.txt';
const SEED_002 = '002_79bcf1625df745b2.txt';
const SEED_004 = '004_14088f7d74b7bf6d.txt';


/** The district level ended on 30/06/2025 (two-tier local government from 1/7/2025). */
const DISTRICT_END = '2025-06-30';
const TWO_TIER_START = '2025-07-01';
/** Flag of a step of the two-tier chain whose text was not found. */
const TWO_TIER_UNCONFIRMED = {
  vi: 'Chuỗi từ 1/7/2025 chưa được xác nhận bằng văn bản: cấp xã nhận thay cấp huyện (Nghị định 253/2025/NĐ-CP đã nói "cơ quan đăng ký kinh doanh cấp xã"); ngày giữ như cấp huyện trước đây.',
  en: 'The chain from 1 Jul 2025 is not confirmed by a text: the commune takes the district’s place (Decree 253/2025/NĐ-CP already speaks of the "commune-level business registration office"); the date is the former district date.',
} as const;

/**
 * Addressees that changed on 01/03/2025: Resolution 176/2025/QH15 (the Government's structure for the
 * 15th National Assembly, in force 01/03/2025) merged the Ministry of Planning and Investment into the
 * Ministry of Finance, and MARD with the Ministry of Natural Resources and Environment into the Ministry
 * of Agriculture and Environment. The source's own addressee stays in the label, dated.
 */
const MINISTRY_OF_FINANCE = {
  vi: 'Bộ Tài chính (trước 3/2025: Bộ Kế hoạch và Đầu tư)',
  en: 'Ministry of Finance (the planning ministry before March 2025)',
} as const;
const MINISTRY_OF_AGRICULTURE = {
  vi: 'Bộ Nông nghiệp và Môi trường (trước 3/2025: Bộ Nông nghiệp và PTNT), qua Cục Kinh tế hợp tác và PTNT',
  en: 'Ministry of Agriculture and Environment (MARD before March 2025), through its cooperative department',
} as const;

const WINDOW_READ = {
  vi: 'Kỳ số liệu: mặc định của NĐ 09/2019 (văn bản không nêu).',
  en: 'Data window: the Decree 09/2019 default (not stated in the source).',
} as const;


/**
 * The built-in cycle `mard-half-year`: Half-year report to MARD. Importable on its own so a bundle carries only the cycles it uses.
 *
 * @example
 * ```ts
 * import { MARD_HALF_YEAR_CYCLE } from '@coop/calendar';
 * MARD_HALF_YEAR_CYCLE.id; // 'mard-half-year'
 * ```
 */
export const MARD_HALF_YEAR_CYCLE = {
  id: 'mard-half-year',
  kind: 'report',
  label: { vi: 'Báo cáo 6 tháng gửi Bộ Nông nghiệp và PTNT', en: 'Half-year report to MARD' },
  source: {
    document: 'Decision 2803/QĐ-BNN-KTHT (MARD action plan, 12/07/2023)',
    clause: 'IV.1',
    phrase: 'trước ngày 20 tháng 06 hàng năm (đối với báo cáo 06 tháng)',
    seed: SEED_000,
  },
  evidence: 'document',
  note: WINDOW_READ,
  periodType: 'half',
  window: 'decree-09-2019',
  periods: { indices: [1] },
  rollsOverDaysOff: true,
  steps: [
    {
      id: 'report',
      level: 'agency',
      to: MINISTRY_OF_AGRICULTURE,
      label: { vi: 'Gửi báo cáo 6 tháng', en: 'Send the half-year report' },
      due: { month: 6, day: 20 },
      strictBefore: true,
    },
  ],

} as const satisfies ReportingCycle;

/**
 * The built-in cycle `mard-annual`: Annual report to MARD. Importable on its own so a bundle carries only the cycles it uses.
 *
 * @example
 * ```ts
 * import { MARD_ANNUAL_CYCLE } from '@coop/calendar';
 * MARD_ANNUAL_CYCLE.id; // 'mard-annual'
 * ```
 */
export const MARD_ANNUAL_CYCLE = {
  id: 'mard-annual',
  kind: 'report',
  label: { vi: 'Báo cáo năm gửi Bộ Nông nghiệp và PTNT', en: 'Annual report to MARD' },
  source: {
    document: 'Decision 2803/QĐ-BNN-KTHT (MARD action plan, 12/07/2023)',
    clause: 'IV.1',
    phrase: 'trước ngày 20 tháng 12 hàng năm (đối với báo cáo năm)',
    seed: SEED_000,
  },
  evidence: 'document',
  note: WINDOW_READ,
  periodType: 'year',
  window: 'decree-09-2019',
  rollsOverDaysOff: true,
  steps: [
    {
      id: 'report',
      level: 'agency',
      to: MINISTRY_OF_AGRICULTURE,
      label: { vi: 'Gửi báo cáo năm', en: 'Send the annual report' },
      due: { month: 12, day: 20 },
      strictBefore: true,
    },
  ],

} as const satisfies ReportingCycle;

/**
 * The built-in cycle `programme-annual`: Annual report on the Government action programme (Resolution 134/NQ-CP). Importable on its own so a bundle carries only the cycles it uses.
 *
 * @example
 * ```ts
 * import { PROGRAMME_ANNUAL_CYCLE } from '@coop/calendar';
 * PROGRAMME_ANNUAL_CYCLE.id; // 'programme-annual'
 * ```
 */
export const PROGRAMME_ANNUAL_CYCLE = {
  id: 'programme-annual',
  kind: 'report',
  label: { vi: 'Báo cáo năm thực hiện Chương trình hành động (Nghị quyết 134/NQ-CP)', en: 'Annual report on the Government action programme (Resolution 134/NQ-CP)' },
  source: {
    document: 'Resolution 134/NQ-CP (15/09/2020)',
    clause: 'III.1',
    phrase: 'định kỳ báo cáo kết quả thực hiện về Bộ Kế hoạch và Đầu tư trước ngày 25 tháng 12 hằng năm',
    seed: SEED_001,
  },
  evidence: 'document',
  note: {
    vi: 'Kỳ số liệu: mặc định của NĐ 09/2019 (văn bản không nêu). Bộ KH&ĐT đã hợp nhất vào Bộ Tài chính (2025).',
    en: 'Data window: the Decree 09/2019 default (not stated in the source). MPI was merged into the Ministry of Finance (2025).',
  },
  periodType: 'year',
  window: 'decree-09-2019',
  rollsOverDaysOff: true,
  steps: [
    {
      id: 'report',
      level: 'agency',
      to: MINISTRY_OF_FINANCE,
      label: { vi: 'Bộ, ngành, địa phương gửi báo cáo năm', en: 'Ministries and provinces send the annual report' },
      due: { month: 12, day: 25 },
      strictBefore: true,
    },
  ],

} as const satisfies ReportingCycle;

/**
 * The built-in cycle `quang-nam-annual`: Annual report to the Quảng Nam People’s Committee. Importable on its own so a bundle carries only the cycles it uses.
 *
 * @example
 * ```ts
 * import { QUANG_NAM_ANNUAL_CYCLE } from '@coop/calendar';
 * QUANG_NAM_ANNUAL_CYCLE.id; // 'quang-nam-annual'
 * ```
 */
export const QUANG_NAM_ANNUAL_CYCLE = {
  id: 'quang-nam-annual',
  kind: 'report',
  label: { vi: 'Báo cáo năm gửi UBND tỉnh Quảng Nam', en: 'Annual report to the Quảng Nam People’s Committee' },
  source: {
    document: 'Quảng Nam Provincial People’s Committee plan implementing Resolution 106/NQ-CP (reported as Plan 7614/KH-UBND, 07/11/2023)',
    clause: 'IV.1',
    phrase: 'định kỳ báo cáo UBND tỉnh kết quả thực hiện (qua Sở Nông nghiệp và PTNT) trước ngày 15/12 hằng năm',
    seed: SEED_002,
  },
  evidence: 'document',
  note: {
    vi: 'Kỳ số liệu: mặc định của NĐ 09/2019 (văn bản không nêu). Kế hoạch đến 2025; tỉnh đã nhập vào TP Đà Nẵng (2025).',
    en: 'Data window: the Decree 09/2019 default (not stated in the source). Plan to 2025; the province was merged into Đà Nẵng (2025).',
  },
  periodType: 'year',
  window: 'decree-09-2019',
  rollsOverDaysOff: true,
  steps: [
    {
      id: 'report',
      level: 'agency',
      to: { vi: 'UBND tỉnh (qua Sở Nông nghiệp và PTNT)', en: 'Provincial People’s Committee (through the Department of Agriculture)' },
      label: { vi: 'Sở, ngành, huyện gửi báo cáo năm', en: 'Departments and districts send the annual report' },
      due: { month: 12, day: 15 },
      strictBefore: true,
    },
  ],

} as const satisfies ReportingCycle;

/**
 * The built-in cycle `thai-nguyen-model-nomination-2024`: Nomination of a model agricultural co-op (Thái Nguyên, 2024). Importable on its own so a bundle carries only the cycles it uses.
 *
 * @example
 * ```ts
 * import { THAI_NGUYEN_MODEL_NOMINATION_2024_CYCLE } from '@coop/calendar';
 * THAI_NGUYEN_MODEL_NOMINATION_2024_CYCLE.id; // 'thai-nguyen-model-nomination-2024'
 * ```
 */
export const THAI_NGUYEN_MODEL_NOMINATION_2024_CYCLE = {
  id: 'thai-nguyen-model-nomination-2024',
  kind: 'report',
  label: { vi: 'Đề xuất HTX NN xây dựng mô hình (Thái Nguyên, 2024)', en: 'Nomination of a model agricultural co-op (Thái Nguyên, 2024)' },
  source: {
    document: 'Plan 42/KH-UBND of the Thái Nguyên Provincial People’s Committee (14/03/2024)',
    clause: 'V.11',
    phrase: 'gửi về Sở Nông nghiệp và PTNT trong tháng 3/2024',
    seed: SEED_004,
  },
  evidence: 'document',
  note: {
    vi: 'Một lần: "trong tháng 3/2024" = hạn 31/3/2024 (Chủ nhật → 01/4 theo Điều 148 BLDS).',
    en: 'One-off: "in March 2024" = due 31 Mar 2024 (a Sunday → 1 Apr under Civil Code art. 148).',
  },
  periodType: 'month',
  window: 'calendar',
  periods: { first: '202403', last: '202403' },
  rollsOverDaysOff: true,
  steps: [
    {
      id: 'report',
      level: 'district',
      to: { vi: 'Sở Nông nghiệp và PTNT', en: 'Department of Agriculture and Rural Development' },
      label: { vi: 'Mỗi huyện gửi ít nhất 01 HTX NN mô hình', en: 'Each district sends at least one model agricultural co-op' },
      due: { monthsAfterEnd: 0, day: 'last' },
      strictBefore: false,
    },
  ],

} as const satisfies ReportingCycle;

/**
 * The built-in cycle `cooperative-day`: Vietnam Cooperative Day. Importable on its own so a bundle carries only the cycles it uses.
 *
 * @example
 * ```ts
 * import { COOPERATIVE_DAY_CYCLE } from '@coop/calendar';
 * COOPERATIVE_DAY_CYCLE.id; // 'cooperative-day'
 * ```
 */
export const COOPERATIVE_DAY_CYCLE = {
  id: 'cooperative-day',
  kind: 'event',
  label: { vi: 'Ngày Hợp tác xã Việt Nam', en: 'Vietnam Cooperative Day' },
  source: {
    document: 'Plan 42/KH-UBND of the Thái Nguyên Provincial People’s Committee (14/03/2024)',
    clause: 'III.1.b',
    phrase: 'chào mừng ngày Hợp tác xã Việt Nam (ngày 11/4)',
    seed: SEED_004,
  },
  evidence: 'document',
  note: { vi: 'Tuần lễ KTTT tổ chức quanh ngày này.', en: 'A collective economy week is held around it.' },
  periodType: 'year',
  rollsOverDaysOff: false,
  steps: [{ id: 'event', label: { vi: 'Ngày Hợp tác xã Việt Nam', en: 'Vietnam Cooperative Day' }, due: { month: 4, day: 11 }, strictBefore: false }],

} as const satisfies ReportingCycle;

/**
 * The built-in cycle `rating-01-2020`: Cooperative rating (Circular 01/2020/TT-BKHĐT). Importable on its own so a bundle carries only the cycles it uses.
 *
 * @example
 * ```ts
 * import { RATING_01_2020_CYCLE } from '@coop/calendar';
 * RATING_01_2020_CYCLE.id; // 'rating-01-2020'
 * ```
 */
export const RATING_01_2020_CYCLE = {
  id: 'rating-01-2020',
  kind: 'report',
  label: { vi: 'Đánh giá, phân loại HTX (Thông tư 01/2020/TT-BKHĐT)', en: 'Cooperative rating (Circular 01/2020/TT-BKHĐT)' },
  source: {
    document: 'Circular 01/2020/TT-BKHĐT (Ministry of Planning and Investment, 19/02/2020)',
    clause: 'art. 9 (reporting)',
    note: 'Each step is addressed to the cooperative registration authority (cơ quan đăng ký hợp tác xã) of the next level, not to a people’s committee (art. 9 as quoted by thuvienphapluat.vn and thukyluat.vn).',
  },
  evidence: 'document',
  periodType: 'year',
  window: 'calendar',
  periods: { first: '2020', last: '2024' },
  validity: {
    effective: '2020-04-01',
    repealed: '2025-09-18',
    repealedBy: { document: 'Circular 78/2025/TT-BTC' },
    note: {
      vi: 'Chưa có văn bản thay thế; dùng cho năm 2025+ là lựa chọn của người dùng. Bước cấp huyện chấm dứt 30/6/2025.',
      en: 'No replacement; using it for 2025+ is the user’s explicit choice. The district step ends on 30 Jun 2025.',
    },
  },
  rollsOverDaysOff: true,
  steps: [
    {
      id: 'cooperative',
      level: 'cooperative',
      to: { vi: 'Cơ quan đăng ký hợp tác xã', en: 'Cooperative registration authority' },
      label: { vi: 'HTX nộp bảng tự chấm điểm', en: 'Co-op submits its scored sheet' },
      due: { month: 12, day: 15 },
      strictBefore: false,
    },
    {
      id: 'district',
      level: 'district',
      to: { vi: 'Cơ quan đăng ký hợp tác xã cấp tỉnh', en: 'Provincial cooperative registration authority' },
      label: { vi: 'Cơ quan đăng ký HTX cấp huyện tổng hợp', en: 'District cooperative registration authority aggregates' },
      due: { month: 12, day: 18 },
      strictBefore: false,
      validUntil: DISTRICT_END,
    },
    {
      id: 'province',
      level: 'province',
      to: { vi: 'Bộ Kế hoạch và Đầu tư (nay là Bộ Tài chính)', en: 'Ministry of Planning and Investment (now the Ministry of Finance)' },
      label: { vi: 'Cơ quan đăng ký HTX cấp tỉnh báo cáo Bộ', en: 'Provincial cooperative registration authority reports to the ministry' },
      due: { month: 12, day: 21 },
      strictBefore: false,
    },
  ],

} as const satisfies ReportingCycle;

/**
 * The built-in cycle `rating-09-2017`: Agricultural cooperative rating (Circular 09/2017/TT-BNNPTNT). Importable on its own so a bundle carries only the cycles it uses.
 *
 * @example
 * ```ts
 * import { RATING_09_2017_CYCLE } from '@coop/calendar';
 * RATING_09_2017_CYCLE.id; // 'rating-09-2017'
 * ```
 */
export const RATING_09_2017_CYCLE = {
  id: 'rating-09-2017',
  kind: 'report',
  label: { vi: 'Đánh giá, phân loại HTX nông nghiệp (Thông tư 09/2017/TT-BNNPTNT)', en: 'Agricultural cooperative rating (Circular 09/2017/TT-BNNPTNT)' },
  source: { document: 'Circular 09/2017/TT-BNNPTNT (MARD, 17/04/2017)' },
  evidence: 'document',
  note: {
    vi: 'Các bước vào mùa xuân năm sau năm được đánh giá. Chưa thấy văn bản bãi bỏ. Từ 1/7/2025 không còn cấp huyện: chuỗi qua cấp xã là dữ liệu chưa xác nhận.',
    en: 'Steps fall in the spring after the rated year. No repeal found (status after 2025 unconfirmed). From 1 Jul 2025 there is no district level: the chain through the commune is unconfirmed data.',
  },
  periodType: 'year',
  window: 'calendar',
  validity: { effective: '2017-05-31' },
  rollsOverDaysOff: true,
  steps: [
    {
      id: 'cooperative',
      level: 'cooperative',
      to: { vi: 'Phòng chuyên môn cấp huyện', en: 'District office' },
      label: { vi: 'HTX gửi kết quả tự đánh giá', en: 'Co-op submits its self-assessment' },
      due: { month: 4, day: 1, yearOffset: 1 },
      strictBefore: true,
      validUntil: DISTRICT_END,
    },
    {
      id: 'cooperative-to-commune',
      level: 'cooperative',
      to: { vi: 'UBND cấp xã', en: 'Commune People’s Committee' },
      label: { vi: 'HTX gửi kết quả tự đánh giá', en: 'Co-op submits its self-assessment' },
      due: { month: 4, day: 1, yearOffset: 1 },
      strictBefore: true,
      validFrom: TWO_TIER_START,
      unconfirmed: TWO_TIER_UNCONFIRMED,
    },
    {
      id: 'district',
      level: 'district',
      to: { vi: 'Cấp tỉnh', en: 'Province' },
      label: { vi: 'Huyện gửi tỉnh', en: 'District reports to the province' },
      due: { month: 4, day: 10, yearOffset: 1 },
      strictBefore: true,
      validUntil: DISTRICT_END,
    },
    {
      id: 'commune',
      level: 'commune',
      to: { vi: 'Cấp tỉnh', en: 'Province' },
      label: { vi: 'Xã gửi tỉnh', en: 'Commune reports to the province' },
      due: { month: 4, day: 10, yearOffset: 1 },
      strictBefore: true,
      validFrom: TWO_TIER_START,
      unconfirmed: TWO_TIER_UNCONFIRMED,
    },
    {
      id: 'province',
      level: 'province',
      to: { vi: 'Bộ Nông nghiệp và Môi trường (trước 2025: Bộ NN&PTNT)', en: 'Ministry of Agriculture and Environment (MARD before 2025)' },
      label: { vi: 'Tỉnh báo cáo Bộ', en: 'Province reports to the ministry' },
      due: { month: 4, day: 15, yearOffset: 1 },
      strictBefore: true,
    },
    {
      id: 'members',
      level: 'cooperative',
      to: { vi: 'Thành viên HTX', en: 'The co-op’s members' },
      label: { vi: 'HĐQT công khai kết quả tự chấm điểm và xếp loại cho thành viên', en: 'Board publishes the self-assessed score and grade to members' },
      due: { month: 4, day: 15, yearOffset: 1 },
      strictBefore: false,
      source: {
        document: 'Circular 09/2017/TT-BNNPTNT (MARD, 17/04/2017)',
        clause: 'art. 5.2.d (step 4)',
        phrase: 'Đến hết 15 tháng 4 hàng năm, nếu không có ý kiến của Phòng Nông nghiệp và Phát triển nông thôn, hội đồng quản trị hợp tác xã nông nghiệp thông báo công khai kết quả tự chấm điểm và xếp loại hợp tác xã cho các thành viên',
        note: '"Đến hết" (until the end of) 15 April: the day itself is allowed, unlike the other steps\' "trước ngày". Read from the Bộ pháp điển text (Điều 12.4.TT.2.5). The condition names the district office; from 1 July 2025 there is none, and the duty to members is kept as written.',
      },
    },
  ],

} as const satisfies ReportingCycle;

/**
 * The built-in cycle `data-update-09-2024`: Annual data update (Circular 09/2024/TT-BKHĐT). Importable on its own so a bundle carries only the cycles it uses.
 *
 * @example
 * ```ts
 * import { DATA_UPDATE_09_2024_CYCLE } from '@coop/calendar';
 * DATA_UPDATE_09_2024_CYCLE.id; // 'data-update-09-2024'
 * ```
 */
export const DATA_UPDATE_09_2024_CYCLE = {
  id: 'data-update-09-2024',
  kind: 'report',
  label: { vi: 'Cập nhật dữ liệu hằng năm (Thông tư 09/2024/TT-BKHĐT)', en: 'Annual data update (Circular 09/2024/TT-BKHĐT)' },
  source: { document: 'Circular 09/2024/TT-BKHĐT' },
  evidence: 'research',
  note: {
    vi: 'Nghiên cứu thứ cấp. Số liệu từ 15/12 năm trước đến 14/12.',
    en: 'Secondary research. Data from 15 Dec of the previous year to 14 Dec.',
  },
  periodType: 'year',
  window: 'decree-09-2019',
  rollsOverDaysOff: true,
  steps: [
    {
      id: 'organisation',
      level: 'organisation',
      label: { vi: 'THT, HTX, LHHTX cập nhật dữ liệu', en: 'Groups, co-ops and unions update their data' },
      due: { month: 12, day: 15 },
      strictBefore: false,
    },
    { id: 'district', level: 'district', label: { vi: 'Huyện tổng hợp', en: 'District aggregates' }, due: { month: 12, day: 18 }, strictBefore: false, validUntil: DISTRICT_END },
    {
      id: 'commune',
      level: 'commune',
      to: { vi: 'Cấp tỉnh', en: 'Province' },
      label: { vi: 'Xã tổng hợp', en: 'Commune aggregates' },
      due: { month: 12, day: 18 },
      strictBefore: false,
      validFrom: TWO_TIER_START,
      unconfirmed: TWO_TIER_UNCONFIRMED,
    },
    {
      id: 'province',
      level: 'province',
      to: MINISTRY_OF_FINANCE,
      label: { vi: 'Tỉnh tổng hợp', en: 'Province aggregates' },
      due: { month: 12, day: 21 },
      strictBefore: false,
    },
  ],

} as const satisfies ReportingCycle;

/**
 * The built-in cycle `coop-group-77-2019`: Cooperative-group reporting (Decree 77/2019/NĐ-CP). Importable on its own so a bundle carries only the cycles it uses.
 *
 * @example
 * ```ts
 * import { COOP_GROUP_77_2019_CYCLE } from '@coop/calendar';
 * COOP_GROUP_77_2019_CYCLE.id; // 'coop-group-77-2019'
 * ```
 */
export const COOP_GROUP_77_2019_CYCLE = {
  id: 'coop-group-77-2019',
  kind: 'report',
  label: { vi: 'Báo cáo tổ hợp tác (Nghị định 77/2019/NĐ-CP)', en: 'Cooperative-group reporting (Decree 77/2019/NĐ-CP)' },
  source: { document: 'Decree 77/2019/NĐ-CP on cooperative groups' },
  evidence: 'research',
  note: {
    vi: 'Nghiên cứu thứ cấp, có thể đã bị thay thế. Không nêu kỳ số liệu: dùng năm dương lịch.',
    en: 'Secondary research; may be superseded. No data window stated: the calendar year is used.',
  },
  periodType: 'year',
  window: 'calendar',
  rollsOverDaysOff: true,
  steps: [
    {
      id: 'group',
      level: 'group',
      to: { vi: 'UBND cấp xã', en: 'Commune People’s Committee' },
      label: { vi: 'THT báo cáo xã', en: 'Group reports to the commune' },
      due: { month: 12, day: 16 },
      strictBefore: true,
    },
    {
      id: 'commune',
      level: 'commune',
      to: { vi: 'UBND cấp huyện', en: 'District People’s Committee' },
      label: { vi: 'Xã báo cáo huyện', en: 'Commune reports to the district' },
      due: { month: 12, day: 30 },
      strictBefore: false,
      validUntil: DISTRICT_END,
    },
    {
      id: 'commune-to-province',
      level: 'commune',
      to: { vi: 'UBND cấp tỉnh', en: 'Provincial People’s Committee' },
      label: { vi: 'Xã báo cáo tỉnh', en: 'Commune reports to the province' },
      due: { month: 12, day: 30 },
      strictBefore: false,
      validFrom: TWO_TIER_START,
      unconfirmed: TWO_TIER_UNCONFIRMED,
    },
    {
      id: 'district',
      level: 'district',
      to: { vi: 'UBND cấp tỉnh', en: 'Provincial People’s Committee' },
      label: { vi: 'Huyện báo cáo tỉnh', en: 'District reports to the province' },
      due: { month: 1, day: 15, yearOffset: 1 },
      strictBefore: false,
      validUntil: DISTRICT_END,
    },
    {
      id: 'province',
      level: 'province',
      to: { vi: 'Bộ', en: 'Ministry' },
      label: { vi: 'Tỉnh báo cáo Bộ', en: 'Province reports to the ministry' },
      due: { month: 1, day: 30, yearOffset: 1 },
      strictBefore: false,
    },
  ],

} as const satisfies ReportingCycle;

/**
 * The built-in cycle `support-programme-124-2021`: Support-programme reporting (Circular 124/2021/TT-BTC). Importable on its own so a bundle carries only the cycles it uses.
 *
 * @example
 * ```ts
 * import { SUPPORT_PROGRAMME_124_2021_CYCLE } from '@coop/calendar';
 * SUPPORT_PROGRAMME_124_2021_CYCLE.id; // 'support-programme-124-2021'
 * ```
 */
export const SUPPORT_PROGRAMME_124_2021_CYCLE = {
  id: 'support-programme-124-2021',
  kind: 'report',
  label: { vi: 'Báo cáo chương trình hỗ trợ (Thông tư 124/2021/TT-BTC)', en: 'Support-programme reporting (Circular 124/2021/TT-BTC)' },
  source: { document: 'Circular 124/2021/TT-BTC' },
  evidence: 'research',
  note: {
    vi: 'Nghiên cứu thứ cấp. Kỳ số liệu: mặc định của NĐ 09/2019 (văn bản không nêu).',
    en: 'Secondary research. Data window: the Decree 09/2019 default (not stated in the source).',
  },
  periodType: 'year',
  window: 'decree-09-2019',
  rollsOverDaysOff: true,
  steps: [
    {
      id: 'to-ministry',
      level: 'agency',
      to: MINISTRY_OF_FINANCE,
      label: { vi: 'Gửi Bộ Tài chính', en: 'Send to the Ministry of Finance' },
      due: { month: 12, day: 20 },
      strictBefore: true,
    },
    {
      id: 'onward',
      level: 'ministry',
      label: { vi: 'Tổng hợp gửi tiếp', en: 'Aggregate and send onward' },
      due: { month: 12, day: 25 },
      strictBefore: true,
    },
  ],

} as const satisfies ReportingCycle;

/**
 * The built-in reporting cycles, by id. Ids are stable: other packages reference them.
 *
 * @example
 * ```ts
 * import { CYCLES } from '@coop/calendar';
 * CYCLES['mard-annual'].steps[0]?.strictBefore; // true ("trước ngày 20 tháng 12")
 * CYCLES['rating-01-2020'].steps.map((s) => s.level); // ['cooperative', 'district', 'province']
 * ```
 */
export const CYCLES = {
  'mard-half-year': MARD_HALF_YEAR_CYCLE,
  'mard-annual': MARD_ANNUAL_CYCLE,
  'programme-annual': PROGRAMME_ANNUAL_CYCLE,
  'quang-nam-annual': QUANG_NAM_ANNUAL_CYCLE,
  'thai-nguyen-model-nomination-2024': THAI_NGUYEN_MODEL_NOMINATION_2024_CYCLE,
  'cooperative-day': COOPERATIVE_DAY_CYCLE,
  'rating-01-2020': RATING_01_2020_CYCLE,
  'rating-09-2017': RATING_09_2017_CYCLE,
  'data-update-09-2024': DATA_UPDATE_09_2024_CYCLE,
  'coop-group-77-2019': COOP_GROUP_77_2019_CYCLE,
  'support-programme-124-2021': SUPPORT_PROGRAMME_124_2021_CYCLE,
} as const satisfies Readonly<Record<string, ReportingCycle>>;

/**
 * Ids of the built-in cycles.
 *
 * @example
 * ```ts
 * import { CYCLES, getCycle, type BuiltInCycleId } from '@coop/calendar';
 * const ids = Object.keys(CYCLES) as BuiltInCycleId[];
 * ids.includes('mard-half-year'); // true
 * getCycle(ids[0]!).id; // 'mard-half-year'
 * ```
 */
export type BuiltInCycleId = keyof typeof CYCLES;

/**
 * A built-in cycle by id, throwing `CoopError('UNKNOWN_CYCLE')` for an unknown id and
 * `CoopError('INVALID_ARGUMENT')` for an id that is not a string.
 *
 * @param id - a built-in cycle id
 * @returns the cycle
 * @example
 * ```ts
 * import { getCycle } from '@coop/calendar';
 * getCycle('coop-group-77-2019').steps.length; // 5 (a district step until 30/06/2025, a commune → province step after)
 * ```
 */
export const getCycle = (id: BuiltInCycleId): ReportingCycle => {
  if (typeof id !== 'string') {
    throw new CoopError('INVALID_ARGUMENT', 'The cycle id must be a string', { received: id === null ? 'null' : typeof id, expected: Object.keys(CYCLES) });
  }
  const cycle: ReportingCycle | undefined = Object.prototype.hasOwnProperty.call(CYCLES, id) ? (CYCLES as Record<string, ReportingCycle>)[id] : undefined;
  if (!cycle) throw new CoopError('UNKNOWN_CYCLE', `No built-in cycle with id ${JSON.stringify(id.slice(0, 80))}`, { id: id.slice(0, 80), expected: Object.keys(CYCLES) });
  return cycle;
};
