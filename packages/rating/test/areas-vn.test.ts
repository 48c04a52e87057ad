import { getPlan, type YearlyRecord } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { computeIndicator } from '../src/compute-indicator.js';
import { evaluatePlan } from '../src/evaluate-plan.js';
import { evaluateTarget } from '../src/evaluate-target.js';
import { count } from './fixtures/indicators.js';
import { recordsLike, targetsOn } from './fixtures/targets.js';

// Issue 15: targets on Vietnamese areas use the built-in catalog (provinces of both periods, districts
// until 30/06/2025) when the data bring no area list.
const rec = recordsLike({ flags: { modelCooperative: true } });
const target = targetsOn('model-count', { vi: 'Số HTX điển hình', en: 'Model co-ops' });
const national = target({ kind: '>=', value: 1 }, { scope: { area: 'VN' } });
const thaiNguyen = target({ kind: '>=', value: 1 }, { scope: { area: '19' } });
const perDistrict = getPlan('thai-nguyen-42-2024').targets.find((t) => t.id === 'model-coop-per-district')!;

const THAI_NGUYEN_DISTRICTS = ['164', '165', '167', '168', '169', '170', '171', '172', '173'];

describe('a national target', () => {
  it('covers records coded with any Vietnamese area, with no area list', () => {
    const records = ['01', '19', '79', '91'].map((areaCode) => rec({ year: 2025, areaCode }));
    const result = evaluateTarget(national, records, { asOf: 2025, indicator: count });
    expect(result.value).toEqual({ num: 4n, den: 1n });
    expect(result.indicator?.populationSize).toBe(4);
    expect(result.warnings.map((w) => w.code)).toEqual([]);
  });
  it('covers district codes and former provinces too, and reports unknown codes', () => {
    const records = [rec({ year: 2024, areaCode: '167' }), rec({ year: 2024, areaCode: '06' }), rec({ year: 2024, areaCode: 'XX' }), rec({ year: 2024, areaCode: '19-2025' })];
    const result = evaluateTarget(national, records, { asOf: 2024, indicator: count });
    expect(result.value).toEqual({ num: 2n, den: 1n });
    const unknown = result.warnings.find((w) => w.code === 'UNKNOWN_AREA_CODES');
    expect(unknown?.details).toEqual({ year: 2024, codes: ['XX', '19-2025'], records: 2 });
    expect(unknown?.message.en).toBe('2024: 2 records carry area codes that are not in the area list (XX, 19-2025) and count for no area');
    expect(unknown?.message.vi).toContain('không có trong danh mục');
  });
});

describe('computeIndicator on a Vietnamese area', () => {
  it('needs no area list either', () => {
    const records = [rec({ year: 2025, areaCode: '01' }), rec({ year: 2025, areaCode: '19' }), rec({ year: 2025, areaCode: '06' })];
    expect(computeIndicator(count, records, { year: 2025, area: 'VN' }).value).toEqual({ num: 3n, den: 1n });
    expect(computeIndicator(count, records, { year: 2025, area: '19' }).value).toEqual({ num: 2n, den: 1n });
    expect(computeIndicator(count, records, { year: 2025, area: '19' }).warnings.map((w) => w.code)).not.toContain('NO_AREA_LIST');
  });
});

describe('a province target across the 2025 reform', () => {
  it('covers its districts; a former province only from the year it merged (the new unit for the whole year)', () => {
    const records = [
      rec({ year: 2024, areaCode: '19' }),
      rec({ year: 2024, areaCode: '171' }), // huyện Đại Từ
      rec({ year: 2024, areaCode: '06' }), // Bắc Kạn, not yet Thái Nguyên
      rec({ year: 2024, areaCode: '058' }), // thành phố Bắc Kạn
      rec({ year: 2025, areaCode: '19' }),
      rec({ year: 2025, areaCode: '06' }), // merged on 1 July 2025: counts for the whole year
      rec({ year: 2025, areaCode: '058' }),
    ];
    expect(evaluateTarget(thaiNguyen, records, { asOf: 2024, indicator: count }).value).toEqual({ num: 2n, den: 1n });
    const y2025 = evaluateTarget(thaiNguyen, records, { asOf: 2025, indicator: count });
    expect(y2025.value).toEqual({ num: 3n, den: 1n });
    expect(y2025.warnings.map((w) => w.code)).toEqual([]);
  });
  it('a code that changed meaning counts by year: 15 is Yên Bái in 2024, Lào Cai in 2025', () => {
    const laoCai = target({ kind: '>=', value: 1 }, { scope: { area: '10' } });
    const records = [rec({ year: 2024, areaCode: '15' }), rec({ year: 2024, areaCode: '10' })];
    expect(evaluateTarget(laoCai, records, { asOf: 2024, indicator: count }).value).toEqual({ num: 1n, den: 1n });
    const newLaoCai = target({ kind: '>=', value: 1 }, { scope: { area: '15' } });
    const y2025 = [rec({ year: 2025, areaCode: '15' }), rec({ year: 2025, areaCode: '10' })];
    expect(evaluateTarget(newLaoCai, y2025, { asOf: 2025, indicator: count }).value).toEqual({ num: 2n, den: 1n });
    expect(evaluateTarget(newLaoCai, records, { asOf: 2024, indicator: count }).value).toEqual({ num: 1n, den: 1n });
  });
  it('a closed code in a later year is counted for its successor and reported', () => {
    const records = [rec({ year: 2026, areaCode: '19' }), rec({ year: 2026, areaCode: '06' })];
    const result = evaluateTarget(thaiNguyen, records, { asOf: 2026, indicator: count });
    expect(result.value).toEqual({ num: 2n, den: 1n });
    expect(result.warnings.find((w) => w.code === 'CLOSED_AREA_CODES')?.details).toEqual({ year: 2026, codes: ['06'], records: 1 });
  });
});

