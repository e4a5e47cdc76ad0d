// Table rows → typed inputs. Cell-level problems (not a number, unknown word) go to the report;
// domain validation of the typed input happens afterwards in the flow, with the owning module's rules.
import type { BusinessType } from '../catalogue';
import type { MerchantInput } from '../merchants';
import type { ResidenceInput } from '../residences';
import { crsWord, mapColumns, MERCHANT_COLUMNS, RESIDENCE_COLUMNS, STATUS_WORDS } from './columns';
import type { ReportRow, Table } from './model';

export interface ParsedRow<T> {
  row: number;
  input: T;
}

export interface Parsed<T> {
  rows: ParsedRow<T>[];
  problems: ReportRow[];
}

const CODE = /^[BQ]\d{2}(-\d{2})?$/i;

/** Catalogue code from a code or a Chinese/English name; undefined when unknown. */
export function categoryCode(token: string, catalogue: readonly BusinessType[]): string | undefined {
  const t = token.trim();
  if (CODE.test(t)) return t.toUpperCase();
  const lower = t.toLowerCase();
  return catalogue.find((b) => b.nameZh === t || b.nameEn.toLowerCase() === lower)?.code;
}

function suggestCategory(token: string, catalogue: readonly BusinessType[]): string {
  const hit = catalogue.find((b) => b.nameZh.includes(token) || token.includes(b.nameZh.replace(/\(.*\)/, '')));
  return hit
    ? `did you mean ${hit.code} ${hit.nameZh}?`
    : 'use a catalogue code (B01–B15, Q01–Q09) or its Chinese name';
}

function num(cell: string | undefined): number | undefined {
  const s = (cell ?? '').trim();
  if (!s) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : NaN;
}

function cellOf(cells: string[], idx: number): string {
  return idx >= 0 ? (cells[idx] ?? '').trim() : '';
}

/** Longitude, latitude and coordinate system of a row, each bad cell reported once. */
function readPosition(
  row: number,
  get: (k: 'lon' | 'lat' | 'crs') => string,
  header: (k: 'lon' | 'lat' | 'crs') => string,
  problems: ReportRow[],
): { lon: number | undefined; lat: number | undefined; crs: ReturnType<typeof crsWord> } {
  const lon = num(get('lon'));
  const lat = num(get('lat'));
  for (const [k, v] of [
    ['lon', lon],
    ['lat', lat],
  ] as const) {
    if (v === undefined || Number.isNaN(v)) {
      problems.push({
        row,
        column: header(k),
        problem: v === undefined ? 'empty' : `"${get(k)}" is not a number`,
        suggestion: 'decimal degrees, e.g. 116.9850 (lon), 36.6280 (lat)',
      });
    }
  }
  const crs = crsWord(get('crs'));
  if (crs === null)
    problems.push({
      row,
      column: header('crs'),
      problem: `unknown coordinate system "${get('crs')}"`,
      suggestion: 'WGS84, GCJ02 (高德) or BD09 (百度)',
    });
  return { lon, lat, crs };
}

export function parseMerchantRows(
  table: Table,
  catalogue: readonly BusinessType[],
): Parsed<Omit<MerchantInput, 'circleId'>> {
  const col = mapColumns(table, MERCHANT_COLUMNS);
  const header = (k: keyof typeof MERCHANT_COLUMNS) => table.headers[col[k]] ?? k;
  const rows: ParsedRow<Omit<MerchantInput, 'circleId'>>[] = [];
  const problems: ReportRow[] = [];
  table.rows.forEach((cells, i) => {
    const row = i + 2;
    const get = (k: keyof typeof MERCHANT_COLUMNS) => cellOf(cells, col[k]);
    const categories: string[] = [];
    for (const token of get('categories')
      .split(/[,，;；、|/\s]+/)
      .filter(Boolean)) {
      const code = categoryCode(token, catalogue);
      if (code) categories.push(code);
      else
        problems.push({
          row,
          column: header('categories'),
          problem: `unknown business type "${token}"`,
          suggestion: suggestCategory(token, catalogue),
        });
    }
    const { lon, lat, crs } = readPosition(row, get, header, problems);
    const statusCell = get('status');
    const status = statusCell ? STATUS_WORDS[statusCell.toLowerCase()] : undefined;
    if (statusCell && !status)
      problems.push({
        row,
        column: header('status'),
        problem: `unknown status "${statusCell}"`,
        suggestion: '营业/待审核/暂停 or active/pending/suspended',
      });
    rows.push({
      row,
      input: {
        name: get('name'),
        categories,
        lon: lon ?? NaN,
        lat: lat ?? NaN,
        crs: crs ?? undefined,
        address: get('address') || null,
        phone: get('phone') || null,
        openingHours: get('openingHours') || null,
        status,
        stall: get('stall') || null,
      },
    });
  });
  return { rows, problems };
}

const KIND_WORDS: Record<string, 'compound' | 'building'> = {
  compound: 'compound',
  小区: 'compound',
  building: 'building',
  楼栋: 'building',
  楼: 'building',
};

/** "116.98,36.62; 116.99,36.63" → [[116.98, 36.62], [116.99, 36.63]] */
function parseGates(cell: string): [number, number][] | null {
  if (!cell) return [];
  const out: [number, number][] = [];
  for (const part of cell
    .split(/[;；|]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [a, b, ...rest] = part.split(/[,，\s]+/).map(Number);
    if (rest.length || !Number.isFinite(a) || !Number.isFinite(b)) return null;
    out.push([a, b]);
  }
  return out;
}

export function parseResidenceRows(table: Table): Parsed<Omit<ResidenceInput, 'circleId'>> {
  const col = mapColumns(table, RESIDENCE_COLUMNS);
  const header = (k: keyof typeof RESIDENCE_COLUMNS) => table.headers[col[k]] ?? k;
  const rows: ParsedRow<Omit<ResidenceInput, 'circleId'>>[] = [];
  const problems: ReportRow[] = [];
  table.rows.forEach((cells, i) => {
    const row = i + 2;
    const get = (k: keyof typeof RESIDENCE_COLUMNS) => cellOf(cells, col[k]);
    const { lon, lat, crs } = readPosition(row, get, header, problems);
    const kindCell = get('kind');
    const kind = kindCell ? KIND_WORDS[kindCell.toLowerCase()] : undefined;
    if (kindCell && !kind)
      problems.push({
        row,
        column: header('kind'),
        problem: `unknown kind "${kindCell}"`,
        suggestion: '小区/楼栋 or compound/building',
      });
    const gates = parseGates(get('gates'));
    if (!gates)
      problems.push({
        row,
        column: header('gates'),
        problem: 'gates are not "lon,lat; lon,lat"',
        suggestion: '116.9801,36.6190; 116.9810,36.6195',
      });
    const count = (k: 'households' | 'population') => {
      const v = num(get(k));
      if (v !== undefined && !(Number.isInteger(v) && v >= 0)) {
        problems.push({ row, column: header(k), problem: `"${get(k)}" is not a whole number`, suggestion: 'e.g. 320' });
        return undefined;
      }
      return v ?? null;
    };
    rows.push({
      row,
      input: {
        name: get('name'),
        kind,
        lon: lon ?? NaN,
        lat: lat ?? NaN,
        crs: crs ?? undefined,
        gates: gates ?? [],
        households: count('households'),
        population: count('population'),
      },
    });
  });
  return { rows, problems };
}
