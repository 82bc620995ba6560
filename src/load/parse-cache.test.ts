import assert from 'node:assert/strict'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
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
