/**
 * Runs the language-neutral conformance cases (../cases/*.json) against the public API of the @coop
 * packages. Only the adapters at the top know that API: another implementation keeps the JSON and
 * rewrites them (see ../README.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CYCLES, deadlines, fromLunar, isWorkingDay, lunarNewYear, type ReportingCycle } from '@coop/calendar';
import { PLANS, getPlan, rational, type YearlyRecord } from '@coop/model';
import { CIRCULAR_01_2020, CIRCULAR_09_2017, evaluateTarget, grade, meetsComparator, targetGap, trackTasks, type LevelComparator, type TaskCompletion } from '@coop/rating';

const load = <T,>(name: string): T => JSON.parse(readFileSync(new URL(`../cases/${name}`, import.meta.url), 'utf8')) as T;

interface GradeCase { id: string; rulebook: string; total: number; record: Partial<YearlyRecord>; expected: string; warning?: string }
interface ComparatorCase { id: string; comparator: LevelComparator; numerator: number; denominator: number; factor: number; met: boolean; gap: 'met' | 'met-exceeded' | { change: string; amount: number } }
interface VerdictCase {
  id: string; plan: string; target: string; areaCode?: string;
  records: { n: number; kind: YearlyRecord['kind']; grade?: YearlyRecord['grade']; linked?: boolean }[];
  expected: { value: [number, number] | null; met: boolean | null; status?: string; exceeded?: boolean; warning?: string; coverage?: { eligible: number; rated: number; groups: number } };
}
interface TaskStatusCase { status: string; doneThisYear?: boolean; unstated?: string[] }
interface TaskCase {
  id: string; plan: string; asOf: string; completions: TaskCompletion[];
  expected: { tasks: number; summary: Record<string, number>; statuses?: Record<string, TaskStatusCase> };
}
interface CalendarCases {
  lunar: { id: string; lunarNewYear?: number; fromLunar?: { year: number; month: number; day: number }; expected: string }[];
  holidays: { id: string; date: string; working: boolean }[];
  deadlines: { id: string; cycle: string; from: string; to: string; step: string; nominal: string; effective: string }[];
}

// ── adapters: the only code that knows the API under test ─────────────────────────────────────────
const FULL_01: Record<string, number> = {
  '1a': 6, '1b': 1, '2a': 5, '2b': 1, '3a': 4, '3b': 3, '3c': 4, '4a': 2, '4b': 2, '4c': 2, '5': 8, '6': 6,
  '7a': 2, '7b': 2, '7c': 2, '8': 6, '9': 4, '10': 5, '11': 5, '12': 5, '13': 5, '14': 5, '15': 5,
};
const FULL_09: Record<string, number> = { '1a': 8, '1b': 10, '1c': 10, '1d': 5, '1e': 5, '2': 14, '3': 12, '4': 12, '5': 12, '6': 12 };
/** A sheet totalling `total` points: points taken off the last criteria, in hundredths so totals are exact. */
const sheetFor = (full: Record<string, number>, total: number): Record<string, number> => {
  const points = { ...full };
  let excess = Math.round((Object.values(points).reduce((a, b) => a + b, 0) - total) * 100);
  for (const id of Object.keys(points).reverse()) {
    const take = Math.min(excess, Math.round((points[id] ?? 0) * 100));
    points[id] = (Math.round((points[id] ?? 0) * 100) - take) / 100;
    excess -= take;
  }
  return points;
};
const gradeOf = (c: GradeCase): { grade: string; warning?: string | undefined } => {
  const c01 = c.rulebook === 'circular-01-2020';
  const record = {
    organisationId: c.id, year: 2023, kind: 'cooperative', sector: c01 ? 'trade-services' : 'agriculture-crop', areaCode: 'A', ...c.record,
    sheet: { rulebook: c.rulebook, points: sheetFor(c01 ? FULL_01 : FULL_09, c.total) },
  } as YearlyRecord;
  const result = grade(record, { rulebook: c01 ? CIRCULAR_01_2020 : CIRCULAR_09_2017 });
  const warning = c.warning === undefined ? {} : { warning: result.warnings.find((w) => w.code === c.warning)?.code };
  return { grade: result.grade ?? result.status, ...warning };
};
const comparatorOf = (c: ComparatorCase) => {
  const met = meetsComparator(c.comparator, rational(c.numerator * c.factor, c.denominator));
  const gap = targetGap(c.comparator, { numerator: c.numerator, denominator: c.denominator, factor: c.factor });
  const g = gap.kind === 'met' ? (gap.exceeded === true ? 'met-exceeded' : 'met') : gap.kind === 'change' ? { change: gap.change, amount: Number(gap.amount) } : gap.kind;
  return { met, gap: g };
};
const verdictOf = (c: VerdictCase) => {
  const target = getPlan(c.plan, PLANS).targets.find((t) => t.id === c.target)!;
  const records: YearlyRecord[] = c.records.flatMap((r, k) =>
    Array.from({ length: r.n }, (_, i) => ({
      organisationId: `${k}-${i}`, year: 2025, kind: r.kind, sector: 'agriculture-crop', areaCode: c.areaCode ?? 'D', monthsOperating: 12, monthsSuspended: 0,
      ...(r.grade === undefined ? {} : { grade: r.grade }), ...(r.linked === true ? { flags: { valueChainLinkage: true } } : {}),
    }) as YearlyRecord),
  );
  const result = evaluateTarget(target, records, { asOf: 2025 });
  const coverage = result.indicator?.coverage;
  return {
    value: result.value === undefined ? null : [Number(result.value.num), Number(result.value.den)],
    met: result.met ?? null,
    ...(c.expected.status === undefined ? {} : { status: result.status }),
    ...(c.expected.exceeded === undefined ? {} : { exceeded: result.exceeded }),
    ...(c.expected.warning === undefined ? {} : { warning: result.warnings.find((w) => w.code === c.expected.warning)?.code }),
    ...(c.expected.coverage === undefined ? {} : { coverage: { eligible: coverage?.eligible, rated: coverage?.rated, groups: coverage?.groups } }),
  };
};
const tasksOf = (c: TaskCase) => {
  const tracking = trackTasks(getPlan(c.plan, PLANS), c.completions, { asOf: c.asOf });
  const pick = (id: string, want: TaskStatusCase): TaskStatusCase => {
    const t = tracking.tasks.find((x) => x.taskId === id);
    return {
      status: t?.status ?? 'absent',
      ...(want.doneThisYear === undefined ? {} : { doneThisYear: t?.doneThisYear ?? false }),
      ...(want.unstated === undefined ? {} : { unstated: [...(t?.unstated ?? [])] }),
    };
  };
  return {
    tasks: tracking.tasks.length,
    summary: { ...tracking.summary },
    ...(c.expected.statuses === undefined ? {} : { statuses: Object.fromEntries(Object.entries(c.expected.statuses).map(([id, want]) => [id, pick(id, want)])) }),
  };
};
const dueDates = (c: CalendarCases['deadlines'][number]) => {
  const cycle = (CYCLES as Record<string, ReportingCycle>)[c.cycle] as ReportingCycle;
  const step = deadlines(cycle, { from: c.from, to: c.to }).flatMap((d) => d.steps).find((s) => s.stepId === c.step);
  return { nominal: step?.nominalDate, effective: step?.effectiveDate };
};
// ──────────────────────────────────────────────────────────────────────────────────────────────────

