import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, test } from 'node:test'
import { readSources, type SourceItem } from './read-sources.js'

const dir = mkdtempSync(join(tmpdir(), 'cobel-read-'))
after(() => rmSync(dir, { recursive: true, force: true }))

const collect = async (inputs: string[], options: Parameters<typeof readSources>[1] = {}): Promise<SourceItem[]> => {
  const out: SourceItem[] = []
  for await (const item of readSources(inputs, options)) out.push(item)
  return out
}

test('--max-bytes limits files and JSONL lines, not only fetched pages', async () => {
  const big = join(dir, 'big.txt')
  const small = join(dir, 'small.txt')
  const lines = join(dir, 'records.jsonl')
  writeFileSync(big, `Iran delivered drones to Russia. ${'x'.repeat(200)}\n`)
  writeFileSync(small, 'Iran delivered drones to Russia.\n')
  writeFileSync(lines, `${JSON.stringify({ id: 'a', text: 'Iran delivered drones.' })}\n${JSON.stringify({ id: 'b', text: `Iran ${'y'.repeat(200)}` })}\n`)
  const items = await collect([big, small, lines], { maxBytes: 100 })
  const problems = items.flatMap((i) => (i.ok === false ? [[i.problem.origin.replace(`${dir}/`, ''), i.problem.code]] : []))
  assert.deepEqual(problems, [
    ['big.txt', 'ERR_INPUT_TOO_LARGE'],
    ['records.jsonl:2', 'ERR_INPUT_TOO_LARGE'],
  ])
  assert.equal(items.filter((i) => i.ok === true).length, 2)
  // The limit of the fetch options alone (as older callers give it) applies to files too.
  assert.equal((await collect([big], { fetch: { maxBytes: 100 } }))[0]?.ok, false)
  assert.equal((await collect([big]))[0]?.ok, true, 'the default limit is 8 MB')
})

test('analyze and ingest name the input format alike (--input-format; ingest keeps --format as an alias), and analyze takes --max-bytes', () => {
  const cli = fileURLToPath(new URL('../cli/run.ts', import.meta.url))
  const page = join(dir, 'page.txt')
  writeFileSync(page, '<html><head><title>Shells</title></head><body><p>North Korea shipped shells to Russia, a report said.</p></body></html>')
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8' })
  const analysed = run('analyze', '--input-format', 'html', '--format', 'json', page)
  assert.equal(analysed.status, 0, analysed.stderr)
  assert.doesNotMatch(JSON.parse(analysed.stdout)[0].text, /<p>/, 'read as HTML')
  const limited = run('analyze', '--max-bytes', '20', page)
  assert.equal(limited.status, 1)
  assert.match(limited.stderr, /the file is \d+ bytes; the limit is 20 \(ERR_INPUT_TOO_LARGE\)/)
  const help = run('ingest', '--help')
  assert.match(help.stdout, /--input-format <format>/)
  assert.doesNotMatch(help.stdout, /^\s+--format/m, 'the former name works but is not advertised')
  const alias = run('ingest', '--format', 'nope', page)
  assert.equal(alias.status, 2)
  assert.match(alias.stderr, /Allowed choices are/)
})
