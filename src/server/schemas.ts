// zod schemas shared by routes; they are the OpenAPI contract the web client is generated from.
import { z } from 'zod';
import { ROLES } from '../core/accounts';
import { problemSchema } from './problems';

export const idParams = z.object({ id: z.string().min(1).max(64) });

export const roleGrantSchema = z.object({
  role: z.enum(ROLES),
  circleId: z.string().optional(),
  merchantId: z.string().optional(),
  districtCode: z.string().optional(),
  cityCode: z.string().optional(),
});

export const meSchema = z.object({
  id: z.string(),
  name: z.string(),
  phoneMasked: z.string(),
  roles: z.array(roleGrantSchema),
  locale: z.string(),
});

export const circleSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string().optional(),
  district: z.string().optional(),
  districtCode: z.string().optional(),
  streetOffice: z.string().optional(),
  tier: z.string().optional(),
  centerLon: z.number().optional(),
  centerLat: z.number().optional(),
  bbox: z.array(z.number()).optional(),
  boundary: z.array(z.array(z.number())).optional(),
  timezone: z.string().optional(),
  status: z.string().optional(),
});

export const featureCollectionSchema = z.object({
  type: z.string(),
  features: z.array(z.record(z.string(), z.unknown())),
});

export const businessTypeSchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string().optional(),
  class: z.enum(['basic', 'quality']).optional(),
  group: z.string().optional(),
  microProfit: z.boolean().optional(),
  parentCode: z.string().optional(),
});

export const crsSchema = z.enum(['WGS84', 'GCJ02', 'BD09']);
export const merchantStatusSchema = z.enum(['active', 'pending', 'suspended']);

export const merchantSchema = z.object({
  id: z.string(),
  circleId: z.string().optional(),
  name: z.string(),
  categories: z.array(z.string()),
  lon: z.number(),
  lat: z.number(),
  address: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  openingHours: z.string().nullable(),
  openNow: z.boolean().nullable(),
  status: z.string(),
});

export const merchantDetailSchema = merchantSchema.extend({
  phone: z.string().nullable(),
  stall: z.string().nullable(),
  sourceCrs: crsSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});

const lonSchema = z.number().min(-180).max(180);
const latSchema = z.number().min(-90).max(90);

export const merchantCreateSchema = z.strictObject({
  circleId: z.string().min(1),
  name: z.string().min(1).max(100),
  categories: z.array(z.string().min(1).max(16)).min(1).max(10),
  lon: lonSchema,
  lat: latSchema,
  crs: crsSchema.optional(),
  address: z.string().max(200).nullable().optional(),
  phone: z.string().max(32).nullable().optional(),
  openingHours: z.string().max(255).nullable().optional(),
  status: merchantStatusSchema.optional(),
  stall: z.string().max(32).nullable().optional(),
});

export const merchantPatchSchema = merchantCreateSchema.omit({ circleId: true }).partial();

export const residenceSchema = z.object({
  id: z.string(),
  circleId: z.string().optional(),
  name: z.string(),
  kind: z.string().optional(),
  lon: z.number(),
  lat: z.number(),
  gates: z.array(z.array(z.number())).optional(),
  households: z.number().int().optional(),
  population: z.number().int().optional(),
});

const lonLat = z.tuple([lonSchema, latSchema]);

export const residenceCreateSchema = z.strictObject({
  circleId: z.string().min(1),
  name: z.string().min(1).max(100),
  kind: z.enum(['compound', 'building']).optional(),
  lon: lonSchema,
  lat: latSchema,
  crs: crsSchema.optional(),
  gates: z.array(lonLat).max(50).optional(),
  households: z.number().int().min(0).nullable().optional(),
  population: z.number().int().min(0).nullable().optional(),
});

export const residencePatchSchema = residenceCreateSchema.omit({ circleId: true }).partial();

export const userSchema = z.object({
  id: z.string(),
  name: z.string(),
  phoneMasked: z.string(),
  roles: z.array(roleGrantSchema),
  status: z.string().optional(),
  createdAt: z.string().optional(),
});

export const userCreateSchema = z.strictObject({
  phone: z.string().min(11).max(20),
  name: z.string().min(1).max(50),
  password: z.string().min(8).max(128).optional(),
  locale: z.enum(['zh-CN', 'en']).optional(),
  roles: z.array(roleGrantSchema.strict()).min(1).max(10),
});

export const jobSchema = z.object({
  id: z.string().optional(),
  kind: z.string().optional(),
  status: z.string(),
  progress: z.number().optional(),
  stage: z.string().optional(),
  report: z.record(z.string(), z.unknown()).optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});

export const importBodySchema = z.strictObject({
  filename: z.string().min(1).max(200),
  contentBase64: z.string().min(1),
  dryRun: z.boolean().optional(),
});

export const circleQuerySchema = z.object({ circleId: z.string().min(1).max(64) });

/** Problem responses every protected route may give. */
export const problemResponses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
} as const;
