// Merchant and residence imports as jobs: read the file, map columns, validate every row with the
// owning module's rules, then write all rows in one transaction — or none, with a row-by-row report.
import type { BusinessType } from '../core/catalogue';
import {
  ImportsError,
  MERCHANT_COLUMNS,
  RESIDENCE_COLUMNS,
  parseMerchantRows,
  parseResidenceRows,
  type ImportReport,
  type ImportUnitOfWork,
  type Parsed,
  type ParsedRow,
  type ReportRow,
  type Table,
} from '../core/imports';
import type { Job, JobsService } from '../core/jobs';
import { buildMerchant, validateMerchantFields, type Merchant, type MerchantInput } from '../core/merchants';
import { buildResidence, validateResidenceFields, type Residence, type ResidenceInput } from '../core/residences';
import type { Access, Actor, Clock, EventPublisher, IdGenerator } from '../core/kernel';
import type { ImportsEvent } from '../core/imports';
import { readTable } from './import-table';

export type ImportKind = 'merchants' | 'residences';

const PROGRESS_EVERY = 500;

export interface ImportDeps {
  unitOfWork: ImportUnitOfWork;
  jobs: JobsService;
  circleScope(id: string): Promise<{ id: string; districtCode: string } | undefined>;
  catalogue(): Promise<BusinessType[]>;
  clock: Clock;
  ids: IdGenerator;
  access: Access;
  events: EventPublisher<ImportsEvent>;
  onError?(err: unknown): void;
}

export interface ImportRequest {
  kind: ImportKind;
  circleId: string;
  filename: string;
  bytes: Buffer;
  dryRun: boolean;
}

/** Fields named by the report in the column language of the file. */
function columnFor(table: Table, field: string, spec: Record<string, { aliases: string[] }>): string {
  const aliases = spec[field]?.aliases ?? [field];
  const norm = (h: string) => h.replace(/[\s_（）()*]/g, '').toLowerCase();
  return table.headers.find((h) => aliases.some((a) => norm(a) === norm(h))) ?? field;
}

export class ImportFlow {
  private readonly running = new Set<Promise<void>>();
  constructor(private readonly d: ImportDeps) {}

  /** Checks access and reads the file up front (bad files fail the request), then runs as a job. */
  async start(actor: Actor | null, req: ImportRequest): Promise<Job> {
    const scope = await this.d.circleScope(req.circleId);
    if (!scope) throw new ImportsError('Q_IMPORTS_CIRCLE_NOT_FOUND');
    if (!this.d.access.can(actor, 'imports.run', { circleId: scope.id, districtCode: scope.districtCode })) {
      throw new ImportsError('Q_IMPORTS_FORBIDDEN');
    }
    const table = await readTable(req.filename, req.bytes);
    const catalogue = await this.d.catalogue();
    // Column mapping errors (missing required columns, empty file) are request errors.
    const parsed = req.kind === 'merchants' ? parseMerchantRows(table, catalogue) : parseResidenceRows(table);
    const job = await this.d.jobs.create(`import:${req.kind}`, actor?.userId ?? null);
    const task = this.run(job.id, req, table, parsed, new Set(catalogue.map((c) => c.code)))
      .catch(async (err) => {
        this.d.onError?.(err);
        await this.d.jobs
          .fail(job.id, { error: err instanceof Error ? err.message : String(err) })
          .catch((e) => this.d.onError?.(e));
      })
      .finally(() => this.running.delete(task));
    this.running.add(task);
    return job;
  }

  /** Resolves when every started job has finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }

  private async run(
    jobId: string,
    req: ImportRequest,
    table: Table,
    parsed: Parsed<Omit<MerchantInput, 'circleId'>> | Parsed<Omit<ResidenceInput, 'circleId'>>,
    codes: Set<string>,
  ): Promise<void> {
    await this.d.jobs.progress(jobId, 'validate', 0.1);
    const problems: ReportRow[] = [...parsed.problems];
    const now = this.d.clock.now();
    const spec: Record<string, { aliases: string[] }> = req.kind === 'merchants' ? MERCHANT_COLUMNS : RESIDENCE_COLUMNS;
    const report = (row: number, fieldProblems: { field: string; problem: string; suggestion?: string }[]) => {
      const flagged = new Set(problems.filter((p) => p.row === row).map((p) => p.column));
      for (const fp of fieldProblems) {
        const column = columnFor(table, fp.field, spec);
        // A cell already reported by the parser (e.g. "abc" as longitude) is not reported twice.
        if (!flagged.has(column)) problems.push({ row, column, problem: fp.problem, suggestion: fp.suggestion });
      }
    };
    const merchants: Merchant[] = [];
    const residences: Residence[] = [];
    const total = parsed.rows.length;
    // Validation takes 10–50 % of the bar, reported every PROGRESS_EVERY rows.
    const tick = async (row: number) => {
      if ((row - 1) % PROGRESS_EVERY === 0)
        await this.d.jobs.progress(jobId, 'validate', 0.1 + (0.4 * (row - 1)) / total);
    };
    if (req.kind === 'merchants') {
      for (const { row, input } of parsed.rows as ParsedRow<Omit<MerchantInput, 'circleId'>>[]) {
        const full: MerchantInput = { ...input, circleId: req.circleId };
        report(row, validateMerchantFields(full, codes));
        if (problems.length === 0) merchants.push(buildMerchant(full, this.d.ids.next('mer'), now));
        await tick(row);
      }
    } else {
      for (const { row, input } of parsed.rows as ParsedRow<Omit<ResidenceInput, 'circleId'>>[]) {
        const full: ResidenceInput = { ...input, circleId: req.circleId };
        report(row, validateResidenceFields(full));
        if (problems.length === 0) residences.push(buildResidence(full, this.d.ids.next('res'), now));
        await tick(row);
      }
    }
    problems.sort((a, b) => a.row - b.row);
    const result: ImportReport = {
      kind: req.kind,
      dryRun: req.dryRun,
      totalRows: parsed.rows.length,
      inserted: 0,
      rows: problems,
    };
    if (problems.length) {
      await this.d.jobs.fail(jobId, { ...result });
      return;
    }
    if (!req.dryRun) {
      await this.d.jobs.progress(jobId, 'write', 0.5);
      await this.d.unitOfWork.run(async (w) => {
        if (merchants.length) await w.insertMerchants(merchants);
        if (residences.length) await w.insertResidences(residences);
      });
      result.inserted = merchants.length + residences.length;
    }
    await this.d.jobs.succeed(jobId, { ...result });
    if (!req.dryRun) {
      await this.d.events.publish({
        type: 'imports.committed',
        circleId: req.circleId,
        kind: req.kind,
        inserted: result.inserted,
      });
    }
  }
}
