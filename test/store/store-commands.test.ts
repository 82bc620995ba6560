import assert from 'node:assert/strict'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { Writable } from 'node:stream'
import { Command } from 'commander'
import { parse as parseCsv } from 'csv-parse/sync'
import { register as claims } from '../../src/cli/commands/claims.js'
import { register as exportCommand } from '../../src/cli/commands/export.js'
import { register as search } from '../../src/cli/commands/search.js'
import { openStore } from '../../src/store/open-store.js'
import { saveDocuments } from '../../src/store/save-documents.js'
import { ALL_DOCS } from './fixture-documents.js'
import { freshPgliteDir } from './test-stores.js'

/** A stream that keeps what is written to it. */
function collector(): Writable & { text(): string } {
  const chunks: string[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk))
      done()
    },
  })
  return Object.assign(stream, { text: () => chunks.join('') })
}

/** Runs a store command in this process and returns what it printed and its exit code. */
async function run(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  const stdout = collector()
  const stderr = collector()
  const program = new Command('cobel').exitOverride().configureOutput({ writeOut: (s) => stdout.write(s), writeErr: (s) => stderr.write(s) })
  for (const register of [claims, search, exportCommand]) register(program, { stdout, stderr })
  process.exitCode = 0
  try {
    await program.parseAsync(['node', 'cobel', ...args])
  } catch (error) {
    stderr.write(String(error))
    process.exitCode = 2
  }
  const code = Number(process.exitCode ?? 0)
  process.exitCode = 0
  return { stdout: stdout.text(), stderr: stderr.text(), code }
}

describe('claims, search and export commands', () => {
  let data: string
  before(async () => {
    data = await freshPgliteDir()
    const store = await openStore({ dataDir: data })
    await saveDocuments(store, ALL_DOCS)
    await store.close()
  })
  after(() => rmSync(data, { recursive: true, force: true }))

  it('claims prints an aligned table, JSON, and filters as of a date', async () => {
    const table = await run(['claims', '--data', data])
    assert.equal(table.code, 0, table.stderr)
    const lines = table.stdout.trim().split('\n')
    assert.match(lines[0]!, /^SUPPLIER\s+RECIPIENT\s+CATEGORY\s+STATUS\s+INDEP/)
    assert.equal(new Set(lines.slice(0, -1).map((l) => l.indexOf(l.trim().split(/\s+/)[1]!))).size >= 1, true)
    const json = await run(['claims', '--data', data, '--json', '--as-of', '2023-01-31'])
    const rows = JSON.parse(json.stdout)
    assert.deepEqual(rows.map((r: { supplier: string; documents: number }) => [r.supplier, r.documents]), [['IRN', 2]])
    const sources = await run(['claims', '--data', data, '--supplier', 'prk', '--sources'])
    assert.match(sources.stdout, /2023-04-01\s+confirmed\s+Wire Service\s+"North Korea shipped artillery shells to Russia"/)
    const bad = await run(['claims', '--data', data, '--since', '2023-13-45'])
    assert.equal(bad.code, 2)
    assert.match(bad.stderr, /ERR_USAGE/)
  })

  it('actors are named by code or name in any case; an unknown one is a usage error listing the valid codes', async () => {
    const byCode = await run(['claims', '--data', data, '--json', '--supplier', 'IRN'])
    assert.equal(byCode.code, 0, byCode.stderr)
    assert.ok(JSON.parse(byCode.stdout).length > 0)
    for (const name of ['Iran', 'iran', 'irn', 'IRAN']) {
      const byName = await run(['claims', '--data', data, '--json', '--supplier', name])
      assert.equal(byName.stdout, byCode.stdout, name)
    }
    const french = await run(['claims', '--data', data, '--json', '--supplier', 'Corée du Nord', '--recipient', 'russie'])
    assert.ok(JSON.parse(french.stdout).every((r: { supplier: string; recipient: string }) => r.supplier === 'PRK' && r.recipient === 'RUS'))
    assert.ok(JSON.parse(french.stdout).length > 0)
    const unknown = await run(['claims', '--data', data, '--supplier', 'Irn,Atlantis'])
    assert.equal(unknown.code, 2)
    assert.match(unknown.stderr, /ERR_USAGE: --supplier: unknown actor "Atlantis"( \(did you mean .*\?\))?; give a code or a name\. Known codes: .*IRN.*PRK.*RUS/)
    const near = await run(['search', 'drones', '--data', data, '--recipient', 'Russi'])
    assert.equal(near.code, 2)
    assert.match(near.stderr, /did you mean russia \(RUS\)/)
  })

  it('search prints ranked hits, and exits 4 when nothing matches', async () => {
    const hits = await run(['search', 'drones', '--data', data, '--json', '--limit', '2'])
    assert.equal(hits.code, 0, hits.stderr)
    assert.equal(JSON.parse(hits.stdout).length, 2)
    const text = await run(['search', 'livraisons', '--data', data])
    assert.match(text.stdout, /^1\. Téhéran dément les livraisons/)
    assert.equal((await run(['search', 'zeppelin', '--data', data])).code, 4)
  })

  it('export writes a file whole and reports what it wrote', async () => {
    const out = join(data, 'claims.csv')
    const result = await run(['export', '--format', 'csv', '--out', out, '--data', data])
    assert.equal(result.code, 0, result.stderr)
    assert.match(result.stderr, /wrote 4 row\(s\)/)
    assert.equal((parseCsv(readFileSync(out, 'utf8'), { columns: true }) as unknown[]).length, 4)
    const graph = await run(['export', '--format', 'graphml', '--data', data, '--supplier', 'IRN'])
    assert.match(graph.stdout, /<graphml /)
    assert.equal((graph.stdout.match(/<edge /g) ?? []).length, 2)
  })
})
