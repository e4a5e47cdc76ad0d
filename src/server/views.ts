// Domain objects → response bodies (masking happens here for users; merchants mask in their service).
import { maskPhone, type User } from '../core/accounts';
import { ringBbox, type Circle } from '../core/circles';
import type { Job } from '../core/jobs';
import type { Residence } from '../core/residences';

export function meView(u: User) {
  return { id: u.id, name: u.name, phoneMasked: maskPhone(u.phone) ?? '', roles: u.roles, locale: u.locale };
}

export function userView(u: User) {
  return { ...meView(u), status: u.status, createdAt: u.createdAt };
}

export function circleView(c: Circle) {
  return {
    id: c.id,
    name: c.name,
    nameEn: c.nameEn ?? undefined,
    district: c.district,
    districtCode: c.districtCode,
    streetOffice: c.streetOffice ?? undefined,
    tier: '15min',
    centerLon: c.centre[0],
    centerLat: c.centre[1],
    bbox: ringBbox(c.boundary),
    boundary: c.boundary,
    timezone: c.timezone,
    status: c.status,
  };
}

export function residenceView(r: Residence) {
  return {
    id: r.id,
    circleId: r.circleId,
    name: r.name,
    kind: r.kind,
    lon: r.lon,
    lat: r.lat,
    gates: r.gates,
    households: r.households ?? undefined,
    population: r.population ?? undefined,
  };
}

export function jobView(j: Job) {
  return {
    id: j.id,
    kind: j.kind,
    status: j.status,
    progress: j.progress,
    stage: j.stage ?? undefined,
    report: j.report ?? undefined,
    createdAt: j.createdAt,
    updatedAt: j.updatedAt,
  };
}
