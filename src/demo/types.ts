// Plain data describing the demo community; the backend seeds its tables from this shape.
import type { OsmSource } from '../osm/source';

export type LonLat = [number, number];

export interface DemoCircle {
  key: string;
  name: string;
  nameEn: string;
  district: string;
  districtCode: string;
  streetOffice: string;
  centre: LonLat;
  /** Closed ring (first point repeated last), WGS-84. */
  boundary: LonLat[];
  /** Planned resident population (sum of its residences). */
  population: number;
}

export type DemoMerchantStatus = 'active' | 'pending' | 'suspended';

export interface DemoMerchant {
  key: string;
  circleKey: string;
  name: string;
  /** Catalogue codes (DOMAIN.md §2), the main one first. */
  categories: string[];
  lon: number;
  lat: number;
  address: string;
  phone: string;
  /** OSM opening_hours syntax. */
  openingHours: string;
  status: DemoMerchantStatus;
  /** Stall number inside the community market (vendors only). */
  stall?: string;
  /** Contact person. */
  contact: string;
}

export interface DemoBuilding {
  name: string;
  levels: number;
  households: number;
  lon: number;
  lat: number;
}

export interface DemoResidence {
  key: string;
  circleKey: string;
  name: string;
  kind: 'compound' | 'building';
  lon: number;
  lat: number;
  gates: LonLat[];
  households: number;
  population: number;
  buildings: DemoBuilding[];
}

export type DemoRole = 'resident' | 'merchant_staff' | 'operator_staff' | 'inspector' | 'officer' | 'admin';

export interface DemoAccount {
  phone: string;
  password: string;
  name: string;
  role: DemoRole;
  circleKey?: string;
  merchantKey?: string;
  districtCode?: string;
}

export interface DemoCommunity {
  circles: DemoCircle[];
  merchants: DemoMerchant[];
  residences: DemoResidence[];
  accounts: DemoAccount[];
  /** Streets, compounds, gates, buildings, park, river, market and merchant POIs of the whole area. */
  osm: OsmSource;
  /** Bounding box of the generated area [minLon, minLat, maxLon, maxLat]. */
  bbox: [number, number, number, number];
}
