import type { Access, Clock, IdGenerator } from '../kernel';
import type { Job } from './model';

export interface JobRepository {
  insert(job: Job): Promise<void>;
  get(id: string): Promise<Job | undefined>;
  update(
    id: string,
    fields: Partial<Pick<Job, 'status' | 'progress' | 'stage' | 'report' | 'updatedAt'>>,
  ): Promise<void>;
}

export interface JobsPorts {
  jobs: JobRepository;
  clock: Clock;
  ids: IdGenerator;
  access: Access;
}
