// The composition shared by the server and the CLI.
export { createPlatform, type Platform, type PlatformOptions } from './platform';
export { seedDemoIfEmpty } from './seed';
export { createLogger, type Logger } from './logging';
export type { QuarterEvent, QuarterEventBus } from './events';
export { registerWorkers, type WorkerRegistration } from './workers';
export type { DemoStep } from './seed';
