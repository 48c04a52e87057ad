/**
 * Error answers. Every error body has the same shape — `{ error: { code, message: { vi, en } }, … }` —
 * and never carries a stack trace or a file path.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An issue as the service reports it (the shape of `Issue` in `@coop/model`). */
export interface ServiceIssue {
  readonly path: ReadonlyArray<string | number>;
  readonly code: string;
  readonly message: { readonly vi: string; readonly en: string };
}

/** A bilingual message. */
export interface Message {
  readonly vi: string;
  readonly en: string;
}

/** An error the handlers raise on purpose: status, stable code, message and extra body fields. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly messages: Message,
    readonly extra: Readonly<Record<string, unknown>> = {},
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(messages.en);
    this.name = 'ApiError';
  }
}

/** 400 with a list of issues. */
export const badInput = (issues: readonly ServiceIssue[]): ApiError =>
  new ApiError(400, 'invalid_input', { vi: 'Dữ liệu đầu vào không hợp lệ', en: 'The input is not valid' }, { issues });

/** One issue. */
export const issue = (path: ReadonlyArray<string | number>, code: string, vi: string, en: string): ServiceIssue => ({ path, code, message: { vi, en } });

/** 413: a body or file over its limit. */
export const tooLarge = (limit: number, what: Message = { vi: 'Nội dung', en: 'The body' }): ApiError =>
  new ApiError(413, 'payload_too_large', { vi: `${what.vi} vượt quá ${limit} byte`, en: `${what.en} exceeds ${limit} bytes` }, { limit }, { connection: 'close' });

/** 415: a content type the route does not take. */
export const unsupportedType = (expected: readonly string[], got: string): ApiError =>
  new ApiError(415, 'unsupported_media_type', {
    vi: `Cần Content-Type: ${expected.join(' hoặc ')} (nhận được "${got}")`,
    en: `Content-Type must be ${expected.join(' or ')} (got "${got}")`,
  }, { expected });

/**
 * Answers JSON. Bigints (exact sums in results) are written as decimal strings, as the API documents.
 *
 * @param c - the Hono context
 * @param body - plain data
 * @param status - the status code
 * @returns the response
 */
export const sendJson = (c: Context, body: unknown, status: ContentfulStatusCode = 200): Response => {
  const text = JSON.stringify(body, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
  return c.body(text, status, { 'content-type': 'application/json; charset=utf-8' });
};

/** The JSON body of an error answer. */
export const errorBody = (error: ApiError): Record<string, unknown> => ({ error: { code: error.code, message: error.messages }, ...error.extra });

/**
 * Answers an error: an {@link ApiError} as it is; a typed error of the packages (`CoopError`, a stable
 * upper-case `code`) on input the service validated as 400; anything else as 500 with a generic message
 * (the detail goes to the log, never to the client).
 *
 * @param c - the Hono context
 * @param error - what was thrown
 * @returns the response
 */
export const answerError = (c: Context, error: unknown): Response => {
  const known = toApiError(error);
  for (const [name, value] of Object.entries(known.headers)) c.header(name, value);
  return sendJson(c, errorBody(known), known.status);
};

const isCoopLike = (error: unknown): error is { code: string; message: string } =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' && /^[A-Z][A-Z0-9_]+$/.test((error as { code: string }).code);

/** Maps anything thrown to the {@link ApiError} the client sees. */
export const toApiError = (error: unknown): ApiError => {
  if (error instanceof ApiError) return error;
  if (isCoopLike(error)) {
    return new ApiError(400, error.code.toLowerCase(), { vi: 'Không xử lý được dữ liệu đầu vào', en: String(error.message).slice(0, 500) });
  }
  return new ApiError(500, 'internal_error', { vi: 'Lỗi nội bộ của dịch vụ', en: 'Internal service error' });
};
