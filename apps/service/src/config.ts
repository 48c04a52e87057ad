/**
 * The service's configuration, read from environment variables and validated with zod. Every variable
 * is optional; the defaults suit one province's data on a small machine. See the README for the table.
 */
import { z } from 'zod';

const positiveInt = (fallback: number, max: number) => z.coerce.number().int().positive().max(max).default(fallback);

/** The schema of the environment the service reads (names as they are set in the shell or container). */
export const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Largest JSON body, in bytes. */
  COOP_MAX_BODY_BYTES: positiveInt(5 * 1024 * 1024, 512 * 1024 * 1024),
  /** Largest uploaded file (multipart), in bytes. */
  COOP_MAX_UPLOAD_BYTES: positiveInt(20 * 1024 * 1024, 1024 * 1024 * 1024),
  /** Most records one request may carry (JSON or upload). */
  COOP_MAX_RECORDS: positiveInt(50_000, 5_000_000),
  /** Deepest nesting of a JSON body. */
  COOP_MAX_JSON_DEPTH: positiveInt(32, 1_000),
  /** Time a request may take before it is answered 503, in milliseconds. */
  COOP_REQUEST_TIMEOUT_MS: positiveInt(30_000, 600_000),
  /** Time given to open requests on SIGTERM before the process exits, in milliseconds. */
  COOP_SHUTDOWN_GRACE_MS: positiveInt(10_000, 600_000),
  /** Origins allowed by CORS, comma-separated; empty means no CORS headers; `*` allows any origin. */
  COOP_CORS_ORIGINS: z.string().default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** The validated configuration. */
export interface ServiceConfig {
  readonly port: number;
  readonly host: string;
  readonly maxBodyBytes: number;
  readonly maxUploadBytes: number;
  readonly maxRecords: number;
  readonly maxJsonDepth: number;
  readonly requestTimeoutMs: number;
  readonly shutdownGraceMs: number;
  readonly corsOrigins: readonly string[];
  readonly logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
}

/** A configuration problem: the variable and what is wrong with it. */
export interface ConfigIssue {
  readonly variable: string;
  readonly message: string;
}

/**
 * Reads the configuration from an environment.
 *
 * @param env - the environment (`process.env`)
 * @returns the configuration, or the list of variables that are wrong
 * @example
 * ```ts
 * const result = loadConfig({ PORT: '8080', COOP_CORS_ORIGINS: 'https://portal.example' });
 * if (result.ok) console.log(result.value.port); // 8080
 * ```
 */
export const loadConfig = (
  env: Readonly<Record<string, string | undefined>>,
): { readonly ok: true; readonly value: ServiceConfig } | { readonly ok: false; readonly issues: readonly ConfigIssue[] } => {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.keys(EnvSchema.shape).map((key) => [key, env[key] === '' && key !== 'COOP_CORS_ORIGINS' ? undefined : env[key]])));
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => ({ variable: String(i.path[0] ?? ''), message: i.message })) };
  }
  const e = parsed.data;
  return {
    ok: true,
    value: {
      port: e.PORT,
      host: e.HOST,
      maxBodyBytes: e.COOP_MAX_BODY_BYTES,
      maxUploadBytes: e.COOP_MAX_UPLOAD_BYTES,
      maxRecords: e.COOP_MAX_RECORDS,
      maxJsonDepth: e.COOP_MAX_JSON_DEPTH,
      requestTimeoutMs: e.COOP_REQUEST_TIMEOUT_MS,
      shutdownGraceMs: e.COOP_SHUTDOWN_GRACE_MS,
      corsOrigins: e.COOP_CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
      logLevel: e.LOG_LEVEL,
    },
  };
};

/** The configuration with every default (what an empty environment gives). */
export const defaultConfig = (): ServiceConfig => {
  const result = loadConfig({});
  if (!result.ok) throw new Error('the default configuration is invalid');
  return result.value;
};
