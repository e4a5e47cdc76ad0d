export * from './model';
export * from './errors';
export type * from './ports';
export { mapColumns, MERCHANT_COLUMNS, RESIDENCE_COLUMNS } from './columns';
export { parseMerchantRows, parseResidenceRows, categoryCode, type Parsed, type ParsedRow } from './rows';
export * from './policy';
export type * from './events';
