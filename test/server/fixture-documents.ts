// Invented reports about invented deliveries, written for these tests.
import type { Analysis, Quote, SupportClaim } from '../../src/domain/records.js'
import type { Category, Status } from '../../src/domain/vocabulary.js'
import { documentIdOf } from '../../src/store/document-id.js'
import type { DocumentToSave } from '../../src/store/save-documents.js'

interface ClaimSpec {
  readonly supplier: string
  readonly recipient: string
  readonly category: Category
  readonly status: Status
  /** Exact substring of the text. */
  readonly evidence: string
}

interface DocSpec {
  readonly title: string
  readonly text: string
  readonly url: string
  readonly outlet: string
  /** null: a document without a publication date. */
  readonly publishedAt: string | null
  readonly claims: readonly ClaimSpec[]
  readonly quotes?: readonly { readonly quote: string; readonly speaker: string; readonly speakerActor?: string }[]
}

/** A stored document with the claims and quotes given, as an analysis would have found them. */
export function fixtureDocument(spec: DocSpec): DocumentToSave {
  const id = documentIdOf(spec.text)
  const spanOf = (sub: string) => {
    const start = spec.text.indexOf(sub)
    if (start < 0) throw new Error(`fixture: "${sub}" is not in the text`)
    return { start, end: start + sub.length, text: sub }
  }
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => ({
    ...spanOf(q.quote),
    kind: 'direct',
    speaker: q.speaker,
    role: 'spokesperson',
    org: null,
    outlet: null,
    speakerType: 'person',
    speakerActor: q.speakerActor ?? null,
    standing: 'official',
    verb: 'said',
    cues: ['test.said'],
    rule: 'test.quote',
    paragraph: 0,
  }))
  const sentences = [...spec.text.matchAll(/[^.!?]+[.!?]+["”]?\s*/g)].map((m, index) => ({ index, paragraph: 0, start: m.index!, end: m.index! + m[0].trimEnd().length }))
  const support: SupportClaim[] = spec.claims.map((c) => {
    const evidence = spanOf(c.evidence)
    const sentence = sentences.find((s) => s.start <= evidence.start && evidence.end <= s.end)?.index ?? 0
    const quote = quotes.findIndex((q) => q.start <= evidence.start && evidence.end <= q.end)
    return {
      supplier: c.supplier,
      recipient: c.recipient,
      category: c.category,
      materiel: [],
      status: c.status,
      attributedTo: null,
      evidence,
      sentence,
      quote: quote >= 0 ? quote : null,
      via: null,
      rule: 'test.supply',
      statusRule: `test.status.${c.status}`,
      entries: ['test.entry'],
      cues: ['test.cue'],
      inferred: [],
      context: {},
    }
  })
  const analysis: Analysis = {
    id,
    lang: 'en',
    langSource: 'given',
    supported: true,
    text: spec.text,
    title: spec.title,
    url: spec.url,
    outlet: spec.outlet,
    publishedAt: spec.publishedAt,
    sentences,
    quotes,
    support,
    warnings: [],
    extractor: 'test-extractor@1',
  }
  return {
    id,
    analysis,
    sourceId: spec.title,
    source: `fixture:${spec.title}`,
    sourceFormat: 'text',
    rawSha256: id,
    capturedAt: new Date('2024-01-01T00:00:00Z'),
    url: spec.url,
    outlet: spec.outlet,
    publishedAt: spec.publishedAt,
    dataVersion: 'test-data',
  }
}

export const DRONES = fixtureDocument({
  title: 'Drones reach the front',
  text: 'Officials in Kyiv said on Monday that Iran delivered a new batch of drones to Russia. "Iran delivered drones to Russia and trained its crews," the spokesperson said.',
  url: 'https://ledger.example/drones',
  outlet: 'The Daily Ledger',
  publishedAt: '2022-10-20',
  claims: [
    { supplier: 'IRN', recipient: 'RUS', category: 'drones', status: 'confirmed', evidence: 'Iran delivered a new batch of drones to Russia' },
    { supplier: 'IRN', recipient: 'RUS', category: 'trainers', status: 'asserted', evidence: 'trained its crews' },
  ],
  quotes: [{ quote: 'Iran delivered drones to Russia and trained its crews,', speaker: 'Olena Test', speakerActor: 'UKR' }],
})

export const SHELLS = fixtureDocument({
  title: 'Shells by rail',
  text: 'North Korea shipped artillery shells to Russia by rail, according to satellite images reviewed by analysts. Iran reportedly sent more drones to Russia in November.',
  url: 'https://morningpost.example/shells',
  outlet: 'Morning Post',
  publishedAt: '2022-11-15',
  claims: [
    { supplier: 'PRK', recipient: 'RUS', category: 'artillery_ammunition', status: 'asserted', evidence: 'North Korea shipped artillery shells to Russia' },
    { supplier: 'IRN', recipient: 'RUS', category: 'drones', status: 'reported', evidence: 'Iran reportedly sent more drones to Russia' },
  ],
})

export const DENIAL = fixtureDocument({
  title: 'Tehran denies',
  text: 'Tehran denied the reports. "Iran has never supplied weapons to Russia," the foreign ministry said.',
  url: 'https://wire.example/denial',
  outlet: 'Wire Service',
  publishedAt: '2022-12-01',
  claims: [{ supplier: 'IRN', recipient: 'RUS', category: 'other_weapons', status: 'denied', evidence: 'Iran has never supplied weapons to Russia' }],
  quotes: [{ quote: 'Iran has never supplied weapons to Russia,', speaker: 'Ministry Spokesperson', speakerActor: 'IRN' }],
})

export const FIXTURES = [DRONES, SHELLS, DENIAL] as const
