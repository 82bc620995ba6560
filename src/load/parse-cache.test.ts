import assert from 'node:assert/strict'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { cachedParse } from './parse-cache.js'
import { readLegalData } from './read-legal-data.js'
import { loadActorRegistry, loadKnowledge } from './load-knowledge.js'
import { defaultDataDir } from './read-data-files.js'

const dir = mkdtempSync(join(tmpdir(), 'cobel-parse-cache-'))
after(() => rmSync(dir, { recursive: true, force: true }))

const uncached = <T>(read: () => T): T => {
  process.env.COBEL_PARSE_CACHE = '0'
  try {
    return read()
  } finally {
    delete process.env.COBEL_PARSE_CACHE
  }
}

test('data read from the parse cache equals data parsed afresh', () => {
  readLegalData(defaultDataDir())
  assert.deepEqual(readLegalData(defaultDataDir()), uncached(() => readLegalData(defaultDataDir())))
  loadActorRegistry(defaultDataDir())
  assert.deepEqual(loadActorRegistry(defaultDataDir()), uncached(() => loadActorRegistry(defaultDataDir())))
})

test('an edited file is parsed again, and its errors are reported, not a cached copy', () => {
  cpSync(defaultDataDir(), dir, { recursive: true })
  const before = readLegalData(dir)
  const frameworks = join(dir, 'legal', 'frameworks.yaml')
  writeFileSync(frameworks, readFileSync(frameworks, 'utf8').replace(/^(\s*title: ).*$/m, '$1Renamed framework'))
  assert.notDeepEqual(readLegalData(dir), before)
  assert.equal(readLegalData(dir).frameworks[0]!.title, 'Renamed framework')
  writeFileSync(frameworks, 'frameworks: [unclosed')
  assert.throws(() => readLegalData(dir), /frameworks\.yaml/)
})

test('the knowledge data read from its JSON copy equals the data parsed afresh', () => {
  // Copies of the data folder: the compiled knowledge is kept in memory per folder.
  const fresh = join(dir, 'fresh')
  const copied = join(dir, 'copied')
  cpSync(defaultDataDir(), fresh, { recursive: true })
  cpSync(defaultDataDir(), copied, { recursive: true })
  const parsed = uncached(() => loadKnowledge(fresh)).data
  // The first load of a folder writes the copy when no command has; the second reads it.
  loadKnowledge(defaultDataDir())
  assert.deepStrictEqual(loadKnowledge(copied).data, parsed)
})

test('commands of other builds or data run in turn each keep their copy; the least recently read goes', () => {
  const kind = `test-${process.pid}`
  after(() => rmSync(join(tmpdir(), `cobel-cache-${process.getuid?.() ?? 'user'}`, kind), { recursive: true, force: true }))
  const files = (n: number) => [{ path: 'data.yaml', text: `n: ${n}` }]
  const parsed = (n: number) => () => ({ n })
  const cached = () => assert.fail('parsed again instead of read from its copy')
  // Each read or write a few milliseconds after the one before, so that "least recently read" has one answer.
  const read = (n: number, parse: () => { n: number }) => {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3)
    return cachedParse(kind, files(n), [], parse)
  }
  // Two versions of the data, read in turn (as two checkouts' commands would): each is parsed once.
  for (const n of [1, 2]) assert.deepEqual(read(n, parsed(n)), { n })
  for (const n of [1, 2, 1, 2]) assert.deepEqual(read(n, cached), { n })
  // Seven more versions: the copy of 1 (read before 2) goes, 2 stays.
  for (let n = 3; n <= 9; n++) read(n, parsed(n))
  assert.deepEqual(read(2, cached), { n: 2 })
  read(10, parsed(10))
  let again = false
  read(1, () => ((again = true), { n: 1 }))
  assert.ok(again, 'the least recently read copy was kept')
  assert.deepEqual(read(2, cached), { n: 2 })
})
