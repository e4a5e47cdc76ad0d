// Bad-input cases per module: for each write route, requests that must be refused without changing state.
import type { Role } from '../../../src/core/accounts';
import type { Fixture } from '../../helpers/server-fixture';
import type { TestApp } from '../../helpers/server-app';

export interface Bad {
  url: string;
  body: unknown;
  /** The request is accepted (202) and its job must fail with a report. */
  expectJobFailure?: boolean;
  /** Who sends it (default: an admin; sign-in routes: anonymous). */
  as?: Role;
  /** Tables that may change (e.g. an audit log of refusals); everything else must not. */
  mayChange?: string[];
}

/** Route key (`POST /api/v1/orders`) → its bad requests; `ids` are what the module's setup created. */
export type BadCases = Record<string, (fx: Fixture, ids: Record<string, string>) => Bad[]>;

export interface BadInputModule {
  name: string;
  setup?(t: TestApp): Promise<Record<string, string>>;
  cases: BadCases;
}
