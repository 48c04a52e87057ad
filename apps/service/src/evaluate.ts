/**
 * The evaluation routes: one plan, several plans, and the shared reading of their options.
 */
import { PLANS, getPlan, isCivilDate, parseAreas, type Area, type Plan, type YearlyRecord } from '@coop/model';
import { evaluatePlans, type PlanEvaluation } from '@coop/rating';
import { ApiError, badInput, issue, type ServiceIssue } from './errors.js';

/** Today's date in Vietnam (UTC+7), from an instant. */
export const todayInVietnam = (now: Date): string => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/** The built-in plan ids. */
export const planIds = (): string[] => PLANS.map((p) => p.id);

/**
 * The built-in plans with these ids, or a 404 naming the unknown ones and the known ones.
 *
 * @param ids - plan ids
 * @returns the plans in the order asked
 */
export const plansById = (ids: readonly string[]): Plan[] => {
  const known = planIds();
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    const shown = unknown.map((id) => id.slice(0, 80)).join(', ');
    throw new ApiError(404, 'unknown_plan', { vi: `Không có kế hoạch: ${shown}`, en: `No plan: ${shown}` }, { knownPlans: known });
  }
  return ids.map((id) => getPlan(id as never));
};

/** Options of an evaluation, read from a request. */
export interface EvaluationInput {
  readonly asOf?: unknown;
  readonly areas?: unknown;
  readonly context?: unknown;
  readonly tolerance?: unknown;
}

/**
 * Evaluates plans over validated records, after checking the request's options (all problems at once).
 *
 * @param plans - the plans
 * @param records - validated records
 * @param input - `asOf`, `areas`, `context`, `tolerance` as the request gave them
 * @param now - the clock (for the default `asOf`)
 * @returns one evaluation per plan
 */
export const evaluateForApi = (plans: readonly Plan[], records: readonly YearlyRecord[], input: EvaluationInput, now: Date): PlanEvaluation[] => {
  const problems: ServiceIssue[] = [];
  const asOf = input.asOf ?? todayInVietnam(now);
  if (!isCivilDate(asOf)) problems.push(issue(['asOf'], 'invalid_date', 'asOf phải là ngày YYYY-MM-DD', 'asOf must be a date YYYY-MM-DD'));
  let areas: Area[] | undefined;
  if (input.areas !== undefined) {
    const parsed = parseAreas(input.areas);
    if (parsed.ok) areas = parsed.value;
    else problems.push(...parsed.issues.slice(0, 100).map((i) => ({ path: ['areas', ...i.path], code: i.code, message: i.message })));
  }
  let context: Record<string, number> | undefined;
  if (input.context !== undefined) {
    const c = input.context;
    if (typeof c !== 'object' || c === null || Array.isArray(c) || Object.values(c).some((v) => typeof v !== 'number' || !Number.isFinite(v))) {
      problems.push(issue(['context'], 'invalid_type', 'context phải là một đối tượng số theo khóa', 'context must be an object of numbers by key'));
    } else context = { ...(c as Record<string, number>) };
  }
  const tolerance = input.tolerance;
  if (tolerance !== undefined && !(typeof tolerance === 'number' && Number.isFinite(tolerance) && tolerance >= 0)) {
    problems.push(issue(['tolerance'], 'invalid_type', 'tolerance phải là số không âm', 'tolerance must be a non-negative number'));
  }
  if (problems.length > 0) throw badInput(problems);
  return evaluatePlans(plans, { records, ...(areas ? { areas } : {}) }, {
    asOf: asOf as string,
    ...(context ? { context } : {}),
    ...(typeof tolerance === 'number' ? { tolerance } : {}),
  });
};
