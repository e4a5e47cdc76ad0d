// One transaction around an import's writes.
import type { Kysely } from 'kysely';
import type { ImportUnitOfWork, ImportWriter } from '../../core/imports';
import type { Database } from '../schema';
import { CircleRepo } from './circles';
import { MerchantRepo } from './merchants';
import { ResidenceRepo } from './residences';

export class KyselyImportUnitOfWork implements ImportUnitOfWork {
  constructor(private readonly db: Kysely<Database>) {}

  run<T>(work: (writer: ImportWriter) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => {
      const merchants = new MerchantRepo(trx);
      const residences = new ResidenceRepo(trx);
      const circles = new CircleRepo(trx);
      return work({
        insertMerchants: (ms) => merchants.insert(ms),
        insertResidences: (rs) => residences.insert(rs),
        setCircleGraph: (id, file) => circles.setGraphFile(id, file),
      });
    });
  }
}
