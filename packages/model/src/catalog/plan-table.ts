import * as z from 'zod/mini';
import type { AreaLevel } from '../area.js';
import { CoopError } from '../errors.js';
import { IndicatorSchema, IndicatorUnitSchema, type Indicator, type IndicatorUnit } from '../indicator.js';
import { checkLang } from '../internal/digits.js';
import { checkData, readOwn } from '../internal/guard.js';
import type { Lang } from '../label.js';
import { PlanSchema, type Plan } from '../plan.js';
import { ComparatorSchema, type Comparator } from '../target.js';
import { INDICATORS, PLANS, getIndicator } from './index.js';

/**
 * One display row: a target of a plan (or a plan without numeric targets).
 *
 * @example
 * ```ts
 * import { planTable, type PlanTableRow } from '@coop/model';
 * const row: PlanTableRow | undefined = planTable().find((r) => r.plan === 'thai-nguyen-42-2024');
 * row?.target; // 'good-or-fair-share'
 * row?.deadline; // 2025
 * row?.comparator; // '>= 60 %'
 * row?.source; // 'Kế hoạch 42/KH-UBND II.2'
 * ```
 */
export interface PlanTableRow {
  /** Plan id. */
  readonly plan: string;
  /** Document number and date, e.g. `42/KH-UBND, 2024-03-14` (`—` when the text gives neither). */
  readonly document: string;
  /** Target id (empty for a plan without numeric targets). */
  readonly target: string;
  /** Target label (or a note that the plan has no numeric targets). */
  readonly label: string;
  /** Deadline year (undefined for a plan without numeric targets). */
  readonly deadline: number | undefined;
  /** The comparator as text, e.g. `> 60 %`, `range 20–25`, `>= 1 in each district`. */
  readonly comparator: string;
  /** The source clause, e.g. `Kế hoạch 42/KH-UBND II.2`. */
  readonly source: string;
  /** The original Vietnamese phrase. */
  readonly phrase: string;
}

const UNIT_SUFFIX: Readonly<Record<IndicatorUnit, string>> = {
  count: '',
  percent: ' %',
  vnd: ' VND',
  'vnd-per-ha': ' VND/ha',
  members: '',
  households: '',
  persons: '',
};

const LEVEL_LABELS: Readonly<Record<AreaLevel, Record<Lang, string>>> = {
  country: { vi: 'cả nước', en: 'country' },
  province: { vi: 'tỉnh', en: 'province' },
  district: { vi: 'huyện', en: 'district' },
  commune: { vi: 'xã', en: 'commune' },
};

/** Groups digits by three with spaces from 10 000 up (`5 000 000 000`); smaller numbers stay as they are. */
const formatNumber = (value: number): string => {
  if (!Number.isInteger(value) || Math.abs(value) < 10_000) return String(value);
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
};

/**
 * Writes a comparator as short text for tables, in the style of the domain notes.
 *
 * @param comparator - the comparator
 * @param unit - the unit of the indicator it judges (adds ` %`, ` VND`, … to the numbers)
 * @param lang - language of the words (`range`, `growth`, `in each district`); default English
 * @returns e.g. `> 60 %`, `range 20–25`, `≈ 30 %`, `growth >= 10 %`, `>= 1 in each district`
 * @throws CoopError `INVALID_ARGUMENT` for a comparator that is not a valid {@link Comparator}, an unknown
 * unit or a language other than `vi`/`en`
 * @example
 * ```ts
 * import { formatComparator } from '@coop/model';
 * formatComparator({ kind: '>=', value: 5_000_000_000 }, 'vnd'); // '>= 5 000 000 000 VND'
 * formatComparator({ kind: 'range', min: 20, max: 25 }, 'count'); // 'range 20–25'
 * ```
 */
export const formatComparator = (comparator: Comparator, unit: IndicatorUnit, lang: Lang = 'en'): string =>
  writeComparator(checkData(ComparatorSchema, comparator, 'comparator'), checkData(IndicatorUnitSchema, unit, 'unit'), checkLang(lang));

