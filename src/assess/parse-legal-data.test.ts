import assert from 'node:assert/strict'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { isCobelError } from '../domain/errors.js'
import { parseLegalData, type LegalDataFile } from './parse-legal-data.js'
import { readLegalData } from '../load/read-legal-data.js'

const DATA = join(import.meta.dirname, '..', '..', 'data')
const legal = readLegalData(DATA)

/** The real data files, with one file's text replaced. */
function filesWith(path: string, text: string | null): LegalDataFile[] {
  const files: LegalDataFile[] = []
  const add = (relative: string): number => files.push({ path: relative, text: readFileSync(join(DATA, relative), 'utf8') })
  for (const name of ['legal/frameworks.yaml', 'legal/rule-set.yaml', 'legal/bibliography.yaml', 'legal/source-grades.yaml', 'legal/status-statements.yaml', ...legal.conflicts.map((c) => `conflicts/${c.id}.yaml`)]) add(name)
  for (const rule of legal.rules) add(`legal/rules/${rule.framework}/${rule.id}.yaml`)
  const rest = files.filter((file) => file.path !== path)
  return text === null ? rest : [...rest, { path, text }]
}

const rejects = (files: LegalDataFile[], ...parts: string[]): void =>
  assert.throws(
    () => parseLegalData(files),
    (error) => {
      assert.ok(isCobelError(error), 'a CobelError')
      assert.equal(error.code, 'ERR_DATA_INVALID')
      for (const part of parts) assert.ok(error.message.includes(part), `"${error.message}" should mention ${part}`)
      return true
    },
  )

const SBA_OWN_FORCE = 'legal/rules/icrc_sba/sba.own_force.yaml'

test('the shipped legal data loads: six frameworks, every rule of frameworks.md, three conflicts', () => {
  assert.deepEqual(
    legal.frameworks.map((f) => f.id),
    ['icrc_sba', 'wentker_coparty', 'neutrality_strict', 'neutrality_qualified', 'arsiwa_complicity', 'icl_individual'],
  )
  // The 26 rules of frameworks.md §3 (ns.coordinated and nq.coordinated included) and nq.undetermined for conflicts without a determination of aggression.
  assert.equal(legal.rules.length, 27)
  for (const id of ['ns.coordinated', 'nq.coordinated', 'nq.undetermined']) assert.ok(legal.rules.some((rule) => rule.id === id), id)
  assert.deepEqual(legal.conflicts.map((c) => c.id), ['armenia-azerbaijan-2020', 'israel-hamas-2023', 'russia-ukraine-2022'])
  for (const conflict of legal.conflicts) assert.deepEqual(conflict.overrides, [])
  assert.deepEqual(legal.conflicts.filter((c) => c.default).map((c) => c.id), ['russia-ukraine-2022'])
})

test('frameworks declare where they apply: neutrality law binds states in international armed conflicts only', () => {
  const scope = (id: string) => legal.frameworks.find((f) => f.id === id)!.applies_to
  for (const id of ['neutrality_strict', 'neutrality_qualified']) {
    assert.deepEqual(scope(id).actor_kinds, ['state'])
    assert.deepEqual(scope(id).classifications, ['international_armed_conflict'])
  }
  assert.ok(scope('icrc_sba').classifications.includes('non_international_armed_conflict'))
  assert.ok(scope('arsiwa_complicity').actor_kinds.includes('organisation'))
  assert.ok(scope('arsiwa_complicity').cite.includes('ARIO_14'))
})

