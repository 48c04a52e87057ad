import { describe, expect, it } from 'vitest';
import { AreaSchema } from '../src/area.js';
import { areaForYear, areaOn, buildAreaIndex, isAreaInForce, isWithinArea, resolveAreaOn, subAreas, successorsOf } from '../src/area-tree.js';
import { AREAS, VN_AREAS, vnAreaIndex } from '../src/catalog/areas.js';
import { VN_DISTRICTS } from '../src/catalog/districts.js';
import { VN_COUNTRY, VN_PROVINCES } from '../src/catalog/provinces.js';

const index = buildAreaIndex(VN_AREAS);
const provinces = buildAreaIndex(AREAS);
const codes = (areas: ReadonlyArray<{ code: string }>): string[] => areas.map((area) => area.code);
const names = (areas: ReadonlyArray<{ name: { vi: string } }>): string[] => areas.map((area) => area.name.vi);

describe('the Vietnamese area catalog', () => {
  it('validates as one list and every entry parses to itself with a source', () => {
    expect(index.areas).toHaveLength(1 + VN_PROVINCES.length + VN_DISTRICTS.length);
    for (const area of VN_AREAS) {
      expect(AreaSchema.parse(area), area.code).toEqual(area);
      expect(area.source?.document, area.code).toBeTruthy();
    }
    expect(structuredClone(VN_AREAS)).toEqual(VN_AREAS);
  });

  it('has 63 provinces until 30/06/2025, 34 from 01/07/2025 and 696 districts on 30/06/2025', () => {
    expect(subAreas(index, 'VN', 'province', { on: '2025-06-30' })).toHaveLength(63);
    expect(subAreas(index, 'VN', 'province', { on: '2025-07-01' })).toHaveLength(34);
    expect(subAreas(index, 'VN', 'district', { on: '2025-06-30' })).toHaveLength(696);
    expect(subAreas(index, 'VN', 'district', { on: '2025-07-01' })).toHaveLength(0);
    // 11 unchanged units are the same area on both sides of the reform.
    const unchanged = VN_PROVINCES.filter((a) => a.validFrom === undefined && a.validTo === undefined).map((a) => a.code);
    expect(unchanged).toEqual(['01', '04', '11', '12', '14', '20', '22', '38', '40', '42']);
    // Types: 6 centrally-run cities on either side (Huế one from 01/01/2025), 7 after 30/04/2026.
    const cities = (on: string): string[] =>
      subAreas(index, 'VN', 'province', { on }).filter((a) => a.type?.en === 'centrally-run city').map((a) => a.code);
    expect(cities('2024-12-31')).toEqual(['01', '31', '48', '79', '92']);
    expect(cities('2025-06-30')).toEqual(['01', '31', '46', '48', '79', '92']);
    expect(cities('2025-07-01')).toEqual(['01', '31', '46', '48', '79', '92']);
    expect(cities('2026-04-30')).toEqual(['01', '31', '46', '48', '75', '79', '92']);
    expect(VN_PROVINCES.find((a) => a.validFrom === '2026-04-30')?.confidence).toBe('single-source');
  });

  it('pins the seven codes that denote a differently named unit from 01/07/2025', () => {
    const changed: Array<[string, string, string]> = [
      ['15', 'Tỉnh Yên Bái', 'Tỉnh Lào Cai'],
      ['24', 'Tỉnh Bắc Giang', 'Tỉnh Bắc Ninh'],
      ['44', 'Tỉnh Quảng Bình', 'Tỉnh Quảng Trị'],
      ['52', 'Tỉnh Bình Định', 'Tỉnh Gia Lai'],
      ['80', 'Tỉnh Long An', 'Tỉnh Tây Ninh'],
      ['82', 'Tỉnh Tiền Giang', 'Tỉnh Đồng Tháp'],
      ['91', 'Tỉnh Kiên Giang', 'Tỉnh An Giang'],
    ];
    for (const [code, before, after] of changed) {
      expect(areaOn(index, code, '2025-06-30')?.name.vi, code).toBe(before);
      expect(areaOn(index, code, '2025-07-01')?.name.vi, code).toBe(after);
    }
    // The old codes of the same-named provinces are closed, not reused.
    for (const closed of ['10', '27', '45', '64', '72', '87', '89']) {
      expect(areaOn(index, closed, '2025-07-01'), closed).toBeUndefined();
    }
    expect(codes(resolveAreaOn(index, '10', '2025-07-01'))).toEqual(['15']);
    expect(names(resolveAreaOn(index, '10', '2025-07-01'))).toEqual(['Tỉnh Lào Cai']);
  });

  it('lists the 29 closed codes, each with the one unit it merged into', () => {
    const closed = VN_PROVINCES.filter((a) => a.validTo === '2025-06-30' && !a.successors.includes(a.code)).map((a) => a.code);
    expect(closed).toEqual('02 06 10 17 26 27 30 34 35 36 45 49 54 58 60 62 64 67 70 72 74 77 83 84 87 89 93 94 95'.split(' '));
    for (const code of closed) expect(successorsOf(index, code), code).toHaveLength(1);
    expect(successorsOf(index, '06')).toEqual(['19']);
    expect(successorsOf(index, '49')).toEqual(['48']);
  });

  it('follows successors both ways', () => {
    // Forward: the former Thái Nguyên and Bắc Kạn → the merged Thái Nguyên.
    expect(resolveAreaOn(index, '06', '2025-07-01').map((a) => `${a.code} ${a.validFrom}`)).toEqual(['19 2025-07-01']);
    expect(resolveAreaOn(index, '19', '2026-01-01').map((a) => `${a.code} ${a.validFrom}`)).toEqual(['19 2025-07-01']);
    // Backward: a kept code on a date before the reform is its own former version...
    expect(resolveAreaOn(index, '19', '2024-06-30').map((a) => `${a.code} ${a.validTo}`)).toEqual(['19 2025-06-30']);
    // ...and the merged unit's predecessors are the former units (the kept code's own former version included).
    expect(index.predecessors.get('19')).toEqual(['06', '19']);
    expect(index.predecessors.get('48')).toEqual(['48', '49']);
    expect([...(index.predecessors.get('79') ?? [])].sort()).toEqual(['74', '77', '79']);
    expect(index.predecessors.get('15')).toEqual(['10', '15']);
    // Within a period: Nông Sơn merged into Quế Sơn on 01/01/2025; Huế became a city then.
    expect(codes(resolveAreaOn(index, '519', '2025-03-01'))).toEqual(['509']);
    expect(areaOn(index, '46', '2024-12-31')?.name.vi).toBe('Tỉnh Thừa Thiên Huế');
    expect(areaOn(index, '46', '2025-01-01')?.name.vi).toBe('Thành phố Huế');
  });

  it('attributes a record by its year: the straddling year goes to the new unit, a closed code is flagged', () => {
    const at = (code: string, year: number): string => {
      const found = areaForYear(index, code, year);
      return `${found.status}: ${found.areas.map((a) => `${a.code} ${a.name.vi}${a.validFrom === '2025-07-01' ? ' (mới)' : ''}`).join(', ')}`;
    };
    expect(at('06', 2024)).toBe('in-force: 06 Tỉnh Bắc Kạn');
    expect(at('06', 2025)).toBe('succeeded: 19 Tỉnh Thái Nguyên (mới)');
    expect(at('19', 2025)).toBe('in-force: 19 Tỉnh Thái Nguyên (mới)');
    expect(at('19', 2024)).toBe('in-force: 19 Tỉnh Thái Nguyên');
    expect(at('06', 2026)).toBe('closed: 19 Tỉnh Thái Nguyên (mới)');
    expect(at('15', 2024)).toBe('in-force: 15 Tỉnh Yên Bái');
    expect(at('15', 2025)).toBe('in-force: 15 Tỉnh Lào Cai (mới)');
    expect(at('10', 2025)).toBe('succeeded: 15 Tỉnh Lào Cai (mới)');
    // A district has no successor of its own: it goes through its province.
    expect(at('167', 2024)).toBe('in-force: 167 Huyện Định Hóa');
    expect(at('167', 2025)).toBe('succeeded: 19 Tỉnh Thái Nguyên (mới)');
    expect(at('058', 2026)).toBe('closed: 19 Tỉnh Thái Nguyên (mới)');
    expect(at('519', 2024)).toBe('in-force: 519 Huyện Nông Sơn');
    expect(at('519', 2025)).toBe('closed: 48 Thành phố Đà Nẵng (mới)');
    expect(at('509', 2024)).toBe('in-force: 509 Huyện Quế Sơn');
    expect(at('XX', 2025)).toBe('unknown: ');
    expect(at('19-2025', 2025)).toBe('unknown: ');
  });

  it('places the 9 districts of Thái Nguyên and the 17 of Quảng Nam (30/06/2025) in their province', () => {
    expect(names(subAreas(index, '19', 'district', { on: '2025-06-30' }))).toEqual([
      'Thành phố Thái Nguyên',
      'Thành phố Sông Công',
      'Huyện Định Hóa',
      'Huyện Phú Lương',
      'Huyện Đồng Hỷ',
      'Huyện Võ Nhai',
      'Huyện Đại Từ',
      'Thành phố Phổ Yên',
      'Huyện Phú Bình',
    ]);
    expect(subAreas(index, '49', 'district', { on: '2025-06-30' })).toHaveLength(17);
    expect(subAreas(index, '49', 'district', { on: '2024-12-31' })).toHaveLength(18);
    expect(isWithinArea(index, '167', '19')).toBe(true);
    expect(isWithinArea(index, '167', '19', { on: '2025-07-01' })).toBe(false);
    expect(isWithinArea(index, '058', '19')).toBe(false);
    expect(VN_DISTRICTS.find((d) => d.code === '167')?.name).toEqual({ vi: 'Huyện Định Hóa', en: 'Dinh Hoa district' });
  });

  it('attributes every catalog code in every year to areas in force at the year end, consistently with areaOn', () => {
    for (const code of new Set(VN_AREAS.map((area) => area.code))) {
      for (let year = 2020; year <= 2027; year += 1) {
        const found = areaForYear(index, code, year);
        const end = `${year}-12-31`;
        expect(found.status === 'in-force', `${code} ${year}`).toBe(areaOn(index, code, end) !== undefined);
        expect(found.status, `${code} ${year}`).not.toBe('unknown');
        expect(found.areas.length, `${code} ${year}`).toBeGreaterThan(0);
        for (const area of found.areas) expect(isAreaInForce(area, end), `${code} ${year} → ${area.code}`).toBe(true);
        // A record always stays in the country, and a district's record in (the successor of) its province.
        for (const area of found.areas) expect(isWithinArea(index, area.code, 'VN', { on: end }), `${code} ${year}`).toBe(true);
      }
    }
  });

  it('vnAreaIndex is buildAreaIndex(VN_AREAS) without the schema pass', () => {
    const fast = vnAreaIndex();
    expect(fast.areas).toEqual(index.areas);
    expect([...fast.versions]).toEqual([...index.versions]);
    expect([...fast.children]).toEqual([...index.children]);
    expect([...fast.predecessors]).toEqual([...index.predecessors]);
    expect([...fast.byCode]).toEqual([...index.byCode]);
  });

  it('keeps the provinces apart from the district table', () => {
    expect(AREAS.some((area) => area.level === 'district')).toBe(false);
    expect(AREAS[0]).toBe(VN_COUNTRY);
    expect(codes(provinces.areas)).toContain('96');
  });
});
