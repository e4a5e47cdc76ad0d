// Bad inputs for the first wave's write routes (auth, directory, residences, users, imports, evaluation).
import type { Bad, BadCases } from './types';

const b64 = (s: string) => Buffer.from(s).toString('base64');

export const common = (url: string): Bad[] => [
  { url, body: 'not json at all' },
  { url, body: [] },
  { url, body: { unexpected: true } },
];

export const CORE_BAD: BadCases = {
  'POST /api/v1/auth/login': () => [
    ...common('/api/v1/auth/login'),
    { url: '/api/v1/auth/login', body: { phone: 13800000001, password: 'x' } },
  ],
  'POST /api/v1/auth/sms/request': () => [
    ...common('/api/v1/auth/sms/request'),
    { url: '/api/v1/auth/sms/request', body: { phone: '12345' } },
  ],
  'POST /api/v1/auth/sms/verify': () => [
    ...common('/api/v1/auth/sms/verify'),
    { url: '/api/v1/auth/sms/verify', body: { phone: '13800000001', code: 'abc' } },
  ],
  'POST /api/v1/auth/logout': () => [{ url: '/api/v1/auth/logout', body: 'not json at all' }],
  'POST /api/v1/merchants': (fx) => {
    const ok = { circleId: fx.circleA, name: '坏输入', categories: ['B01'], lon: 116.985, lat: 36.628 };
    return [
      ...common('/api/v1/merchants'),
      { url: '/api/v1/merchants', body: { ...ok, categories: [] } },
      { url: '/api/v1/merchants', body: { ...ok, categories: ['B99'] } },
      { url: '/api/v1/merchants', body: { ...ok, openingHours: 'sometimes' } },
      { url: '/api/v1/merchants', body: { ...ok, phone: '12' } },
      { url: '/api/v1/merchants', body: { ...ok, lon: 0, lat: 0 } },
      { url: '/api/v1/merchants', body: { ...ok, crs: 'EPSG:3857' } },
      { url: '/api/v1/merchants', body: { ...ok, circleId: 'cir_missing' } },
      { url: '/api/v1/merchants', body: { ...ok, name: '   ' } },
    ];
  },
  'PATCH /api/v1/merchants/:id': (fx) => {
    const url = `/api/v1/merchants/${fx.merchantA}`;
    return [
      ...common(url),
      { url, body: { status: 'closed' } },
      { url, body: { openingHours: 'Mo-Zz 25:00' } },
      { url, body: { categories: ['X'] } },
      { url: '/api/v1/merchants/mer_missing', body: { name: 'x' } },
    ];
  },
  'POST /api/v1/residences': (fx) => {
    const ok = { circleId: fx.circleA, name: '坏小区', lon: 116.985, lat: 36.628 };
    return [
      ...common('/api/v1/residences'),
      { url: '/api/v1/residences', body: { ...ok, households: -1 } },
      { url: '/api/v1/residences', body: { ...ok, gates: [[1, 2, 3]] } },
      { url: '/api/v1/residences', body: { ...ok, gates: [[10, 10]] } },
      { url: '/api/v1/residences', body: { ...ok, kind: 'castle' } },
      { url: '/api/v1/residences', body: { ...ok, circleId: 'cir_missing' } },
    ];
  },
  'PATCH /api/v1/residences/:id': (fx) => {
    const url = `/api/v1/residences/${fx.residenceA}`;
    return [
      ...common(url),
      { url, body: { population: 1.5 } },
      { url, body: { name: '' } },
      { url: '/api/v1/residences/res_missing', body: { name: 'x' } },
    ];
  },
  'POST /api/v1/users': () => [
    ...common('/api/v1/users'),
    { url: '/api/v1/users', body: { phone: '1380000', name: 'x', roles: [{ role: 'resident' }] } },
    { url: '/api/v1/users', body: { phone: '13811119999', name: 'x', roles: [] } },
    { url: '/api/v1/users', body: { phone: '13811119999', name: 'x', roles: [{ role: 'emperor' }] } },
    { url: '/api/v1/users', body: { phone: '13811119999', name: 'x', roles: [{ role: 'inspector' }] } },
    {
      url: '/api/v1/users',
      body: { phone: '13811119999', name: 'x', password: 'short', roles: [{ role: 'resident' }] },
    },
    { url: '/api/v1/users', body: { phone: '13700000001', name: 'taken', roles: [{ role: 'resident' }] } },
  ],
  'POST /api/v1/imports/merchants': (fx) => {
    const url = `/api/v1/imports/merchants?circleId=${fx.circleA}`;
    return [
      ...common(url),
      {
        url: '/api/v1/imports/merchants',
        body: { filename: 'a.csv', contentBase64: b64('name,category,lon,lat\nx,B01,116.9,36.6\n') },
      },
      {
        url: `/api/v1/imports/merchants?circleId=cir_missing`,
        body: { filename: 'a.csv', contentBase64: b64('name,category,lon,lat\nx,B01,116.9,36.6\n') },
      },
      { url, body: { filename: 'a.pdf', contentBase64: b64('%PDF') } },
      { url, body: { filename: 'a.csv', contentBase64: b64('foo,bar\n1,2\n') } },
      {
        url,
        body: { filename: 'a.csv', contentBase64: b64('name,category,lon,lat\nok,B01,116.9,36.6\nbad,B01,x,y\n') },
        expectJobFailure: true,
      },
    ];
  },
  'POST /api/v1/imports/residences': (fx) => {
    const url = `/api/v1/imports/residences?circleId=${fx.circleA}`;
    return [
      ...common(url),
      { url, body: { filename: 'r.xlsx', contentBase64: b64('PK garbage') } },
      {
        url,
        body: {
          filename: 'r.csv',
          contentBase64: b64('name,lon,lat,households\nok,116.9,36.6,10\nbad,116.9,36.6,-4\n'),
        },
        expectJobFailure: true,
      },
    ];
  },
  'POST /api/v1/imports/osm': (fx) => {
    const url = `/api/v1/imports/osm?circleId=${fx.circleA}`;
    return [
      ...common(url),
      { url, body: { filename: 'x.osm', contentBase64: '***' } },
      { url: '/api/v1/imports/osm?circleId=cir_missing', body: { filename: 'x.osm', contentBase64: b64('<osm/>') } },
      {
        url,
        body: { filename: 'x.osm', contentBase64: b64('<osm version="0.6"><node id="1" lat="x"') },
        expectJobFailure: true,
      },
      { url, body: { filename: 'x.pbf', contentBase64: b64('PK\u0003\u0004 zip') } },
    ];
  },
  'POST /api/v1/circles/:id/scenarios': (fx) => {
    const url = `/api/v1/circles/${fx.circleA}/scenarios`;
    return [
      ...common(url),
      { url, body: { name: '   ' } },
      { url, body: { name: 'x'.repeat(101) } },
      { url: '/api/v1/circles/cir_missing/scenarios', body: { name: '方案' } },
    ];
  },
  'POST /api/v1/circles/:id/snapshots': () => [{ url: '/api/v1/circles/cir_missing/snapshots', body: {} }],
  'POST /api/v1/scenarios/:sid/changes': (fx) => {
    const url = '/api/v1/scenarios/scn_missing/changes';
    return [
      ...common(url),
      { url, body: { kind: 'demolish', lon: 116.985, lat: 36.628 } },
      { url, body: { kind: 'add', types: ['B99'], lon: 116.985, lat: 36.628 } },
      { url, body: { kind: 'add', types: [], lon: 116.985, lat: 36.628 } },
      { url, body: { kind: 'add', types: ['B10'], lon: 500, lat: 36.628 } },
      { url, body: { kind: 'add', types: ['B10'], lon: 116.985, lat: 36.628 } },
      { url: `/api/v1/circles/${fx.circleA}/scenarios`, body: { name: 42 } },
    ];
  },
  'DELETE /api/v1/scenarios/:sid/changes/:index': () => [
    { url: '/api/v1/scenarios/scn_missing/changes/0', body: null },
    { url: '/api/v1/scenarios/scn_missing/changes/-1', body: null },
  ],
};
