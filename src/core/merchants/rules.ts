// Pure merchant rules: names for pinyin search, phone numbers. Coordinates and masking are the kernel's.
export { coordinatesProblem, maskAddress, toWgs84 } from '../kernel';
import { pinyin } from 'pinyin-pro';

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

/** Mobile 1xxxxxxxxxx or landline 0531-12345678 / 053112345678. */
export function normaliseMerchantPhone(input: string): string | null {
  const s = input.replace(/[\s()（）]/g, '').replace(/^\+?86-?/, '');
  const digits = s.replace(/-/g, '');
  if (/^1[3-9]\d{9}$/.test(digits)) return digits;
  if (/^0\d{2,3}-?\d{7,8}$/.test(s)) return s;
  if (/^400-?\d{3}-?\d{4}$/.test(s)) return s;
  return null;
}
