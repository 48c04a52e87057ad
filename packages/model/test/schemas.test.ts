import { describe, expect, it } from 'vitest';
import { AreaSchema } from '../src/area.js';
import { CitationSchema } from '../src/citation.js';
import { CivilDateSchema, YearSchema, isCivilDate } from '../src/civil-date.js';
import { ConditionSchema, IndicatorSchema } from '../src/indicator.js';
import { LabelSchema } from '../src/label.js';
import { OrganisationSchema, SECTORS, isAgricultural } from '../src/organisation.js';
import { PlanSchema, TaskSchema } from '../src/plan.js';
import { ComparatorSchema, TargetSchema } from '../src/target.js';
import { RECORD_FIELDS, isRecordField, readRecordField, type RecordField } from '../src/record-fields.js';
import { YearlyRecordSchema } from '../src/yearly-record.js';

const identity = { organisationId: 'X', year: 2024, kind: 'cooperative', sector: 'finance', areaCode: 'HN' } as const;

const sample = (type: string): unknown => {
  switch (type) {
    case 'count':
    case 'vnd':
    case 'months':
      return 7;
    case 'hectares':
      return 1.5;
    case 'boolean':
      return true;
    case 'date':
      return '2020-02-29';
    default:
      return undefined;
  }
};

describe('civil dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-04-31', false],
    ['2025-04-30', true],
    ['2025-12-31', true],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025-1-01', false],
    ['20250101', false],
    [' 2025-01-01', false],
  ])('%s is a civil date: %s', (text, valid) => {
    expect(isCivilDate(text)).toBe(valid);
    expect(CivilDateSchema.safeParse(text).success).toBe(valid);
  });

  it('marks impossible dates with the invalid_date code', () => {
    const result = CivilDateSchema.safeParse('2025-02-30');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'custom', params: { code: 'invalid_date' } });
  });

  it('limits years to 1900–2199 integers', () => {
    expect(YearSchema.safeParse(1900).success).toBe(true);
    expect(YearSchema.safeParse(2199).success).toBe(true);
    expect(YearSchema.safeParse(1899).success).toBe(false);
    expect(YearSchema.safeParse(2200).success).toBe(false);
    expect(YearSchema.safeParse(2024.5).success).toBe(false);
  });
});

describe('labels and citations', () => {
  it('need both languages and no extra keys', () => {
    expect(LabelSchema.safeParse({ vi: 'a', en: 'b' }).success).toBe(true);
    expect(LabelSchema.safeParse({ vi: 'a' }).success).toBe(false);
    expect(LabelSchema.safeParse({ vi: '', en: 'b' }).success).toBe(false);
    expect(LabelSchema.safeParse({ vi: 'a', en: 'b', fr: 'c' }).success).toBe(false);
    expect(CitationSchema.safeParse({ document: 'QĐ 2803', clause: 'I.2.a' }).success).toBe(true);
    expect(CitationSchema.safeParse({ clause: 'I.2.a' }).success).toBe(false);
  });
});

describe('organisations', () => {
  it('classify agricultural sectors', () => {
    expect(SECTORS.filter(isAgricultural)).toHaveLength(7);
  });

  it('accept the documented example and reject unknown keys', () => {
    const org = { id: 'HTX-001', name: 'HTX', kind: 'cooperative', sector: 'agriculture-crop', areaCode: 'TN-DT', foundedOn: '2015-03-01' };
    expect(OrganisationSchema.safeParse(org).success).toBe(true);
    expect(OrganisationSchema.safeParse({ ...org, phone: '1' }).success).toBe(false);
  });
});

describe('yearly records and the field table', () => {
  it('every field of RECORD_FIELDS is a real record field that readRecordField reads', () => {
    for (const [path, type] of Object.entries(RECORD_FIELDS) as Array<[RecordField, string]>) {
      expect(isRecordField(path)).toBe(true);
      const value = sample(type);
      if (value === undefined) continue;
      const [group, leaf] = path.split('.') as [string, string | undefined];
      const record = leaf === undefined ? { ...identity, [group]: value } : { ...identity, [group]: { [leaf]: value } };
      const parsed = YearlyRecordSchema.safeParse(record);
      expect(parsed.success, path).toBe(true);
      if (parsed.success) expect(readRecordField(parsed.data, path)).toBe(value);
    }
  });

  it('every measured field of the schema is in RECORD_FIELDS', () => {
    const shape = YearlyRecordSchema.shape;
    const notReferenced = new Set(['organisationId', 'year', 'name', 'sheet', 'grade']);
    for (const key of Object.keys(shape)) {
      if (notReferenced.has(key)) continue;
      const listed = Object.keys(RECORD_FIELDS).some((path) => path === key || path.startsWith(`${key}.`));
      expect(listed, key).toBe(true);
    }
  });

  it('reads absent fields as undefined, never zero', () => {
    const record = YearlyRecordSchema.parse(identity);
    expect(readRecordField(record, 'revenue')).toBeUndefined();
    expect(readRecordField(record, 'funds.reserve')).toBeUndefined();
    expect(isRecordField('funds.unknown')).toBe(false);
    expect(isRecordField('__proto__')).toBe(false);
    expect(isRecordField('toString')).toBe(false);
  });

  it('keeps money as safe integers and profits signed', () => {
    expect(YearlyRecordSchema.safeParse({ ...identity, revenue: -1 }).success).toBe(false);
    expect(YearlyRecordSchema.safeParse({ ...identity, preTaxProfit: -1 }).success).toBe(true);
    expect(YearlyRecordSchema.safeParse({ ...identity, revenue: 2 ** 53 }).success).toBe(false);
    expect(YearlyRecordSchema.safeParse({ ...identity, revenue: 0.5 }).success).toBe(false);
  });
});

