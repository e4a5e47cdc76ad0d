// Merchants of a circle's directory. Ids: mer_. Coordinates stored in WGS-84 with the source CRS recorded.
export const MERCHANT_STATUSES = ['active', 'pending', 'suspended'] as const;
export type MerchantStatus = (typeof MERCHANT_STATUSES)[number];

export { CRS_LIST, type Crs } from '../kernel';
import type { Crs } from '../kernel';

export interface Merchant {
  id: string;
  circleId: string;
  name: string;
  namePinyin: string;
  nameInitials: string;
  /** Catalogue codes, the main one first. */
  categories: string[];
  lon: number;
  lat: number;
  sourceCrs: Crs;
  address: string | null;
  phone: string | null;
  openingHours: string | null;
  status: MerchantStatus;
  stall: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MerchantInput {
  circleId: string;
  name: string;
  categories: string[];
  lon: number;
  lat: number;
  crs?: Crs;
  address?: string | null;
  phone?: string | null;
  openingHours?: string | null;
  status?: MerchantStatus;
  stall?: string | null;
}

export type MerchantPatch = Partial<Omit<MerchantInput, 'circleId'>>;

/** What a directory shows: personal data masked unless the viewer may see it. */
export interface MerchantView {
  id: string;
  circleId: string;
  name: string;
  categories: string[];
  lon: number;
  lat: number;
  address: string | null;
  phoneMasked: string | null;
  openingHours: string | null;
  openNow: boolean | null;
  status: MerchantStatus;
}

export interface MerchantDetail extends MerchantView {
  /** The full phone for viewers with private access, otherwise masked. */
  phone: string | null;
  stall: string | null;
  sourceCrs: Crs;
  createdAt: string;
  updatedAt: string;
}

export interface MerchantQuery {
  circleId?: string;
  q?: string;
  category?: string;
  openNow?: boolean;
  limit: number;
  offset: number;
}
