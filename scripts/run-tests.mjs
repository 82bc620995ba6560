#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ with the Node test runner (Node 20 does not expand
// globs itself). Extra arguments are passed on: `npm test -- --test-name-pattern=quotes`.
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = join(import.meta.dirname, '..')
const files = []
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (name === 'node_modules' || name.startsWith('.')) continue
    if (statSync(path).isDirectory()) walk(path)
    else if (name.endsWith('.test.ts')) files.push(relative(root, path))
  }
}
for (const dir of ['src', 'test']) walk(join(root, dir))
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'))
const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...flags, ...selected], { cwd: root, stdio: 'inherit' })
process.exit(result.status ?? 1)
