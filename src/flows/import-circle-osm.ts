// A circle's street network, buildings and POIs from an OSM file, through the walking engine, as a
// job with progress. The graph is written to a new file first; merchants (POIs mapped to business
// types by the tag table) and residences (estimated from buildings) are inserted together with the
// switch to the new graph in one transaction — or, on any failure, the new file is removed and
// nothing changes.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Access, Actor, Clock, EventPublisher, IdGenerator } from '../core/kernel';
import type { CirclesEvent } from '../core/circles';
import type { ImportsEvent } from '../core/imports';
import { businessTypesOf } from '../core/catalogue';
import { estimateResidences } from '../core/evaluation';
import { pointInMultiPolygon } from '../geo';
import { ImportsError, type ImportUnitOfWork } from '../core/imports';
import type { Job, JobsService } from '../core/jobs';
import { buildMerchant, validateMerchantFields, type Merchant } from '../core/merchants';
import { buildResidence, type Residence } from '../core/residences';
import { importOsm } from '../osm/build';
import { writeGraphFile } from '../osm/graph-file';
import { openOsmSource } from '../osm/open';
import { OsmInputError } from '../osm/source';

export interface OsmImportDeps {
  unitOfWork: ImportUnitOfWork;
  jobs: JobsService;
  circle(id: string): Promise<{ id: string; districtCode: string; boundary: [number, number][] } | undefined>;
  counts(circleId: string): Promise<{ merchants: number; residences: number }>;
  catalogueCodes(): Promise<ReadonlySet<string>>;
  graphDir: string;
  clock: Clock;
  ids: IdGenerator;
  access: Access;
  /** Told after a successful import: the circle has a new network, merchants and residences. */
  events: EventPublisher<CirclesEvent | ImportsEvent>;
  onError?(err: unknown): void;
}

export interface OsmImportReport {
  nodes: number;
  edges: number;
  droppedComponents: number;
  pois: number;
  buildings: number;
  merchantsInserted: number;
  residencesInserted: number;
  graphFile: string;
}

