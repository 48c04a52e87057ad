import { formatNumber, type Lang, type Rational } from '@coop/model';

/*
 * Number formatting for explanations, on top of the model's `formatNumber` (digits, separators and
 * exact half-away-from-zero rounding live there). Two rating conventions stay here because the
 * model's `formatPercent` differs on purpose: explanations drop trailing zeros (`60 %`, not `60,0 %`)
 * and keep a space before `%` in English too (`58.3 %`, where `formatPercent` writes `58.3%`).
 */

/**
 * At most `decimals` decimals, trailing zeros dropped: `58,3` / `58.3`; `1.234.567` / `1,234,567`.
 * A non-finite float (a projection gone wild) is written as JavaScript prints it instead of throwing.
 */
export const formatDecimal = (value: number | bigint | Rational, lang: Lang, decimals = 1): string =>
  typeof value === 'number' && !Number.isFinite(value) ? String(value) : formatNumber(value, lang, { maxDecimals: decimals });

/** A value already in percent: `58,3 %` / `58.3 %`, trailing zeros dropped (`60 %`). */
export const formatPercentValue = (value: number | Rational, lang: Lang, decimals = 1): string => `${formatDecimal(value, lang, decimals)} %`;
