import { AreaSchema, OrganisationSchema, YearlyRecordSchema, isAgricultural } from '@coop/model';
import { describe, expect, it } from 'vitest';
import { createRandom, generateRecords, generateSampleProvince, mixSeed, SHEET_MAXIMA, streamRecords } from '../src/index.js';

const province = generateSampleProvince();

describe('createRandom', () => {
  it('is deterministic and uniform enough', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const xs = Array.from({ length: 10_000 }, () => a.next());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b.next()));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1));
  });
});

describe('generateSampleProvince', () => {
  it('is deterministic in its seed', () => {
    const again = generateSampleProvince();
    expect(JSON.stringify(again.records)).toBe(JSON.stringify(province.records));
    const other = generateSampleProvince({ seed: 7 });
    expect(JSON.stringify(other.records)).not.toBe(JSON.stringify(province.records));
  });
  it('has 9 districts with 40–60 agricultural co-ops each, groups, unions and other co-ops', () => {
    expect(province.districtCodes).toHaveLength(9);
    const orgs = province.organisations;
    for (const district of province.districtCodes) {
      const communes = new Set(province.areas.filter((a) => a.parent === district).map((a) => a.code));
      const successors = new Set(province.areas.filter((a) => a.parent === district).flatMap((a) => a.successors));
      const ag = orgs.filter((o) => o.kind === 'cooperative' && isAgricultural(o.sector) && (communes.has(o.areaCode) || successors.has(o.areaCode)));
      expect(ag.length).toBeGreaterThanOrEqual(40);
      expect(ag.length).toBeLessThanOrEqual(60);
    }
    expect(orgs.filter((o) => o.kind === 'cooperative-group').length).toBeGreaterThan(9 * 12 - 1);
    expect(orgs.filter((o) => o.kind === 'union')).toHaveLength(2);
    expect(orgs.some((o) => o.kind === 'cooperative' && !isAgricultural(o.sector))).toBe(true);
    for (const org of orgs) expect(OrganisationSchema.safeParse(org).success).toBe(true);
  });
  it('produces valid areas and records', () => {
    for (const area of province.areas) expect(AreaSchema.safeParse(area).success).toBe(true);
    const codes = new Set(province.areas.map((a) => a.code));
    for (const area of province.areas) if (area.parent !== undefined) expect(codes.has(area.parent)).toBe(true);
    for (const area of province.areas) for (const s of area.successors) expect(codes.has(s)).toBe(true);
    for (const record of province.records) {
      const parsed = YearlyRecordSchema.safeParse(record);
      if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
      expect(codes.has(record.areaCode)).toBe(true);
    }
    expect(new Set(province.records.map((r) => r.year))).toEqual(new Set([2021, 2022, 2023, 2024, 2025]));
  });
  it('codes 2025 records with post-reform communes', () => {
    const post = new Set(province.areas.filter((a) => a.validFrom === '2025-07-01').map((a) => a.code));
    expect(province.records.filter((r) => r.year === 2025).every((r) => post.has(r.areaCode))).toBe(true);
    expect(province.records.filter((r) => r.year < 2025).every((r) => !post.has(r.areaCode))).toBe(true);
  });
  it('gives Circular 01/2020 sheets with all 15 criteria (10–15 summing to at most 40) for 2021–2024', () => {
    const sheets = province.records.filter((r) => r.sheet !== undefined);
    const rated = province.records.filter((r) => r.year < 2025 && r.kind !== 'cooperative-group');
    expect(sheets.length).toBeGreaterThan(rated.length * 0.8);
    for (const record of sheets) {
      expect(record.year).toBeLessThan(2025);
      expect(record.sheet?.rulebook).toBe('circular-01-2020');
      const points = record.sheet?.points ?? {};
      expect(Object.keys(points).sort()).toEqual(Object.keys(SHEET_MAXIMA).sort());
      for (const [id, p] of Object.entries(points)) expect(p).toBeLessThanOrEqual(SHEET_MAXIMA[id] as number);
      const groupIII = ['10', '11', '12', '13', '14', '15'].reduce((s, id) => s + (points[id] ?? 0), 0);
      expect(groupIII).toBeLessThanOrEqual(40);
    }
    expect(province.records.filter((r) => r.year === 2025).some((r) => r.grade !== undefined)).toBe(true);
    expect(province.records.some((r) => r.kind === 'cooperative-group' && (r.sheet !== undefined || r.grade !== undefined))).toBe(false);
  });
  it('has realistic trends and some missing fields', () => {
    const ag = (year: number) => province.records.filter((r) => r.year === year && r.kind === 'cooperative' && isAgricultural(r.sector));
    const meanRevenue = (year: number) => ag(year).reduce((s, r) => s + (r.revenue ?? 0), 0) / ag(year).length;
    expect(meanRevenue(2025)).toBeGreaterThan(meanRevenue(2021));
    const linked = (year: number) => ag(year).filter((r) => r.flags?.valueChainLinkage === true).length / ag(year).length;
    expect(linked(2025)).toBeGreaterThan(linked(2021));
    const dataGood = (year: number) => ag(year).filter((r) => r.grade === 'good' || r.grade === 'fair').length;
    expect(dataGood(2025)).toBeGreaterThan(0);
    expect(province.records.some((r) => r.flags !== undefined && r.flags.highTech === undefined)).toBe(true);
    expect(province.records.some((r) => r.plannedRevenue === undefined)).toBe(true);
    // every field the seed plans sum is present on the records that need it
    for (const r of ag(2024)) {
      expect(r.memberHouseholds).toBeDefined();
      expect(r.farmLand?.areaHa).toBeDefined();
      expect(r.managers?.total).toBeDefined();
      expect(r.revenue).toBeDefined();
    }
    expect(province.context.farmHouseholds.byYear[2024]).toBeGreaterThan(0);
    expect(province.statistics[2025]?.population).toBeGreaterThan(0);
  });
  it('accepts options', () => {
    const small = generateSampleProvince({ seed: 3, districts: 2, years: { from: 2022, to: 2023 }, provinceCode: 'XY', coopsPerDistrict: { min: 5, max: 5 } });
    expect(small.districtCodes).toEqual(['XY-D01', 'XY-D02']);
    expect(new Set(small.records.map((r) => r.year))).toEqual(new Set([2022, 2023]));
    expect(small.organisations.filter((o) => o.kind === 'cooperative' && isAgricultural(o.sector))).toHaveLength(10);
  });
});

describe('generateRecords / streamRecords', () => {
  it('gives exactly n records, deterministically, the same as the stream', () => {
    const a = generateRecords(1234, 9);
    expect(a).toHaveLength(1234);
    expect(JSON.stringify(generateRecords(1234, 9))).toBe(JSON.stringify(a));
    expect(JSON.stringify([...streamRecords(1234, 9)])).toBe(JSON.stringify(a));
    expect(JSON.stringify(generateRecords(1234, 10))).not.toBe(JSON.stringify(a));
  });
  it('produces valid records with the plan fields', () => {
    const records = generateRecords(2000, 5);
    for (const record of records) expect(YearlyRecordSchema.safeParse(record).success).toBe(true);
    expect(records.some((r) => r.sheet !== undefined)).toBe(true);
    expect(records.every((r) => r.revenue !== undefined && r.officialMembers !== undefined)).toBe(true);
    const full = generateRecords(50, 5, { detail: 'full' });
    expect(full.some((r) => r.totalCapital !== undefined)).toBe(true);
  });
});
