import { ComparatorSchema, CoopError, IndicatorUnitSchema, assertData, assertList, formatVnd, type Comparator, type IndicatorUnit, type Label, type Lang, type Rational } from '@coop/model';
import { fail, guard, isObjectLike, makeIssue, ownField } from './internal/evaluation-guard.js';
import { formatDecimal, formatPercentValue } from './internal/target-format.js';
import type { ProgressStatus } from './evaluation-types.js';
import { COMPARATORS, type PhraseKey } from './semantics/comparators.js';
export type { EvaluationWarning } from './evaluation-types.js';

/**
 * Vietnamese and English labels of the progress statuses.
 *
 * @example
 * ```ts
 * import { PROGRESS_STATUS_LABELS } from '@coop/rating';
 * PROGRESS_STATUS_LABELS['on-track'].vi; // 'đúng tiến độ'
 * PROGRESS_STATUS_LABELS['needs-acceleration'].en; // 'needs acceleration'
 * ```
 */
export const PROGRESS_STATUS_LABELS: Readonly<Record<ProgressStatus, Label>> = {
  achieved: { vi: 'đã đạt', en: 'achieved' },
  'on-track': { vi: 'đúng tiến độ', en: 'on track' },
  'needs-acceleration': { vi: 'cần đẩy nhanh tiến độ', en: 'needs acceleration' },
  'limited-progress': { vi: 'tiến triển hạn chế', en: 'limited progress' },
  deteriorating: { vi: 'đang đi xuống', en: 'deteriorating' },
  'not-achieved': { vi: 'không đạt (đã quá hạn)', en: 'not achieved (deadline passed)' },
  'insufficient-data': { vi: 'chưa đủ số liệu', en: 'insufficient data' },
  'not-applicable': { vi: 'không áp dụng', en: 'not applicable' },
};

/**
 * Formats an indicator value in its unit: `58,3 %` / `58.3 %` (at most one decimal, trailing zeros
 * dropped), money through the model's `formatVnd` (`5,2 tỷ đồng` / `VND 5.2 billion`, `/ha` for
 * VND per hectare), counts with thousands separators.
 *
 * @param value - the value (number or exact rational)
 * @param unit - the indicator unit
 * @param lang - `vi` or `en`
 * @returns the formatted value with its unit
 * @throws CoopError `INVALID_NUMBER` for a non-finite amount of money; `INVALID_ARGUMENT` for an unknown
 * unit or language, or a value that is not a number or a rational
 * @example
 * ```ts
 * import { formatIndicatorValue } from '@coop/rating';
 * formatIndicatorValue(58.333, 'percent', 'vi'); // '58,3 %'
 * formatIndicatorValue(5_200_000_000, 'vnd', 'en'); // 'VND 5.2 billion'
 * ```
 */
export const formatIndicatorValue = (value: number | Rational, unit: IndicatorUnit, lang: Lang): string => {
  if (lang !== 'vi' && lang !== 'en') throw new CoopError('INVALID_ARGUMENT', "lang must be 'vi' or 'en'", { argument: 'lang' });
  switch (assertData(IndicatorUnitSchema, unit, 'unit')) {
    case 'percent':
      return formatPercentValue(value, lang, 1);
    case 'vnd':
      return formatVnd(value, lang);
    case 'vnd-per-ha':
      return `${formatVnd(value, lang)}/ha`;
    case 'members':
      return `${formatDecimal(value, lang, 1)} ${lang === 'vi' ? 'thành viên' : 'members'}`;
    case 'households':
      return `${formatDecimal(value, lang, 1)} ${lang === 'vi' ? 'hộ' : 'households'}`;
    case 'persons':
      return `${formatDecimal(value, lang, 1)} ${lang === 'vi' ? 'người' : 'persons'}`;
    default:
      return formatDecimal(value, lang, 1);
  }
};

/**
 * Says what a comparator asks for, in both languages: `vượt 60 %` / `exceed 60 %`.
 *
 * @param comparator - the comparator
 * @param unit - the indicator unit (for formatting thresholds)
 * @param tolerance - the tolerance used by an approximately comparator, if known
 * @returns the phrase in Vietnamese and English
 * @throws CoopError `INVALID_ARGUMENT` (with `details.issues`) for a comparator that is not valid, an
 * unknown unit or a tolerance that is not a finite number ≥ 0
 * @example
 * ```ts
 * import { comparatorPhrase } from '@coop/rating';
 * comparatorPhrase({ kind: '>', value: 60 }, 'percent').vi; // 'vượt 60 %'
 * ```
 */
export const comparatorPhrase = (comparator: Comparator, unit: IndicatorUnit, tolerance?: number): Label => {
  if (tolerance !== undefined && !(typeof tolerance === 'number' && Number.isFinite(tolerance) && tolerance >= 0)) {
    throw new CoopError('INVALID_ARGUMENT', 'tolerance must be a finite number ≥ 0', { argument: 'tolerance' });
  }
  // Checked on a snapshot (no cycle, Proxy or changing getter reaches the phrasing), then phrased.
  return phrase(assertData(ComparatorSchema, comparator, 'comparator'), assertData(IndicatorUnitSchema, unit, 'unit'), tolerance);
};

