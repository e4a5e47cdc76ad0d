// Pure merchant rules: names for pinyin search, coordinate systems, masking, validation.
import gcoord from 'gcoord';
import { pinyin } from 'pinyin-pro';
import type { Crs } from './model';

/** Lower-case pinyin without tones or spaces, and initials: 修鞋 → xiuxie, xx. */
export function nameKeys(name: string): { pinyin: string; initials: string } {
  const full = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const first = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const clean = (parts: string[]) =>
    parts
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9\u4e00-\u9fff]/g, '');
  return { pinyin: clean(full), initials: clean(first) };
}

const CRS_CONST = { WGS84: gcoord.WGS84, GCJ02: gcoord.GCJ02, BD09: gcoord.BD09 } as const;

/** Converts to WGS-84 (rounded to 1e-7°). */
export function toWgs84(lon: number, lat: number, crs: Crs): [number, number] {
  const [x, y] = crs === 'WGS84' ? [lon, lat] : gcoord.transform([lon, lat], CRS_CONST[crs], gcoord.WGS84);
  return [Math.round(x * 1e7) / 1e7, Math.round(y * 1e7) / 1e7];
}

/** Rough mainland-China box; catches swapped lon/lat and zeros. */
export function coordinatesProblem(lon: number, lat: number): string | null {
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return 'not a number';
  if (lon < 73 || lon > 136 || lat < 3 || lat > 54) return `(${lon}, ${lat}) is outside China; lon/lat swapped?`;
  return null;
}

/** Mobile 1xxxxxxxxxx or landline 0531-12345678 / 053112345678. */
export function normaliseMerchantPhone(input: string): string | null {
  const s = input.replace(/[\s()（）]/g, '').replace(/^\+?86-?/, '');
  const digits = s.replace(/-/g, '');
  if (/^1[3-9]\d{9}$/.test(digits)) return digits;
  if (/^0\d{2,3}-?\d{7,8}$/.test(s)) return s;
  if (/^400-?\d{3}-?\d{4}$/.test(s)) return s;
  return null;
}

const STREET_END = /^(.*?[路街巷道里弄胡同])/;

/** 阳光一街227号 → 阳光一街***: the street stays, the number goes (public lists). */
export function maskAddress(address: string | null): string | null {
  if (!address) return null;
  const m = STREET_END.exec(address);
  if (m && m[1].length < address.length) return `${m[1]}***`;
  return `${address.slice(0, Math.min(3, Math.max(1, address.length - 1)))}***`;
}
