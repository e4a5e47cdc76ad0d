// A job's progress and report belong to whoever started it (and admins).
import { definePolicy } from '../kernel';

export const JOBS_POLICY = definePolicy({
  module: 'jobs',
  actions: { 'jobs.read': 'see the status, progress and report of a job' },
  grants: {
    resident: { 'jobs.read': 'owner' },
    merchant_staff: { 'jobs.read': 'owner' },
    operator_staff: { 'jobs.read': 'owner' },
    inspector: { 'jobs.read': 'owner' },
    officer: { 'jobs.read': 'owner' },
  },
});
