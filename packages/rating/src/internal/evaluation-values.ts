import {
  ApproximatelyComparatorSchema,
  RangeComparatorSchema,
  SimpleComparatorSchema,
  rational,
  type Issue,
  type Rational,
} from '@coop/model';
import type { LevelComparator } from '../semantics/comparators.js';
import {
  checkLength,
  fail,
  isFiniteNumber,
  isObjectLike,
  isYear,
  makeIssue,
  MAX_DECIMAL_LENGTH,
  MAX_ISSUES,
  ownField,
  unreadableIssue,
  type Path,
} from './evaluation-guard.js';

/** Decimal text read exactly: digits, an optional fraction and a small exponent (no `1e999999999`). */
const DECIMAL = /^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d{1,3})?$/;

/**
 * Reads an exact value — a finite number, a bigint, a decimal string or a rational `{ num, den }`
 * (bigints, `den ≠ 0`) — or records an issue and returns `undefined`. Never throws on data except
 * through a throwing getter (callers run it inside `guard`).
 */
export const readExact = (value: unknown, path: Path, issues: Issue[]): Rational | undefined => {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return rational(value);
  } else if (typeof value === 'bigint') {
    return rational(value);
  } else if (typeof value === 'string') {
    const text = value.trim();
    if (text.length <= MAX_DECIMAL_LENGTH && DECIMAL.test(text)) return rational(text);
  } else if (isObjectLike(value)) {
    const num = ownField(value, 'num');
    const den = ownField(value, 'den');
    if (typeof num === 'bigint' && typeof den === 'bigint' && den !== 0n) return rational({ num, den });
  }
  issues.push(
    makeIssue(path, 'invalid_number', 'Cần một số hữu hạn, chuỗi thập phân hoặc phân số', 'Expected a finite number, a decimal string or a rational', {
      received: value,
    }),
  );
  return undefined;
};

/** A yearly point whose value (and optional numerator / denominator) is exact. */
export interface CheckedPoint {
  readonly year: number;
  readonly value: Rational;
  readonly numerator?: Rational;
  readonly denominator?: Rational;
}

/**
 * Checks yearly points (`[{ year, value, numerator?, denominator? }]`) and returns fresh exact copies,
 * or throws `code` (`INVALID_SERIES`) with the issues. Numerator and denominator are read only when
 * `withQuantities`.
 */
export const checkPoints = (points: unknown, base: Path, code: string, withQuantities: boolean): CheckedPoint[] => {
  const issues: Issue[] = [];
  if (!Array.isArray(points)) {
    return fail(code, 'series', [makeIssue(base, 'invalid_type', 'Cần một mảng điểm số liệu', 'Expected an array of points', { received: points })]);
  }
  checkLength(points, base, 'series');
  const out: CheckedPoint[] = [];
  const length = points.length;
  for (let i = 0; i < length && issues.length < MAX_ISSUES; i += 1) {
    const at = [...base, i];
    let key = '';
    try {
      const point: unknown = points[i];
      if (!isObjectLike(point)) {
        issues.push(makeIssue(at, 'invalid_type', 'Cần một điểm { year, value }', 'Expected a point { year, value }', { received: point }));
        continue;
      }
      key = 'year';
      const year = ownField(point, 'year');
      if (!isYear(year)) issues.push(makeIssue([...at, 'year'], 'invalid_year', 'Cần một năm (1900–2199)', 'Expected a year (1900–2199)', { received: year }));
      key = 'value';
      const value = readExact(ownField(point, 'value'), [...at, 'value'], issues);
      let numerator: Rational | undefined;
      let denominator: Rational | undefined;
      if (withQuantities) {
        key = 'numerator';
        const rawNum = ownField(point, 'numerator');
        numerator = rawNum === undefined ? undefined : readExact(rawNum, [...at, 'numerator'], issues);
        key = 'denominator';
        const rawDen = ownField(point, 'denominator');
        denominator = rawDen === undefined ? undefined : readExact(rawDen, [...at, 'denominator'], issues);
      }
      if (isYear(year) && value !== undefined) {
        out.push({
          year,
          value,
          ...(numerator === undefined ? {} : { numerator }),
          ...(denominator === undefined ? {} : { denominator }),
        });
      }
    } catch (error) {
      issues.push(unreadableIssue(key === '' ? at : [...at, key], error));
    }
  }
  if (issues.length > 0) fail(code, 'series', issues);
  return out;
};

/**
 * Checks a level comparator against the model's comparator schemas (`>`, `>=`, `<`, `<=`, `=`,
 * `range`, `approximately`) and returns the parsed copy, or pushes issues.
 */
export const readLevelComparator = (value: unknown, path: Path, issues: Issue[]): LevelComparator | undefined => {
  const kind = isObjectLike(value) ? ownField(value, 'kind') : undefined;
  const schema =
    kind === 'range' ? RangeComparatorSchema : kind === 'approximately' ? ApproximatelyComparatorSchema : SimpleComparatorSchema;
  const result = schema.safeParse(value);
  if (result.success) return result.data as LevelComparator;
  for (const zodIssue of result.error.issues.slice(0, MAX_ISSUES)) {
    issues.push(
      makeIssue(
        [...path, ...zodIssue.path.map((p) => (typeof p === 'symbol' ? 'symbol' : p))],
        'invalid_comparator',
        'So sánh mức không hợp lệ (>, >=, <, <=, =, range, approximately)',
        `Invalid level comparator: ${zodIssue.message}`,
      ),
    );
  }
  return undefined;
};

/** Reads an optional finite number ≥ `min`. */
export const readOptionalNumber = (value: unknown, path: Path, issues: Issue[], min = Number.NEGATIVE_INFINITY): number | undefined => {
  if (value === undefined) return undefined;
  if (isFiniteNumber(value) && value >= min) return value;
  issues.push(
    makeIssue(path, 'invalid_number', `Cần một số hữu hạn${min > Number.NEGATIVE_INFINITY ? ` ≥ ${min}` : ''}`, `Expected a finite number${min > Number.NEGATIVE_INFINITY ? ` ≥ ${min}` : ''}`, {
      received: value,
    }),
  );
  return undefined;
};

/** Reads an optional year. */
export const readOptionalYear = (value: unknown, path: Path, issues: Issue[]): number | undefined => {
  if (value === undefined) return undefined;
  if (isYear(value)) return value;
  issues.push(makeIssue(path, 'invalid_year', 'Cần một năm (1900–2199)', 'Expected a year (1900–2199)', { received: value }));
  return undefined;
};
