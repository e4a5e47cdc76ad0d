// OSM import into a circle: a job with progress that switches the circle to the new street graph,
// adds merchants from POIs and residences from buildings — or, on a bad file, changes nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableCounts } from '../../src/db';
import { testEngines } from '../helpers/db-databases';
import { loginAs, startTestApp, type Agent, type TestApp } from '../helpers/server-app';
import { repoRoot } from '../helpers/shared-data';

const engines = await testEngines();
const square = readFileSync(path.join(repoRoot, 'test/fixtures/osm/engine-square.osm')).toString('base64');

describe.each(engines)('OSM import on %s', (engine) => {
  let t: TestApp;
  let operator: Agent;
  beforeAll(async () => {
    t = await startTestApp(engine);
    operator = await loginAs(t, 'operator_staff');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('runs as a job and switches the circle to the new network', async () => {
    const before = (await t.deps.repos.circles.get(t.fx.circleA))!.graphFile;
    const res = await operator.post(`/api/v1/imports/osm?circleId=${t.fx.circleA}`, {
      filename: 'square.osm',
      contentBase64: square,
    });
    expect(res.statusCode).toBe(202);
    await t.deps.osmImports.idle();
    const job = (await operator.get(`/api/v1/jobs/${res.json().id}`)).json();
    expect(job.report?.error ?? job.status).toBe('succeeded');
    expect(job.progress).toBe(1);
    expect(job.report).toMatchObject({ nodes: 2, edges: 3, pois: 2, buildings: 1 });
    // Circle A already had merchants and residences: they are kept, none are added.
    expect(job.report).toMatchObject({ merchantsInserted: 0, residencesInserted: 0 });
    const after = (await t.deps.repos.circles.get(t.fx.circleA))!.graphFile;
    expect(after).not.toBe(before);
    const map = (await operator.get(`/api/v1/circles/${t.fx.circleA}/map`)).json();
    expect(map.streets.features).toHaveLength(3);
    // Evaluations now use the new network.
    const cov = (await operator.get(`/api/v1/circles/${t.fx.circleA}/coverage?type=B10`)).json();
    expect(cov.items[0].minutes).not.toBeNull();
  });

  it('a file that is not OSM fails the job and changes nothing', async () => {
    const counts = await tableCounts(t.deps.handle.db);
    const graph = (await t.deps.repos.circles.get(t.fx.circleA))!.graphFile;
    const res = await operator.post(`/api/v1/imports/osm?circleId=${t.fx.circleA}`, {
      filename: 'broken.osm',
      contentBase64: Buffer.from('<osm version="0.6"><node id="1" lat="north" lon="1"/></osm>').toString('base64'),
    });
    expect(res.statusCode).toBe(202);
    await t.deps.osmImports.idle();
    const job = (await operator.get(`/api/v1/jobs/${res.json().id}`)).json();
    expect(job.status).toBe('failed');
    expect(job.report.error).toMatch(/broken\.osm.*line 1.*"lat"/);
    expect(await tableCounts(t.deps.handle.db)).toEqual({ ...counts, jobs: counts.jobs + 1 });
    expect((await t.deps.repos.circles.get(t.fx.circleA))!.graphFile).toBe(graph);
  });
});
