// The command line contract: help on every command, exit codes, machine-readable output, bad input.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { buildProgram } from '../../src/cli/main.js'

const ROOT = join(import.meta.dirname, '..', '..')
const SAMPLE = join(ROOT, 'samples', 'articles', 'fr-drones-iraniens-crimee.md')

function cobel(args: readonly string[], input?: string | Buffer) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'run.ts'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  })
  return { code: run.status, out: run.stdout, err: run.stderr }
}

const scratch = mkdtempSync(join(tmpdir(), 'cobel-cli-'))
const file = (name: string, content: string | Buffer): string => {
  const path = join(scratch, name)
  writeFileSync(path, content)
  return path
}

describe('cobel command line', () => {
  it('prints help with usage and examples for every command', async () => {
    const names = (await buildProgram()).commands.map((c) => c.name())
    assert.ok(names.includes('analyze') && names.length >= 9, `commands: ${names.join(', ')}`)
    const top = cobel(['--help'])
    assert.equal(top.code, 0)
    for (const name of names) assert.match(top.out, new RegExp(`\\b${name}\\b`), `top-level help lists ${name}`)
    for (const name of ['analyze', 'assess', 'eval', 'check-data']) {
      const help = cobel([name, '--help'])
      assert.equal(help.code, 0, `${name} --help exits 0`)
      assert.match(help.out, new RegExp(`Usage: cobel ${name}`))
    }
  })

  it('assess documents every exit code in --help, and uses them', () => {
    const help = cobel(['assess', '--help'])
    assert.match(help.out.replace(/\s+/g, ' '), /Exit codes: 0 assessed .* 1 error .* 2 usage error .* 3 with --scenario: some scenario's tiers/)
    const data = join(scratch, 'assess-store')
    assert.equal(cobel(['assess', '--conflict', 'mars-2030', '--data', data]).code, 2, 'an unknown conflict is a usage error')
    assert.equal(cobel(['assess', '--framework', 'vibes', '--data', data]).code, 2)
    const scenario = file('mismatch.yaml', '- {id: X1, facts: "shells to the aggressor", actor: PRK, counterpart: RUS, conduct: weapons_transfer, exp: [party]}\n')
    const run = cobel(['assess', '--scenario', scenario, '--framework', 'icrc_sba'])
    assert.equal(run.code, 3, run.err)
    assert.match(run.out, /X1 MISMATCH/)
    assert.match(run.out, /warning: not stated, filled with defaults: actor_type = state_organ/)
    assert.equal(cobel(['assess', '--scenario', join(scratch, 'nowhere.yaml')]).code, 1)
  })

  it('writes one annotation line per document with --format jsonl', () => {
    const run = cobel(['analyze', '--format', 'jsonl', SAMPLE])
    assert.equal(run.code, 0, run.err)
    const lines = run.out.trim().split('\n')
    assert.equal(lines.length, 1)
    const record = JSON.parse(lines[0]!) as { lang: string; support: { supplier: string; recipient: string; evidence: string }[]; quotes: unknown[] }
    assert.equal(record.lang, 'fr')
    assert.ok(record.support.some((c) => c.supplier === 'IRN' && c.recipient === 'RUS'), 'finds Iran supplying Russia in the sample')
    for (const claim of record.support) assert.ok(claim.evidence.length > 0, 'every claim keeps its evidence words')
  })

  it('reads standard input and labels a language it has no lexicon for', () => {
    const run = cobel(['analyze', '--format', 'json', '-'], "Bakan, İtalya'nın önümüzdeki haftalarda Ukrayna'ya daha fazla hava savunma sistemi göndereceğini söyledi.")
    assert.equal(run.code, 0, run.err)
    const [record] = JSON.parse(run.out) as { lang: string; supported: boolean; warnings: string[]; support: unknown[] }[]
    assert.equal(record!.supported, false)
    assert.deepEqual(record!.support, [])
    assert.match(record!.warnings.join(' '), /no lexicon|could not be detected/)
  })

  it('exits 1 with a clear message when nothing can be read', () => {
    const empty = cobel(['analyze', file('empty.txt', '')])
    assert.equal(empty.code, 1)
    assert.match(empty.err, /empty/i)
    const binary = cobel(['analyze', file('blob.bin', Buffer.from([0, 1, 2, 0, 0, 255, 254, 0, 7, 0, 0, 0]))])
    assert.equal(binary.code, 1)
    assert.match(binary.err, /binary/i)
    assert.equal(binary.out, '')
  })

  it('exits 3 when some inputs fail and still reports the others', () => {
    const run = cobel(['analyze', '--format', 'jsonl', SAMPLE, join(scratch, 'missing.txt')])
    assert.equal(run.code, 3)
    assert.equal(run.out.trim().split('\n').length, 1)
    assert.match(run.err, /missing\.txt/)
  })

  it('reports malformed JSONL lines without losing the good ones', () => {
    const good = JSON.stringify({ id: 'ok-1', text: 'The Pentagon said on Monday that the United States had delivered more artillery shells to Ukraine.' })
    const run = cobel(['analyze', '--format', 'jsonl', file('mixed.jsonl', `${good}\n{"id": "broken", "text": \n`)])
    assert.equal(run.code, 3, run.err)
    assert.equal(JSON.parse(run.out.trim()).id, 'ok-1')
    assert.match(run.err, /mixed\.jsonl:2: not valid JSON/)
  })

  it('exits 2 on usage errors', () => {
    assert.equal(cobel(['analyze', '--format', 'xml', SAMPLE]).code, 2)
    assert.equal(cobel(['no-such-command']).code, 2)
  })

  it('renders hostile text as plain text in the report', () => {
    const hostile = 'Le ministre a affirmé que <script>alert(1)</script> la Russie livre des drones à la Syrie.\u0000'
    const run = cobel(['analyze', '-'], hostile)
    assert.ok(run.code === 0 || run.code === 1, `exit code ${run.code}`)
    assert.doesNotMatch(run.err, /TypeError|RangeError|at .*\.ts:\d+/, 'no stack trace')
  })
})
