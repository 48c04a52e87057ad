import { getPlan, type YearlyRecord } from '@coop/model';
import { evaluatePlan } from '@coop/rating';
import { describe, expect, it } from 'vitest';
import { areaCodeNotes, checkTable, gapText } from '../src/plan-check.js';

// Issue 15: the console table names failing units and reports unknown or closed area codes.
const record = (organisationId: string, areaCode: string, year = 2024): YearlyRecord => ({
  organisationId,
  year,
  kind: 'cooperative',
  sector: 'agriculture-crop',
  areaCode,
  flags: { modelCooperative: true },
});

const plan = getPlan('thai-nguyen-42-2024');
const districts = ['164', '165', '168', '169', '170', '171', '172', '173']; // no record in 167, huyện Định Hóa

describe('the plan check table and areas', () => {
  it('names the failing districts', () => {
    const { entries } = evaluatePlan(plan, { records: districts.map((code, i) => record(`o${i}`, code)) }, { asOf: 2024 });
    const entry = entries.find((e) => e.targetId === 'model-coop-per-district');
    if (!entry?.ok) throw new Error('per-district target not evaluated');
    expect(gapText(entry.result.gap, entry.result, 'vi')).toBe('chưa đạt ở: huyện Định Hóa');
    expect(gapText(entry.result.gap, entry.result, 'en')).toBe('failing in: Dinh Hoa district');
    expect(checkTable(entries, 'en')).toContain('failing in: Dinh Hoa district');
    expect(areaCodeNotes(entries, 'en')).toEqual([]);
  });
  it('names the districts whose co-ops do not report the flag beside the failing ones (no value: neither meeting nor failing)', () => {
    const others = ['165', '168', '169', '170', '171', '172', '173'].map((code, i) => record(`m${i}`, code));
    const unreported: YearlyRecord = { ...record('x', '167'), flags: {} };
    const notModel: YearlyRecord = { ...record('n', '164'), flags: { modelCooperative: false } };
    const { entries } = evaluatePlan(plan, { records: [...others, notModel, unreported] }, { asOf: 2024 });
    const entry = entries.find((e) => e.targetId === 'model-coop-per-district');
    if (!entry?.ok) throw new Error('per-district target not evaluated');
    expect(gapText(entry.result.gap, entry.result, 'en')).toBe('failing in: Thai Nguyen city; no value in: Dinh Hoa district');
    expect(gapText(entry.result.gap, entry.result, 'vi')).toBe('chưa đạt ở: thành phố Thái Nguyên; chưa có số liệu ở: huyện Định Hóa');
  });
  it('reports unknown and closed area codes under the table', () => {
    const records = [record('a', '171', 2026), record('b', 'TN-01', 2026), record('c', '06', 2026), record('d', 'TN-01', 2026)];
    const { entries } = evaluatePlan(plan, { records }, { asOf: 2026 });
    expect(areaCodeNotes(entries, 'en')).toEqual([
      '⚠ 2 records have area codes not in the area list (TN-01): they count for no area',
      '⚠ 2 records use closed area codes (06, 171): counted for the successor unit — fix the codes',
    ]);
    const table = checkTable(entries, 'vi');
    expect(table).toContain('⚠ 2 bản ghi có mã địa bàn không có trong danh mục (TN-01)');
    expect(table.split('\n').at(-1)).toContain('đã giải thể (06, 171)');
    // The per-district target is not evaluated in 2026: the district level ended on 1 July 2025.
    const perDistrict = entries.find((e) => e.targetId === 'model-coop-per-district');
    expect(perDistrict?.ok === false && perDistrict.error.code).toBe('UNITS_NOT_EVALUABLE');
  });
});
