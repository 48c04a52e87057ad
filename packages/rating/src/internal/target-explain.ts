import { rational, type Indicator, type IndicatorUnit, type Label, type Rational, type Target } from '@coop/model';
import { comparatorPhrase, formatIndicatorValue } from '../explain.js';
import { formatDecimal } from './target-format.js';
import type { TargetGap } from '../target-gap.js';

/** The noun for "organisations" in a population: HTX / co-ops, THT / groups, or tổ chức / organisations. */
export const organisationNoun = (indicator: Indicator | undefined): { vi: string; en: string; enOne: string } => {
  const kinds = indicator?.population.kinds;
  if (kinds !== undefined && kinds.length === 1 && kinds[0] === 'cooperative') return { vi: 'HTX', en: 'co-ops', enOne: 'co-op' };
  if (kinds !== undefined && kinds.length === 1 && kinds[0] === 'cooperative-group') return { vi: 'THT', en: 'cooperative groups', enOne: 'cooperative group' };
  if (kinds !== undefined && kinds.length === 1 && kinds[0] === 'union') return { vi: 'LHHTX', en: 'unions', enOne: 'union' };
  return { vi: 'tổ chức', en: 'organisations', enOne: 'organisation' };
};

const amountText = (
  amount: bigint,
  unit: string,
  lang: 'vi' | 'en',
  noun: { vi: string; en: string; enOne: string },
  qualifier = '',
): string => {
  const q = qualifier === '' ? '' : `${qualifier} `;
  const counted = (vi: string, enOne: string, enMany: string): string =>
    lang === 'vi' ? `${formatDecimal(amount, 'vi', 0)} ${vi}` : `${formatDecimal(amount, 'en', 0)} ${q}${amount === 1n ? enOne : enMany}`;
  switch (unit) {
    case 'organisations':
      return counted(noun.vi, noun.enOne, noun.en);
    case 'households':
      return counted('hộ', 'household', 'households');
    case 'members':
      return counted('thành viên', 'member', 'members');
    case 'persons':
      return counted('người', 'person', 'persons');
    case 'vnd':
      return lang === 'vi' ? formatIndicatorValue(rational(amount), 'vnd', 'vi') : `${formatIndicatorValue(rational(amount), 'vnd', 'en')}${qualifier === '' ? '' : ` ${qualifier}`}`;
    default:
      return lang === 'vi' ? formatDecimal(amount, 'vi', 2) : `${formatDecimal(amount, 'en', 2)}${qualifier === '' ? '' : ` ${qualifier}`}`;
  }
};

/** The gap clause of a target explanation. */
export const gapClause = (
  gap: TargetGap,
  target: Target,
  unit: IndicatorUnit,
  indicator: Indicator | undefined,
  tolerance: number | undefined,
  valueUnit: IndicatorUnit | 'percent-growth',
  names: ReadonlyMap<string, Label> = new Map(),
): Label | undefined => {
  const phrase = comparatorPhrase(target.comparator, unit, tolerance);
  const noun = organisationNoun(indicator);
  const fmt = (r: Rational, lang: 'vi' | 'en'): string =>
    valueUnit === 'percent-growth'
      ? `${formatDecimal(r, lang, 2)} ${lang === 'vi' ? 'điểm phần trăm' : 'percentage points'}`
      : formatIndicatorValue(r, valueUnit, lang);
  switch (gap.kind) {
    case 'met':
      return gap.exceeded === true
        ? { vi: `đạt và vượt mức trên của chỉ tiêu (${phrase.vi})`, en: `meets and exceeds the upper end of the target (${phrase.en})` }
        : { vi: `đạt yêu cầu ${phrase.vi}`, en: `meets the target (${phrase.en})` };
    case 'change': {
      if (gap.basis === 'population-total') {
        return {
          vi: `tổng của cả tổng thể cần ${gap.change === 'more' ? 'tăng thêm' : 'giảm'} ${amountText(gap.amount, gap.unit, 'vi', noun)} để ${phrase.vi}`,
          en: `the population's total must ${gap.change === 'more' ? 'grow' : 'fall'} by ${amountText(gap.amount, gap.unit, 'en', noun)} to ${phrase.en}`,
        };
      }
      return gap.change === 'more'
        ? { vi: `cần thêm ${amountText(gap.amount, gap.unit, 'vi', noun)} để ${phrase.vi}`, en: `${amountText(gap.amount, gap.unit, 'en', noun, 'more')} needed to ${phrase.en}` }
        : { vi: `cần giảm ${amountText(gap.amount, gap.unit, 'vi', noun)} để ${phrase.vi}`, en: `${amountText(gap.amount, gap.unit, 'en', noun, 'fewer')} needed to ${phrase.en}` };
    }
    case 'distance':
      return {
        vi: `còn cách ${fmt(gap.distance, 'vi')} để ${phrase.vi}`,
        en: `${fmt(gap.distance, 'en')} short of the target (${phrase.en})`,
      };
    case 'unreachable':
      return { vi: `không thể ${phrase.vi}: ${gap.reason.vi.toLowerCase()}`, en: `cannot ${phrase.en}: ${gap.reason.en.toLowerCase()}` };
    case 'units': {
      // Units by name ("huyện Định Hóa" / "Dinh Hoa district") when the area list names them.
      const named = (lang: 'vi' | 'en'): string =>
        gap.failing
          .map((code) => {
            const name = names.get(code)?.[lang];
            return name === undefined ? code : lang === 'vi' ? name.charAt(0).toLowerCase() + name.slice(1) : name;
          })
          .join(', ');
      // Units without a value (their records lack the data) are neither meeting nor failing: said, not hidden.
      const undecided = gap.total - gap.meeting - gap.failing.length;
      return {
        vi: `${gap.failing.length}/${gap.total} địa bàn chưa đạt${gap.failing.length > 0 ? ` (${named('vi')})` : ''}${undecided > 0 ? `; ${undecided}/${gap.total} địa bàn chưa có số liệu` : ''}`,
        en: `${gap.failing.length} of ${gap.total} units fail${gap.failing.length > 0 ? ` (${named('en')})` : ''}${undecided > 0 ? `; ${undecided} of ${gap.total} units have no value` : ''}`,
      };
    }
    case 'years':
      return gap.failing.length === 0
        ? undefined
        : { vi: `các năm chưa đạt mức tăng: ${gap.failing.join(', ')}`, en: `years below the growth floor: ${gap.failing.join(', ')}` };
    case 'not-computable':
      return gap.reason;
  }
};
