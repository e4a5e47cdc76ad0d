// The dependency rule from DESIGN.md, enforced in CI (`npm run deps:check`).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    // Lazy-loaded pages (dynamic import) may point back at the app shell: that is not an init cycle.
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['dynamic-import'] } },
    },
    // Tests may build fixtures through the importer; production code may not.
    {
      name: 'geo-is-pure',
      severity: 'error',
      from: { path: '^src/geo', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(?!geo)' },
    },
    {
      name: 'geo-no-node',
      severity: 'error',
      from: { path: '^src/geo', pathNot: '(\\.test|\\.bench|-worker|node-)\\.?[^/]*\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'osm-only-geo',
      severity: 'error',
      from: { path: '^src/osm' },
      to: { path: '^src/(core|db|server|cli|flows|demo)' },
    },
    {
      name: 'core-pure',
      severity: 'error',
      from: { path: '^src/core', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(osm|db|server|cli|flows|demo)' },
    },
    {
      name: 'core-no-io',
      severity: 'error',
      from: { path: '^src/core', pathNot: '\\.test\\.ts$' },
      to: { path: 'node_modules/(kysely|fastify|better-sqlite3|pg)/' },
    },
    {
      name: 'core-modules-through-index',
      severity: 'error',
      from: { path: '^src/core/([^/]+)/' },
      to: { path: '^src/core/([^/]+)/(?!index\\.ts$)', pathNot: '^src/core/$1/' },
    },
    // Across core modules only types travel (calls across modules live in flows/); the kernel is shared.
    {
      name: 'core-modules-share-types-only',
      severity: 'error',
      from: { path: '^src/core/([^/]+)/', pathNot: '(^src/core/kernel/|\\.test\\.ts$)' },
      to: { path: '^src/core/(?!kernel/)([^/]+)/', pathNot: '^src/core/$1/', dependencyTypesNot: ['type-only'] },
    },
    { name: 'db-not-up', severity: 'error', from: { path: '^src/db' }, to: { path: '^src/(server|cli|flows|compose)' } },
    { name: 'flows-not-up', severity: 'error', from: { path: '^src/flows' }, to: { path: '^src/(server|cli|compose)' } },
    // The two composition roots share src/compose; neither reaches into the other.
    { name: 'cli-not-server', severity: 'error', from: { path: '^src/cli' }, to: { path: '^src/server' } },
    { name: 'compose-not-roots', severity: 'error', from: { path: '^src/compose' }, to: { path: '^src/(server|cli)' } },
    // Routes are thin: they call services, never the database.
    { name: 'routes-not-db', severity: 'error', from: { path: '^src/server/routes' }, to: { path: '^src/db' } },
    // Outside the engine, geo is used through its public surface only.
    {
      name: 'geo-through-index',
      severity: 'error',
      // TODO(integration): osm and cli join once the engine branch lands.
      from: { path: '^src/(?!geo/|osm/|cli/)', pathNot: '(\\.test\\.ts$|-worker\\.ts$)' },
      to: { path: '^src/geo/(?!index\\.ts$)' },
    },
    // web/scripts (the client generator) is dev tooling that reads the server's OpenAPI document.
    { name: 'web-only-geo-and-client', severity: 'error', from: { path: '^web', pathNot: '^web/scripts/' }, to: { path: '^src/(?!geo)' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)node_modules/|^web/dist/|^dist/' },
  },
};
