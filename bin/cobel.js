#!/usr/bin/env node
// Entry point of the `cobel` command. The TypeScript sources are compiled to dist/ by `npm install`.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const main = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'run.js')
if (!existsSync(main)) {
  process.stderr.write('cobel is not built yet: run `npm install` (or `npm run build`) in the cobel folder first.\n')
  process.exit(1)
}
await import(pathToFileURL(main).href)
