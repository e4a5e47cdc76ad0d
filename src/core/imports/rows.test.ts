import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../catalogue';
import { parseMerchantRows, parseResidenceRows } from './rows';

describe('import rows', () => {
  it('maps Chinese headers, category names and CRS words', () => {
    const parsed = parseMerchantRows(
      {
        headers: ['店名', '业态', '经度', '纬度', '坐标系', '状态'],
        rows: [['老王修鞋', '修鞋、B01', '116.99', '36.63', '百度', '待审核']],
      },
      CATALOGUE,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows[0]).toMatchObject({
      row: 2,
      input: { name: '老王修鞋', categories: ['B10-03', 'B01'], crs: 'BD09', status: 'pending' },
    });
  });

  it('names the column, the problem and a suggestion', () => {
    const parsed = parseMerchantRows(
      { headers: ['name', 'category', 'lon', 'lat', 'crs'], rows: [['x', '修鞋铺', 'east', '', 'mars']] },
      CATALOGUE,
    );
    expect(parsed.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'category'],
      [2, 'lon'],
      [2, 'lat'],
      [2, 'crs'],
    ]);
    expect(parsed.problems[0].suggestion).toContain('B10-03');
  });

  it('throws on missing required columns', () => {
    expect(() => parseResidenceRows({ headers: ['名称', '经度'], rows: [['a', '1']] })).toThrow(/纬度/);
  });

  it('reads gates and counts for residences', () => {
    const parsed = parseResidenceRows({
      headers: ['小区名称', '经度', '纬度', '出入口', '户数'],
      rows: [['阳光', '116.98', '36.62', '116.981,36.621；116.982,36.622', '12.5']],
    });
    expect(parsed.rows[0].input.gates).toEqual([
      [116.981, 36.621],
      [116.982, 36.622],
    ]);
    expect(parsed.problems).toEqual([expect.objectContaining({ column: '户数' })]);
  });
});
