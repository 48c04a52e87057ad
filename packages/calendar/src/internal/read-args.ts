/**
 * Reading the object arguments of the public functions (options, a period, a lunar date, a deadline):
 * each field named is read once, as an own property, into a fresh plain object, and the functions work on
 * that copy only. A throwing getter, a Proxy trap or a revoked Proxy ends as a typed error (never a
 * TypeError from deep inside), and a getter that answers differently on each read cannot change a value
 * after it was checked. Not re-exported from the package.
 */
import { CoopError } from '@coop/model';

/** The option names of a working calendar (see `WorkingCalendarOptions`). */
export const CALENDAR_KEYS = ['weekend', 'table', 'optional'] as const;

/**
 * Reads the named own fields of an object once each.
 *
 * @param value - an object (the caller has checked `typeof value === 'object' && value !== null`)
 * @param keys - the field names
 * @param name - the argument's name, for the message
 * @param code - the error code when a field cannot be read
 * @returns a fresh plain object holding the fields that are present
 * @throws CoopError `code` when a field cannot be read (a throwing getter, a revoked Proxy)
 */
export const readFields = <K extends string>(value: object, keys: readonly K[], name: string, code: string): Partial<Record<K, unknown>> => {
  const out: Partial<Record<K, unknown>> = {};
  for (const key of keys) {
    let field: unknown;
    try {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      field = descriptor === undefined ? undefined : 'value' in descriptor ? descriptor.value : descriptor.get ? Reflect.apply(descriptor.get, value, []) : undefined;
    } catch {
      throw new CoopError(code, `${name}.${key} cannot be read (a throwing getter or a revoked Proxy)`, { argument: `${name}.${key}` });
    }
    if (field !== undefined) out[key] = field;
  }
  return out;
};

/**
 * Reads an options argument once: `undefined` is `{}`, anything else must be an object.
 *
 * @param options - the argument
 * @param keys - the option names
 * @param name - the argument's name, for the message (default `options`)
 * @returns a fresh plain object with the options present
 * @throws CoopError `INVALID_OPTION` when `options` is not an object or a field cannot be read
 */
export const readOptions = <K extends string>(options: unknown, keys: readonly K[], name = 'options'): Partial<Record<K, unknown>> => {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null) {
    throw new CoopError('INVALID_OPTION', `${name} must be an object`, { received: options === null ? 'null' : typeof options });
  }
  return readFields(options, keys, name, 'INVALID_OPTION');
};

/**
 * The time of a real `Date` object, told apart without trusting the value (a Proxy of a Date, a revoked
 * Proxy or an object whose prototype is `Date.prototype` is not a Date).
 *
 * @param value - anything
 * @returns the epoch milliseconds (`NaN` for an Invalid Date), or `undefined` when `value` is not a Date
 */
export const dateTimeOf = (value: unknown): number | undefined => {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
};

/**
 * A plain copy of a list argument of at most `most` items, each item read once; `undefined` when the
 * value is not an array, is longer, or cannot be read (a revoked Proxy, a throwing trap). The length is
 * checked before any item is read, so a sparse array of length 2³²−1 costs nothing.
 *
 * @param value - anything
 * @param most - the longest list accepted
 * @returns the copy, or `undefined`
 */
export const readList = (value: unknown, most: number): unknown[] | undefined => {
  try {
    if (!Array.isArray(value) || value.length > most) return undefined;
    const list: readonly unknown[] = value;
    return Array.from({ length: list.length }, (_, i) => list[i]);
  } catch {
    return undefined;
  }
};
