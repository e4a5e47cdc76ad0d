// `quarter evaluate`: the scorecard on stdout and the exports, parsed back.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/shared-data';

let dir: string;
const quarter = (...args: string[]) =>
  spawnSync('node', [path.join(repoRoot, 'bin/quarter.js'), ...args], { encoding: 'utf8', cwd: dir });

beforeAll(() => {
  const b = spawnSync('node', ['scripts/build-node.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  if (b.status !== 0) throw new Error('building the CLI failed');
  dir = mkdtempSync(path.join(os.tmpdir(), 'quarter-eval-'));
}, 60_000);

describe('quarter evaluate', () => {
  it('evaluates the demo circle, finds its gaps, and writes XLSX with Chinese headers and GeoJSON', async () => {
    const r = quarter('evaluate', '--demo', '--out-dir', 'out');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/✗ B10 .*维修点/);
    expect(r.stdout).toMatch(/✗ Q04 .*托育\/幼儿托管：圈内缺失/);
    const base = path.join(dir, 'out', '郎茂山一刻钟便民生活圈-evaluation');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(`${base}.xlsx`);
    const card = wb.getWorksheet('评分卡')!;
    expect(card.getRow(2).values).toEqual(expect.arrayContaining(['业态代码', '业态名称', '设施数', '是否达标']));
    const b10 = card.getRows(3, card.rowCount - 2)!.find((row) => row.getCell(1).value === 'B10')!;
    expect(b10.getCell(2).value).toBe('维修点');
    expect(b10.getCell(9).value).toBe('未达标');
    const people = wb.getWorksheet('居民点')!;
    expect(people.rowCount - 1).toBeGreaterThan(30);
    const geo = JSON.parse(readFileSync(`${base}.geojson`, 'utf8'));
    expect(geo.features.length).toBe(people.rowCount - 1);
    expect(geo.features[0].properties.minutes).toHaveProperty('B10');
  });

  it('reads a circle file and refuses a malformed one with the reason', () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ name: 'x', graph: 'g.qgraph', residences: [{ id: 'r' }], facilities: [] }));
    const r = quarter('evaluate', bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.json: residences\[0\] needs id, lon, lat and population/);
  });
});
