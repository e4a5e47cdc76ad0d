// The dependency rule from DESIGN.md, enforced in CI (`npm run deps:check`).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
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
    { name: 'db-not-up', severity: 'error', from: { path: '^src/db' }, to: { path: '^src/(server|cli|flows)' } },
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
