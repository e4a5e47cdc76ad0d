// Personal information (PIPL; GB/T 35273-2020): masked on screens, in lists and in logs.

/** 13812341234 → 138****1234 (landlines keep their first three and last four characters). */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

const STREET_END = /^(.*?[路街巷道里弄胡同])/;

/** 阳光一街227号 → 阳光一街***: the street stays, the number goes (public lists). */
export function maskAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  const m = STREET_END.exec(address);
  if (m && m[1].length < address.length) return `${m[1]}***`;
  return `${address.slice(0, Math.min(3, Math.max(1, address.length - 1)))}***`;
}

/** ID card or unified social credit code: first 4 and last 4 kept (3701**********1234). */
export function maskIdNumber(id: string | null | undefined): string | null {
  if (!id) return null;
  if (id.length <= 8) return `${id.slice(0, 1)}${'*'.repeat(Math.max(0, id.length - 1))}`;
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/** 张三丰 → 张**: a person's name in public lists. */
export function maskName(name: string | null | undefined): string | null {
  if (!name) return null;
  const chars = [...name];
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}
