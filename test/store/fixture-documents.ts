import { documentIdOf } from '../../src/store/document-id.js'
import type { DocumentToSave } from '../../src/store/save-documents.js'
import { makeAnalysis, type AnalysisSpec } from './make-analysis.js'

// Invented reports about invented deliveries; none of these sentences comes from a real article.
const LEDGER_STORY = [
  'Officials in Kyiv said on Monday that Iran delivered a new batch of Shahed drones to Russia last week.',
  'The ministry spokesperson added that the drones had been launched against power stations in three regions overnight.',
  'According to the statement, air defence crews intercepted most of them before they reached the grid.',
  'Engineers worked through the night to restore electricity to hospitals and water pumping stations.',
  'The government asked its partners for more interceptors and for generators before the winter.',
  'A regional governor described damaged substations, broken windows and long queues at fuel stations.',
  'Repair teams expected the network to be stable again within several days if no new strikes came.',
]

/** Saves a spec as the ingest would, with the id computed from the text. */
export function toSave(spec: AnalysisSpec, extra: Partial<DocumentToSave> = {}): DocumentToSave {
  const id = documentIdOf(spec.text)
  const analysis = makeAnalysis({ ...spec, id })
  return {
    id,
    analysis,
    sourceId: spec.id ?? null,
    source: `fixture:${spec.id ?? id.slice(0, 8)}`,
    sourceFormat: 'jsonl',
    rawSha256: id,
    capturedAt: new Date('2024-01-01T00:00:00Z'),
    url: spec.url ?? null,
    outlet: spec.outlet ?? null,
    publishedAt: spec.publishedAt ?? null,
    dataVersion: 'test-data',
    ...extra,
  }
}

export const DOC_A = toSave({
  id: 'ledger-a',
  title: 'Drone strikes on power stations',
  text: LEDGER_STORY.join(' '),
  lang: 'en',
  url: 'https://www.ledger.example/world/drones?utm_source=feed',
  outlet: 'The Daily Ledger',
  publishedAt: '2023-01-10T08:00:00Z',
  claims: [{ supplier: 'IRN', recipient: 'RUS', category: 'drones', status: 'confirmed', evidence: 'Iran delivered a new batch of Shahed drones to Russia', materiel: ['Shahed'], context: { civilianHarm: true } }],
})

/** A wire copy of A in another outlet: a byline added, the last sentence replaced. */
export const DOC_B = toSave({
  id: 'post-b',
  title: 'Russia receives more Iranian drones',
  text: ['By our correspondent.', ...LEDGER_STORY.slice(0, -1), 'Further strikes were feared.'].join(' '),
  lang: 'en',
  url: 'https://morningpost.example/b',
  outlet: 'Morning Post',
  publishedAt: '2023-01-11',
  claims: [{ supplier: 'IRN', recipient: 'RUS', category: 'drones', status: 'reported', evidence: 'Iran delivered a new batch of Shahed drones to Russia' }],
})

/** Another article of A's outlet: independent text, same outlet. */
export const DOC_C = toSave({
  id: 'ledger-c',
  title: 'More drones expected',
  text: 'Military analysts believe that Iran sent more drones to Russia in January. They point to debris recovered after recent attacks on the capital. The defence ministry declined to comment on the report.',
  lang: 'en',
  url: 'https://ledger.example/world/more-drones',
  outlet: 'The Daily Ledger',
  publishedAt: '2023-02-01',
  claims: [{ supplier: 'IRN', recipient: 'RUS', category: 'drones', status: 'reported', evidence: 'Iran sent more drones to Russia' }],
})

export const DOC_D = toSave({
  id: 'quotidien-d',
  title: 'Téhéran dément les livraisons',
  text: "Selon le ministre ukrainien, l'Iran a livré des drones à la Russie au printemps. Téhéran dément toute livraison d'armes. « Nous n'avons envoyé aucun drone pour cette guerre », a affirmé le porte-parole Karim Tavassoli lors des négociations.",
  lang: 'fr',
  url: 'https://quotidien.example/d',
  outlet: 'Le Quotidien du Soir',
  publishedAt: '2023-03-05',
  claims: [
    { supplier: 'IRN', recipient: 'RUS', category: 'drones', status: 'reported', evidence: "l'Iran a livré des drones à la Russie", attributedTo: 'ministre ukrainien' },
    { supplier: 'IRN', recipient: 'RUS', category: 'drones', status: 'denied', evidence: "Nous n'avons envoyé aucun drone", attributedTo: 'Karim Tavassoli' },
  ],
  quotes: [{ quote: "Nous n'avons envoyé aucun drone pour cette guerre", speaker: 'Karim Tavassoli', role: 'porte-parole' }],
})

export const DOC_E = toSave({
  id: 'wire-e',
  title: 'Shells cross the border',
  text: 'The defence ministry confirmed that North Korea shipped artillery shells to Russia by rail. Satellite images show trains at a border station. The Revolutionary Guards were said to have trained crews in Crimea.',
  lang: 'en',
  url: 'https://wire.example/e',
  outlet: 'Wire Service',
  publishedAt: '2023-04-01',
  claims: [
    { supplier: 'PRK', recipient: 'RUS', category: 'artillery_ammunition', status: 'confirmed', evidence: 'North Korea shipped artillery shells to Russia' },
    { supplier: 'IRN', recipient: 'RUS', category: 'trainers', status: 'reported', evidence: 'The Revolutionary Guards were said to have trained crews in Crimea', via: 'IRGC', context: { location: 'in_theatre' } },
  ],
})

/** No publication date: left out of any as-of view. */
export const DOC_F = toSave({
  id: 'undated-f',
  text: 'Washington plans to send another air defence system to Ukraine, a senator said. The package still needs approval.',
  lang: 'en',
  outlet: null,
  claims: [{ supplier: 'USA', recipient: 'UKR', category: 'air_defence', status: 'alleged_future', evidence: 'Washington plans to send another air defence system to Ukraine' }],
})

export const ALL_DOCS = [DOC_A, DOC_B, DOC_C, DOC_D, DOC_E, DOC_F]
