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

// The methods of the reader `createRecordReader()` returns (add a table, stream rows, note issues,
// finish). Each runs on a reader that has already read one valid batch: whatever the method is given,
// that batch must still be there afterwards, and the reader must still read the next valid table.
const HEADER = ['Mã HTX', 'Năm', 'Loại hình', 'Ngành', 'Mã địa bàn', 'Doanh thu'];
const FIRST = { file: 'first.csv', rows: [HEADER, ['HTX-001', 2024, 'Hợp tác xã', 'Nông nghiệp – Trồng trọt', 'TN-DT', '5.000.000']] };
const NEXT = { file: 'next.csv', sheet: 'Sheet1', rows: [HEADER, ['HTX-009', '2025', 'HTX', 'Tín dụng', 'HN', null]] };
const ROW = ['HTX-002', '2024', 'HTX', 'Tín dụng', 'HN', 1_000_000];
const NOTE = [{ file: 'a.csv', row: 3, column: 'B', code: 'too_many_rows', severity: 'warning', message: { vi: 'Quá nhiều dòng', en: 'Too many rows' } }];

/** Runs `call` on a reader holding one valid batch, then checks that the batch survived and the reader still reads. */
const afterBatch = (call: (reader: sheets.RecordReader) => unknown): unknown => {
  const reader = sheets.createRecordReader({ maxIssues: 10 });
  reader.add(FIRST);
  const before = JSON.stringify(reader.finish().value.records);
  let failure: { error: unknown } | undefined;
  let value: unknown;
  try {
    value = call(reader);
  } catch (error) {
    failure = { error };
  }
  const records = reader.finish().value.records;
  if (JSON.stringify(records.slice(0, 1)) !== before) throw new Error('the batch read before was lost or changed');
  reader.add(NEXT);
  const after = reader.finish().value.records;
  if (after.length !== records.length + 1 || after[after.length - 1]?.organisationId !== 'HTX-009') throw new Error('the reader no longer reads a valid table');
  if (failure) throw failure.error;
  return value;
};

const READER_API: Record<string, unknown> = {
  add: (table: unknown) => afterBatch((reader) => reader.add(table as never)),
  rows: (where: unknown) =>
    afterBatch((reader) => {
      const rows = reader.rows(where as never);
      rows.push(HEADER, 1);
      rows.push(ROW, 2);
      rows.end();
    }),
  push: (header: unknown, row: unknown, rowNumber: unknown) =>
    afterBatch((reader) => {
      const rows = reader.rows({ file: 'pushed.csv' });
      rows.push(header as never, 1);
      rows.push(row as never, rowNumber as never);
      rows.end();
    }),
  end: () => afterBatch((reader) => reader.rows({ file: 'empty.csv' }).end()),
  note: (issues: unknown) => afterBatch((reader) => reader.note(issues as never)),
  finish: () => afterBatch((reader) => reader.finish()),
};
const READER_SAMPLES: Samples = {
  add: [[{ file: 'b.xlsx', sheet: 'Năm 2024', rows: [HEADER, ROW, [], ['HTX-003', 2024, 'HTX', 'Tín dụng', 'HN', true]] }]],
  rows: [[{ file: 'b.csv' }], [{ file: 'b.xlsx', sheet: 'Sheet2' }]],
  push: [[HEADER, ROW, 2]],
  end: [[]],
  note: [[NOTE]],
  finish: [[]],
};

describeExportSweep("@coop/sheets: the record reader's methods under hostile arguments", READER_API, READER_SAMPLES, isCoopError);

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

describe("@coop/sheets: the record reader's methods check what they are given (issue 22)", () => {
  const code = (run: () => unknown) => errorCodeOf(run, model.isCoopError);
  const reader = () => {
    const r = sheets.createRecordReader();
    r.add(FIRST);
    return r;
  };
  it('a table with one bad row is refused whole, before any of its rows is read', () => {
    const r = reader();
    const bad = { file: 'bad.csv', rows: [HEADER, ['HTX-004', 2024, 'HTX', 'Tín dụng', 'HN', 1], ['HTX-005', 2024, 'HTX', 'Tín dụng', 'HN', { revenue: 1 }]] };
    expect(code(() => r.add(bad as never))).toBe('INVALID_ARGUMENT');
    expect(code(() => r.add({ file: 'big.csv', rows: [HEADER, new Array(20_000).fill('x')] }))).toBe('LIMIT_EXCEEDED');
    expect(code(() => r.add({ rows: [HEADER] } as never))).toBe('INVALID_ARGUMENT');
    const { value, issues } = r.finish();
    expect([value.rows, value.records.map((x) => x.organisationId), issues]).toEqual([1, ['HTX-001'], []]);
  });
  it('a streamed row or row number of the wrong type is refused; the rows before it stay read', () => {
    const r = reader();
    const rows = r.rows({ file: 'stream.csv' });
    rows.push(HEADER, 1);
    rows.push(ROW, 2);
    expect(code(() => rows.push([1n] as never, 3))).toBe('INVALID_ARGUMENT');
    expect(code(() => rows.push(ROW, 0))).toBe('INVALID_ARGUMENT');
    expect(code(() => rows.push(ROW, 2 ** 32))).toBe('INVALID_ARGUMENT');
    expect(code(() => r.rows({ file: 5 } as never))).toBe('INVALID_ARGUMENT');
    rows.end();
    expect(r.finish().value.records.map((x) => x.organisationId)).toEqual(['HTX-001', 'HTX-002']);
  });
  it('noted issues are checked before the first is kept, and copied without unknown fields', () => {
    const r = reader();
    expect(code(() => r.note([NOTE[0], { ...NOTE[0], severity: 'fatal' }] as never))).toBe('INVALID_ARGUMENT');
    expect(code(() => r.note([{ ...NOTE[0], message: { vi: 'x' } }] as never))).toBe('INVALID_ARGUMENT');
    expect(r.finish().issues).toEqual([]);
    r.note([{ ...NOTE[0], extra: 1 }] as never);
    expect(r.finish().issues).toEqual(NOTE);
  });
  it('a finished set is a copy: later tables do not change it', () => {
    const r = reader();
    const first = r.finish();
    r.add(NEXT);
    expect([first.value.records.length, r.finish().value.records.length]).toEqual([1, 2]);
  });
});

describe('@coop/sheets: the samples are what they say', () => {
  it('one row read, one rejected with its reasons', () => {
    expect(READ.value.records.length).toBe(1);
    expect(REJECTED.length).toBe(1);
    expect(errorCodeOf(() => sheets.columnLetter(28), model.isCoopError)).toBeUndefined();
  });
});