describe('grades of both circulars', () => {
  it.each(load<{ cases: GradeCase[] }>('grades.json').cases)('$id', (c) => {
    expect(gradeOf(c)).toEqual({ grade: c.expected, ...(c.warning === undefined ? {} : { warning: c.warning }) });
  });
});

describe('target comparators and gaps', () => {
  it.each(load<{ cases: ComparatorCase[] }>('comparators.json').cases)('$id', (c) => {
    expect(comparatorOf(c)).toEqual({ met: c.met, gap: c.gap });
  });
});

describe('plan verdicts over records', () => {
  it.each(load<{ cases: VerdictCase[] }>('plan-verdicts.json').cases)('$id', (c) => {
    expect(verdictOf(c)).toEqual(c.expected);
  });
});

describe('task tracking on the catalog plans', () => {
  it.each(load<{ cases: TaskCase[] }>('tasks.json').cases)('$id', (c) => {
    expect(tasksOf(c)).toEqual(c.expected);
  });
});

describe('calendar', () => {
  const cases = load<CalendarCases>('calendar.json');
  it.each(cases.lunar)('$id', (c) => {
    expect(c.lunarNewYear !== undefined ? lunarNewYear(c.lunarNewYear) : fromLunar(c.fromLunar!)).toBe(c.expected);
  });
  it.each(cases.holidays)('$id', (c) => {
    expect(isWorkingDay(c.date)).toBe(c.working);
  });
  it.each(cases.deadlines)('$id', (c) => {
    expect(dueDates(c)).toEqual({ nominal: c.nominal, effective: c.effective });
  });
});
