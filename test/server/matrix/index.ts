// Every module's route cases. A module adds its matrix here (one line).
import { CORE_MATRIX } from './core';
import { RESIDENTS_MATRIX } from './residents';
import type { MatrixModule, RouteCase } from './types';

export const MODULES: readonly MatrixModule[] = [CORE_MATRIX, RESIDENTS_MATRIX];

export const MATRIX: Record<string, RouteCase> = Object.assign({}, ...MODULES.map((m) => m.cases));
export const PUBLIC_ROUTES = new Set(MODULES.flatMap((m) => m.publicRoutes ?? []));
export type { MatrixContext, MatrixModule, RouteCase, Scope } from './types';
