/**
 * The HTTP plumbing of the example service, kept apart from the handlers: a bounded JSON body reader
 * (stops reading and answers 413 past the limit), content-type and method checks, and JSON answers.
 * Only `node:http`; no framework.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** An issue as the service reports it (the shape of `Issue` in `@coop/model`). */
export interface ServiceIssue {
  readonly path: ReadonlyArray<string | number>;
  readonly code: string;
  readonly message: { readonly vi: string; readonly en: string };
}

/** An error answer: status, stable code, bilingual message, issues and any extra fields. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: { readonly vi: string; readonly en: string },
    readonly extra: Readonly<Record<string, unknown>> = {},
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(messages.en);
  }
}

/** Writes a JSON answer. */
export const sendJson = (res: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void => {
  const text = JSON.stringify(body, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
};

/** Writes an {@link HttpError}. */
export const sendError = (res: ServerResponse, error: HttpError): void =>
  sendJson(res, error.status, { error: { code: error.code, message: error.messages }, ...error.extra }, error.headers);

/**
 * Reads a JSON request body of at most `limit` bytes. Rejects a wrong content type (415), a declared or
 * actual size over the limit (413: reading stops at once and the connection is closed after the
 * answer), and malformed JSON (400 with an issue).
 */
export const readJsonBody = (req: IncomingMessage, res: ServerResponse, limit: number): Promise<unknown> =>
  new Promise((resolve, reject) => {
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      req.resume(); // drain: the answer does not depend on the body
      reject(
        new HttpError(415, 'unsupported_media_type', {
          vi: `Cần Content-Type: application/json (nhận được "${type ?? ''}")`,
          en: `Content-Type must be application/json (got "${type ?? ''}")`,
        }),
      );
      return;
    }
    const tooLarge = (): HttpError =>
      new HttpError(
        413,
        'payload_too_large',
        { vi: `Nội dung vượt quá ${limit} byte`, en: `The body exceeds ${limit} bytes` },
        { limit },
        { connection: 'close' },
      );
    const declared = Number(req.headers['content-length']);
    const stopReading = (): void => {
      req.pause();
      req.removeAllListeners('data');
      // Close the connection once the 413 is written, so the client cannot keep sending.
      res.once('finish', () => req.socket.destroy());
    };
    if (Number.isFinite(declared) && declared > limit) {
      stopReading();
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        stopReading();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
      } catch (error) {
        reject(
          new HttpError(
            400,
            'invalid_json',
            { vi: 'Nội dung không phải JSON hợp lệ', en: 'The body is not valid JSON' },
            {
              issues: [
                {
                  path: [],
                  code: 'invalid_json',
                  message: { vi: `JSON không hợp lệ: ${(error as Error).message}`, en: `Invalid JSON: ${(error as Error).message}` },
                },
              ] satisfies ServiceIssue[],
            },
          ),
        );
      }
    });
    req.on('error', (error) => {
      if (done) return;
      done = true;
      reject(error);
    });
  });

/** 405 with the `Allow` header. */
export const methodNotAllowed = (method: string | undefined, allow: readonly string[]): HttpError =>
  new HttpError(
    405,
    'method_not_allowed',
    { vi: `Phương thức ${method ?? ''} không được hỗ trợ; dùng ${allow.join(', ')}`, en: `Method ${method ?? ''} is not allowed; use ${allow.join(', ')}` },
    { allow },
    { allow: allow.join(', ') },
  );

/** 400 with the list of issues. */
export const badInput = (issues: readonly ServiceIssue[]): HttpError =>
  new HttpError(400, 'invalid_input', { vi: 'Dữ liệu đầu vào không hợp lệ', en: 'The input is not valid' }, { issues });
