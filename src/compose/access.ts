// Every module's policy table, combined into the one access check services receive. A new module adds
// its table here (one line).
import { ACCOUNTS_POLICY } from '../core/accounts';
import { CATALOGUE_POLICY } from '../core/catalogue';
import { CIRCLES_POLICY } from '../core/circles';
import { EVALUATION_POLICY } from '../core/evaluation';
import { IMPORTS_POLICY } from '../core/imports';
import { JOBS_POLICY } from '../core/jobs';
import { createAccess, type PolicyTable } from '../core/kernel';
import { MERCHANTS_POLICY } from '../core/merchants';
import { RESIDENCES_POLICY } from '../core/residences';
import { RESIDENTS_POLICY } from '../core/residents';

export const POLICY_TABLES: readonly PolicyTable[] = [
  ACCOUNTS_POLICY,
  CATALOGUE_POLICY,
  CIRCLES_POLICY,
  MERCHANTS_POLICY,
  RESIDENCES_POLICY,
  RESIDENTS_POLICY,
  IMPORTS_POLICY,
  JOBS_POLICY,
  EVALUATION_POLICY,
];

export const createPlatformAccess = () => createAccess(POLICY_TABLES);
