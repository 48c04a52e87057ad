/**
 * The request and response shapes of the API as zod schemas: the handlers validate with them and
 * `openapi.ts` turns them into the served OpenAPI document, so the two cannot drift apart.
 */
import { AreaSchema, YearlyRecordSchema } from '@coop/model/schemas';
import { z } from 'zod';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('A civil date YYYY-MM-DD (Vietnam, UTC+7)');
const message = z.object({ vi: z.string(), en: z.string() });

/** An issue with its path, stable code and bilingual message. */
export const IssueSchema = z.object({ path: z.array(z.union([z.string(), z.number()])), code: z.string(), message });

/**
 * Every error answer. Its issues are model issues (with a `path`) on JSON routes, and the spreadsheet
 * reader's issues (with `file`, `sheet`, `row`, `column`) on uploads: both carry a code and a message.
 */
export const ErrorSchema = z
  .object({ error: z.object({ code: z.string(), message }), issues: z.array(z.union([IssueSchema, z.object({ file: z.string(), code: z.string(), message }).loose()])).optional() })
  .loose();

/** `POST /grade`. */
export const GradeRequestSchema = z.object({
  records: z.array(YearlyRecordSchema).describe('Yearly records (validated by @coop/model)'),
  rulebook: z.string().optional().describe('A built-in rulebook id; default: the one the record\'s sheet names, else the one selected for its year and sector'),
  year: z.number().int().optional().describe('Keep only the records of this year'),
});

/** One graded record of `POST /grade`. */
export const GradedRecordSchema = z.object({
  index: z.number().int(),
  organisationId: z.string(),
  year: z.number().int(),
  outcome: z.enum(['graded', 'official-grade', 'error']).describe('graded from its sheet; the official grade the data carries; or an error'),
  grade: z.string().describe('good, fair, average, weak, not-rated or incomplete'),
  result: z.unknown().optional().describe('The rulebook\'s GradeResult (graded)'),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});

/** Options shared by the evaluation routes. */
const evaluationFields = {
  records: z.array(YearlyRecordSchema),
  asOf: date.optional().describe('Evaluation date; default today in Vietnam'),
  areas: z.array(AreaSchema).optional().describe('Your own area list (communes, custom regions)'),
  context: z.record(z.string(), z.number()).optional().describe('Figures the records do not carry, by key'),
  tolerance: z.number().min(0).optional().describe('Tolerance for "about X" targets, in percent'),
};

/** `POST /plans/{id}/evaluate`. */
export const EvaluateRequestSchema = z.object(evaluationFields);

/** `POST /plans/evaluate`: several plans over the same records. */
export const EvaluateManyRequestSchema = z.object({
  plans: z.array(z.string()).min(1).optional().describe('Plan ids; default every built-in plan'),
  ...evaluationFields,
});

/** Upload form fields (besides the `file` parts). */
export const UploadFieldsSchema = z.object({
  plan: z.string().optional().describe('Plan ids, comma-separated; default every built-in plan'),
  asOf: date.optional(),
  tolerance: z.coerce.number().min(0).optional(),
});

/** `GET /deadlines` query. */
export const DeadlinesQuerySchema = z.object({
  from: date.optional().describe('Default: today in Vietnam'),
  to: date.optional().describe('Default: one year after from'),
  cycle: z.string().optional().describe('Cycle ids, comma-separated or repeated; default all'),
});

/** `GET /upcoming` query. */
export const UpcomingQuerySchema = z.object({
  asOf: date.optional().describe('Default: today in Vietnam'),
  n: z.coerce.number().int().min(1).max(100).optional().describe('How many steps (default 10)'),
  cycle: z.string().optional(),
});

/** `GET /healthz` and `GET /readyz`. */
export const HealthSchema = z.object({ status: z.enum(['ok', 'ready', 'draining']) });
