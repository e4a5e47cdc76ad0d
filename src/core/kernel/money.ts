// Money is integer fen (分) everywhere: 1 元 = 100 fen. No floating-point amounts cross a module boundary.

/** Largest amount a single record may hold: ¥10,000,000.00 (keeps sums far inside 2^53 and int8). */
export const MAX_FEN = 1_000_000_000;

export function isFen(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0 && x <= MAX_FEN;
}

/** 12345 → "123.45" (no currency sign; the UI adds ¥ through i18n). */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(fen);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** Percentage of an amount in fen, rounded half up to a whole fen. */
export function percentOfFen(fen: number, percent: number): number {
  return Math.floor((fen * percent) / 100 + 0.5);
}
