// A resident's profile: where they live (their home compound, so walking times are measured from its
// gates), their delivery address, birth date, and the operator-verified flags that policies use
// (elderly meal assistance, free delivery for older and disabled residents). Keyed by user id.
export interface ResidentProfile {
  userId: string;
  circleId: string;
  /** Home compound (res_…), or null until chosen. */
  residenceId: string | null;
  /** Building, unit and room within the compound: personal information, masked in every list. */
  address: string | null;
  /** YYYY-MM-DD, or null when not given. */
  birthDate: string | null;
  /** Registered as an older resident by the operator (checked against an ID document at the desk). */
  elderlyVerified: boolean;
  /** Registered as a resident with a disability by the operator. */
  disabledVerified: boolean;
  /** When the resident agreed that merchants and the street office may see what a service needs (PIPL). */
  consentAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ProfileInput {
  circleId: string;
  residenceId?: string | null;
  address?: string | null;
  birthDate?: string | null;
  consent?: boolean;
}

export interface ProfileFlags {
  elderlyVerified?: boolean;
  disabledVerified?: boolean;
}

/** What a list shows: the address masked, the birth date reduced to the age. */
export interface ProfileView {
  userId: string;
  name: string;
  phoneMasked: string | null;
  circleId: string;
  residenceId: string | null;
  addressMasked: string | null;
  age: number | null;
  elderlyVerified: boolean;
  disabledVerified: boolean;
}

/** A home to choose from: a compound of the circle (names and positions are public). */
export interface HomeOption {
  id: string;
  name: string;
  lon: number;
  lat: number;
}
