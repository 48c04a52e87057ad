import { describe, expect, it } from 'vitest';
import { createRecordReader, readRecordFiles } from '../src/index.js';
import { textFile } from './helpers.js';

const read = async (csv: string) => {
  const result = await readRecordFiles([textFile('a.csv', csv)]);
  if (!result.ok) throw new Error('not read');
  return {
    codes: result.value.records.map((r) => [r.organisationId, r.areaCode]),
    rejected: result.value.rejected.map((r) => ({ row: r.row, column: r.reasons[0]?.column, code: r.reasons[0]?.code, message: r.reasons[0]?.message })),
  };
};

describe('district names (the 696 districts in force until 30/06/2025)', () => {
  it('resolve by default for records of 2025 and before, with or without the administrative word and tone marks', async () => {
    const { codes, rejected } = await read(
      'Mã HTX,Năm,Loại hình,Lĩnh vực,Huyện\n' +
        'A,2024,HTX,Tín dụng,Huyện Định Hóa\n' +
        'B,2025,HTX,Tín dụng,Dinh Hoa\n' +
        'C,2019,HTX,Tín dụng,Thành phố Thái Nguyên\n' +
        'D,2019,HTX,Tín dụng,Thái Nguyên\n' +
        'E,2019,HTX,Tín dụng,Tỉnh Thái Nguyên\n' +
        'F,2019,HTX,Tín dụng,Thị xã Cai Lậy\n',
    );
    // A bare name shared by a province and a city inside it is the province (as before districts were known).
    expect(codes).toEqual([['A', '167'], ['B', '167'], ['C', '164'], ['D', '19'], ['E', '19'], ['F', '817']]);
    expect(rejected).toEqual([]);
  });
  it('resolve a name shared by several provinces only with the row’s province, and list the candidates otherwise', async () => {
    const { codes, rejected } = await read(
      'Mã HTX,Năm,Loại hình,Lĩnh vực,Tỉnh,Huyện\n' +
        'A,2024,HTX,Tín dụng,Tiền Giang,Châu Thành\n' +
        'B,2024,HTX,Tín dụng,89,Huyện Châu Thành\n' +
        'C,2024,HTX,Tín dụng,,Châu Thành\n' +
        'D,2024,HTX,Tín dụng,Hà Nội,Châu Thành\n' +
        'E,2024,HTX,Tín dụng,Tiền Giang,Cai Lậy\n' +
        'F,2024,HTX,Tín dụng,Tỉnh Bắc Kạn,\n' +
        'G,2024,HTX,Tín dụng,Xứ Đoài,Châu Thành\n',
    );
    expect(codes).toEqual([['A', '821'], ['B', '892'], ['F', '06']]);
    expect(rejected.map((r) => [r.row, r.column, r.code])).toEqual([
      [4, 'F', 'ambiguous_district'],
      [5, 'F', 'area_not_in_province'],
      [6, 'F', 'ambiguous_district'],
      [8, 'E', 'unknown_province'],
    ]);
    const many = rejected[0]?.message;
    expect(many?.vi).toContain('"Châu Thành" — 708 Huyện Châu Thành (Tỉnh Tây Ninh), 808 Huyện Châu Thành (Tỉnh Long An)');
    expect(many?.vi).toContain('Hãy thêm cột Tỉnh');
    expect(many?.en).toContain('"Châu Thành" — 708 Chau Thanh district (Tay Ninh province), 808 Chau Thanh district (Long An province)');
    expect(many?.vi.match(/Huyện Châu Thành/g)).toHaveLength(10);
    expect(rejected[1]?.message?.vi).toContain('"Châu Thành" không thuộc Thành phố Hà Nội');
    expect(rejected[2]?.message?.en).toContain('817 Cai Lay town (Tien Giang province), 820 Cai Lay district (Tien Giang province)');
  });
  it('are refused for a year after 2025 (the district level ended on 01/07/2025), saying so', async () => {
    const { codes, rejected } = await read('Mã HTX,Năm,Loại hình,Lĩnh vực,Địa bàn\nA,2026,HTX,Tín dụng,Huyện Định Hóa\nB,2026,HTX,Tín dụng,Thái Nguyên\n');
    expect(codes).toEqual([['B', '19']]);
    expect(rejected.map((r) => r.code)).toEqual(['district_ended']);
    expect(rejected[0]?.message?.vi).toContain('Cấp huyện không còn từ ngày 01/07/2025: "Huyện Định Hóa" (167 Huyện Định Hóa (Tỉnh Thái Nguyên))');
  });
  it('are opt-in for a record reader used directly (the provinces are its default catalog)', () => {
    const reader = createRecordReader();
    reader.add({ file: 'a.csv', rows: [['Mã HTX', 'Năm', 'Loại hình', 'Lĩnh vực', 'Huyện'], ['A', '2024', 'HTX', 'Tín dụng', 'Định Hóa']] });
    expect(reader.finish().value.rejected[0]?.reasons[0]?.code).toBe('unknown_area');
  });
});
