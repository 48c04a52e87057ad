import type { Aggregate } from '@coop/model';
import { aggregateSide, type IndicatorSide } from '../semantics/aggregate.js';
import type { Truth } from '../semantics/truth.js';
import { columnValue, type Column } from './frame-columns.js';
import { truthAt, type Truths } from './indicator-condition.js';

/**
 * Computes a count, sum or mean side over a population of a frame (row indices into its columns), by
 * the rules of `semantics/aggregate.ts`.
 *
 * @param aggregate - the side
 * @param column - the frame's column of a field
 * @param population - the population's rows
 * @param where - the truth of the side's `where` for every row of the frame, if it has one
 * @returns the side's value
 */
export const computeSide = (
  aggregate: Exclude<Aggregate, { op: 'external' }>,
  column: (path: string) => Column,
  population: ArrayLike<number>,
  where: Truths | undefined,
): IndicatorSide => {
  const values = aggregate.op === 'count' ? undefined : column(aggregate.field);
  return aggregateSide(aggregate, {
    rows: population,
    value: (row) => (values === undefined ? undefined : columnValue(values, row)),
    where: where === undefined ? undefined : (row) => truthAt(where, row) as Truth,
  });
};
