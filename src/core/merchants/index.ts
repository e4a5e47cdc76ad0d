export * from './model';
export * from './errors';
export type * from './ports';
export { isOpenAt, openingHoursProblem, wallClock } from './hours';
export { maskAddress, nameKeys, toWgs84, normaliseMerchantPhone, coordinatesProblem } from './rules';
export { validateMerchantFields, type FieldProblem } from './validate';
export { MerchantsService, buildMerchant } from './service';
export * from './policy';
export type * from './events';
