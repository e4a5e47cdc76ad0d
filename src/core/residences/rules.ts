import { isOutsideChina, toWgs84 } from '../kernel';
import type { Crs, FieldProblem, LonLat, Residence, ResidenceInput } from './model';

const wgs = (p: LonLat, crs: Crs): LonLat => toWgs84(p[0], p[1], crs);

function outsideChina(lon: number, lat: number): boolean {
  return !Number.isFinite(lon) || !Number.isFinite(lat) || isOutsideChina(lon, lat);
}

export function validateResidenceFields(input: Partial<ResidenceInput>): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (input.name !== undefined && !input.name.trim()) {
    out.push({ field: 'name', code: 'Q_RESIDENCES_INVALID', problem: 'name is empty', suggestion: '填写小区名称' });
  }
  if (input.kind !== undefined && input.kind !== 'compound' && input.kind !== 'building') {
    out.push({
      field: 'kind',
      code: 'Q_RESIDENCES_INVALID',
      problem: `unknown kind ${input.kind}`,
      suggestion: 'compound or building',
    });
  }
  if ((input.lon !== undefined || input.lat !== undefined) && outsideChina(Number(input.lon), Number(input.lat))) {
    out.push({
      field: 'lon',
      code: 'Q_RESIDENCES_INVALID_COORDINATES',
      problem: `(${input.lon}, ${input.lat}) is outside China`,
      suggestion: 'longitude ≈ 73–136, latitude ≈ 3–54; lon/lat swapped?',
    });
  }
  for (const g of input.gates ?? []) {
    if (outsideChina(g[0], g[1])) {
      out.push({
        field: 'gates',
        code: 'Q_RESIDENCES_INVALID_COORDINATES',
        problem: `gate (${g[0]}, ${g[1]}) is outside China`,
      });
    }
  }
  for (const f of ['households', 'population'] as const) {
    const v = input[f];
    if (v !== undefined && v !== null && !(Number.isInteger(v) && v >= 0)) {
      out.push({
        field: f,
        code: 'Q_RESIDENCES_INVALID',
        problem: `${f} must be a whole number ≥ 0`,
        suggestion: 'e.g. 320',
      });
    }
  }
  return out;
}

export function buildResidence(input: ResidenceInput, id: string, now: string): Residence {
  const crs = input.crs ?? 'WGS84';
  const [lon, lat] = wgs([input.lon, input.lat], crs);
  return {
    id,
    circleId: input.circleId,
    name: input.name.trim(),
    kind: input.kind ?? 'compound',
    lon,
    lat,
    sourceCrs: crs,
    gates: (input.gates ?? []).map((g) => wgs(g, crs)),
    households: input.households ?? null,
    population: input.population ?? null,
    createdAt: now,
    updatedAt: now,
  };
}
