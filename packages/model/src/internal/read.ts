import { CoopError } from '../errors.js';

/**
 * Reads an own property once (never a prototype's, never twice), turning a throwing getter or Proxy
 * trap into a typed error.
 *
 * @param value - an object
 * @param key - the property
 * @param name - the argument's name, for the message
 * @returns the value, or `undefined` when absent
 * @throws CoopError `INVALID_ARGUMENT` when it cannot be read
 */
export const readOwn = (value: object, key: string, name: string): unknown => {
  try {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined) return undefined;
    return 'value' in descriptor ? descriptor.value : descriptor.get ? Reflect.apply(descriptor.get, value, []) : undefined;
  } catch {
    throw new CoopError('INVALID_ARGUMENT', `${name}.${key} cannot be read (a throwing getter or a revoked Proxy)`, { argument: `${name}.${key}` });
  }
};

/**
 * Reads an options argument once: `undefined` is `{}`; an object's own properties named in `keys` are
 * read once each (a getter, a Proxy trap or a revoked Proxy ends as a typed error, never a TypeError).
 *
 * @param options - the argument
 * @param keys - the option names
 * @param name - the argument's name, for the message
 * @returns a fresh plain object with the options read
 * @throws CoopError `INVALID_ARGUMENT`
 */
export const readOptions = <K extends string>(options: unknown, keys: readonly K[], name: string): Partial<Record<K, unknown>> => {
  if (options === undefined) return {};
  let isArray = true;
  try {
    isArray = Array.isArray(options);
  } catch {
    // a revoked Proxy: refused below
  }
  if (typeof options !== 'object' || options === null || isArray) {
    throw new CoopError('INVALID_ARGUMENT', `${name} must be an object`, { argument: name });
  }
  const out: Partial<Record<K, unknown>> = {};
  for (const key of keys) {
    const value = readOwn(options, key, name);
    if (value !== undefined) out[key] = value;
  }
  return out;
};
