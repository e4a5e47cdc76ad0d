// The platform's composition: database, adapters, repositories, services, the event bus and the job
// queue, wired once. The HTTP server (src/server) and the CLI (src/cli) are both built on it.
import path from 'node:path';
import { AccountsService, type Hasher, type SmsSender } from '../core/accounts';
import { CatalogueService } from '../core/catalogue';
import { CirclesService, type CircleMapSource } from '../core/circles';
import { EvaluationService, NATIONAL_DEFAULT, ScenariosService, type RuleSet } from '../core/evaluation';
import { JobsService, type JobQueue } from '../core/jobs';
import type { Access, Clock, IdGenerator } from '../core/kernel';
import { MerchantsService } from '../core/merchants';
import { ResidencesService } from '../core/residences';
import { ResidentsService } from '../core/residents';
import {
  BusinessTypeRepo,
  CircleRepo,
  JobRepo,
  KyselyImportUnitOfWork,
  MerchantRepo,
  migrateToLatest,
  openDatabase,
  ResidenceRepo,
  ResidentProfileRepo,
  ScenarioRepo,
  SessionRepo,
  SnapshotRepo,
  SmsCodeRepo,
  TableJobQueue,
  UserRepo,
  type DbHandle,
} from '../db';
import { OsmImportFlow } from '../flows/import-circle-osm';
import { ImportFlow } from '../flows/imports';
import { seedCatalogue } from '../flows/seed-demo';
import { createPlatformAccess } from './access';
import { GraphFileMapSource } from './adapters/circle-map';
import { ScryptHasher } from './adapters/hasher';
import { RandomIds, SystemClock } from './adapters/ids';
import { LogOnlySmsSender } from './adapters/sms';
import { createEvaluationPorts } from './evaluation-ports';
import { EventBus } from '../core/kernel';
import { wireSubscriptions, type QuarterEvent, type QuarterEventBus } from './events';
import { createLogger, type Logger } from './logging';

export interface PlatformOptions {
  databaseUrl?: string;
  clock?: Clock;
  ids?: IdGenerator;
  hasher?: Hasher;
  sms?: SmsSender;
  maps?: CircleMapSource;
  logger?: Logger;
  /** Where imported street graphs are written (default ./data/graphs). */
  graphDir?: string;
  /** Poll interval of the table-backed queue (tests drain it by hand with a long interval). */
  queuePollMs?: number;
}

export interface Platform {
  handle: DbHandle;
  logger: Logger;
  clock: Clock;
  ids: IdGenerator;
  hasher: Hasher;
  sms: SmsSender;
  access: Access;
  events: QuarterEventBus;
  queue: JobQueue;
  repos: {
    users: UserRepo;
    circles: CircleRepo;
    catalogue: BusinessTypeRepo;
    merchants: MerchantRepo;
    residences: ResidenceRepo;
    residentProfiles: ResidentProfileRepo;
    jobs: JobRepo;
  };
  accounts: AccountsService;
  catalogue: CatalogueService;
  circles: CirclesService;
  merchants: MerchantsService;
  residences: ResidencesService;
  residents: ResidentsService;
  jobs: JobsService;
  imports: ImportFlow;
  osmImports: OsmImportFlow;
  evaluation: EvaluationService;
  scenarios: ScenariosService;
  evaluationRules: RuleSet;
  close(): Promise<void>;
}

export async function createPlatform(o: PlatformOptions = {}): Promise<Platform> {
  const logger = o.logger ?? createLogger({ level: process.env.LOG_LEVEL ?? 'info' });
  const handle = openDatabase(o.databaseUrl, (err) =>
    logger.warn({ err }, 'idle database connection closed by the server'),
  );
  await migrateToLatest(handle.db);
  const db = handle.db;
  const clock = o.clock ?? new SystemClock();
  const ids = o.ids ?? new RandomIds();
  const hasher = o.hasher ?? new ScryptHasher();
  const sms = o.sms ?? new LogOnlySmsSender(logger);
  const access = createPlatformAccess();
  const events: QuarterEventBus = new EventBus<QuarterEvent>((err, event) =>
    logger.error({ err, event: event.type }, 'event subscriber failed'),
  );
  const queue = new TableJobQueue(db, {
    clock,
    ids,
    pollMs: o.queuePollMs,
    onError: (err, context) => logger.error({ err, context }, 'job failed'),
  });
  const repos = {
    users: new UserRepo(db),
    circles: new CircleRepo(db),
    catalogue: new BusinessTypeRepo(db),
    merchants: new MerchantRepo(db),
    residences: new ResidenceRepo(db),
    residentProfiles: new ResidentProfileRepo(db),
    jobs: new JobRepo(db),
  };
  await seedCatalogue(repos.catalogue);
  const catalogue = new CatalogueService(repos.catalogue);
  const circleScopes = { get: (id: string) => repos.circles.scope(id), list: () => repos.circles.scopes() };
  const jobs = new JobsService({ jobs: repos.jobs, clock, ids, access });
  const imports = new ImportFlow({
    unitOfWork: new KyselyImportUnitOfWork(db),
    jobs,
    circleScope: circleScopes.get,
    catalogue: () => catalogue.list(),
    clock,
    ids,
    access,
    events,
    onError: (err) => logger.error({ err }, 'import job failed'),
  });
  const evaluationRules = NATIONAL_DEFAULT;
  const evaluation = new EvaluationService(createEvaluationPorts({ repos, access }), evaluationRules);
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
    access,
    events,
    onError: (err) => logger.error({ err }, 'OSM import job failed'),
  });
  const scenarios = new ScenariosService(evaluation, {
    scenarios: new ScenarioRepo(db),
    snapshots: new SnapshotRepo(db),
    now: () => clock.now(),
    id: (prefix) => ids.next(prefix),
  });
  const residents = new ResidentsService({
    profiles: repos.residentProfiles,
    circles: circleScopes,
    homes: async (circleId) =>
      (await repos.residences.list(circleId)).map((r) => ({ id: r.id, name: r.name, lon: r.lon, lat: r.lat })),
    users: (ids) => repos.users.contactsOf(ids),
    access,
    clock,
    events,
    timezone: async (circleId) => (await repos.circles.get(circleId))?.timezone ?? 'Asia/Shanghai',
  });
  wireSubscriptions(events, { evaluation });
  return {
    handle,
    logger,
    clock,
    ids,
    hasher,
    sms,
    access,
    events,
    queue,
    repos,
    accounts: new AccountsService({
      users: repos.users,
      sessions: new SessionRepo(db),
      smsCodes: new SmsCodeRepo(db),
      hasher,
      sms,
      clock,
      ids,
      access,
    }),
    catalogue,
    circles: new CirclesService(repos.circles, o.maps ?? new GraphFileMapSource(), access),
    merchants: new MerchantsService({
      merchants: repos.merchants,
      circles: circleScopes,
      categories: catalogue,
      clock,
      ids,
      access,
      events,
    }),
    residences: new ResidencesService({
      residences: repos.residences,
      circles: circleScopes,
      clock,
      ids,
      access,
      events,
    }),
    residents,
    jobs,
    imports,
    osmImports,
    evaluation,
    scenarios,
    evaluationRules,
    close: async () => {
      await queue.stop();
      await imports.idle();
      await osmImports.idle();
      await events.close();
      await handle.close();
    },
  };
}
