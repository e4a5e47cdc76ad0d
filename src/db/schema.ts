// Kysely table types. Column names are snake_case; times are UTC ISO-8601 strings; booleans are
// stored as integers 0/1 so one schema serves SQLite and PostgreSQL.
import type { Generated } from 'kysely';
import type { QueueTables } from './schema/queue';
import type { ResidentsTables } from './schema/residents';

export interface UsersTable {
  id: string;
  phone: string;
  name: string;
  password_hash: string | null;
  locale: string;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface RoleGrantsTable {
  id: string;
  user_id: string;
  role: string;
  circle_id: string | null;
  merchant_id: string | null;
  district_code: string | null;
  city_code: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the cookie value; the raw value is never stored. */
  id: string;
  user_id: string;
  csrf_token: string;
  expires_at: string;
  created_at: string;
}

export interface SmsCodesTable {
  id: string;
  phone: string;
  code_hash: string;
  attempts: number;
  expires_at: string;
  created_at: string;
}

export interface CirclesTable {
  id: string;
  name: string;
  name_en: string | null;
  district: string;
  district_code: string;
  street_office: string | null;
  centre_lon: number;
  centre_lat: number;
  /** GeoJSON Polygon geometry as text. */
  boundary: string;
  timezone: string;
  graph_file: string | null;
  status: string;
  created_at: string;
}

export interface BusinessTypesTable {
  code: string;
  name_zh: string;
  name_en: string;
  class: string;
  group_name: string | null;
  micro_profit: number;
  parent_code: string | null;
  sort_order: number;
}

export interface MerchantsTable {
  id: string;
  circle_id: string;
  name: string;
  name_pinyin: string;
  name_initials: string;
  lon: number;
  lat: number;
  source_crs: string;
  address: string | null;
  phone: string | null;
  opening_hours: string | null;
  status: string;
  stall: string | null;
  created_at: string;
  updated_at: string;
}

export interface MerchantCategoriesTable {
  merchant_id: string;
  code: string;
  position: number;
}

export interface ResidencesTable {
  id: string;
  circle_id: string;
  name: string;
  kind: string;
  lon: number;
  lat: number;
  source_crs: string;
  /** JSON array of [lon, lat]. */
  gates: string;
  households: number | null;
  population: number | null;
  created_at: string;
  updated_at: string;
}

export interface JobsTable {
  id: string;
  kind: string;
  status: string;
  progress: number;
  stage: string | null;
  /** JSON object. */
  report: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface ScenariosTable {
  id: string;
  circle_id: string;
  name: string;
  /** JSON array of scenario changes. */
  changes: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface EvaluationSnapshotsTable {
  id: string;
  circle_id: string;
  taken_at: string;
  /** JSON: population, tier, counts and share per type. */
  summary: string;
}

/** The first wave's tables (accounts, circles, catalogue, merchants, residences, jobs, evaluation). */
export interface CoreTables {
  users: UsersTable;
  role_grants: RoleGrantsTable;
  sessions: SessionsTable;
  sms_codes: SmsCodesTable;
  circles: CirclesTable;
  business_types: BusinessTypesTable;
  merchants: MerchantsTable;
  merchant_categories: MerchantCategoriesTable;
  residences: ResidencesTable;
  jobs: JobsTable;
  scenarios: ScenariosTable;
  evaluation_snapshots: EvaluationSnapshotsTable;
}

/**
 * Every table. A module's tables live in schema/<module>.ts and join here with one line, so modules
 * added side by side do not edit each other's declarations.
 */
export interface Database extends CoreTables, QueueTables, ResidentsTables {}

/** Marker so `Generated` stays importable for future serial columns. */
export type { Generated };
