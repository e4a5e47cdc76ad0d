// Column names accepted in Chinese or English, and the value words that go with them.
import { ImportsError } from './errors';
import { MAX_IMPORT_ROWS, type Table } from './model';

export type ColumnSpec<K extends string> = Record<K, { aliases: string[]; required: boolean }>;

export const MERCHANT_COLUMNS = {
  name: { aliases: ['名称', '店名', '商户名称', '商户', 'name'], required: true },
  categories: { aliases: ['业态', '业态代码', '类别', '类型', 'category', 'categories'], required: true },
  lon: { aliases: ['经度', 'lon', 'lng', 'longitude'], required: true },
  lat: { aliases: ['纬度', 'lat', 'latitude'], required: true },
  crs: { aliases: ['坐标系', 'crs'], required: false },
  address: { aliases: ['地址', 'address'], required: false },
  phone: { aliases: ['电话', '联系电话', 'phone', 'tel'], required: false },
  openingHours: { aliases: ['营业时间', 'opening_hours', 'openinghours', 'hours'], required: false },
  status: { aliases: ['状态', 'status'], required: false },
  stall: { aliases: ['摊位', '摊位号', 'stall'], required: false },
} satisfies ColumnSpec<string>;

export const RESIDENCE_COLUMNS = {
  name: { aliases: ['名称', '小区名称', '小区', 'name'], required: true },
  kind: { aliases: ['类型', 'kind'], required: false },
  lon: { aliases: ['经度', 'lon', 'lng', 'longitude'], required: true },
  lat: { aliases: ['纬度', 'lat', 'latitude'], required: true },
  crs: { aliases: ['坐标系', 'crs'], required: false },
  gates: { aliases: ['出入口', '大门', 'gates'], required: false },
  households: { aliases: ['户数', 'households'], required: false },
  population: { aliases: ['人口', '常住人口', 'population'], required: false },
} satisfies ColumnSpec<string>;

function norm(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .replace(/[\s_（）()*]/g, '')
    .toLowerCase();
}

/** Maps each known field to its column index; throws when a required one is missing. */
export function mapColumns<K extends string>(table: Table, spec: ColumnSpec<K>): Record<K, number> {
  if (table.rows.length === 0) throw new ImportsError('Q_IMPORTS_EMPTY');
  if (table.rows.length > MAX_IMPORT_ROWS) {
    throw new ImportsError('Q_IMPORTS_TOO_MANY_ROWS', `${table.rows.length} rows; at most ${MAX_IMPORT_ROWS}`);
  }
  const headers = table.headers.map(norm);
  const out = {} as Record<K, number>;
  const missing: string[] = [];
  for (const key of Object.keys(spec) as K[]) {
    const idx = headers.findIndex((h) => spec[key].aliases.some((a) => norm(a) === h));
    out[key] = idx;
    if (idx < 0 && spec[key].required) missing.push(`${spec[key].aliases[0]} (${key})`);
  }
  if (missing.length) throw new ImportsError('Q_IMPORTS_MISSING_COLUMNS', `missing: ${missing.join(', ')}`);
  return out;
}

export function crsWord(v: string): 'WGS84' | 'GCJ02' | 'BD09' | undefined | null {
  const s = v
    .trim()
    .toUpperCase()
    .replace(/[-_\s]/g, '');
  if (!s) return undefined;
  if (['WGS84', 'GPS', 'CGCS2000', '天地图'].includes(s)) return 'WGS84';
  if (['GCJ02', '高德', '腾讯', '火星'].includes(s)) return 'GCJ02';
  if (['BD09', '百度'].includes(s)) return 'BD09';
  return null;
}

export const STATUS_WORDS: Record<string, 'active' | 'pending' | 'suspended'> = {
  active: 'active',
  营业: 'active',
  正常: 'active',
  pending: 'pending',
  待审核: 'pending',
  suspended: 'suspended',
  暂停: 'suspended',
  停业: 'suspended',
};
