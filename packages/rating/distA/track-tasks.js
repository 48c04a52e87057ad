import { isCivilDate, parsePlan } from "@coop/model";
import { describeValue, fail, guard, isObjectLike, isYear, makeIssue, ownField, unreadableIssue, unwrap } from "./internal/evaluation-guard.js";
const frameText = (task) => {
  const t = task.timeframe;
  switch (t.kind) {
    case "year":
      return String(t.year);
    case "span":
      return `${t.from}\u2013${t.to}`;
    case "every-year":
      return t.from === void 0 && t.to === void 0 ? "every year" : `every year ${t.from ?? "\u2026"}\u2013${t.to ?? "\u2026"}`;
    case "text":
      return t.text;
  }
};
const trackTasks = (plan, completions, options) => {
  const checkedPlan = guard("INVALID_PLAN", "plan", () => [], () => unwrap(parsePlan(plan), "INVALID_PLAN", "plan"));
  const rawAsOf = guard(
    "INVALID_ARGUMENT",
    "options",
    () => ["options", "asOf"],
    () => isObjectLike(options) ? ownField(options, "asOf") : fail("INVALID_ARGUMENT", "options", [makeIssue(["options"], "invalid_type", "C\u1EA7n { asOf }", "Expected { asOf }", { received: options })])
  );
  if (!Array.isArray(completions)) {
    fail("INVALID_ARGUMENT", "completions", [makeIssue(["completions"], "invalid_type", "C\u1EA7n m\u1ED9t m\u1EA3ng", "Expected an array", { received: completions })]);
  }
  plan = checkedPlan;
  if (!isCivilDate(rawAsOf)) {
    return {
      planId: plan.id,
      asOf: typeof rawAsOf === "string" ? rawAsOf : describeValue(rawAsOf),
      tasks: [],
      summary: { done: 0, due: 0, overdue: 0, recurring: 0, upcoming: 0, "not-started": 0 },
      issues: [{ path: ["asOf"], code: "invalid_date", message: { vi: "Ng\xE0y \u0111\xE1nh gi\xE1 kh\xF4ng h\u1EE3p l\u1EC7", en: "Invalid asOf date" }, received: describeValue(rawAsOf) }]
    };
  }
  const asOf = rawAsOf;
  const year = Number(asOf.slice(0, 4));
  const issues = [];
  const known = new Set(plan.tasks.map((t) => t.id));
  const byTask = /* @__PURE__ */ new Map();
  const length = guard("INVALID_ARGUMENT", "completions", () => ["completions"], () => completions.length);
  for (let i = 0; i < length; i += 1) {
    let field = "";
    try {
      const c = completions[i];
      if (!isObjectLike(c)) {
        issues.push(makeIssue([i], "invalid_type", "C\u1EA7n { taskId, completedOn }", "Expected { taskId, completedOn }", { received: c }));
        continue;
      }
      field = "taskId";
      const taskId = ownField(c, "taskId");
      field = "completedOn";
      const completedOn = ownField(c, "completedOn");
      field = "year";
      const round = ownField(c, "year");
      field = "";
      if (typeof taskId !== "string" || !known.has(taskId)) {
        const shown = typeof taskId === "string" ? taskId.slice(0, 80) : describeValue(taskId);
        issues.push({
          path: [i, "taskId"],
          code: "unknown_task",
          message: { vi: `K\u1EBF ho\u1EA1ch kh\xF4ng c\xF3 nhi\u1EC7m v\u1EE5 "${shown}"`, en: `The plan has no task "${shown}"` },
          received: describeValue(taskId)
        });
        continue;
      }
      if (!isCivilDate(completedOn)) {
        issues.push({
          path: [i, "completedOn"],
          code: "invalid_date",
          message: { vi: "Ng\xE0y ho\xE0n th\xE0nh kh\xF4ng h\u1EE3p l\u1EC7", en: "Invalid completion date" },
          expected: "YYYY-MM-DD",
          received: describeValue(completedOn)
        });
        continue;
      }
      if (round !== void 0 && !isYear(round)) {
        issues.push(makeIssue([i, "year"], "invalid_year", "C\u1EA7n m\u1ED9t n\u0103m (1900\u20132199)", "Expected a year (1900\u20132199)", { received: round }));
        continue;
      }
      if (completedOn > asOf) {
        issues.push({
          path: [i, "completedOn"],
          code: "completion_after_as_of",
          message: { vi: `Ng\xE0y ho\xE0n th\xE0nh ${completedOn} sau ng\xE0y \u0111\xE1nh gi\xE1; b\u1ECF qua`, en: `Completion ${completedOn} is after asOf; ignored` },
          received: completedOn
        });
        continue;
      }
      const list = byTask.get(taskId) ?? [];
      list.push({ year: round ?? Number(completedOn.slice(0, 4)), on: completedOn });
      byTask.set(taskId, list);
    } catch (error) {
      issues.push(unreadableIssue(field === "" ? [i] : [i, field], error));
    }
  }
  const tasks = plan.tasks.map((task) => {
    const done = byTask.get(task.id) ?? [];
    const last = done.reduce((m, d) => m === void 0 || d.on > m ? d.on : m, void 0);
    const head = { taskId: task.id, section: task.section, title: task.title };
    const when = frameText(task);
    const withLast = last === void 0 ? {} : { completedOn: last };
    const t = task.timeframe;
    if (t.kind === "every-year") {
      if (t.from !== void 0 && year < t.from) {
        return { ...head, ...withLast, status: "upcoming", reason: { vi: `Th\u1EF1c hi\u1EC7n h\u1EB1ng n\u0103m t\u1EEB ${t.from}`, en: `Every year from ${t.from}` } };
      }
      if (t.to !== void 0 && year > t.to) {
        const lastRound = done.some((d) => d.year === t.to);
        return {
          ...head,
          ...withLast,
          status: lastRound ? "done" : "overdue",
          reason: lastRound ? { vi: `\u0110\xE3 ho\xE0n th\xE0nh \u0111\u1EE3t cu\u1ED1i (${t.to})`, en: `The last round (${t.to}) is done` } : { vi: `Ch\u01B0a b\xE1o c\xE1o ho\xE0n th\xE0nh \u0111\u1EE3t cu\u1ED1i (${t.to})`, en: `The last round (${t.to}) is not reported done` }
        };
      }
      const doneThisYear = done.some((d) => d.year === year);
      return {
        ...head,
        ...withLast,
        status: "recurring",
        doneThisYear,
        reason: doneThisYear ? { vi: `Nhi\u1EC7m v\u1EE5 h\u1EB1ng n\u0103m; \u0111\xE3 ho\xE0n th\xE0nh n\u0103m ${year}`, en: `Every-year task; done for ${year}` } : { vi: `Nhi\u1EC7m v\u1EE5 h\u1EB1ng n\u0103m; ch\u01B0a ho\xE0n th\xE0nh n\u0103m ${year}`, en: `Every-year task; not yet done for ${year}` }
      };
    }
    if (done.length > 0) {
      return { ...head, ...withLast, status: "done", reason: { vi: `\u0110\xE3 ho\xE0n th\xE0nh ng\xE0y ${last}`, en: `Completed on ${last}` } };
    }
    if (t.kind === "text") {
      return { ...head, status: "not-started", reason: { vi: `Th\u1EDDi h\u1EA1n kh\xF4ng x\xE1c \u0111\u1ECBnh (\u201C${when}\u201D); ch\u01B0a b\xE1o c\xE1o ho\xE0n th\xE0nh`, en: `Time frame cannot be placed (\u201C${when}\u201D); no completion reported` } };
    }
    const from = t.kind === "year" ? t.year : t.from;
    const to = t.kind === "year" ? t.year : t.to;
    if (year < from) return { ...head, status: "upcoming", reason: { vi: `Th\u1EDDi h\u1EA1n ${when}`, en: `Due ${when}` } };
    if (year > to) return { ...head, status: "overdue", reason: { vi: `Qu\xE1 h\u1EA1n (${when}), ch\u01B0a ho\xE0n th\xE0nh`, en: `Overdue (${when}), not done` } };
    return { ...head, status: "due", reason: { vi: `\u0110\u1EBFn h\u1EA1n trong ${when}, ch\u01B0a ho\xE0n th\xE0nh`, en: `Due within ${when}, not done` } };
  });
  const summary = { done: 0, due: 0, overdue: 0, recurring: 0, upcoming: 0, "not-started": 0 };
  for (const t of tasks) summary[t.status] += 1;
  return { planId: plan.id, asOf, tasks, summary, issues };
};
export {
  trackTasks
};
