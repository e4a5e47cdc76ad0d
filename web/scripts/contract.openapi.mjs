// Interim OpenAPI document for the agreed /api/v1 contract, used only when the
// server's buildApp() cannot be loaded yet (gen-api falls back to it). Once the
// server exists, web/src/api/schema.d.ts is generated from app.swagger() instead.
const str = { type: 'string' };
const num = { type: 'number' };
const int = { type: 'integer' };
const bool = { type: 'boolean' };
const obj = (properties, required = Object.keys(properties)) => ({ type: 'object', properties, required });
const arr = (items) => ({ type: 'array', items });
const json = (schema) => ({ content: { 'application/json': { schema } } });
const ok = (schema) => ({ responses: { 200: { description: 'OK', ...json(schema) } } });
const q = (name, schema, required = false) => ({ name, in: 'query', required, schema });
const p = (name) => ({ name, in: 'path', required: true, schema: str });
const body = (schema) => ({ requestBody: { required: true, ...json(schema) } });

const featureCollection = obj({ type: str, features: arr({ type: 'object', additionalProperties: true }) });
const roleGrant = obj(
  {
    role: { type: 'string', enum: ['resident', 'merchant_staff', 'operator_staff', 'inspector', 'officer', 'admin'] },
    circleId: str,
    merchantId: str,
    districtCode: str,
  },
  ['role'],
);
const me = obj({ id: str, name: str, phoneMasked: str, roles: arr(roleGrant), locale: str });
const circle = obj(
  { id: str, name: str, districtCode: str, tier: str, centerLon: num, centerLat: num, bbox: arr(num), status: str },
  ['id', 'name'],
);
const merchant = obj(
  {
    id: str,
    name: str,
    categories: arr(str),
    lon: num,
    lat: num,
    openingHours: { type: 'string', nullable: true },
    openNow: { type: 'boolean', nullable: true },
    status: str,
    phoneMasked: { type: 'string', nullable: true },
    address: { type: 'string', nullable: true },
    circleId: str,
  },
  ['id', 'name', 'categories', 'lon', 'lat', 'openingHours', 'openNow', 'status', 'phoneMasked', 'address'],
);
const businessType = obj({ code: str, nameZh: str, nameEn: str, group: str, microProfit: bool, parentCode: str }, [
  'code',
  'nameZh',
]);
const residence = obj({ id: str, name: str, lon: num, lat: num, households: int, population: int }, [
  'id',
  'name',
  'lon',
  'lat',
]);
const user = obj({ id: str, name: str, phoneMasked: str, roles: arr(roleGrant), status: str, createdAt: str }, [
  'id',
  'name',
  'phoneMasked',
  'roles',
]);

export const contract = {
  openapi: '3.0.3',
  info: { title: 'Quarter API (contract)', version: '0.1.0' },
  paths: {
    '/api/v1/auth/csrf': { get: ok(obj({ token: str })) },
    '/api/v1/auth/login': { post: { ...body(obj({ phone: str, password: str })), ...ok(obj({ user: me })) } },
    '/api/v1/auth/sms/request': {
      post: { ...body(obj({ phone: str })), ...ok(obj({ ok: bool, devCode: str }, ['ok'])) },
    },
    '/api/v1/auth/sms/verify': { post: { ...body(obj({ phone: str, code: str })), ...ok(obj({ user: me })) } },
    '/api/v1/auth/logout': { post: ok(obj({ ok: bool })) },
    '/api/v1/me': { get: ok(me) },
    '/api/v1/circles': { get: ok(obj({ items: arr(circle) })) },
    '/api/v1/circles/{id}': { get: { parameters: [p('id')], ...ok(circle) } },
    '/api/v1/circles/{id}/map': {
      get: { parameters: [p('id')], ...ok(obj({ streets: featureCollection, buildings: featureCollection })) },
    },
    '/api/v1/catalogue/business-types': { get: ok(obj({ items: arr(businessType) })) },
    '/api/v1/merchants': {
      get: {
        parameters: [
          q('circleId', str),
          q('q', str),
          q('category', str),
          q('openNow', { type: 'string', enum: ['true', 'false'] }),
          q('limit', int),
          q('offset', int),
        ],
        ...ok(obj({ items: arr(merchant), total: int })),
      },
    },
    '/api/v1/residences': { get: { parameters: [q('circleId', str)], ...ok(obj({ items: arr(residence) })) } },
    '/api/v1/users': { get: ok(obj({ items: arr(user), total: int }, ['items'])) },
    '/api/v1/jobs/{id}': {
      get: {
        parameters: [p('id')],
        ...ok(
          obj({ status: str, progress: num, stage: str, report: { type: 'object', additionalProperties: true } }, [
            'status',
          ]),
        ),
      },
    },
  },
};
