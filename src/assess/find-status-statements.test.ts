import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { assessActors } from './assess-actor.js'
import { conflictOf } from './aggregate-facts.js'
import { findStatusStatements, type ClaimSentence } from './find-status-statements.js'
import { readLegalData } from '../load/read-legal-data.js'

const legal = readLegalData(join(import.meta.dirname, '..', '..', 'data'))
const conflict = conflictOf(legal, 'russia-ukraine-2022')
const names = new Map([
  ['RUS', ['Russie', 'Moscou', 'Kremlin', 'Russia', 'Moscow']],
  ['UKR', ['Ukraine', 'Kyiv', 'Kiev']],
])
const sentence = (text: string, supplier: string, recipient: string, id = 'c1'): ClaimSentence => ({ claimId: id, documentId: `doc-${id}`, supplier, recipient, via: null, sentence: text, day: '2022-10-20' })
const find = (items: ClaimSentence[]) => findStatusStatements(items, legal.statusPhrases, { conflict, names })

test("S9: a belligerent calling a supplier a party is a political statement (the seed article's sentence on the USA)", () => {
  const seed = 'Koffler a noté que la Russie considère déjà les États-Unis et l’OTAN comme une partie à la guerre, l’alliance dirigée par les États-Unis fournissant à l’Ukraine les armes mortelles dont elle a besoin.'
  const found = find([sentence(seed, 'USA', 'UKR'), sentence(seed, 'NATO', 'UKR', 'c2')])
  assert.deepEqual(found.map((s) => [s.actor, s.kind, s.counterpart, s.date]), [
    ['USA', 'belligerent_says_party', 'RUS', '2022-10-20'],
    ['NATO', 'belligerent_says_party', 'RUS', '2022-10-20'],
  ])
  assert.match(found[0]!.source, /^RUS calls USA a party \("partie à la guerre"\)/)
  // The engine flags it and changes no tier (S9: supporter, non_belligerent, political_claim_only).
  const claims = [{ id: 'c1', documentId: 'doc-c1', supplier: 'USA', recipient: 'UKR', category: 'other_weapons' as const, status: 'asserted' as const, attributedTo: 'Rebekah Koffler', evidence: '', sentence: seed, documentTitle: null, url: null, publishedAt: '2022-10-20', outlet: null, independenceKey: 'k', via: null, context: {}, review: 'pending' as const }]
  const usa = assessActors(claims, legal, { statements: found }).find((a) => a.actor === 'USA')
  assert.deepEqual(usa!.frameworks.map((f) => f.tier), ['supporter', 'supporter', 'unneutral', 'non_belligerent', 'no_responsibility', 'none'])
  assert.ok(usa!.flags.some((flag) => flag.id === 'political_claim_only'))
})

test("an expert calling a supplier a party, or a sentence naming only the recipient, is not a belligerent's statement", () => {
  assert.deepEqual(find([sentence("Il serait logique de considérer l'Iran comme une partie à la guerre russo-ukrainienne, étant donné que la République islamique fournit du matériel qui aide Moscou.", 'IRN', 'RUS')]), [])
  assert.deepEqual(find([sentence('Iran supplied drones to Russia.', 'IRN', 'RUS')]), [])
  assert.deepEqual(find([sentence('Moscow says Washington is a party to the conflict by sending HIMARS to Kyiv.', 'RUS', 'UKR')]), [], 'a party supplying is not an outside state')
})

test('a statement dated outside the conflict is left out; one per state, the earliest, with the count of documents', () => {
  const text = 'Moscow says Washington is a party to the conflict by sending HIMARS to Kyiv.'
  assert.deepEqual(find([{ ...sentence(text, 'USA', 'UKR'), day: '2019-01-01' }]), [])
  const found = find([{ ...sentence(text, 'USA', 'UKR', 'a'), day: '2023-01-01' }, { ...sentence(text, 'USA', 'UKR', 'b'), day: '2022-06-01' }])
  assert.equal(found.length, 1)
  assert.equal(found[0]!.date, '2022-06-01')
  assert.match(found[0]!.source, /reported in 2 documents$/)
})
