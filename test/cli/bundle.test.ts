// The command as installed: `npm install` bundles the command line into dist/bundle/, which
// bin/cobel.js runs. The other tests run the sources; this one runs the bundle end to end, so
// that what users start (extraction workers, the data folder, PGlite) is checked where the
// bundle computes its paths from its own location.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'

const ROOT = join(import.meta.dirname, '..', '..')
const BUNDLE = join(ROOT, 'dist', 'bundle', 'cobel.js')
const COMPILED = join(ROOT, 'dist', 'cli', 'run.js')
const fresh = existsSync(BUNDLE) && existsSync(COMPILED) && statSync(BUNDLE).mtimeMs >= statSync(COMPILED).mtimeMs
const data = mkdtempSync(join(tmpdir(), 'cobel-bundle-'))
after(() => rmSync(data, { recursive: true, force: true }))

const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, [BUNDLE, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  assert.equal(result.status, 0, result.stderr)
  return result.stdout
}

test('the bundled command analyses, ingests with worker threads, assesses and checks the data', { skip: !fresh && 'no fresh bundle: run npm run build' }, () => {
  const lines = run('analyze', join(ROOT, 'samples', 'articles'), '--format', 'jsonl').trim().split('\n')
  assert.ok(lines.length >= 5)
  assert.ok(lines.some((line) => (JSON.parse(line) as { support: unknown[] }).support.length > 0))
  assert.match(run('ingest', join(ROOT, 'samples', 'articles'), '--data', data, '--jobs', '2'), /ingested \d+ document/)
  const assessed = JSON.parse(run('assess', '--data', data, '--json', '--actor', 'IRN')) as { actor: string; frameworks: { tier: string }[] }[]
  assert.equal(assessed[0]?.actor, 'IRN')
  assert.equal(assessed[0]?.frameworks.length, 6)
  assert.match(run('check-data'), /frameworks/)
})
