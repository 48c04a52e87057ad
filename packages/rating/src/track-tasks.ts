import { isCivilDate, parsePlan, type CivilDate, type Issue, type Label, type Plan, type Task } from '@coop/model';
import { checkLength, describeValue, fail, guard, isObjectLike, isYear, makeIssue, ownField, unreadableIssue, unwrap } from './internal/evaluation-guard.js';

/**
 * A reported completion of a task (for an every-year task, `year` says which year's round it completes).
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { trackTasks, type TaskCompletion } from '@coop/rating';
 * const done: TaskCompletion[] = [{ taskId: 'I.1', completedOn: '2021-06-01' }];
 * const tracking = trackTasks(getPlan('resolution-134-2020'), done, { asOf: '2024-12-31' });
 * tracking.tasks.find((t) => t.taskId === 'I.1')?.status; // 'done'
 * ```
 */
export interface TaskCompletion {
  readonly taskId: string;
  /** The round completed (every-year tasks); defaults to the year of `completedOn`. */
  readonly year?: number;
  readonly completedOn: CivilDate;
}

/**
 * The status of a task on a date:
 * - `done`: completed (on or before `asOf`);
 * - `due`: its time frame includes the current year and it is not done;
 * - `overdue`: its time frame has ended and it is not done;
 * - `recurring`: an every-year task within its years (see `doneThisYear`);
 * - `upcoming`: its time frame starts after the current year;
 * - `not-started`: a free-text time frame that cannot be placed in time, not done.
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { trackTasks, type TaskStatus } from '@coop/rating';
 * const tracking = trackTasks(getPlan('resolution-134-2020'), [], { asOf: '2024-12-31' });
 * const late: TaskStatus = 'overdue';
 * tracking.tasks.find((t) => t.taskId === 'I.2')?.status === late; // true — due 2020–2021, not reported done
 * ```
 */
export type TaskStatus = 'done' | 'due' | 'overdue' | 'recurring' | 'upcoming' | 'not-started';

/**
 * One task's status with the reason.
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { trackTasks, type TaskTrack } from '@coop/rating';
 * const tracking = trackTasks(getPlan('resolution-134-2020'), [], { asOf: '2024-12-31' });
 * const task: TaskTrack = tracking.tasks[0]!;
 * task.taskId; // 'I.1'
 * task.reason.en; // 'Overdue (2020–2021), not done'
 * ```
 */
export interface TaskTrack {
  readonly taskId: string;
  readonly section: string;
  readonly title: Label;
  readonly status: TaskStatus;
  /** For every-year tasks: whether this year's round is done. */
  readonly doneThisYear?: boolean;
  /** The latest completion date on or before `asOf`. */
  readonly completedOn?: CivilDate;
  /** What the plan's text does not state for this task (copied from the task; see `Task.unstated`). */
  readonly unstated?: readonly ('lead' | 'timeframe')[];
  readonly reason: Label;
}

/**
 * The result of {@link trackTasks}.
 *
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { trackTasks } from '@coop/rating';
 * const tracking = trackTasks(getPlan('resolution-134-2020'), [
 *   { taskId: 'I.1', completedOn: '2021-06-01' },
 *   { taskId: 'no-such-task', completedOn: '2021-06-01' },
 * ], { asOf: '2024-12-31' });
 * tracking.summary.done; // 1
 * tracking.issues[0]?.code; // 'unknown_task'
 * ```
 */
export interface TaskTracking {
  readonly planId: string;
  readonly asOf: CivilDate;
  readonly tasks: readonly TaskTrack[];
  readonly summary: Readonly<Record<TaskStatus, number>>;
  /** Problems in the completions: unknown task ids, invalid dates, completions after `asOf`. */
  readonly issues: readonly Issue[];
}

const frameText = (task: Task): string => {
  const t = task.timeframe;
  switch (t.kind) {
    case 'year':
      return String(t.year);
    case 'span':
      return `${t.from}–${t.to}`;
    case 'every-year':
      return t.from === undefined && t.to === undefined ? 'every year' : `every year ${t.from ?? '…'}–${t.to ?? '…'}`;
    case 'text':
      return t.text;
  }
};

/**
 * A time frame the text does not state but the plan's period places (see `Task.unstated`): the reason
 * says so, so that "overdue" is never read as a deadline of the text.
 */
const withUnstatedFrame = (track: TaskTrack, task: Task): TaskTrack =>
  task.unstated?.includes('timeframe') === true && task.timeframe.kind !== 'text'
    ? {
        ...track,
        reason: {
          vi: `${track.reason.vi} (văn bản không nêu thời hạn; dùng thời kỳ của kế hoạch)`,
          en: `${track.reason.en} (the text states no time frame; the plan's period is used)`,
        },
      }
    : track;

/** Most issues listed by {@link trackTasks}; a closing `too_many_issues` issue counts the rest. */
const MAX_TASK_ISSUES = 1000;