test('the new conflicts: Israel–Hamas contested with both views sourced, Armenia–Azerbaijan an international armed conflict', () => {
  const conflict = (id: string) => legal.conflicts.find((c) => c.id === id)!
  const gaza = conflict('israel-hamas-2023')
  assert.equal(gaza.classification.value, 'contested')
  assert.deepEqual(gaza.classification.views.map((v) => v.classification).sort(), ['international_armed_conflict', 'non_international_armed_conflict'])
  for (const view of gaza.classification.views) assert.ok(view.cite.length > 0)
  assert.deepEqual(gaza.parties.map((p) => [p.actor, p.role]), [['ISR', 'undetermined'], ['HAMAS', 'undetermined']])
  assert.equal(gaza.start, '2023-10-07')
  assert.equal(gaza.end, null)
  const karabakh = conflict('armenia-azerbaijan-2020')
  assert.equal(karabakh.classification.value, 'international_armed_conflict')
  assert.deepEqual([karabakh.start, karabakh.end], ['2020-09-27', '2020-11-10'])
  assert.deepEqual(karabakh.parties.map((p) => p.actor).sort(), ['ARM', 'AZE'])
  assert.ok(karabakh.theatre.some((t) => t.id === 'nagorno-karabakh'))
})

test('a contested classification needs two differing views, each with its sources', () => {
  const path = 'conflicts/israel-hamas-2023.yaml'
  const text = readFileSync(join(DATA, path), 'utf8').replace(/classification: international_armed_conflict\n/, 'classification: non_international_armed_conflict\n')
  rejects(filesWith(path, text), path, 'at classification.views', 'at least two views')
})

test('the bibliography holds every citation key of frameworks.md "Sources"', () => {
  const keys = new Set(legal.bibliography.map((entry) => entry.key))
  const expected = ['Ferraro2013', 'Ferraro2015', 'ICRC2016_CA1', 'ICRC2016_CA2', 'vSteenbergheLesaffre2017', 'Wentker2023', 'ChathamHouse2024',
    'HellerTrabucco2022', 'Schmitt2022', 'StrictVsQualified2023', 'Clancy2023', 'HagueV_2_5', 'HagueV_7_9', 'HagueXIII_6', 'Jackson1941',
    'DoDManual15_2_2', 'ARSIWA_4_6', 'ARSIWA_16', 'ARSIWA_41', 'Moynihan2017', 'Milanovic2022', 'Milanovic2024', 'Gauseweg2024',
    'LieberIran2022', 'IJICL2024', 'ATT_6', 'ATT_7', 'RS_25_3', 'Stewart2014', 'Melzer2009', 'ICC2024', 'UNGA_ES11_1',
    'UNSC_1718_1874_2270', 'UNSC_2231_AnnexB', 'NYT2022', 'Lavrov2022', 'Putin2024', 'Kirby2022']
  for (const key of expected) assert.ok(keys.has(key), `${key} is missing`)
})

test('a rule file with an unknown tier names the file and the field', () => {
  const text = readFileSync(join(DATA, SBA_OWN_FORCE), 'utf8').replace('then: party', 'then: partyy')
  rejects(filesWith(SBA_OWN_FORCE, text), SBA_OWN_FORCE, 'at then', 'partyy', 'not_party, supporter, party')
})

test('a rule file with a misspelt condition field names the file and the field', () => {
  const text = readFileSync(join(DATA, SBA_OWN_FORCE), 'utf8').replace('actor_type:', 'actor_typ:')
  rejects(filesWith(SBA_OWN_FORCE, text), SBA_OWN_FORCE, 'at when', 'actor_typ')
})

test('a rule file with a wrong condition value names the file, the field and the value', () => {
  const text = readFileSync(join(DATA, SBA_OWN_FORCE), 'utf8').replace('conduct: {set: hostilities}', 'conduct: [troops, drones]')
  rejects(filesWith(SBA_OWN_FORCE, text), SBA_OWN_FORCE, 'at when.conduct.1', '"drones" is not a value of conduct')
})

