import type { paths } from './schema';

/** Response body of a GET route, read from the generated schema. */
export type GetResult<P extends keyof paths> = paths[P] extends {
  get: { responses: { 200: { content: { 'application/json': infer R } } } };
}
  ? R
  : never;

export type Me = GetResult<'/api/v1/me'>;
export type RoleGrant = Me['roles'][number];
export type Role = RoleGrant['role'];
export type Circle = GetResult<'/api/v1/circles'>['items'][number];
export type CircleMap = GetResult<'/api/v1/circles/{id}/map'>;
export type Merchant = GetResult<'/api/v1/merchants'>['items'][number];
export type MerchantPage = GetResult<'/api/v1/merchants'>;
export type BusinessType = GetResult<'/api/v1/catalogue/business-types'>['items'][number];
export type Residence = GetResult<'/api/v1/residences'>['items'][number];
export type User = GetResult<'/api/v1/users'>['items'][number];

/** POST body of a route, read from the generated schema. */
export type PostBody<P extends keyof paths> = paths[P] extends {
  post: { requestBody: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

// Evaluation (planner, city view).
export type Scorecard = GetResult<'/api/v1/circles/{id}/evaluation'>;
export type TypeResult = Scorecard['types'][number];
export type GroupResult = Scorecard['groups'][number];
export type Reason = TypeResult['reason'];
export type TierId = NonNullable<Scorecard['tier']>;
export type Profile = NonNullable<
  NonNullable<paths['/api/v1/circles/{id}/evaluation']['get']['parameters']['query']>['profile']
>;
export type EquityItem = GetResult<'/api/v1/circles/{id}/evaluation/equity'>['items'][number];
export type CoverageItem = GetResult<'/api/v1/circles/{id}/coverage'>['items'][number];
export type Recommendation = GetResult<'/api/v1/circles/{id}/recommendations'>['items'][number];
export type Scenario = GetResult<'/api/v1/circles/{id}/scenarios'>['items'][number];
export type ScenarioChange = PostBody<'/api/v1/scenarios/{sid}/changes'>;
export type ScenarioEvaluation = GetResult<'/api/v1/scenarios/{sid}/evaluation'>;
export type DistrictScore = GetResult<'/api/v1/districts/{code}/scores'>['items'][number];