/** Writes a comparator already checked (see {@link formatComparator}). */
const writeComparator = (comparator: Comparator, unit: IndicatorUnit, lang: Lang): string => {
  const suffix = UNIT_SUFFIX[unit];
  switch (comparator.kind) {
    case 'range':
      return `${lang === 'vi' ? 'từ' : 'range'} ${formatNumber(comparator.min)}–${formatNumber(comparator.max)}${suffix}`;
    case 'approximately':
      return `≈ ${formatNumber(comparator.value)}${suffix}${
        comparator.tolerance === undefined ? '' : ` ± ${formatNumber(comparator.tolerance)}`
      }`;
    case 'growth':
      return `${lang === 'vi' ? 'tăng' : 'growth'} >= ${comparator.minPercent} %${
        comparator.baselineYear === undefined ? '' : lang === 'vi' ? ` so với ${comparator.baselineYear}` : ` vs ${comparator.baselineYear}`
      }`;
    case 'yearly-growth':
      return `${lang === 'vi' ? 'tăng mỗi năm' : 'yearly growth'} >= ${comparator.minPercent} %${
        comparator.fromYear === undefined ? '' : lang === 'vi' ? ` từ ${comparator.fromYear}` : ` from ${comparator.fromYear}`
      }`;
    case 'every-unit':
      return `${writeComparator(comparator.comparator, unit, lang)} ${lang === 'vi' ? 'ở mỗi' : 'in each'} ${
        LEVEL_LABELS[comparator.level][lang]
      }`;
    default:
      return `${comparator.kind} ${formatNumber(comparator.value)}${suffix}`;
  }
};

const documentText = (plan: Plan): string =>
  [plan.document.number, plan.document.date].filter((part) => part !== undefined).join(', ') || '—';

/**
 * Turns plans into display rows: one row per numeric target (plan, document, deadline, target,
 * comparator text, source clause, original phrase), and one row for a plan without numeric targets.
 *
 * @param options - `plans` (default: the built-in plans), `indicators` (to find units; default: the
 *   built-in indicators), `lang` of the labels (default `en`)
 * @returns the rows, in plan order then target order
 * @throws CoopError `UNKNOWN_INDICATOR` when a target names an indicator not in `indicators`;
 * `INVALID_ARGUMENT` for options, plans or indicators that are not valid (checked on a snapshot, with
 * `details.issues`) or a language other than `vi`/`en`
 * @example
 * ```ts
 * import { planTable } from '@coop/model';
 * const rows = planTable();
 * rows.find((row) => row.plan === 'mard-2803-2023')?.comparator; // '> 60 %'
 * ```
 */
export const planTable = (
  options: { plans?: readonly Plan[]; indicators?: readonly Indicator[]; lang?: Lang } = {},
): PlanTableRow[] => {
  const { plans, indicators, lang } = readTableOptions(options);
  const units = new Map(indicators.map((indicator) => [indicator.id, indicator.unit]));
  const rows: PlanTableRow[] = [];
  for (const plan of plans) {
    const document = documentText(plan);
    if (plan.targets.length === 0) {
      const tasks = plan.tasks.length;
      rows.push({
        plan: plan.id,
        document,
        target: '',
        label:
          lang === 'vi'
            ? `Không có chỉ tiêu định lượng${tasks > 0 ? ` (${tasks} nhiệm vụ)` : ''}`
            : `No numeric targets${tasks > 0 ? ` (${tasks} tasks)` : ''}`,
        deadline: undefined,
        comparator: '—',
        source: plan.source?.document ?? plan.document.number ?? plan.id,
        phrase: '',
      });
      continue;
    }
    for (const target of plan.targets) {
      rows.push({
        plan: plan.id,
        document,
        target: target.id,
        label: target.label[lang],
        deadline: target.deadline,
        comparator: writeComparator(target.comparator, units.get(target.indicator) ?? getIndicator(target.indicator, indicators).unit, lang),
        source: [target.source.document, target.source.clause].filter((part) => part !== undefined).join(' '),
        phrase: target.source.phrase ?? '',
      });
    }
  }
  return rows;
};

/**
 * Reads `planTable`'s options once: the language checked, caller plans and indicators validated on a
 * snapshot (the built-in lists are taken as they are).
 */
const readTableOptions = (options: unknown): { plans: readonly Plan[]; indicators: readonly Indicator[]; lang: Lang } => {
  if (typeof options !== 'object' || options === null) {
    throw new CoopError('INVALID_ARGUMENT', 'planTable options must be an object', { argument: 'options' });
  }
  const plans = readOwn(options, 'plans', 'options');
  const indicators = readOwn(options, 'indicators', 'options');
  const lang = readOwn(options, 'lang', 'options');
  return {
    plans: plans === undefined || plans === PLANS ? PLANS : checkData(z.array(PlanSchema), plans, 'options.plans'),
    indicators:
      indicators === undefined || indicators === INDICATORS ? INDICATORS : checkData(z.array(IndicatorSchema), indicators, 'options.indicators'),
    lang: lang === undefined ? 'en' : checkLang(lang),
  };
};
