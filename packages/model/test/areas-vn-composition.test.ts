/**
 * Audit 2026-12 (docs/audits/2026-12-calendar-areas.md): the 34 province-level units of 01/07/2025
 * checked unit by unit against the research snapshot ../shared/data/areas-vn.json (`formedFrom`:
 * Nghị quyết 202/2025/QH15; codes: Quyết định 19/2025/QĐ-TTg), and the day-by-day boundary of the
 * reform for every one of the 63 former codes. areas-vn.test.ts pins the counts, the seven re-used
 * codes and the closed codes; this file pins the composition of each new unit.
 */
import { describe, expect, it } from 'vitest';
import { areaForYear, areaOn, buildAreaIndex, isAreaInForce, resolveAreaOn } from '../src/area-tree.js';
import { VN_AREAS } from '../src/catalog/areas.js';
import { VN_DISTRICTS } from '../src/catalog/districts.js';
import { VN_PROVINCES } from '../src/catalog/provinces.js';

const index = buildAreaIndex(VN_AREAS);

/** New unit → the former units it was formed from (areas-vn.json, provincesFrom2025[].formedFrom). */
const FORMED_FROM: Readonly<Record<string, string>> = {
  '01': '01', '04': '04', '08': '02 08', '11': '11', '12': '12', '14': '14', '15': '10 15', '19': '06 19',
  '20': '20', '22': '22', '24': '24 27', '25': '17 25 26', '31': '30 31', '33': '33 34', '37': '35 36 37',
  '38': '38', '40': '40', '42': '42', '44': '44 45', '46': '46', '48': '48 49', '51': '51 62', '52': '52 64',
  '56': '56 58', '66': '54 66', '68': '60 67 68', '75': '70 75', '79': '74 77 79', '80': '72 80', '82': '82 87',
  '86': '83 84 86', '91': '89 91', '92': '92 93 94', '96': '95 96',
};

const formerOf = (code: string): string[] =>
  Object.entries(FORMED_FROM)
    .filter(([, from]) => from.split(' ').includes(code))
    .map(([to]) => to);

describe('the 34 units of 01/07/2025, unit by unit', () => {
  it('the units in force on 01/07/2025 are exactly the 34 codes of Quyết định 19/2025/QĐ-TTg', () => {
    const after = VN_PROVINCES.filter((a) => isAreaInForce(a, '2025-07-01')).map((a) => a.code);
    expect(after).toEqual(Object.keys(FORMED_FROM).sort());
  });

  it('each merged unit is formed from the former units of Nghị quyết 202/2025/QH15, and from nothing else', () => {
    for (const [code, from] of Object.entries(FORMED_FROM)) {
      const predecessors = VN_PROVINCES.filter((a) => a.validTo === '2025-06-30' && a.successors.includes(code)).map((a) => a.code);
      // An unchanged unit has one version across the reform, so no predecessor of its own.
      const unchanged = from === code;
      expect(predecessors.sort(), code).toEqual(unchanged ? [] : from.split(' ').sort());
    }
  });

  it('every one of the 63 former codes is in force on 30/06/2025 and resolves on 01/07/2025 to the one unit it went into', () => {
    const former = VN_PROVINCES.filter((a) => isAreaInForce(a, '2025-06-30'));
    expect(former).toHaveLength(63);
    for (const area of former) {
      expect(formerOf(area.code), area.code).toHaveLength(1);
      expect(resolveAreaOn(index, area.code, '2025-07-01').map((a) => a.code), area.code).toEqual(formerOf(area.code));
      // A 2025 record coded with it counts for that unit (the year is attributed at its last day).
      expect(areaForYear(index, area.code, 2025).areas.map((a) => a.code), area.code).toEqual(formerOf(area.code));
    }
  });

  it('a district of 30/06/2025 goes, through its province, to the unit its province went into', () => {
    for (const district of VN_DISTRICTS.filter((d) => d.validTo === '2025-06-30')) {
      expect(resolveAreaOn(index, district.code, '2025-07-01'), district.code).toEqual([]);
      expect(areaForYear(index, district.code, 2025).areas.map((a) => a.code), district.code).toEqual(formerOf(district.parent!));
    }
  });
});

describe('confidence flags carried over from areas-vn.json', () => {
  it('the 34 units and the 63 former ones are confirmed; the later city of Đồng Nai (30/04/2026) is single-source', () => {
    const flagged = VN_PROVINCES.filter((a) => a.confidence !== 'confirmed').map((a) => `${a.code} ${a.validFrom} ${a.confidence}`);
    expect(flagged).toEqual(['75 2026-04-30 single-source']);
    expect(areaOn(index, '75', '2026-12-07')).toMatchObject({ name: { vi: 'Thành phố Đồng Nai' }, confidence: 'single-source' });
  });

  it('districts are single-source except those of the four provinces cross-checked there (Bắc Kạn, Thái Nguyên, Đà Nẵng, Quảng Nam)', () => {
    const confirmed = new Set(VN_DISTRICTS.filter((d) => d.confidence === 'confirmed').map((d) => d.parent));
    expect([...confirmed].sort()).toEqual(['06', '19', '48', '49']);
    expect(VN_DISTRICTS.every((d) => d.confidence === 'confirmed' || d.confidence === 'single-source')).toBe(true);
  });
});
