export interface ResidentProfilesTable {
  user_id: string;
  circle_id: string;
  residence_id: string | null;
  address: string | null;
  birth_date: string | null;
  elderly_verified: number;
  disabled_verified: number;
  consent_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ResidentsTables {
  resident_profiles: ResidentProfilesTable;
}
