// Imports of merchants and residences from CSV and XLSX: headers in Chinese or English, a row-level
// report, all rows or none, progress through a job.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableCounts } from '../../src/db';
import { testEngines } from '../helpers/db-databases';
import { snapshot } from '../helpers/db-snapshot';
import { type Agent, loginAs, startTestApp, type TestApp } from '../helpers/server-app';

const engines = await testEngines();
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(engines)('imports on %s', (engine) => {
  let t: TestApp;
  let op: Agent;
  beforeAll(async () => {
    t = await startTestApp(engine);
    op = await loginAs(t, 'operator_staff');
  });
  afterAll(async () => {
    await t?.close();
  });

  async function runImport(
    kind: 'merchants' | 'residences',
    filename: string,
    content: string | Buffer,
    dryRun = false,
  ) {
    const res = await op.post(`/api/v1/imports/${kind}?circleId=${t.fx.circleA}`, {
      filename,
      contentBase64: b64(content),
      dryRun,
    });
    if (res.statusCode !== 202) return { start: res, job: null };
    expect(res.headers.location).toBe(`/api/v1/jobs/${res.json().id}`);
    await t.deps.imports.idle();
    const job = await op.get(`/api/v1/jobs/${res.json().id}`);
    return { start: res, job: job.json() };
  }

  it('imports a CSV with Chinese headers, BOM and GCJ-02 coordinates', async () => {
    const before = await tableCounts(t.deps.handle.db);
    const csv =
      '\uFEFF名称,业态,经度,纬度,坐标系,电话,营业时间,地址\n' +
      '阳光水果店,B04,116.9861,36.6291,高德,13811112222,Mo-Su 07:00-21:00,阳光一街20号\n' +
      '阳光茶饮,"Q06, B05",116.9863,36.6293,GCJ02,,24/7,\n';
    const { job } = await runImport('merchants', 'shops.csv', csv);
    expect(job).toMatchObject({ status: 'succeeded', progress: 1, report: { inserted: 2, totalRows: 2, rows: [] } });
    const after = await tableCounts(t.deps.handle.db);
    expect(after.merchants - before.merchants).toBe(2);
    expect(after.merchant_categories - before.merchant_categories).toBe(3);
    const found = (await op.get(`/api/v1/merchants?circleId=${t.fx.circleA}&q=sgd`)).json().items;
    expect(found.map((m: { name: string }) => m.name)).toEqual(['阳光水果店']);
    const detail = (await op.get(`/api/v1/merchants/${found[0].id}`)).json();
    expect(detail.sourceCrs).toBe('GCJ02');
    expect(detail.lon).not.toBe(116.9861);
  });

  it('reads a GB18030 CSV saved by Excel', async () => {
    const gbk = Buffer.from(
      new Uint8Array([
        ...[0xc3, 0xfb, 0xb3, 0xc6], // 名称
        0x2c,
        ...[0xd2, 0xb5, 0xcc, 0xac], // 业态
        0x2c,
        ...[0xbe, 0xad, 0xb6, 0xc8], // 经度
        0x2c,
        ...[0xce, 0xb3, 0xb6, 0xc8], // 纬度
        0x0a,
        ...[0xd0, 0xde, 0xd0, 0xac], // 修鞋
        ...Buffer.from(',B10,116.9862,36.6292\n'),
      ]),
    );
    const { job } = await runImport('merchants', 'gbk.csv', gbk);
    expect(job).toMatchObject({ status: 'succeeded', report: { inserted: 1 } });
    const found = (await op.get(`/api/v1/merchants?circleId=${t.fx.circleA}&q=${encodeURIComponent('修鞋')}`)).json()
      .items;
    expect(found.map((m: { name: string }) => m.name)).toContain('修鞋');
  });

  it('imports an XLSX with English headers', async () => {
    const file = await xlsx([
      ['name', 'kind', 'lon', 'lat', 'gates', 'households', 'population'],
      ['Sunny Court', 'compound', 116.987, 36.627, '116.9871,36.6265; 116.9875,36.6268', 120, 324],
      ['Tower 9', 'building', 116.988, 36.626, '', '', ''],
    ]);
    const { job } = await runImport('residences', 'homes.xlsx', file);
    expect(job).toMatchObject({ status: 'succeeded', report: { inserted: 2 } });
    const list = (await op.get(`/api/v1/residences?circleId=${t.fx.circleA}`)).json().items;
    expect(list.find((r: { name: string }) => r.name === 'Sunny Court')).toMatchObject({
      gates: [
        [116.9871, 36.6265],
        [116.9875, 36.6268],
      ],
      households: 120,
    });
  });

  it('dry runs validate without writing', async () => {
    const before = await snapshot(t.deps.handle.db, ['jobs']);
    const { job } = await runImport(
      'merchants',
      'dry.csv',
      'name,category,lon,lat\nDry shop,B01,116.985,36.628\n',
      true,
    );
    expect(job).toMatchObject({ status: 'succeeded', report: { dryRun: true, inserted: 0, totalRows: 1 } });
    expect(await snapshot(t.deps.handle.db, ['jobs'])).toEqual(before);
  });

  it('reports every bad row with column, problem and suggestion, and writes nothing', async () => {
    const before = await snapshot(t.deps.handle.db, ['jobs']);
    const csv =
      '名称,业态,经度,纬度,营业时间,电话,状态\n' +
      '好店,B01,116.985,36.628,Mo-Su 08:00-20:00,13800001111,营业\n' +
      '坏店,修鞋店,116.985,36.628,Mo-Zz,123,开着\n' +
      ',B01,abc,36.6,,,\n' +
      '反了,B01,36.628,116.985,,,\n';
    const { job } = await runImport('merchants', 'bad.csv', csv);
    expect(job.status).toBe('failed');
    const rows = job.report.rows as { row: number; column: string; problem: string; suggestion?: string }[];
    const at = (row: number) =>
      rows
        .filter((r) => r.row === row)
        .map((r) => r.column)
        .sort();
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual(['业态', '状态', '电话', '营业时间'].sort());
    expect(at(4)).toEqual(['名称', '经度'].sort());
    expect(at(5)).toEqual(['经度']);
    expect(rows.find((r) => r.row === 3 && r.column === '业态')?.suggestion).toContain('B10');
    expect(job.report.inserted).toBe(0);
    expect(await snapshot(t.deps.handle.db, ['jobs'])).toEqual(before);
  });

  it('rejects unreadable files and missing columns as problem+json', async () => {
    const before = await snapshot(t.deps.handle.db);
    const cases: [string, string | Buffer, string][] = [
      ['shops.txt', 'name\nx', 'Q_IMPORTS_UNSUPPORTED_FILE'],
      ['shops.xlsx', 'not a zip', 'Q_IMPORTS_UNREADABLE_FILE'],
      ['shops.csv', 'name,lon\nx,1\n', 'Q_IMPORTS_MISSING_COLUMNS'],
      ['shops.csv', 'name,category,lon,lat\n', 'Q_IMPORTS_EMPTY'],
      ['shops.csv', 'a,"b\nc', 'Q_IMPORTS_UNREADABLE_FILE'],
    ];
    for (const [filename, content, code] of cases) {
      const { start } = await runImport('merchants', filename, content);
      expect(start.statusCode, code).toBe(400);
      expect(start.json().code).toBe(code);
    }
    const notB64 = await op.post(`/api/v1/imports/merchants?circleId=${t.fx.circleA}`, {
      filename: 'a.csv',
      contentBase64: '***',
    });
    expect(notB64.json().code).toBe('Q_IMPORTS_BAD_ENCODING');
    expect(await snapshot(t.deps.handle.db)).toEqual(before);
  });
});
