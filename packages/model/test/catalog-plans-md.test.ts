import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PLANS, getPlan } from '../src/catalog/index.js';
import type { Comparator } from '../src/target.js';

/**
 * Walks the tables of the domain note `plans.md` (the spec of the catalog) and checks that every row
 * is in the catalog with the same comparator and value. The shared copy (`../shared/domain/plans.md`
 * beside the repository) is used when present; the fixture copy otherwise, and both must match.
 */
const SHARED = fileURLToPath(new URL('../../../../shared/domain/plans.md', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./fixtures/plans.md', import.meta.url));
const spec = readFileSync(existsSync(SHARED) ? SHARED : FIXTURE, 'utf8');

/** Plan sections of plans.md → catalog plan ids. */
const PLAN_IDS: Readonly<Record<string, string>> = {
  '1': 'mard-2803-2023',
  '2': 'resolution-134-2020',
  '3': 'quang-nam-106-2023',
  '4': 'district-155-2023',
  '5': 'thai-nguyen-42-2024',
};

interface SpecRow {
  readonly plan: string;
  readonly id: string;
  readonly deadline: number;
  readonly comparatorText: string;
  readonly clause: string | undefined;
}

const cells = (line: string): string[] =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());

const parseSpec = (markdown: string): { rows: SpecRow[]; sections: string[] } => {
  const rows: SpecRow[] = [];
  const sections: string[] = [];
  const parts = markdown.split(/^## Plan (\d+) — /m);
  for (let index = 1; index < parts.length; index += 2) {
    const number = parts[index] ?? '';
    const body = parts[index + 1] ?? '';
    const plan = PLAN_IDS[number];
    if (plan === undefined) throw new Error(`plans.md has a Plan ${number} the test does not know`);
    sections.push(plan);
    const defaultDeadline = /Deadline of (?:all|the) targets: (\d{4})/.exec(body)?.[1];
    const table = body.split('\n').filter((line) => line.trim().startsWith('|'));
    if (table.length === 0) continue;
    const header = cells(table[0] ?? '');
    const column = (name: string) => header.indexOf(name);
    for (const line of table.slice(2)) {
      const row = cells(line);
      const deadline = column('deadline') >= 0 ? row[column('deadline')] : defaultDeadline;
      rows.push({
        plan,
        id: row[column('id (suggested)')] ?? '',
        deadline: Number(deadline),
        comparatorText: row[column('comparator')] ?? '',
        clause: column('clause') >= 0 ? row[column('clause')] : undefined,
      });
    }
  }
  return { rows, sections };
};

/** Maps the comparator text of plans.md (`> 60 %`, `range 20–25`, `≈ 30 %`, …) to a catalog comparator. */
const parseComparator = (text: string): Comparator => {
  const number = (digits: string) => Number(digits.replace(/\s/g, ''));
  let match: RegExpExecArray | null;
  if ((match = /^range ([\d ]+)–([\d ]+)/.exec(text))) {
    return { kind: 'range', min: number(match[1] ?? ''), max: number(match[2] ?? '') };
  }
  if ((match = /^yearly growth `>= (\d+) %`$/.exec(text))) return { kind: 'yearly-growth', minPercent: number(match[1] ?? '') };
  if ((match = /^growth `>= (\d+) %`$/.exec(text))) return { kind: 'growth', minPercent: number(match[1] ?? '') };
  if ((match = /^`(>=|>|=|≈) ([\d ]+?)(?: %| VND \/ year)?`( in each unit)?(?: \(".*"\))?$/.exec(text))) {
    const value = number(match[2] ?? '');
    const op = match[1] ?? '';
    const simple: Comparator =
      op === '≈' ? { kind: 'approximately', value } : { kind: op as '>' | '>=' | '=', value };
    if (match[3] !== undefined) {
      if (simple.kind === 'approximately') throw new Error(`unexpected per-unit approximation: ${text}`);
      return { kind: 'every-unit', level: 'district', comparator: simple };
    }
    return simple;
  }
  throw new Error(`Unrecognised comparator text in plans.md: ${text}`);
};

describe('the catalog encodes every row of plans.md', () => {
  const { rows, sections } = parseSpec(spec);

  it('uses the fixture copy of plans.md that matches the shared one', () => {
    if (existsSync(SHARED) && existsSync(FIXTURE)) {
      expect(readFileSync(FIXTURE, 'utf8')).toBe(readFileSync(SHARED, 'utf8'));
    }
    expect(existsSync(FIXTURE)).toBe(true);
  });

  it('finds the five plans and their 35 target rows', () => {
    expect(sections).toEqual(Object.values(PLAN_IDS));
    expect(rows.length).toBe(35);
    const perPlan = Object.fromEntries(sections.map((plan) => [plan, rows.filter((row) => row.plan === plan).length]));
    expect(perPlan).toEqual({
      'mard-2803-2023': 6,
      'resolution-134-2020': 0,
      'quang-nam-106-2023': 10,
      'district-155-2023': 13,
      'thai-nguyen-42-2024': 6,
    });
  });

  it.each(parseSpec(spec).rows.map((row) => [`${row.plan}/${row.id}`, row] as const))('%s', (_name, row) => {
    const target = getPlan(row.plan, PLANS).targets.find((candidate) => candidate.id === row.id);
    expect(target, `${row.plan} has no target ${row.id}`).toBeDefined();
    expect(target?.comparator).toEqual(parseComparator(row.comparatorText));
    expect(target?.deadline).toBe(row.deadline);
    if (row.clause !== undefined) expect(target?.source.clause).toBe(row.clause);
  });

  it('has no target that plans.md does not list', () => {
    for (const plan of sections) {
      const listed = rows.filter((row) => row.plan === plan).map((row) => row.id);
      expect(getPlan(plan, PLANS).targets.map((target) => target.id)).toEqual(listed);
    }
  });
});
