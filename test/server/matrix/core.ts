// The first wave's routes: platform, directory, residences, users, imports, evaluation.
import type { Role } from '../../../src/core/accounts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../helpers/shared-data';
import type { MatrixContext, MatrixModule, RouteCase, Scope } from './types';

const everyone = () => true;
const adminOnly = (role: Role) => role === 'admin';
/** The public directory of any circle: every signed-in role reads every circle. */
const directory = () => true;
const staffRead = (role: Role, scope: Scope) =>
  role === 'admin' || (scope === 'own' && (role === 'operator_staff' || role === 'inspector' || role === 'officer'));
const operatorWrite = (role: Role, scope: Scope) => role === 'admin' || (scope === 'own' && role === 'operator_staff');

const circleOf = (ctx: MatrixContext, s: Scope) => (s === 'own' ? ctx.fx.circleA : ctx.fx.circleB);
/** Evaluation: operators of the circle and officers of its district read; operators plan. */
const evalRead = (role: Role, scope: Scope) =>
  role === 'admin' || (scope === 'own' && (role === 'operator_staff' || role === 'officer'));
const evalPlan = (role: Role, scope: Scope) => role === 'admin' || (scope === 'own' && role === 'operator_staff');
const evalGet = (path: string) => ({
  scoped: true,
  request: (c: MatrixContext, s: Scope) => ({ url: `/api/v1/circles/${circleOf(c, s)}${path}` }),
  allowed: evalRead,
});
const csv = (rows: string) => Buffer.from(rows, 'utf8').toString('base64');
const SQUARE_OSM = readFileSync(path.join(repoRoot, 'test/fixtures/osm/engine-square.osm')).toString('base64');

