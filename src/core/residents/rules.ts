// Pure rules for resident profiles.
import { maskAddress } from '../kernel';
import type { ResidentProfile } from './model';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whole years of age on a date (YYYY-MM-DD), or null without a birth date. */
export function ageOn(birthDate: string | null, onDate: string): number | null {
  if (!birthDate) return null;
  const b = DATE.exec(birthDate);
  const d = DATE.exec(onDate);
  if (!b || !d) return null;
  let age = Number(d[1]) - Number(b[1]);
  if (d[2] < b[2] || (d[2] === b[2] && d[3] < b[3])) age--;
  return age;
}

export function birthDateProblem(birthDate: string, today: string): string | null {
  const m = DATE.exec(birthDate);
  if (!m) return 'use YYYY-MM-DD';
  const t = Date.parse(`${birthDate}T00:00:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== birthDate) return 'not a calendar date';
  if (birthDate > today) return 'in the future';
  if (Number(m[1]) < 1900) return 'before 1900';
  return null;
}

export function addressProblem(address: string): string | null {
  if (address.trim().length === 0) return 'empty';
  if (address.length > 200) return 'longer than 200 characters';
  return null;
}

export function maskedAddress(p: ResidentProfile): string | null {
  return maskAddress(p.address);
}
