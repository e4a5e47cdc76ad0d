// Storage: open, migrate, and the repositories that implement the core modules' ports.
export { openDatabase, isPostgresUrl, DEFAULT_SQLITE_FILE, type DbHandle, type Engine } from './connect';
export { migrateToLatest } from './migrate';
export type { Database } from './schema';
export { UserRepo, UserWriter, SessionRepo, SmsCodeRepo } from './repositories/accounts';
export { CircleRepo } from './repositories/circles';
export { BusinessTypeRepo } from './repositories/catalogue';
export { MerchantRepo } from './repositories/merchants';
export { ResidenceRepo } from './repositories/residences';
export { JobRepo } from './repositories/jobs';
export { ScenarioRepo, SnapshotRepo } from './repositories/evaluation';
export { KyselyImportUnitOfWork } from './repositories/unit-of-work';
export { tableCounts, tableNames } from './counts';
export { TableJobQueue, type TableQueueOptions } from './queue/table-queue';
export { ResidentProfileRepo } from './repositories/residents';
