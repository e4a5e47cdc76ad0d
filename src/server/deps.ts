// The composition root's wiring: database, adapters, repositories and services in one object.
// buildApp(deps) turns it into HTTP; main.ts and the tests create it with createDeps().
import path from 'node:path';
import { AccountsService, type Clock, type Hasher, type IdGenerator, type SmsSender } from '../core/accounts';
import { CatalogueService } from '../core/catalogue';
import { CirclesService, type CircleMapSource } from '../core/circles';
import { EvaluationService, NATIONAL_DEFAULT, ScenariosService, type RuleSet } from '../core/evaluation';
import { JobsService } from '../core/jobs';
import { MerchantsService } from '../core/merchants';
import { ResidencesService } from '../core/residences';
import {
  BusinessTypeRepo,
  CircleRepo,
  JobRepo,
  KyselyImportUnitOfWork,
  MerchantRepo,
  migrateToLatest,
  openDatabase,
  ResidenceRepo,
  ScenarioRepo,
  SessionRepo,
  SnapshotRepo,
  SmsCodeRepo,
  UserRepo,
  type DbHandle,
} from '../db';
import { OsmImportFlow } from '../flows/import-circle-osm';
import { ImportFlow } from '../flows/imports';
import { seedCatalogue } from '../flows/seed-demo';
import { ScryptHasher } from './adapters/hasher';
import { RandomIds, SystemClock } from './adapters/ids';
import { LogOnlySmsSender } from './adapters/sms';
import { createEvaluationPorts } from './evaluation-ports';
import { GraphFileMapSource } from './circle-map';
import { createLogger, type Logger } from './logging';

export interface AppOptions {
  /** Directory of the built web app; served with SPA fallback when it exists. */
  webDist: string | null;
  /** Return the SMS code in the response (development and tests only). */
  exposeDevSmsCode: boolean;
  secureCookies: boolean;
  /** Requests per minute per client. */
  rateLimit: { login: number; write: number };
}

export interface Deps {
  handle: DbHandle;
  logger: Logger;
  clock: Clock;
  ids: IdGenerator;
  hasher: Hasher;
  sms: SmsSender;
  repos: {
    users: UserRepo;
    circles: CircleRepo;
    catalogue: BusinessTypeRepo;
    merchants: MerchantRepo;
    residences: ResidenceRepo;
    jobs: JobRepo;
  };
  accounts: AccountsService;
  catalogue: CatalogueService;
  circles: CirclesService;
  merchants: MerchantsService;
  residences: ResidencesService;
  jobs: JobsService;
  imports: ImportFlow;
  osmImports: OsmImportFlow;
  evaluation: EvaluationService;
  scenarios: ScenariosService;
  evaluationRules: RuleSet;
  options: AppOptions;
  close(): Promise<void>;
}

export interface CreateDepsOptions {
  databaseUrl?: string;
  clock?: Clock;
  ids?: IdGenerator;
  hasher?: Hasher;
  sms?: SmsSender;
  maps?: CircleMapSource;
  logger?: Logger;
  /** Where imported street graphs are written (default ./data/graphs). */
  graphDir?: string;
  options?: Partial<AppOptions>;
}

export async function createDeps(o: CreateDepsOptions = {}): Promise<Deps> {
  const handle = openDatabase(o.databaseUrl, (err) =>
    (o.logger ?? createLogger({ level: 'warn' })).warn({ err }, 'idle database connection closed by the server'),
  );
  await migrateToLatest(handle.db);
  const db = handle.db;
  const logger = o.logger ?? createLogger({ level: process.env.LOG_LEVEL ?? 'info' });
  const clock = o.clock ?? new SystemClock();
  const ids = o.ids ?? new RandomIds();
  const hasher = o.hasher ?? new ScryptHasher();
  const sms = o.sms ?? new LogOnlySmsSender(logger);
  const repos = {
    users: new UserRepo(db),
    circles: new CircleRepo(db),
    catalogue: new BusinessTypeRepo(db),
    merchants: new MerchantRepo(db),
    residences: new ResidenceRepo(db),
    jobs: new JobRepo(db),
  };
  await seedCatalogue(repos.catalogue);
  const catalogue = new CatalogueService(repos.catalogue);
  const circleScopes = { get: (id: string) => repos.circles.scope(id), list: () => repos.circles.scopes() };
  const jobs = new JobsService({ jobs: repos.jobs, clock, ids });
  const imports = new ImportFlow({
    unitOfWork: new KyselyImportUnitOfWork(db),
    jobs,
    circleScope: circleScopes.get,
    catalogue: () => catalogue.list(),
    clock,
    ids,
    onError: (err) => logger.error({ err }, 'import job failed'),
  });
  const options: AppOptions = {
    webDist: null,
    exposeDevSmsCode: process.env.NODE_ENV !== 'production',
    secureCookies: process.env.NODE_ENV === 'production',
    rateLimit: { login: 10, write: 120 },
    ...o.options,
  };
  const evaluationRules = NATIONAL_DEFAULT;
  const evaluation = new EvaluationService(createEvaluationPorts({ repos }), evaluationRules);
  const osmImports = new OsmImportFlow({
    unitOfWork: new KyselyImportUnitOfWork(db),
    jobs,
    circle: async (id) => repos.circles.get(id),
    counts: async (circleId) => ({
      merchants: (
        await repos.merchants.search({ circles: [{ id: circleId, allStatuses: true }] }, { limit: 1, offset: 0 })
      ).total,
      residences: (await repos.residences.list(circleId)).length,
    }),
    catalogueCodes: async () => new Set((await catalogue.list()).map((c) => c.code)),
    graphDir: o.graphDir ?? path.resolve(process.env.QUARTER_DATA ?? 'data', 'graphs'),
    clock,
    ids,
    onError: (err) => logger.error({ err }, 'OSM import job failed'),
    afterImport: () => evaluation.invalidate(),
  });
  const scenarios = new ScenariosService(evaluation, {
    scenarios: new ScenarioRepo(db),
    snapshots: new SnapshotRepo(db),
    now: () => clock.now(),
    id: (prefix) => ids.next(prefix),
  });
  return {
    handle,
    logger,
    clock,
    ids,
    hasher,
    sms,
    repos,
    accounts: new AccountsService({
      users: repos.users,
      sessions: new SessionRepo(db),
      smsCodes: new SmsCodeRepo(db),
      hasher,
      sms,
      clock,
      ids,
    }),
    catalogue,
    circles: new CirclesService(repos.circles, o.maps ?? new GraphFileMapSource()),
    merchants: new MerchantsService({
      merchants: repos.merchants,
      circles: circleScopes,
      categories: catalogue,
      clock,
      ids,
    }),
    residences: new ResidencesService({ residences: repos.residences, circles: circleScopes, clock, ids }),
    jobs,
    imports,
    osmImports,
    evaluation,
    scenarios,
    evaluationRules,
    options,
    close: async () => {
      await imports.idle();
      await osmImports.idle();
      await handle.close();
    },
  };
}

/** For web/scripts/gen-api.mjs: an in-memory app to read the OpenAPI document from. */
export const createTestDeps = (o: { databaseUrl?: string } = {}) =>
  createDeps({ databaseUrl: o.databaseUrl ?? ':memory:', options: { webDist: null } });
