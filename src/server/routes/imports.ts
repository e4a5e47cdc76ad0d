// Uploads as JSON ({filename, contentBase64, dryRun}); the import runs as a job (poll GET /jobs/:id).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { JobsService } from '../../core/jobs';
import type { OsmImportFlow } from '../../flows/import-circle-osm';
import type { ImportFlow } from '../../flows/imports';
import type { RouteLimits } from '../types';
import { HttpProblem, problem } from '../problems';
import { circleQuerySchema, idParams, importBodySchema, jobSchema, problemResponses } from '../schemas';
import { jobView } from '../views';

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}\s*$/;

export interface ImportRouteOptions {
  imports: ImportFlow;
  osmImports: OsmImportFlow;
  jobs: JobsService;
  limits: RouteLimits;
}

export const importRoutes: FastifyPluginAsyncZod<ImportRouteOptions> = async (
  app,
  { imports, osmImports, jobs, limits },
) => {
  const writeLimit = { max: limits.write, timeWindow: '1 minute' };
  for (const kind of ['merchants', 'residences'] as const) {
    app.post(
      `/imports/${kind}`,
      {
        bodyLimit: 15 * 1024 * 1024,
        config: { action: 'imports.run', rateLimit: writeLimit },
        schema: {
          tags: ['imports'],
          summary: `Import ${kind} from CSV or XLSX (Chinese or English headers); all rows or none`,
          querystring: circleQuerySchema,
          body: importBodySchema,
          response: { 202: jobSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const { filename, contentBase64, dryRun } = request.body;
        if (!BASE64.test(contentBase64)) {
          throw new HttpProblem(
            problem(400, 'Q_IMPORTS_BAD_ENCODING', 'contentBase64 is not base64', 'encode the file bytes as base64'),
          );
        }
        const job = await imports.start(request.actor, {
          kind,
          circleId: request.query.circleId,
          filename,
          bytes: Buffer.from(contentBase64, 'base64'),
          dryRun: dryRun ?? false,
        });
        return reply.status(202).header('location', `/api/v1/jobs/${job.id}`).send(jobView(job));
      },
    );
  }

  app.post(
    '/imports/osm',
    {
      bodyLimit: 150 * 1024 * 1024,
      config: { action: 'imports.run', rateLimit: writeLimit },
      schema: {
        tags: ['imports'],
        summary: "Import a circle's street network, buildings and POIs from an OSM file (.osm.pbf, .osm, .osm.gz)",
        querystring: circleQuerySchema,
        body: z.object({ filename: z.string().min(1).max(200), contentBase64: z.string().min(1) }),
        response: { 202: jobSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { filename, contentBase64 } = request.body;
      if (!BASE64.test(contentBase64)) {
        throw new HttpProblem(
          problem(400, 'Q_IMPORTS_BAD_ENCODING', 'contentBase64 is not base64', 'encode the file bytes as base64'),
        );
      }
      // The readers stream from a path: park the upload in a private temp folder for the job.
      const dir = mkdtempSync(path.join(tmpdir(), 'quarter-osm-'));
      const file = path.join(dir, path.basename(filename).replace(/[^\w.-]/g, '_') || 'upload.osm.pbf');
      writeFileSync(file, Buffer.from(contentBase64, 'base64'));
      const job = await osmImports.start(request.actor, request.query.circleId, file, () =>
        rmSync(dir, { recursive: true, force: true }),
      );
      return reply.status(202).header('location', `/api/v1/jobs/${job.id}`).send(jobView(job));
    },
  );

  app.get(
    '/jobs/:id',
    {
      config: { action: 'jobs.read' },
      schema: {
        tags: ['jobs'],
        summary: 'Status, progress and report of a job you started',
        params: idParams,
        response: { 200: jobSchema, ...problemResponses },
      },
    },
    async (request) => jobView(await jobs.get(request.actor, request.params.id)),
  );
};

export type ImportRoutesBody = z.infer<typeof importBodySchema>;