describe('a per-district target (Thái Nguyên plan 42/KH-UBND)', () => {
  const districtRecords = (missing: readonly string[]): YearlyRecord[] =>
    THAI_NGUYEN_DISTRICTS.filter((code) => !missing.includes(code)).map((areaCode) => rec({ year: 2024, areaCode }));

  it('over the 9 real districts names the units', () => {
    const result = evaluateTarget(perDistrict, districtRecords(['167', '165']), { asOf: 2024 });
    expect(result.units?.map((u) => u.code)).toEqual(THAI_NGUYEN_DISTRICTS);
    expect(result.units?.find((u) => u.code === '167')?.name).toEqual({ vi: 'Huyện Định Hóa', en: 'Dinh Hoa district' });
    expect(result.gap).toEqual({ kind: 'units', failing: ['165', '167'], meeting: 7, total: 9 });
    expect(result.explanation.vi).toContain('2/9 địa bàn chưa đạt (thành phố Sông Công, huyện Định Hóa)');
    expect(result.explanation.en).toContain('2 of 9 units fail (Song Cong city, Dinh Hoa district)');
    expect(evaluateTarget(perDistrict, districtRecords([]), { asOf: 2024 }).status).toBe('achieved');
  });
  it('over province-coded records is not evaluated, with the reason', () => {
    const records = [rec({ year: 2024, areaCode: '19' })];
    expect(() => evaluateTarget(perDistrict, records, { asOf: 2024 })).toThrow(
      expect.objectContaining({ code: 'UNITS_NOT_EVALUABLE', details: expect.objectContaining({ reason: 'records-above-unit-level', codes: ['19'] }) }),
    );
    const plan = evaluatePlan(getPlan('thai-nguyen-42-2024'), { records }, { asOf: 2024 });
    const entry = plan.entries.find((e) => e.targetId === 'model-coop-per-district');
    expect(entry?.ok).toBe(false);
    expect(!entry?.ok && entry?.error.code).toBe('UNITS_NOT_EVALUABLE');
    expect(!entry?.ok && entry?.error.message.vi).toContain('không thuộc huyện nào');
  });
  it('after the district level ended (1 July 2025) is not evaluated; 2025 itself is still judged by district', () => {
    expect(() => evaluateTarget(perDistrict, districtRecords([]).map((r) => ({ ...r, year: 2026 })), { asOf: 2026 })).toThrow(
      expect.objectContaining({ code: 'UNITS_NOT_EVALUABLE', details: expect.objectContaining({ reason: 'unit-level-ended', lastYear: 2025 }) }),
    );
    expect(evaluateTarget(perDistrict, districtRecords([]).map((r) => ({ ...r, year: 2025 })), { asOf: 2025 }).status).toBe('achieved');
  });
});

describe('the plan summary', () => {
  it('lists unknown and closed area codes as plain data, with a plan warning', () => {
    const records = [rec({ year: 2026, areaCode: '01' }), rec({ year: 2026, areaCode: 'HN' }), rec({ year: 2026, areaCode: '06' })];
    const result = evaluatePlan(getPlan('mard-2803-2023'), { records }, { asOf: 2026 });
    expect(result.summary.unknownAreaCodes).toEqual(['HN']);
    expect(result.summary.closedAreaCodes).toEqual(['06']);
    const warning = result.warnings.find((w) => w.code === 'UNKNOWN_AREA_CODES');
    expect(warning?.details).toEqual({ codes: ['HN'], records: 1 });
    expect(warning?.message.en).toBe('1 record carries area codes not in the area list (HN) and count for no area');
    expect(JSON.parse(JSON.stringify(result.summary))).toEqual(result.summary);
  });
});
