// The layers of cobel, checked by `npm run check:layers` (CI runs it). A folder may import its
// own files and the layers below it, never a layer above:
//
//   domain                      value types, vocabulary, errors
//   data                        schemas of the knowledge data (YAML)
//   pipeline                    the pure analyzer (text → analysis)
//   store | assess | input      the store (SQL lives only here; it depends on domain only),
//                               the legal engine, readers of input formats
//   load                        loaders of the data folder: knowledge, legal data, actor names, parse cache
//   assess-store                the legal engine over the store: the one assessStore of CLI and server
//   ingest | export | eval      ingest and re-extraction, exports, gold evaluation
//   queue                       the job queue (pg-boss) over ingest and the store
//   server | cli | bench        front ends; the server never imports the CLI
//
// The web app (web/src) reaches the server only through its contract, src/server/api-schemas.ts.
const layer = (name) => `^src/${name}/`
/** Any of cobel's own modules except those of the folders named. */
const except = (...names) => ({ path: '^(src|web)/', pathNot: `^src/(${names.join('|')})/` })

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules form no cycle, type-only imports included.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-the-base',
      severity: 'error',
      comment: 'src/domain imports nothing else of cobel.',
      from: { path: layer('domain') },
      to: except('domain'),
    },
    {
      name: 'data-on-domain',
      severity: 'error',
      comment: 'The knowledge schemas build on domain only.',
      from: { path: layer('data') },
      to: except('domain', 'data'),
    },
    {
      name: 'pipeline-is-pure',
      severity: 'error',
      comment: 'The analyzer builds on domain and the knowledge schemas; it reads no file and no store.',
      from: { path: layer('pipeline') },
      to: except('domain', 'data', 'pipeline'),
    },
    {
      name: 'store-on-domain-only',
      severity: 'error',
      comment: 'The store depends on domain only: other layers call it, it calls none of them.',
      from: { path: layer('store') },
      to: except('domain', 'store'),
    },
    {
      name: 'assess-is-an-engine',
      severity: 'error',
      comment: 'The legal engine builds on domain and the data schemas; its data is read in load/, the store wired in assess-store/.',
      from: { path: layer('assess') },
      to: except('domain', 'data', 'assess'),
    },
    {
      name: 'input-on-domain',
      severity: 'error',
      from: { path: layer('input') },
      to: except('domain', 'input'),
    },
    {
      name: 'load-reads-files',
      severity: 'error',
      comment: 'Loaders read the data folder for the layers below (data, pipeline, assess); they touch no store and call nothing above.',
      from: { path: layer('load') },
      to: { path: '^src/(store|assess-store|ingest|export|eval|queue|server|cli|bench)/' },
    },
    {
      name: 'assess-store-below-ingest',
      severity: 'error',
      comment: 'Assess over the store serves the server and the CLI; it does not call them.',
      from: { path: layer('assess-store') },
      to: { path: '^src/(ingest|export|eval|queue|server|cli|bench)/' },
    },
    {
      name: 'ingest-export-eval-below-front-ends',
      severity: 'error',
      from: { path: '^src/(ingest|export|eval)/' },
      to: { path: '^src/(queue|server|cli|bench)/' },
    },
    {
      name: 'queue-below-front-ends',
      severity: 'error',
      from: { path: layer('queue') },
      to: { path: '^src/(server|cli|bench)/' },
    },
    {
      name: 'server-not-on-cli',
      severity: 'error',
      from: { path: layer('server') },
      to: { path: '^src/(cli|bench)/' },
    },
    {
      name: 'cli-not-on-bench',
      severity: 'error',
      from: { path: layer('cli') },
      to: { path: layer('bench') },
    },
    {
      name: 'web-through-the-contract',
      severity: 'error',
      comment: 'The web app imports from the server only its contract, src/server/api-schemas.ts.',
      from: { path: '^web/' },
      to: { path: '^src/', pathNot: '^src/server/api-schemas[.]ts$' },
    },
    {
      name: 'src-not-on-web',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^web/' },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.test.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    // Tests may reach into any layer to set up what they check.
    exclude: { path: '[.]test[.]tsx?$' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
}
