/**
 * A small HTTP service over the `@coop` packages, the way a province's back office would expose them:
 *
 * - `POST /grade` — `{ "records": [...], "rulebook"?: "circular-01-2020", "year"?: 2024 }` → each
 *   record's grade and a summary;
 * - `POST /plans/:id/evaluate` — `{ "records": [...], "asOf": "2025-06-30", "areas"?, "context"?,
 *   "tolerance"? }` → each target's status, value, gap and explanation;
 * - `GET /deadlines?from=YYYY-MM-DD&to=YYYY-MM-DD&cycle=id&cycle=id` → deadlines with rolled dates.
 *
 * Bad input gets 400 with the issue list (paths, codes, vi + en messages), an unknown plan or cycle 404
 * with the known ids, a wrong content type 415, an oversized body 413 (reading stops), a wrong method
 * 405 with `Allow`. The service never reads the clock except for defaults it states in the answer.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { CYCLES, deadlines, type ReportingCycle } from '@coop/calendar';
import { PLANS, getPlan, isCivilDate, parseAreas, parseYearlyRecords, type Plan } from '@coop/model';
import { BUILT_IN_RULEBOOKS, evaluatePlan, gradeMany, selectRulebook, summariseGrades, type Rulebook } from '@coop/rating';
import { HttpError, badInput, methodNotAllowed, readJsonBody, sendError, sendJson, type ServiceIssue } from './http.js';

/** Options of {@link createService}. */
export interface ServiceOptions {
  /** Largest accepted body in bytes (default 5 MB). */
  readonly maxBodyBytes?: number;
  /** The clock, used only for defaults (`asOf`, `from`); default `() => new Date()`. */
  readonly now?: () => Date;
}

const PLAN_IDS = (): string[] => PLANS.map((p) => p.id);
const CYCLE_IDS = Object.keys(CYCLES);

const issue = (path: ReadonlyArray<string | number>, code: string, vi: string, en: string): ServiceIssue => ({ path, code, message: { vi, en } });

const asObject = (body: unknown): Record<string, unknown> => {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badInput([issue([], 'invalid_type', 'Nội dung phải là một đối tượng JSON', 'The body must be a JSON object')]);
  }
  return body as Record<string, unknown>;
};

const readRecords = (body: Record<string, unknown>) => {
  const parsed = parseYearlyRecords(body.records);
  if (!parsed.ok) throw badInput(parsed.issues.map((i) => ({ path: ['records', ...i.path], code: i.code, message: i.message })));
  return parsed.value;
};

const rulebookById = (id: unknown): Rulebook => {
  const found = BUILT_IN_RULEBOOKS.find((r) => r.id === id);
  if (!found) {
    throw badInput([
      issue(['rulebook'], 'unknown_rulebook', `Không có bộ tiêu chí "${String(id)}"; có: ${BUILT_IN_RULEBOOKS.map((r) => r.id).join(', ')}`, `No rulebook "${String(id)}"; known: ${BUILT_IN_RULEBOOKS.map((r) => r.id).join(', ')}`),
    ]);
  }
  return found;
};

const handleGrade = async (req: IncomingMessage, res: ServerResponse, limit: number): Promise<void> => {
  const body = asObject(await readJsonBody(req, res, limit));
  const records = readRecords(body);
  if (body.year !== undefined && !(typeof body.year === 'number' && Number.isInteger(body.year))) {
    throw badInput([issue(['year'], 'invalid_type', 'year phải là số nguyên', 'year must be an integer')]);
  }
  const year = body.year as number | undefined;
  const fixed = body.rulebook === undefined ? undefined : rulebookById(body.rulebook);
  const results = records.map((record) => {
    const rulebook = fixed ?? selectRulebook(BUILT_IN_RULEBOOKS, { record, year: year ?? record.year });
    const [result] = gradeMany([record], { rulebook, ...(year === undefined ? {} : { year }), clamp: true });
    return result;
  });
  sendJson(res, 200, { results, summary: summariseGrades(results.filter((r) => r !== undefined)) });
};

