// Residences (compounds or single buildings) of a circle, with their gates and population. Ids: res_.
export type LonLat = [number, number];
export type ResidenceKind = 'compound' | 'building';
import type { Crs } from '../kernel';

export type { Crs };

export interface Residence {
  id: string;
  circleId: string;
  name: string;
  kind: ResidenceKind;
  lon: number;
  lat: number;
  sourceCrs: Crs;
  /** Entrances residents walk out of; empty means the centre point is used. */
  gates: LonLat[];
  households: number | null;
  population: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface ResidenceInput {
  circleId: string;
  name: string;
  kind?: ResidenceKind;
  lon: number;
  lat: number;
  crs?: Crs;
  gates?: LonLat[];
  households?: number | null;
  population?: number | null;
}

export type ResidencePatch = Partial<Omit<ResidenceInput, 'circleId'>>;

export interface FieldProblem {
  field: keyof ResidenceInput;
  code: ResidencesErrorCodeName;
  problem: string;
  suggestion?: string;
}

export type ResidencesErrorCodeName = 'Q_RESIDENCES_INVALID' | 'Q_RESIDENCES_INVALID_COORDINATES';
