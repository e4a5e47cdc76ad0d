import type { Merchant } from '../merchants';
import type { Residence } from '../residences';

/** Writes of one import, all inside one database transaction. */
export interface ImportWriter {
  insertMerchants(merchants: Merchant[]): Promise<void>;
  insertResidences(residences: Residence[]): Promise<void>;
  /** Points the circle at a new street graph file (OSM imports). */
  setCircleGraph(circleId: string, graphFile: string): Promise<void>;
}

export interface ImportUnitOfWork {
  /** Runs `work` in a transaction: everything is written or nothing is. */
  run<T>(work: (writer: ImportWriter) => Promise<T>): Promise<T>;
}
