#!/usr/bin/env node
// Entry point of the `cobel` command. `npm install` compiles the TypeScript sources to dist/ and
// bundles the command line into dist/bundle/ (faster to start); a bundle older than the
// compiled files (after a plain `tsc`) is passed over for them.
import { existsSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist')
const compiled = join(dist, 'cli', 'run.js')
const bundle = join(dist, 'bundle', 'cobel.js')
if (!existsSync(compiled)) {
  process.stderr.write('cobel is not built yet: run `npm install` (or `npm run build`) in the cobel folder first.\n')
  process.exit(1)
}
const main = existsSync(bundle) && statSync(bundle).mtimeMs >= statSync(compiled).mtimeMs ? bundle : compiled
await import(pathToFileURL(main).href)
