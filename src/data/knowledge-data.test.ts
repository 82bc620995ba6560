import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readDataFiles } from '../load/read-data-files.js'
import { parseKnowledgeData } from './knowledge-data.js'
import { isCobelError } from '../domain/errors.js'

const shipped = readDataFiles().filter((f) => !f.path.startsWith('legal/'))

test('the shipped data is valid and covers every UN member state in both languages', () => {
  const data = parseKnowledgeData(shipped)
  const states = data.actors.filter((a) => a.kind === 'state' && a.un_member)
  assert.equal(states.length, 193)
  for (const lang of ['fr', 'en']) {
    const named = new Set(data.languages[lang]!.actors.map((a) => a.actor))
    for (const s of states) assert.ok(named.has(s.code), `${lang} has no names for ${s.code}`)
  }
})

test('an invalid entry is reported with the file, the field and the entry', () => {
  const files = shipped.map((f) => (f.path === 'lexicons/fr/cues.yaml' ? { ...f, text: f.text + '\n- {id: fr.broken, kind: teleport, forms: [x]}\n' } : f))
  assert.throws(
    () => parseKnowledgeData(files),
    (error: unknown) => isCobelError(error) && error.code === 'ERR_DATA_INVALID' && /lexicons\/fr\/cues\.yaml/.test(error.message) && /kind/.test(error.message) && /fr\.broken/.test(error.message),
  )
})

test('an unknown actor code and a duplicate id are refused', () => {
  const unknown = shipped.map((f) => (f.path === 'lexicons/en/places.yaml' ? { ...f, text: f.text + '\n- {id: en.place.atlantis, actor: ATL, names: [Atlantis]}\n' } : f))
  assert.throws(() => parseKnowledgeData(unknown), /unknown actor code ATL/)
  const duplicate = shipped.map((f) => (f.path === 'materiel.yaml' ? { ...f, text: f.text + '\n- {id: des.shahed, category: drones, forms: [Copy]}\n' } : f))
  assert.throws(() => parseKnowledgeData(duplicate), /id des\.shahed is already used/)
})

test('a YAML syntax error names the line', () => {
  const files = shipped.map((f) => (f.path === 'lexicons/en/roles.yaml' ? { ...f, text: '- {id: en.role.x, standing: official, forms: [a\n' } : f))
  assert.throws(() => parseKnowledgeData(files), /roles\.yaml.*YAML syntax error \(line \d+\)/s)
})
