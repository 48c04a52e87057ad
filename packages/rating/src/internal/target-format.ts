import { rationalToNumber, type Lang, type Rational } from '@coop/model';

const group = (digits: string, separator: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/**
 * Formats a number with Vietnamese (decimal comma, dot for thousands) or English conventions, with at
 * most `decimals` decimals and trailing zeros dropped: 58.333 → `58,3` / `58.3`; 1234567 → `1.234.567`
 * / `1,234,567`.
 */
export const formatNumber = (value: number | Rational, lang: Lang, decimals = 1): string => {
  const n = typeof value === 'number' ? value : rationalToNumber(value);
  if (!Number.isFinite(n)) return String(n);
  const fixed = Math.abs(n).toFixed(decimals);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
  const body = group(whole, lang === 'vi' ? '.' : ',');
  return sign + body + (trimmed.length > 0 ? (lang === 'vi' ? ',' : '.') + trimmed : '');
};