describe('areas', () => {
  it('default successors to an empty list', () => {
    expect(AreaSchema.parse({ code: 'VN', name: { vi: 'Việt Nam', en: 'Viet Nam' }, level: 'country' }).successors).toEqual([]);
  });
});

describe('conditions and indicators', () => {
  it('accept every condition form, nested', () => {
    const condition = {
      all: [
        { field: 'sector', eq: 'finance' },
        { field: 'sector', in: ['finance', 'other'] },
        { field: 'revenue', gte: 0, lt: '5e9' },
        { grade: ['good', 'fair'] },
        { grade: 'effective' },
        { any: [{ not: { field: 'sanctioned', eq: true } }] },
      ],
    };
    expect(ConditionSchema.safeParse(condition).success).toBe(true);
  });

  it('reject unknown fields, empty lists and bound-less ranges', () => {
    expect(ConditionSchema.safeParse({ field: 'nope', eq: 1 }).success).toBe(false);
    expect(ConditionSchema.safeParse({ field: 'sector', in: [] }).success).toBe(false);
    expect(ConditionSchema.safeParse({ field: 'revenue' }).success).toBe(false);
    expect(ConditionSchema.safeParse({ all: [] }).success).toBe(false);
  });

  it('fill indicator defaults', () => {
    const indicator = IndicatorSchema.parse({
      id: 'n',
      label: { vi: 'Số HTX', en: 'Co-ops' },
      numerator: { op: 'count' },
      unit: 'count',
      direction: 'higher-is-better',
    });
    expect(indicator.factor).toBe(1);
    expect(indicator.population).toEqual({});
    expect(indicator.externalInputs).toEqual([]);
    expect(indicator.numerator).toEqual({ op: 'count', missing: 'skip-if-all-missing' });
  });
});

describe('targets, tasks and plans', () => {
  it('accept every comparator kind', () => {
    for (const comparator of [
      { kind: '>', value: 60 },
      { kind: '>=', value: 60 },
      { kind: '<', value: 60 },
      { kind: '<=', value: 60 },
      { kind: '=', value: 60 },
      { kind: 'range', min: 60, max: 80 },
      { kind: 'approximately', value: 60 },
      { kind: 'growth', minPercent: 10, baselineYear: 2020 },
      { kind: 'yearly-growth', minPercent: 5 },
      { kind: 'every-unit', level: 'district', comparator: { kind: '>=', value: 1 } },
    ]) {
      expect(ComparatorSchema.safeParse(comparator).success, comparator.kind).toBe(true);
    }
    expect(ComparatorSchema.safeParse({ kind: 'range', min: 80, max: 60 }).success).toBe(false);
    expect(ComparatorSchema.safeParse({ kind: '>', value: Number.POSITIVE_INFINITY }).success).toBe(false);
  });

  it('fill target, task and plan defaults', () => {
    const target = TargetSchema.parse({
      id: 't',
      indicator: 'i',
      label: { vi: 'a', en: 'b' },
      comparator: { kind: '>', value: 60 },
      deadline: 2030,
      source: { document: 'd' },
    });
    expect(target.scope).toEqual({});
    const task = TaskSchema.parse({
      id: 'I.1',
      section: 'I',
      title: { vi: 'a', en: 'b' },
      lead: 'x',
      timeframe: { kind: 'text', text: 'Hằng năm' },
      source: { document: 'd' },
    });
    expect(task.partners).toEqual([]);
    const plan = PlanSchema.parse({
      id: 'p',
      title: { vi: 'a', en: 'b' },
      issuer: { vi: 'a', en: 'b' },
      document: {},
      jurisdiction: { level: 'country', name: { vi: 'a', en: 'b' } },
    });
    expect([plan.targets, plan.tasks, plan.parents, plan.cycles, plan.document.notes]).toEqual([[], [], [], [], []]);
  });
});
