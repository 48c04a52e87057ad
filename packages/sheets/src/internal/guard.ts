/**
 * The argument guards of the public functions (issue 22): an options object, a file and a list of files
 * are read once into plain copies that the work then uses, with their sizes checked before any work. A
 * throwing getter, a Proxy trap or a revoked Proxy is a typed `CoopError` (`INVALID_ARGUMENT`), never a
 * TypeError from deep inside; a getter that answers differently on each read cannot change a checked
 * value; a huge list or name is refused before it is walked. Not re-exported from the package.
 */
import { CoopError, assertList, assertText } from '@coop/model';

/** Longest file name accepted (a path, a sheet or a header are far shorter). */
export const MAX_NAME_LENGTH = 4_096;
/** Most files read together. */
export const MAX_FILES = 10_000;

/**
 * Reads the named own properties of an options argument once each; `undefined` is `{}`.
 *
 * @param options - the argument
 * @param keys - the option names
 * @param name - the argument's name, for the message
 * @returns a fresh plain object with the options present
 * @throws CoopError `INVALID_ARGUMENT` when `options` is not an object or a property cannot be read
 */
export const optionsOf = <K extends string>(options: unknown, keys: readonly K[], name = 'options'): Partial<Record<K, unknown>> => {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null) {
    throw new CoopError('INVALID_ARGUMENT', `${name} must be an object`, { argument: name, received: options === null ? 'null' : typeof options });
  }
  const copy: Partial<Record<K, unknown>> = {};
  for (const key of keys) {
    try {
      const descriptor = Reflect.getOwnPropertyDescriptor(options, key);
      if (descriptor === undefined) continue;
      const value: unknown = 'value' in descriptor ? descriptor.value : descriptor.get === undefined ? undefined : Reflect.apply(descriptor.get, options, []);
      if (value !== undefined) copy[key] = value;
    } catch {
      throw new CoopError('INVALID_ARGUMENT', `${name}.${key} cannot be read (a throwing getter or a revoked Proxy)`, { argument: `${name}.${key}` });
    }
  }
  return copy;
};

/** A file as read: its name checked (a string of at most {@link MAX_NAME_LENGTH} characters); its bytes as given (the readers check them). */
export interface FileArgument {
  readonly name: string;
  readonly bytes: unknown;
  /** The pieces of a streamed file (`SheetStream`), unchecked: the reader checks what it gets. */
  readonly chunks?: unknown;
}

/**
 * Reads a `{ name, bytes }` argument once.
 *
 * @param file - the argument
 * @param name - the argument's name, for the message
 * @returns the name and the bytes
 * @throws CoopError `INVALID_ARGUMENT` (not an object, a name that is not a string, unreadable) or `LIMIT_EXCEEDED` (a name too long)
 */
export const fileOf = (file: unknown, name = 'file'): FileArgument => {
  if (typeof file !== 'object' || file === null) {
    throw new CoopError('INVALID_ARGUMENT', `${name} must be { name, bytes }`, { argument: name, received: file === null ? 'null' : typeof file });
  }
  const read = optionsOf(file, ['name', 'bytes', 'chunks'], name);
  return { name: assertText(read.name, `${name}.name`, MAX_NAME_LENGTH), bytes: read.bytes, ...(read.chunks === undefined ? {} : { chunks: read.chunks }) };
};

/**
 * Reads a list of files once, its length checked before any item is read.
 *
 * @param files - the argument
 * @returns the files, each read by {@link fileOf}
 * @throws CoopError `INVALID_ARGUMENT` or `LIMIT_EXCEEDED`
 */
export const filesOf = (files: unknown): FileArgument[] => assertList(files, 'files', MAX_FILES).map((file, i) => fileOf(file, `files[${i}]`));

const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype) as object, Symbol.toStringTag)?.get;

/**
 * Whether a value is a real `Uint8Array`, told apart by its internal type (a Proxy of one, a revoked
 * Proxy or an object whose prototype is `Uint8Array.prototype` is not). Never throws.
 *
 * @param value - anything
 * @returns `true` for a `Uint8Array`
 */
export const isBytes = (value: unknown): value is Uint8Array => typedArrayTag?.call(value) === 'Uint8Array';

/**
 * A choice among fixed values (a language, a delimiter, an encoding), or `undefined` when absent.
 *
 * @param value - the argument
 * @param allowed - the values accepted
 * @param name - the argument's name, for the message
 * @returns the value
 * @throws CoopError `INVALID_ARGUMENT` for anything else
 */
export const choiceOf = <T extends string>(value: unknown, allowed: readonly T[], name: string): T | undefined => {
  if (value === undefined || (allowed as readonly unknown[]).includes(value)) return value as T | undefined;
  throw new CoopError('INVALID_ARGUMENT', `${name} must be one of ${allowed.join(', ')}`, { argument: name, received: typeof value === 'string' ? value.slice(0, 40) : typeof value });
};

/**
 * A whole number in a range, or `undefined` when absent.
 *
 * @param value - the argument
 * @param min - the smallest accepted
 * @param max - the largest accepted
 * @param name - the argument's name, for the message
 * @returns the number
 * @throws CoopError `INVALID_ARGUMENT` for anything else
 */
export const wholeOf = (value: unknown, min: number, max: number, name: string): number | undefined => {
  if (value === undefined || (Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max)) return value as number | undefined;
  throw new CoopError('INVALID_ARGUMENT', `${name} must be a whole number from ${min} to ${max}`, { argument: name, received: typeof value === 'number' ? value : typeof value });
};

/**
 * A callback, or `undefined` when absent.
 *
 * @param value - the argument
 * @param name - the argument's name, for the message
 * @returns the function
 * @throws CoopError `INVALID_ARGUMENT` for anything else
 */
export const callbackOf = <F>(value: unknown, name: string): F | undefined => {
  if (value === undefined || typeof value === 'function') return value as F | undefined;
  throw new CoopError('INVALID_ARGUMENT', `${name} must be a function`, { argument: name, received: typeof value });
};
