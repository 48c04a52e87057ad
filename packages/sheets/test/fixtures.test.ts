import { describe, expect, it } from 'vitest';
import { readRecordFiles, type SheetReadResult } from '../src/index.js';
import { fixture } from './helpers.js';

/** The 15 rows of `source/vn-2019.csv`: what happens to each, and why. Row numbers count the header as 1. */
const ACCEPTED = [
  { row: 2, id: 'HTX-001', sector: 'agriculture-crop', revenue: 1_250_000_000, foundedOn: '2019-03-15', grade: 'fair', profit: 5_000_000 }, // ASCII hyphen; "5 000 000"; 15/03/2019
  { row: 3, id: 'HTX-002', sector: 'agriculture-crop', revenue: 3_400_500_000, foundedOn: '2015-01-02', grade: 'good', profit: 120_000_000 }, // "Trồng trọt"; "3.400,5" triệu
  { row: 4, id: 'HTX-003', sector: 'other', revenue: 980_000_000, foundedOn: '2010-07-20', grade: 'average', profit: 35_000_000 }, // "Vận tải" → Khác (no transport sector)
  { row: 5, id: 'HTX-004', sector: 'agriculture-livestock', revenue: 450_000_000, foundedOn: '2018-11-05', grade: 'weak', profit: -20_000_000 },
  { row: 6, id: 'THT-005', sector: 'agriculture-crop', revenue: 85_000_000, foundedOn: '2017-06-01', grade: 'not-rated', profit: undefined }, // THT; en dash
  { row: 14, id: 'HTX-013', sector: 'finance', revenue: 12_000_000_000, foundedOn: '1995-05-05', grade: 'good', profit: 1_200_000_000 }, // Quỹ tín dụng nhân dân
  { row: 15, id: 'LH-014', sector: 'agriculture-livestock', revenue: 2_750_000, foundedOn: '2012-03-03', grade: 'not-rated', profit: undefined }, // LHHTX; "2,75" triệu
  { row: 16, id: 'HTX-015', sector: 'agriculture-clean-water', revenue: 2_750_000, foundedOn: '2019-03-15', grade: 'fair', profit: 300_000 }, // quoted name with "" and a comma
];

const REJECTED = [
  { row: 7, column: 'H', code: 'invalid_date', value: '31/02/2016' }, // no 31 February
  { row: 8, column: 'F', code: 'invalid_enum', value: 'Du lịch' }, // not a sector of the model
  { row: 9, column: 'B', code: 'duplicate', value: 'HTX-001' }, // HTX-001 twice in 2019
  { row: 10, column: 'J', code: 'ambiguous_number', value: '1.5' }, // 1,5 or 15? never guessed
  { row: 11, column: 'G', code: 'missing', value: '' }, // no area code
  { row: 12, column: 'I', code: 'too_small', value: '-3' }, // negative members
  { row: 13, column: 'E', code: 'invalid_enum', value: 'Doanh nghiệp' }, // an enterprise is not a co-op kind
];

const check = (result: SheetReadResult): void => {
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  const { records, rejected, rows } = result.value;
  expect(rows).toBe(15);
  expect(
    records.map((r) => ({ id: r.organisationId, sector: r.sector, revenue: r.revenue, foundedOn: r.foundedOn, grade: r.grade, profit: r.afterTaxProfit })),
  ).toEqual(ACCEPTED.map(({ row: _row, ...rest }) => rest));
  expect(records.every((r) => r.year === 2019 && r.areaCode === '19')).toBe(true);
  expect(records.find((r) => r.organisationId === 'HTX-015')?.name).toBe('HTX "Xanh", sạch Đại Từ');
  expect(records.find((r) => r.organisationId === 'HTX-002')?.name).toBe('HTX Chè La Bằng'.normalize('NFC'));
  expect(rejected.map((r) => ({ row: r.row, column: r.reasons[0]?.column, code: r.reasons[0]?.code, value: r.reasons[0]?.value ?? '' }))).toEqual(REJECTED);
  for (const row of rejected) {
    expect(row.reasons).toHaveLength(1);
    const reason = row.reasons[0];
    expect(reason?.message.vi.length).toBeGreaterThan(10);
    expect(reason?.message.en.length).toBeGreaterThan(10);
    expect(reason?.message.vi).not.toMatch(/agriculture-|cooperative-group/);
  }
  // The unnumbered "STT" column is reported, not fatal.
  expect(result.issues.filter((i) => i.severity === 'warning' && i.code === 'unknown_column').map((i) => i.header)).toEqual(['STT']);
};

describe('the 15-row file of a provincial office, as saved by real tools', () => {
  it('UTF-8 CSV with a byte-order mark', async () => check(await readRecordFiles([fixture('source/vn-2019.csv')])));
  it('workbook written by LibreOffice Calc (Vietnamese locale)', async () => check(await readRecordFiles([fixture('vn-2019.xlsx')])));
  it('UTF-16 LE with a byte-order mark (iconv)', async () => check(await readRecordFiles([fixture('vn-2019.utf16le.csv')])));
  it('UTF-16 BE without a byte-order mark (iconv)', async () => check(await readRecordFiles([fixture('vn-2019.utf16be.csv')])));
  it('Windows-1258 (iconv), with the uncertain encoding said', async () => {
    const result = await readRecordFiles([fixture('vn-2019.cp1258.csv')]);
    check(result);
    const warning = result.issues.find((i) => i.code === 'encoding_uncertain');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message.vi).toContain('Windows-1258');
  });

  it('reads two years from two workbooks into one set, reporting the organisation twice in a year across files', async () => {
    const result = await readRecordFiles([fixture('vn-2019.xlsx'), fixture('vn-2020.xlsx')]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.records.map((r) => `${r.organisationId} ${r.year}`)).toEqual([
      ...ACCEPTED.map((a) => `${a.id} 2019`),
      'HTX-001 2020',
      'HTX-002 2020',
    ]);
    expect(result.value.records.find((r) => r.organisationId === 'HTX-001' && r.year === 2020)?.revenue).toBe(1_380_250_000);
    const dup = result.value.rejected.find((r) => r.file === 'vn-2020.xlsx');
    expect(dup?.row).toBe(4);
    expect(dup?.reasons[0]?.code).toBe('duplicate');
    expect(dup?.reasons[0]?.message.vi).toContain('vn-2019.xlsx');
    expect(dup?.reasons[0]?.message.en).toContain('row 4');
  });
});