/** A comparator's fields, as the wording reads them (which ones a kind has is in its model type). */
type Fields = Comparator & { readonly value: number; readonly min: number; readonly max: number; readonly minPercent: number; readonly tolerance?: number };

/** The wording of each phrase key of the comparator registry (`semantics/comparators.ts`), in Vietnamese and English. */
const PHRASES: { readonly [K in PhraseKey]: (c: Fields, f: (value: number, lang: Lang) => string, p: (value: number, lang: Lang) => string, tolerance: number | undefined, unit: IndicatorUnit) => Label } = {
  exceed: (c, f) => ({ vi: `vượt ${f(c.value, 'vi')}`, en: `exceed ${f(c.value, 'en')}` }),
  'at-least': (c, f) => ({ vi: `đạt từ ${f(c.value, 'vi')} trở lên`, en: `reach at least ${f(c.value, 'en')}` }),
  below: (c, f) => ({ vi: `xuống dưới ${f(c.value, 'vi')}`, en: `get below ${f(c.value, 'en')}` }),
  'at-most': (c, f) => ({ vi: `không quá ${f(c.value, 'vi')}`, en: `be at most ${f(c.value, 'en')}` }),
  equal: (c, f) => ({ vi: `bằng ${f(c.value, 'vi')}`, en: `equal ${f(c.value, 'en')}` }),
  within: (c, f) => ({ vi: `nằm trong khoảng ${f(c.min, 'vi')} – ${f(c.max, 'vi')}`, en: `be within ${f(c.min, 'en')} – ${f(c.max, 'en')}` }),
  about: (c, f, _p, tolerance) => {
    const t = c.tolerance ?? tolerance;
    return t === undefined
      ? { vi: `đạt khoảng ${f(c.value, 'vi')}`, en: `be about ${f(c.value, 'en')}` }
      : { vi: `đạt khoảng ${f(c.value, 'vi')} (± ${formatDecimal(t, 'vi', 2)})`, en: `be about ${f(c.value, 'en')} (± ${formatDecimal(t, 'en', 2)})` };
  },
  growth: (c, _f, p) => ({ vi: `tăng ít nhất ${p(c.minPercent, 'vi')} so với năm gốc`, en: `grow by at least ${p(c.minPercent, 'en')} over the baseline` }),
  'yearly-growth': (c, _f, p) => ({ vi: `tăng ít nhất ${p(c.minPercent, 'vi')}/năm`, en: `grow by at least ${p(c.minPercent, 'en')} a year` }),
  'every-unit': (c, _f, _p, _t, unit) => {
    const every = c as Extract<Comparator, { kind: 'every-unit' }>;
    const inner = phrase(every.comparator, unit);
    const level = LEVEL_WORDS[every.level];
    return { vi: `${inner.vi} ở mọi ${level.vi}`, en: `${inner.en} in every ${level.en}` };
  },
};

const phrase = (comparator: Comparator, unit: IndicatorUnit, tolerance?: number): Label =>
  PHRASES[COMPARATORS[comparator.kind].phrase](
    comparator as Fields,
    (value, lang) => formatIndicatorValue(value, unit, lang),
    (value, lang) => formatPercentValue(value, lang, 2),
    tolerance,
    unit,
  );

const LEVEL_WORDS: Readonly<Record<'country' | 'province' | 'district' | 'commune', Label>> = {
  country: { vi: 'quốc gia', en: 'country' },
  province: { vi: 'tỉnh', en: 'province' },
  district: { vi: 'huyện', en: 'district' },
  commune: { vi: 'xã', en: 'commune' },
};

/**
 * Joins clauses into one line per language (`; ` between clauses).
 *
 * @param parts - the clauses, in order (undefined entries are dropped)
 * @returns one line in Vietnamese and one in English
 * @throws CoopError `INVALID_ARGUMENT` (with `details.issues`) for a part that is not a `{ vi, en }` label
 * or undefined; `LIMIT_EXCEEDED` for more than `LIMITS.listLength` parts
 * @example
 * ```ts
 * import { joinExplanation } from '@coop/rating';
 * joinExplanation([{ vi: 'a', en: 'a' }, undefined, { vi: 'b', en: 'b' }]); // { vi: 'a; b', en: 'a; b' }
 * ```
 */
export const joinExplanation = (parts: ReadonlyArray<Label | undefined>): Label => {
  const present = assertList(parts, 'parts').flatMap((part, index) => readLabel(part, index));
  return { vi: present.map((p) => p.vi).join('; '), en: present.map((p) => p.en).join('; ') };
};

/** One clause, its texts read once: `[]` for undefined, `[label]` for a label, a typed error otherwise. */
const readLabel = (part: unknown, index: number): Label[] =>
  guard('INVALID_ARGUMENT', 'explanation parts', () => [index], () => {
    if (part === undefined) return [];
    const vi = isObjectLike(part) ? ownField(part, 'vi') : undefined;
    const en = isObjectLike(part) ? ownField(part, 'en') : undefined;
    if (typeof vi === 'string' && typeof en === 'string') return [{ vi, en }];
    return fail('INVALID_ARGUMENT', 'explanation parts', [
      makeIssue([index], 'invalid_type', 'Cần một nhãn { vi, en } hoặc undefined', 'Expected a { vi, en } label or undefined', { received: part }),
    ]);
  });
