/**
 * Request bodies: a JSON body within the configured nesting depth, and a multipart upload. The byte limit
 * itself is Hono's `bodyLimit` middleware (see `app.ts`); this module checks what it lets through.
 */
import type { Context } from 'hono';
import { ApiError, issue, unsupportedType } from './errors.js';

const mediaType = (c: Context): string => (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/**
 * The deepest nesting of arrays and objects in a JSON text, counted in one linear pass (strings skipped),
 * so that a body of nested brackets is refused before `JSON.parse` builds it.
 *
 * @param text - a JSON text
 * @param stopAt - the count may stop once it passes this depth
 * @returns the depth (0 for a scalar)
 */
export const jsonDepth = (text: string, stopAt = Number.POSITIVE_INFINITY): number => {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i += 1; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAt) return deepest;
      }
    } else if (ch === 0x5d || ch === 0x7d) depth -= 1;
  }
  return deepest;
};

/**
 * Reads a JSON object body: 415 unless `application/json`, 400 on malformed JSON, on nesting deeper than
 * `maxDepth` or on a value that is not an object.
 *
 * @param c - the Hono context
 * @param maxDepth - the deepest nesting accepted
 * @returns the parsed object
 */
export const readJsonObject = async (c: Context, maxDepth: number): Promise<Record<string, unknown>> => {
  const type = mediaType(c);
  if (type !== 'application/json') throw unsupportedType(['application/json'], type);
  const raw = await c.req.text();
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (jsonDepth(text, maxDepth) > maxDepth) {
    throw new ApiError(400, 'too_deep', { vi: `JSON lồng quá ${maxDepth} cấp`, en: `The JSON nests deeper than ${maxDepth} levels` }, { limit: maxDepth });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'parse error';
    throw new ApiError(400, 'invalid_json', { vi: 'Nội dung không phải JSON hợp lệ', en: 'The body is not valid JSON' }, {
      issues: [issue([], 'invalid_json', `JSON không hợp lệ: ${detail}`, `Invalid JSON: ${detail}`)],
    });
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiError(400, 'invalid_input', { vi: 'Dữ liệu đầu vào không hợp lệ', en: 'The input is not valid' }, {
      issues: [issue([], 'invalid_type', 'Nội dung phải là một đối tượng JSON', 'The body must be a JSON object')],
    });
  }
  return body as Record<string, unknown>;
};

/** A file of a multipart upload. */
export interface UploadedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A parsed multipart upload: its files (field `file`, repeatable) and its text fields. */
export interface Upload {
  readonly files: readonly UploadedFile[];
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * Reads a `multipart/form-data` upload: every part named `file` is a file, other parts are text fields.
 *
 * @param c - the Hono context
 * @param maxFiles - the most files accepted
 * @returns the files and fields
 */
export const readUpload = async (c: Context, maxFiles: number): Promise<Upload> => {
  const type = mediaType(c);
  if (type !== 'multipart/form-data') throw unsupportedType(['multipart/form-data'], type);
  let form: FormData;
  try {
    form = await c.req.formData();
  } catch {
    throw new ApiError(400, 'invalid_multipart', { vi: 'Dữ liệu multipart không hợp lệ', en: 'The multipart body is malformed' });
  }
  const files: UploadedFile[] = [];
  const fields: Record<string, string> = {};
  const parts: Array<[string, FormDataEntryValue]> = [];
  form.forEach((value, name) => parts.push([name, value]));
  for (const [name, value] of parts) {
    if (typeof value === 'string') {
      if (name !== 'file') fields[name] = value;
      continue;
    }
    if (name !== 'file') continue;
    if (files.length >= maxFiles) {
      throw new ApiError(400, 'too_many_files', { vi: `Tối đa ${maxFiles} tệp mỗi lần tải lên`, en: `At most ${maxFiles} files per upload` }, { limit: maxFiles });
    }
    files.push({ name: value.name || `file-${files.length + 1}`, bytes: new Uint8Array(await value.arrayBuffer()) });
  }
  if (files.length === 0) {
    throw new ApiError(400, 'invalid_input', { vi: 'Dữ liệu đầu vào không hợp lệ', en: 'The input is not valid' }, {
      issues: [issue(['file'], 'required', 'Cần ít nhất một tệp ở trường "file"', 'At least one file is needed in the "file" field')],
    });
  }
  return { files, fields };
};