/**
 * Tracks the tasks of a plan (e.g. the appendix of Resolution 134/NQ-CP) against reported
 * completions on a date.
 *
 * A one-year or span task is `done` once any completion is reported (on or before `asOf`); otherwise
 * `upcoming` before its first year, `due` within its years and `overdue` after its last year. An
 * every-year task is `recurring` within its years, with `doneThisYear` telling whether this year's
 * round is reported; `upcoming` before its first year; after its last year `done` if the last round was
 * reported and `overdue` otherwise. A free-text time frame is `done` or `not-started`.
 * Completions naming no task of the plan, with an invalid date or dated after `asOf` become issues (the
 * last are ignored).
 *
 * @param plan - the plan and its tasks
 * @param completions - reported completions (untrusted: each problem — not an object, an unknown task,
 *   a bad date or year, an unreadable field — becomes an issue)
 * @param options - `asOf`: the evaluation date
 * @returns the status of every task, a summary and the issues
 * @throws CoopError `INVALID_PLAN` (issues from `parsePlan`), `INVALID_ARGUMENT` when `completions` is not
 *   an array or `options` not an object, `LIMIT_EXCEEDED` for more completions than the model's
 *   `LIMITS.listLength` (checked before any is read). At most 1 000 issues are listed; a closing
 *   `too_many_issues` issue counts the rest.
 * @example
 * ```ts
 * import { getPlan } from '@coop/model';
 * import { trackTasks } from '@coop/rating';
 * const plan = getPlan('resolution-134-2020');
 * const tracking = trackTasks(plan, [{ taskId: plan.tasks[0]!.id, completedOn: '2021-06-01' }], { asOf: '2024-12-31' });
 * tracking.tasks[0]!.status; // 'done' (or 'recurring' for an every-year task)
 * ```
 */