const CASES: Record<string, RouteCase> = {
  'GET /api/v1/me': { scoped: false, request: () => ({ url: '/api/v1/me' }), allowed: everyone },
  'POST /api/v1/auth/logout': {
    scoped: false,
    request: () => ({ url: '/api/v1/auth/logout', body: {} }),
    allowed: everyone,
  },
  'GET /api/v1/circles': { scoped: false, request: () => ({ url: '/api/v1/circles' }), allowed: everyone },
  'GET /api/v1/catalogue/business-types': {
    scoped: false,
    request: () => ({ url: '/api/v1/catalogue/business-types' }),
    allowed: everyone,
  },
  'GET /api/v1/circles/:id': {
    scoped: true,
    request: (c, s) => ({ url: `/api/v1/circles/${circleOf(c, s)}` }),
    allowed: directory,
  },
  'GET /api/v1/circles/:id/map': {
    scoped: true,
    request: (c, s) => ({ url: `/api/v1/circles/${circleOf(c, s)}/map` }),
    allowed: directory,
  },
  'GET /api/v1/merchants': {
    scoped: true,
    request: (c, s) => ({ url: `/api/v1/merchants?circleId=${circleOf(c, s)}` }),
    allowed: directory,
  },
  'GET /api/v1/merchants/:id': {
    scoped: true,
    request: (c, s) => ({ url: `/api/v1/merchants/${s === 'own' ? c.fx.merchantA : c.fx.merchantB}` }),
    allowed: directory,
  },
  'POST /api/v1/merchants': {
    scoped: true,
    request: (c, s) => ({
      url: '/api/v1/merchants',
      body: { circleId: circleOf(c, s), name: `矩阵测试${c.unique()}`, categories: ['B01'], lon: 116.985, lat: 36.628 },
    }),
    allowed: operatorWrite,
  },
  'PATCH /api/v1/merchants/:id': {
    scoped: true,
    request: (c, s) => ({
      url: `/api/v1/merchants/${s === 'own' ? c.fx.merchantA : c.fx.merchantB}`,
      body: { openingHours: 'Mo-Su 08:00-18:00' },
    }),
    allowed: (role, scope) => operatorWrite(role, scope) || (role === 'merchant_staff' && scope === 'own'),
  },
  'GET /api/v1/residences': {
    scoped: true,
    request: (c, s) => ({ url: `/api/v1/residences?circleId=${circleOf(c, s)}` }),
    allowed: staffRead,
  },
  'POST /api/v1/residences': {
    scoped: true,
    request: (c, s) => ({
      url: '/api/v1/residences',
      body: { circleId: circleOf(c, s), name: `矩阵小区${c.unique()}`, lon: 116.985, lat: 36.628 },
    }),
    allowed: operatorWrite,
  },
  'PATCH /api/v1/residences/:id': {
    scoped: true,
    request: (c, s) => ({
      url: `/api/v1/residences/${s === 'own' ? c.fx.residenceA : c.fx.residenceB}`,
      body: { households: 301 },
    }),
    allowed: operatorWrite,
  },
  'GET /api/v1/users': { scoped: false, request: () => ({ url: '/api/v1/users' }), allowed: adminOnly },
  'POST /api/v1/users': {
    scoped: false,
    request: (c) => ({
      url: '/api/v1/users',
      body: { phone: `1330000${c.unique().padStart(4, '0')}`, name: '矩阵用户', roles: [{ role: 'resident' }] },
    }),
    allowed: adminOnly,
  },
  'POST /api/v1/imports/merchants': {
    scoped: true,
    request: (c, s) => ({
      url: `/api/v1/imports/merchants?circleId=${circleOf(c, s)}`,
      body: { filename: 'm.csv', dryRun: true, contentBase64: csv('名称,业态,经度,纬度\n矩阵店,B01,116.985,36.628\n') },
    }),
    allowed: operatorWrite,
  },
  'POST /api/v1/imports/residences': {
    scoped: true,
    request: (c, s) => ({
      url: `/api/v1/imports/residences?circleId=${circleOf(c, s)}`,
      body: { filename: 'r.csv', dryRun: true, contentBase64: csv('name,lon,lat\nMatrix Court,116.985,36.628\n') },
    }),
    allowed: operatorWrite,
  },
  'GET /api/v1/circles/:id/evaluation': evalGet('/evaluation'),
  'GET /api/v1/circles/:id/evaluation/equity': evalGet('/evaluation/equity'),
  'GET /api/v1/circles/:id/coverage': evalGet('/coverage?type=B01'),
  'GET /api/v1/circles/:id/isochrone': evalGet('/isochrone?lon=116.985&lat=36.628&minutes=5,10'),
  'GET /api/v1/circles/:id/evaluation.xlsx': evalGet('/evaluation.xlsx'),
  'GET /api/v1/circles/:id/evaluation.geojson': evalGet('/evaluation.geojson'),
  'GET /api/v1/circles/:id/scenarios': evalGet('/scenarios'),
  'GET /api/v1/circles/:id/snapshots': evalGet('/snapshots'),
  'GET /api/v1/circles/:id/recommendations': {
    scoped: true,
    request: (c, s) => ({ url: `/api/v1/circles/${circleOf(c, s)}/recommendations?type=B10&minutes=5&count=2` }),
    allowed: evalPlan,
  },
  'POST /api/v1/circles/:id/scenarios': {
    scoped: true,
    request: (c, s) => ({ url: `/api/v1/circles/${circleOf(c, s)}/scenarios`, body: { name: `方案${c.unique()}` } }),
    allowed: evalPlan,
  },
  'POST /api/v1/circles/:id/snapshots': {
    scoped: true,
    request: (c, s) => ({ url: `/api/v1/circles/${circleOf(c, s)}/snapshots`, body: {} }),
    allowed: evalPlan,
  },
  'GET /api/v1/districts/:code/scores': {
    scoped: true,
    request: (_c, s) => ({ url: `/api/v1/districts/${s === 'own' ? '370103' : '370102'}/scores` }),
    allowed: evalRead,
  },
  'GET /api/v1/scenarios/:sid': {
    scoped: true,
    request: (c, s) => ({ url: `/api/v1/scenarios/${c.scenarioOf(s)}` }),
    allowed: evalRead,
  },
  'GET /api/v1/scenarios/:sid/evaluation': {
    scoped: true,
    request: (c, s) => ({ url: `/api/v1/scenarios/${c.scenarioOf(s)}/evaluation` }),
    allowed: evalRead,
  },
  'POST /api/v1/scenarios/:sid/changes': {
    scoped: true,
    request: (c, s) => ({
      url: `/api/v1/scenarios/${c.scenarioOf(s)}/changes`,
      body: { kind: 'add', types: ['B10'], lon: 116.9852, lat: 36.628 },
    }),
    allowed: evalPlan,
  },
  'DELETE /api/v1/scenarios/:sid/changes/:index': {
    scoped: true,
    request: (c, s) => ({ url: `/api/v1/scenarios/${c.scenarioOf(s)}/changes/0` }),
    allowed: evalPlan,
  },
  'POST /api/v1/imports/osm': {
    scoped: true,
    request: (c, s) => ({
      url: `/api/v1/imports/osm?circleId=${circleOf(c, s)}`,
      body: { filename: 'square.osm', contentBase64: SQUARE_OSM },
    }),
    allowed: operatorWrite,
  },
  'GET /api/v1/jobs/:id': {
    scoped: true,
    // own: a job the role's user started (operators and admins can start one); other: the admin's job.
    request: (c, s, role) => ({
      url: `/api/v1/jobs/${s === 'own' && (role === 'operator_staff' || role === 'admin') ? c.jobOf(role) : c.jobOf('admin')}`,
    }),
    allowed: (role, scope) => role === 'admin' || (scope === 'own' && role === 'operator_staff'),
  },
};

export const CORE_MATRIX: MatrixModule = {
  name: 'core',
  cases: CASES,
  publicRoutes: [
    'GET /api/health',
    'GET /api/v1/auth/csrf',
    'POST /api/v1/auth/login',
    'POST /api/v1/auth/sms/request',
    'POST /api/v1/auth/sms/verify',
  ],
};