test('unknown sets, flags, grounds and citation keys are named with their file', () => {
  const original = readFileSync(join(DATA, SBA_OWN_FORCE), 'utf8')
  rejects(filesWith(SBA_OWN_FORCE, original.replace('{set: state_actor}', '{set: state_actors}')), SBA_OWN_FORCE, 'at when.actor_type', 'unknown set state_actors')
  rejects(filesWith(SBA_OWN_FORCE, original.replace('{set: state_actor}', '{set: hostilities}')), SBA_OWN_FORCE, 'holds values of conduct')
  rejects(filesWith(SBA_OWN_FORCE, original.replace('[personnel_combatants]', '[combatants]')), SBA_OWN_FORCE, 'at flags.0', 'unknown flag combatants')
  rejects(filesWith(SBA_OWN_FORCE, original.replace('Ferraro2013]', 'Ferraro2031]')), SBA_OWN_FORCE, 'at cite.1', 'unknown citation key Ferraro2031')
  rejects(filesWith(SBA_OWN_FORCE, `${original}grounds: treason\n`), SBA_OWN_FORCE, 'at grounds', 'unknown ground treason')
})

test('a rule whose id or framework does not match its path is rejected', () => {
  const original = readFileSync(join(DATA, SBA_OWN_FORCE), 'utf8')
  rejects(filesWith(SBA_OWN_FORCE, original.replace('id: sba.own_force', 'id: sba.own_forces')), SBA_OWN_FORCE, 'at id', 'file name')
  rejects(filesWith(SBA_OWN_FORCE, original.replace('framework: icrc_sba', 'framework: wentker_coparty')), SBA_OWN_FORCE, 'at framework', 'folder')
})

test('YAML syntax errors give the file and the line', () => {
  rejects(filesWith(SBA_OWN_FORCE, 'id: sba.own_force\nwhen: {conduct: [troops\n'), SBA_OWN_FORCE, 'YAML syntax error', 'line')
})

test('a conflict override with a value its field does not allow is rejected', () => {
  const path = 'conflicts/russia-ukraine-2022.yaml'
  const text = readFileSync(join(DATA, path), 'utf8').replace(
    'overrides: []',
    'overrides:\n  - {actor: USA, field: coordination, value: close, reason: test, source: test}\n',
  )
  rejects(filesWith(path, text), path, 'overrides.0.value', '"close" is not a value of coordination')
})

test('a category missing from the category map is reported', () => {
  const text = readFileSync(join(DATA, 'legal/rule-set.yaml'), 'utf8').replace('  economic: [economic]\n', '')
  rejects(filesWith('legal/rule-set.yaml', text), 'legal/rule-set.yaml', 'category_map', 'economic')
})

test('readLegalData names the broken rule file on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cobel-legal-'))
  try {
    cpSync(join(DATA, 'legal'), join(dir, 'legal'), { recursive: true })
    cpSync(join(DATA, 'conflicts'), join(dir, 'conflicts'), { recursive: true })
    const broken = join(dir, 'legal', 'rules', 'arsiwa_complicity', 'a.risk.yaml')
    writeFileSync(broken, readFileSync(broken, 'utf8').replace('knowledge_ihl: [risk, pattern]', 'knowledge_ihl: [risk, patern]'))
    assert.throws(() => readLegalData(dir), /legal\/rules\/arsiwa_complicity\/a\.risk\.yaml: invalid data\n {2}at when\.knowledge_ihl\.1: "patern" is not a value of knowledge_ihl/)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('adding a rule is adding a data file', () => {
  const path = 'legal/rules/neutrality_strict/ns.financing.yaml'
  const text = 'id: ns.financing\nframework: neutrality_strict\nlabel: the state finances a belligerent\nwhen: {conduct: financial}\nthen: unneutral\ncite: [HellerTrabucco2022]\n'
  const extended = parseLegalData([...filesWith(path, text)])
  assert.equal(extended.rules.length, legal.rules.length + 1)
  assert.equal(extended.rules.find((rule) => rule.id === 'ns.financing')?.then, 'unneutral')
})

test('a rule for all frameworks may only raise flags', () => {
  const path = 'legal/rules/all/any.claim.yaml'
  const text = readFileSync(join(DATA, path), 'utf8').replace('then: null', 'then: party')
  rejects(filesWith(path, text), path, 'at then', 'only raise flags')
})