const handleEvaluate = async (req: IncomingMessage, res: ServerResponse, planId: string, limit: number, now: () => Date): Promise<void> => {
  let plan: Plan;
  if (!PLAN_IDS().includes(planId)) {
    req.resume();
    throw new HttpError(404, 'unknown_plan', { vi: `Không có kế hoạch "${planId}"`, en: `No plan "${planId}"` }, { knownPlans: PLAN_IDS() });
  } else plan = getPlan(planId as never);
  const body = asObject(await readJsonBody(req, res, limit));
  const records = readRecords(body);
  const problems: ServiceIssue[] = [];
  const asOf = body.asOf ?? now().toISOString().slice(0, 10);
  if (!isCivilDate(asOf)) problems.push(issue(['asOf'], 'invalid_date', 'asOf phải là ngày YYYY-MM-DD', 'asOf must be a date YYYY-MM-DD'));
  let areas;
  if (body.areas !== undefined) {
    const parsed = parseAreas(body.areas);
    if (parsed.ok) areas = parsed.value;
    else problems.push(...parsed.issues.map((i) => ({ path: ['areas', ...i.path], code: i.code, message: i.message })));
  }
  if (body.context !== undefined && (typeof body.context !== 'object' || body.context === null || Array.isArray(body.context))) {
    problems.push(issue(['context'], 'invalid_type', 'context phải là một đối tượng', 'context must be an object'));
  }
  if (body.tolerance !== undefined && !(typeof body.tolerance === 'number' && body.tolerance >= 0)) {
    problems.push(issue(['tolerance'], 'invalid_type', 'tolerance phải là số không âm', 'tolerance must be a non-negative number'));
  }
  if (problems.length > 0) throw badInput(problems);
  const evaluation = evaluatePlan(
    plan,
    { records, ...(areas ? { areas } : {}) },
    {
      asOf: asOf as string,
      ...(body.context ? { context: body.context as Record<string, number> } : {}),
      ...(typeof body.tolerance === 'number' ? { tolerance: body.tolerance } : {}),
    },
  );
  sendJson(res, 200, evaluation);
};

const handleDeadlines = (url: URL, res: ServerResponse, now: () => Date): void => {
  const today = now().toISOString().slice(0, 10);
  const from = url.searchParams.get('from') ?? today;
  const to = url.searchParams.get('to') ?? `${String(Number(from.slice(0, 4)) + 1)}${from.slice(4)}`;
  const problems: ServiceIssue[] = [];
  if (!isCivilDate(from)) problems.push(issue(['from'], 'invalid_date', 'from phải là ngày YYYY-MM-DD', 'from must be a date YYYY-MM-DD'));
  if (!isCivilDate(to)) problems.push(issue(['to'], 'invalid_date', 'to phải là ngày YYYY-MM-DD', 'to must be a date YYYY-MM-DD'));
  if (problems.length === 0 && from > to) problems.push(issue(['to'], 'invalid_range', 'to phải sau from', 'to must not be before from'));
  if (problems.length > 0) throw badInput(problems);
  const ids = url.searchParams.getAll('cycle').flatMap((c) => c.split(',')).filter(Boolean);
  const unknown = ids.filter((id) => !CYCLE_IDS.includes(id));
  if (unknown.length > 0) {
    throw new HttpError(404, 'unknown_cycle', { vi: `Không có chu kỳ: ${unknown.join(', ')}`, en: `Unknown cycle(s): ${unknown.join(', ')}` }, { knownCycles: CYCLE_IDS });
  }
  const all = CYCLES as Readonly<Record<string, ReportingCycle>>;
  const cycles = (ids.length ? ids : CYCLE_IDS).map((id) => all[id] as ReportingCycle);
  const steps = cycles
    .flatMap((cycle) => deadlines(cycle, { from, to }).flatMap((d) => d.steps))
    .filter((s) => s.effectiveDate >= from && s.effectiveDate <= to)
    .sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.cycleId.localeCompare(b.cycleId));
  sendJson(res, 200, { from, to, deadlines: steps });
};

/**
 * Creates the service (not yet listening).
 *
 * @param options - body limit and clock
 * @returns a `node:http` server; call `listen(port, '127.0.0.1')`
 */
export const createService = (options: ServiceOptions = {}): Server => {
  const limit = options.maxBodyBytes ?? 5 * 1024 * 1024;
  const now = options.now ?? (() => new Date());
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = async (): Promise<void> => {
      if (url.pathname === '/grade') {
        if (req.method !== 'POST') throw methodNotAllowed(req.method, ['POST']);
        return handleGrade(req, res, limit);
      }
      const plan = /^\/plans\/([^/]+)\/evaluate$/.exec(url.pathname);
      if (plan) {
        if (req.method !== 'POST') throw methodNotAllowed(req.method, ['POST']);
        return handleEvaluate(req, res, decodeURIComponent(plan[1] ?? ''), limit, now);
      }
      if (url.pathname === '/deadlines') {
        if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed(req.method, ['GET', 'HEAD']);
        return handleDeadlines(url, res, now);
      }
      throw new HttpError(404, 'not_found', { vi: `Không có đường dẫn ${url.pathname}`, en: `No route ${url.pathname}` }, {
        routes: ['POST /grade', 'POST /plans/:id/evaluate', 'GET /deadlines'],
      });
    };
    route().catch((error: unknown) => {
      if (res.headersSent) return;
      if (error instanceof HttpError) sendError(res, error);
      else {
        const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : 'internal_error';
        // Typed errors of the packages (CoopError) on data we validated are still the caller's input.
        const status = code === 'internal_error' ? 500 : 400;
        sendError(res, new HttpError(status, code, { vi: 'Không xử lý được yêu cầu', en: (error as Error).message ?? 'Request failed' }));
      }
    });
  });
};
