// Every module's bad-input cases. A module adds its own file here (one line).
import { CORE_BAD } from './core';
import { RESIDENTS_BAD } from './residents';
import type { BadInputModule } from './types';

export const BAD_INPUT_MODULES: readonly BadInputModule[] = [
  { name: 'core', cases: CORE_BAD },
  { name: 'residents', cases: RESIDENTS_BAD },
];
export const BAD = Object.assign({}, ...BAD_INPUT_MODULES.map((m) => m.cases)) as BadInputModule['cases'];
export type { Bad, BadCases, BadInputModule } from './types';
