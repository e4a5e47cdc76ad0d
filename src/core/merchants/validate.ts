// Field-by-field validation shared by the form (first problem → error) and imports (all problems → report).
import { openingHoursProblem } from './hours';
import { CRS_LIST, MERCHANT_STATUSES, type MerchantInput } from './model';
import { coordinatesProblem, normaliseMerchantPhone } from './rules';
import type { MerchantsErrorCode } from './errors';

export interface FieldProblem {
  field: keyof MerchantInput;
  code: MerchantsErrorCode;
  problem: string;
  suggestion?: string;
}

export function validateMerchantFields(input: Partial<MerchantInput>, codes: ReadonlySet<string>): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (input.name !== undefined && !input.name.trim()) {
    out.push({ field: 'name', code: 'Q_MERCHANTS_INVALID', problem: 'name is empty', suggestion: '填写店名' });
  }
  if (input.name !== undefined && input.name.length > 100) {
    out.push({ field: 'name', code: 'Q_MERCHANTS_INVALID', problem: 'name longer than 100 characters' });
  }
  if (input.categories !== undefined) {
    if (input.categories.length === 0) {
      out.push({
        field: 'categories',
        code: 'Q_MERCHANTS_UNKNOWN_CATEGORY',
        problem: 'no business type',
        suggestion: 'use a catalogue code such as B01 or Q06',
      });
    }
    for (const c of input.categories) {
      if (!codes.has(c)) {
        out.push({
          field: 'categories',
          code: 'Q_MERCHANTS_UNKNOWN_CATEGORY',
          problem: `unknown business type ${JSON.stringify(c)}`,
          suggestion: 'see GET /api/v1/catalogue/business-types',
        });
      }
    }
  }
  if (input.crs !== undefined && !CRS_LIST.includes(input.crs)) {
    out.push({
      field: 'crs',
      code: 'Q_MERCHANTS_INVALID',
      problem: `unknown CRS ${input.crs}`,
      suggestion: 'WGS84, GCJ02 or BD09',
    });
  }
  if (input.lon !== undefined || input.lat !== undefined) {
    const problem = coordinatesProblem(Number(input.lon), Number(input.lat));
    if (problem) {
      out.push({
        field: 'lon',
        code: 'Q_MERCHANTS_INVALID_COORDINATES',
        problem,
        suggestion: 'longitude ≈ 73–136, latitude ≈ 3–54',
      });
    }
  }
  if (input.phone) {
    if (!normaliseMerchantPhone(input.phone)) {
      out.push({
        field: 'phone',
        code: 'Q_MERCHANTS_INVALID_PHONE',
        problem: 'not a mobile or landline number',
        suggestion: '13812345678 or 0531-12345678',
      });
    }
  }
  if (input.openingHours) {
    const problem = openingHoursProblem(input.openingHours);
    if (problem) {
      out.push({
        field: 'openingHours',
        code: 'Q_MERCHANTS_INVALID_HOURS',
        problem,
        suggestion: 'OSM syntax, e.g. Mo-Su 08:00-20:00',
      });
    }
  }
  if (input.status !== undefined && !MERCHANT_STATUSES.includes(input.status)) {
    out.push({
      field: 'status',
      code: 'Q_MERCHANTS_INVALID',
      problem: `unknown status ${input.status}`,
      suggestion: MERCHANT_STATUSES.join(', '),
    });
  }
  return out;
}
