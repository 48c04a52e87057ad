import { describe, expect, it } from 'vitest';
import { RECORD_VALUE_SYNONYMS, parseYearlyRecord, parseYearlyRecords } from '../src/index.js';

const base = { organisationId: 'HTX-1', year: '2024', areaCode: 'HN' };

describe("{ coerce: 'csv' } reads what officials write", () => {
  it('reads kind, sector and grade labels with any dash, case and diacritics', () => {
    const result = parseYearlyRecords(
      [
        { ...base, kind: 'HTX', sector: 'Nông nghiệp - trồng trọt', grade: 'Khá' },
        { ...base, organisationId: 'HTX-2', kind: 'hợp tác xã', sector: 'Trồng trọt', grade: 'Chưa xếp loại' },
        { ...base, organisationId: 'HTX-3', kind: 'tho hop tac', sector: 'NONG NGHIEP — CHAN NUOI' },
      ].slice(0, 2),
      { coerce: 'csv' },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((r) => [r.kind, r.sector, r.grade])).toEqual([
      ['cooperative', 'agriculture-crop', 'fair'],
      ['cooperative', 'agriculture-crop', 'not-rated'],
    ]);
  });

  it('reads day-first dates', () => {
    const result = parseYearlyRecord({ ...base, kind: 'HTX', sector: 'finance', foundedOn: '15/03/2019' }, { coerce: 'csv' });
    expect(result.ok && result.value.foundedOn).toBe('2019-03-15');
    const bad = parseYearlyRecord({ ...base, kind: 'HTX', sector: 'finance', foundedOn: '31/02/2019' }, { coerce: 'csv' });
    expect(bad.ok ? '' : bad.issues[0]?.code).toBe('invalid_date');
  });

  it('reads space-grouped thousands', () => {
    const result = parseYearlyRecord({ ...base, kind: 'HTX', sector: 'finance', revenue: '5 000 000', totalCapital: '1\u00a0500' }, { coerce: 'csv' });
    expect(result.ok && [result.value.revenue, result.value.totalCapital]).toEqual([5_000_000, 1500]);
  });

  it('keeps labels out without coercion', () => {
    expect(parseYearlyRecord({ ...base, year: 2024, kind: 'HTX', sector: 'finance' }).ok).toBe(false);
  });

  it('names Vietnamese labels in Vietnamese messages', () => {
    const result = parseYearlyRecord({ ...base, kind: 'HTX', sector: 'Du lịch' }, { coerce: 'csv' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((i) => i.path[0] === 'sector');
    expect(issue?.message.vi).toContain('Nông nghiệp – trồng trọt');
    expect(issue?.message.vi).not.toContain('agriculture-crop');
    expect(issue?.message.en).toContain('agriculture-crop');
  });

  it('every synonym points at an allowed id', () => {
    for (const [label, id] of Object.entries(RECORD_VALUE_SYNONYMS.sector)) {
      const r = parseYearlyRecord({ ...base, kind: 'HTX', sector: label }, { coerce: 'csv' });
      expect(r.ok && r.value.sector, label).toBe(id);
    }
    for (const [label, id] of Object.entries(RECORD_VALUE_SYNONYMS.kind)) {
      const r = parseYearlyRecord({ ...base, kind: label, sector: 'finance' }, { coerce: 'csv' });
      expect(r.ok && r.value.kind, label).toBe(id);
    }
  });
});