export const trackTasks = (
  plan: Plan,
  completions: readonly TaskCompletion[],
  options: { readonly asOf: CivilDate },
): TaskTracking => {
  const checkedPlan = guard('INVALID_PLAN', 'plan', () => [], () => unwrap(parsePlan(plan), 'INVALID_PLAN', 'plan'));
  const rawAsOf = guard('INVALID_ARGUMENT', 'options', () => ['options', 'asOf'], () =>
    isObjectLike(options)
      ? ownField(options, 'asOf')
      : fail('INVALID_ARGUMENT', 'options', [makeIssue(['options'], 'invalid_type', 'Cần { asOf }', 'Expected { asOf }', { received: options })]),
  );
  if (!guard('INVALID_ARGUMENT', 'completions', () => ['completions'], () => Array.isArray(completions))) {
    fail('INVALID_ARGUMENT', 'completions', [makeIssue(['completions'], 'invalid_type', 'Cần một mảng', 'Expected an array', { received: completions })]);
  }
  plan = checkedPlan;
  if (!isCivilDate(rawAsOf)) {
    return {
      planId: plan.id,
      asOf: typeof rawAsOf === 'string' ? rawAsOf : describeValue(rawAsOf),
      tasks: [],
      summary: { done: 0, due: 0, overdue: 0, recurring: 0, upcoming: 0, 'not-started': 0 },
      issues: [{ path: ['asOf'], code: 'invalid_date', message: { vi: 'Ngày đánh giá không hợp lệ', en: 'Invalid asOf date' }, received: describeValue(rawAsOf) }],
    };
  }
  const asOf: CivilDate = rawAsOf;
  const year = Number(asOf.slice(0, 4));
  const issues: Issue[] = [];
  let leftOut = 0;
  // At most MAX_TASK_ISSUES issues are kept (later ones are only counted): a million bad completions stay cheap.
  const report = (issue: Issue): void => {
    if (issues.length < MAX_TASK_ISSUES) issues.push(issue);
    else leftOut += 1;
  };
  const known = new Set(plan.tasks.map((t) => t.id));
  const byTask = new Map<string, { year: number; on: CivilDate }[]>();
  const length = guard('INVALID_ARGUMENT', 'completions', () => ['completions'], () => {
    checkLength(completions, ['completions'], 'completions');
    return completions.length;
  });
  for (let i = 0; i < length; i += 1) {
    let field = '';
    try {
      const c: unknown = completions[i];
      if (!isObjectLike(c)) {
        report(makeIssue([i], 'invalid_type', 'Cần { taskId, completedOn }', 'Expected { taskId, completedOn }', { received: c }));
        continue;
      }
      field = 'taskId';
      const taskId = ownField(c, 'taskId');
      field = 'completedOn';
      const completedOn = ownField(c, 'completedOn');
      field = 'year';
      const round = ownField(c, 'year');
      field = '';
      if (typeof taskId !== 'string' || !known.has(taskId)) {
        const shown = typeof taskId === 'string' ? taskId.slice(0, 80) : describeValue(taskId);
        report({
          path: [i, 'taskId'],
          code: 'unknown_task',
          message: { vi: `Kế hoạch không có nhiệm vụ "${shown}"`, en: `The plan has no task "${shown}"` },
          received: describeValue(taskId),
        });
        continue;
      }
      if (!isCivilDate(completedOn)) {
        report({
          path: [i, 'completedOn'],
          code: 'invalid_date',
          message: { vi: 'Ngày hoàn thành không hợp lệ', en: 'Invalid completion date' },
          expected: 'YYYY-MM-DD',
          received: describeValue(completedOn),
        });
        continue;
      }
      if (round !== undefined && !isYear(round)) {
        report(makeIssue([i, 'year'], 'invalid_year', 'Cần một năm (1900–2199)', 'Expected a year (1900–2199)', { received: round }));
        continue;
      }
      if (completedOn > asOf) {
        report({
          path: [i, 'completedOn'],
          code: 'completion_after_as_of',
          message: { vi: `Ngày hoàn thành ${completedOn} sau ngày đánh giá; bỏ qua`, en: `Completion ${completedOn} is after asOf; ignored` },
          received: completedOn,
        });
        continue;
      }
      const list = byTask.get(taskId) ?? [];
      list.push({ year: round ?? Number(completedOn.slice(0, 4)), on: completedOn });
      byTask.set(taskId, list);
    } catch (error) {
      report(unreadableIssue(field === '' ? [i] : [i, field], error));
    }
  }
  if (leftOut > 0) {
    issues.push({
      path: [],
      code: 'too_many_issues',
      message: { vi: `Còn ${leftOut} vấn đề khác không liệt kê`, en: `${leftOut} more issues not listed` },
      expected: String(MAX_TASK_ISSUES),
      received: String(MAX_TASK_ISSUES + leftOut),
    });
  }

  const tasks = plan.tasks.map((task): TaskTrack => {
    const done = byTask.get(task.id) ?? [];
    const last = done.reduce<CivilDate | undefined>((m, d) => (m === undefined || d.on > m ? d.on : m), undefined);
    const head = { taskId: task.id, section: task.section, title: task.title, ...(task.unstated === undefined ? {} : { unstated: [...task.unstated] }) };
    const when = frameText(task);
    const withLast = last === undefined ? {} : { completedOn: last };
    const t = task.timeframe;
    if (t.kind === 'every-year') {
      if (t.from !== undefined && year < t.from) {
        return { ...head, ...withLast, status: 'upcoming', reason: { vi: `Thực hiện hằng năm từ ${t.from}`, en: `Every year from ${t.from}` } };
      }
      if (t.to !== undefined && year > t.to) {
        const lastRound = done.some((d) => d.year === t.to);
        return {
          ...head,
          ...withLast,
          status: lastRound ? 'done' : 'overdue',
          reason: lastRound
            ? { vi: `Đã hoàn thành đợt cuối (${t.to})`, en: `The last round (${t.to}) is done` }
            : { vi: `Chưa báo cáo hoàn thành đợt cuối (${t.to})`, en: `The last round (${t.to}) is not reported done` },
        };
      }
      const doneThisYear = done.some((d) => d.year === year);
      return {
        ...head,
        ...withLast,
        status: 'recurring',
        doneThisYear,
        reason: doneThisYear
          ? { vi: `Nhiệm vụ hằng năm; đã hoàn thành năm ${year}`, en: `Every-year task; done for ${year}` }
          : { vi: `Nhiệm vụ hằng năm; chưa hoàn thành năm ${year}`, en: `Every-year task; not yet done for ${year}` },
      };
    }
    if (done.length > 0) {
      return { ...head, ...withLast, status: 'done', reason: { vi: `Đã hoàn thành ngày ${last}`, en: `Completed on ${last}` } };
    }
    if (t.kind === 'text') {
      return { ...head, status: 'not-started', reason: { vi: `Thời hạn không xác định (“${when}”); chưa báo cáo hoàn thành`, en: `Time frame cannot be placed (“${when}”); no completion reported` } };
    }
    const from = t.kind === 'year' ? t.year : t.from;
    const to = t.kind === 'year' ? t.year : t.to;
    if (year < from) return { ...head, status: 'upcoming', reason: { vi: `Thời hạn ${when}`, en: `Due ${when}` } };
    if (year > to) return { ...head, status: 'overdue', reason: { vi: `Quá hạn (${when}), chưa hoàn thành`, en: `Overdue (${when}), not done` } };
    return { ...head, status: 'due', reason: { vi: `Đến hạn trong ${when}, chưa hoàn thành`, en: `Due within ${when}, not done` } };
  });
  const summary: Record<TaskStatus, number> = { done: 0, due: 0, overdue: 0, recurring: 0, upcoming: 0, 'not-started': 0 };
  for (const t of tasks) summary[t.status] += 1;
  return { planId: plan.id, asOf, tasks: tasks.map((track, i) => withUnstatedFrame(track, plan.tasks[i] as Task)), summary, issues };
};