/** Imported area: the circle's boundary box plus about 1.5 km, so walks that leave it still count. */
function importBox(boundary: [number, number][]): [number, number, number, number] {
  const lons = boundary.map((p) => p[0]);
  const lats = boundary.map((p) => p[1]);
  const pad = 0.0135;
  const padLon = pad / Math.cos((((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI) / 180);
  return [Math.min(...lons) - padLon, Math.min(...lats) - pad, Math.max(...lons) + padLon, Math.max(...lats) + pad];
}

const insideRing = (lon: number, lat: number, ring: [number, number][]) => pointInMultiPolygon(lon, lat, [[ring]]);

export class OsmImportFlow {
  private readonly running = new Set<Promise<void>>();
  constructor(private readonly d: OsmImportDeps) {}

  /** Checks access and the file's format up front; the import itself runs as a job. */
  async start(actor: Actor | null, circleId: string, file: string, cleanup?: () => void): Promise<Job> {
    const circle = await this.d.circle(circleId);
    if (!circle) throw new ImportsError('Q_IMPORTS_CIRCLE_NOT_FOUND');
    if (!this.d.access.can(actor, 'imports.run', { circleId: circle.id, districtCode: circle.districtCode }))
      throw new ImportsError('Q_IMPORTS_FORBIDDEN');
    let source: ReturnType<typeof openOsmSource>;
    try {
      source = openOsmSource(file); // refuses missing, empty and unknown files at once
    } catch (err) {
      cleanup?.();
      if (err instanceof OsmInputError) throw new ImportsError('Q_IMPORTS_BAD_OSM', err.message);
      throw err;
    }
    const job = await this.d.jobs.create('import:osm', actor?.userId ?? null);
    const task = this.run(job.id, circle, source)
      .catch(async (err) => {
        this.d.onError?.(err);
        await this.d.jobs
          .fail(job.id, { error: err instanceof Error ? err.message : String(err) })
          .catch((e) => this.d.onError?.(e));
      })
      .finally(() => {
        cleanup?.();
        this.running.delete(task);
      });
    this.running.add(task);
    return job;
  }

  async idle(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }

  private async run(
    jobId: string,
    circle: { id: string; boundary: [number, number][] },
    source: ReturnType<typeof openOsmSource>,
  ): Promise<void> {
    let last = 0;
    // Progress writes are chained, and awaited before the job's final state, so a late progress
    // update can never overwrite "succeeded" (pooled connections do not keep write order).
    let writes = Promise.resolve();
    const result = await importOsm(source, {
      bbox: importBox(circle.boundary),
      onProgress: (stage, fraction) => {
        const p = stage === 'read ways' ? 0.05 + 0.35 * fraction : stage === 'read nodes' ? 0.4 + 0.35 * fraction : 0.8;
        if (p - last >= 0.05 || fraction === 1) {
          last = p;
          writes = writes
            .then(() => this.d.jobs.progress(jobId, stage, Math.min(0.85, p)))
            .catch((e) => this.d.onError?.(e));
        }
      },
    });
    await writes;
    const now = this.d.clock.now();
    const counts = await this.d.counts(circle.id);
    const codes = await this.d.catalogueCodes();
    const merchants: Merchant[] = [];
    if (counts.merchants === 0) {
      for (const poi of result.features.pois) {
        if (!insideRing(poi.lon, poi.lat, circle.boundary)) continue;
        const categories = businessTypesOf(poi.tags).filter((c) => codes.has(c));
        if (categories.length === 0) continue;
        const input = {
          circleId: circle.id,
          name:
            poi.tags.name ??
            poi.tags['name:zh'] ??
            `${poi.tags.shop ?? poi.tags.amenity ?? poi.tags.craft ?? 'POI'} ${poi.osmId}`,
          categories,
          lon: poi.lon,
          lat: poi.lat,
          openingHours: (poi.tags.opening_hours ?? null) as string | null,
          status: 'active' as const,
        };
        // Keep the shop even when its opening hours do not parse; drop only that field.
        if (validateMerchantFields(input, codes).some((p) => p.field === 'openingHours')) input.openingHours = null;
        if (validateMerchantFields(input, codes).length === 0)
          merchants.push(buildMerchant(input, this.d.ids.next('mer'), now));
      }
    }
    const residences: Residence[] = [];
    if (counts.residences === 0) {
      for (const r of estimateResidences(result.features.buildings)) {
        if (!insideRing(r.lon, r.lat, circle.boundary)) continue;
        residences.push(
          buildResidence(
            { circleId: circle.id, name: r.name, kind: 'building', lon: r.lon, lat: r.lat, population: r.population },
            this.d.ids.next('res'),
            now,
          ),
        );
      }
    }
    await this.d.jobs.progress(jobId, 'write', 0.9);
    mkdirSync(this.d.graphDir, { recursive: true });
    const graphFile = path.resolve(this.d.graphDir, `${circle.id}-${jobId}.qgraph`);
    writeGraphFile(graphFile, result.graph, result.features);
    try {
      await this.d.unitOfWork.run(async (w) => {
        if (merchants.length) await w.insertMerchants(merchants);
        if (residences.length) await w.insertResidences(residences);
        await w.setCircleGraph(circle.id, graphFile);
      });
    } catch (err) {
      rmSync(graphFile, { force: true });
      throw err;
    }
    const report: OsmImportReport = {
      nodes: result.report.nodes,
      edges: result.report.edges,
      droppedComponents: result.report.droppedComponents,
      pois: result.report.pois,
      buildings: result.report.buildings,
      merchantsInserted: merchants.length,
      residencesInserted: residences.length,
      graphFile,
    };
    await this.d.jobs.succeed(jobId, report as unknown as Record<string, unknown>);
    await this.d.events.publish({ type: 'circles.changed', circleId: circle.id, change: 'network' });
    await this.d.events.publish({
      type: 'imports.committed',
      circleId: circle.id,
      kind: 'osm',
      inserted: merchants.length + residences.length,
    });
  }
}
