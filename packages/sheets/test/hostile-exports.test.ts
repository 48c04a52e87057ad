/**
 * Every exported function of @coop/sheets under hostile arguments (issue 22): whole arguments and nested
 * fields replaced by huge sparse arrays, numbers where bigints belong, cyclic values, revoked Proxies,
 * changing and throwing getters, and fast-check arbitrary values. The only outcomes are a value or a
 * CoopError — for the async readers, a promise that resolves or rejects with a CoopError — each call
 * within the hang detector's bound. The list of functions comes from the package's exports: a new export
 * without samples here fails the first test.
 */
import * as model from '@coop/model';
import * as sheets from '@coop/sheets';
import { describe, expect, it } from 'vitest';
import { describeExportSweep, errorCodeOf, type Samples } from '../../../bench/hostile-args.js';
import { textFile } from './helpers.js';

const api = sheets as unknown as Record<string, unknown>;
const isCoopError = (e: unknown) => model.isCoopError(e);

const CSV = [
  'Mã HTX,Năm,Loại hình,Ngành,Mã địa bàn,Doanh thu',
  'HTX-001,2024,Hợp tác xã,Nông nghiệp – Trồng trọt,TN-DT,5.000.000',
  'HTX-002,năm ngoái,Hợp tác xã,Nông nghiệp – Trồng trọt,TN-DT,x',
].join('\n');
const FILE = textFile('htx.csv', CSV);
const READ = await sheets.readRecordFiles([FILE], { maxIssues: 10 });
if (!READ.ok) throw new Error('the sample file did not read');
const REJECTED = READ.value.rejected;
const XLSX = sheets.rejectedRowsToXlsx(REJECTED);
const LIMITS = { maxRows: 100, maxColumns: 20, maxCellLength: 1000 };

/** Valid calls of every exported function (the sweep makes each argument, and each nested field, hostile in turn). */
const SAMPLES: Samples = {
  resolveLimits: [[LIMITS], []],
  columnLetter: [[28]],
  sheetIssue: [['too_many_rows', '10', { file: 'a.csv', row: 3, column: 2 }, 'warning']],
  decodeText: [[FILE.bytes], [FILE.bytes, 'utf-8']],
  readDelimited: [[CSV, { file: 'htx.csv', delimiter: ',', limits: LIMITS }]],
  readXlsx: [[XLSX, { file: 'rejected.xlsx', limits: LIMITS }]],
  normaliseHeader: [['Mã HTX']],
  mapHeaders: [[['Mã HTX', 'Năm', 'Doanh thu (triệu đồng)'], { columns: { revenue: ['Doanh thu (triệu đồng)'] }, units: { revenue: 1_000_000 }, given: ['organisationId'] }]],
  headerOf: [['revenue', 'vi'], ['funds.reserve', 'en']],
  resolveMapping: [[sheets.DEFAULT_MAPPING], [{ columns: { revenue: ['Doanh thu'] } }]],
  areaNameIndex: [[model.AREAS.slice(0, 20), { 'Đồng Hỷ': 'TN-DH' }], []],
  lookupAreaName: [[sheets.areaNameIndex([], { 'Đồng Hỷ': 'TN-DH' }), 'Huyện Đồng Hỷ']],
  excelSerialToDate: [[45_000]],
  fieldType: [['revenue'], ['year']],
  readCell: [['5.000.000', 'revenue', 1, sheets.DEFAULT_MAPPING], [45_000, 'foundedOn', undefined, sheets.DEFAULT_MAPPING]],
  createRecordReader: [[{ mapping: sheets.DEFAULT_MAPPING, maxIssues: 10 }]],
  readSheetFile: [[FILE, { maxIssues: 10, limits: LIMITS, encoding: 'utf-8' }]],
  readRecordFiles: [[[FILE], { mapping: sheets.DEFAULT_MAPPING, maxIssues: 10, limits: LIMITS }]],
  rejectedRowsTable: [[REJECTED, { lang: 'both' }]],
  rejectedRowsToCsv: [[REJECTED, { lang: 'vi' }]],
  rejectedRowsToXlsx: [[REJECTED, { lang: 'en' }]],
};

describeExportSweep('@coop/sheets: every export under hostile arguments', api, SAMPLES, isCoopError);

describe('@coop/sheets: arguments checked at the entry, with a typed error (issue 22)', () => {
  const code = (run: () => unknown) => errorCodeOf(run, model.isCoopError);
  const huge = (): never => {
    const list: unknown[] = [];
    list.length = 2 ** 32 - 1;
    return list as never;
  };
  const revoked = (): never => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy as never;
  };
  it('a sparse list of length 2³²−1 is refused before it is walked (mapHeaders ran 250 s on one)', () => {
    expect(code(() => sheets.mapHeaders(huge()))).toBe('INVALID_ARGUMENT');
    expect(code(() => sheets.rejectedRowsTable(huge()))).toBe('INVALID_ARGUMENT');
    expect(code(() => sheets.areaNameIndex(huge()))).toBe('INVALID_ARGUMENT');
    expect(code(() => sheets.columnLetter(huge()))).toBe('INVALID_ARGUMENT');
  });
  it('a file name that is not text, and bytes that are not a Uint8Array, are typed errors or issues', async () => {
    await expect(sheets.readSheetFile({ name: huge(), bytes: FILE.bytes })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(sheets.readRecordFiles(huge())).rejects.toMatchObject({ code: 'LIMIT_EXCEEDED' });
    expect((await sheets.readSheetFile({ name: 'a.csv', bytes: new Proxy(FILE.bytes, {}) })).kind).toBe('unreadable');
    expect(code(() => sheets.decodeText([1, 2] as never))).toBe('INVALID_ARGUMENT');
    expect(code(() => sheets.readXlsx(revoked()))).toBe('INVALID_ARGUMENT');
  });
  it('options, limits and mappings are read once; a revoked Proxy is a typed error', () => {
    expect(code(() => sheets.resolveLimits(revoked()))).toBe('INVALID_ARGUMENT');
    expect(code(() => sheets.readDelimited(CSV, { limits: revoked() }))).toBe('INVALID_ARGUMENT');
    expect(code(() => sheets.createRecordReader({ mapping: revoked() }))).toBe('INVALID_ARGUMENT');
    expect(sheets.resolveMapping(revoked()).ok).toBe(false);
    expect(code(() => sheets.readCell('5', 'revenue', 1e9, sheets.DEFAULT_MAPPING))).toBe('INVALID_ARGUMENT');
    expect(code(() => sheets.sheetIssue('no_such_code' as never, '', { file: 'a' }))).toBe('INVALID_ARGUMENT');
    expect(code(() => sheets.headerOf('revenue', '__proto__' as never))).toBe('INVALID_ARGUMENT');
    // A partial mapping is resolved over the defaults, as resolveMapping does.
    expect(sheets.readCell('Hợp tác xã', 'kind', undefined, { columns: {} } as never)).toEqual({ kind: 'value', value: 'cooperative' });
  });
});

describe('@coop/sheets: the samples are what they say', () => {
  it('one row read, one rejected with its reasons', () => {
    expect(READ.value.records.length).toBe(1);
    expect(REJECTED.length).toBe(1);
    expect(errorCodeOf(() => sheets.columnLetter(28), model.isCoopError)).toBeUndefined();
  });
});
