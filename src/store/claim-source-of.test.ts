import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Quote } from '../domain/records.js'
import { claimSourceOf } from './claim-source-of.js'

const quote = (fields: Partial<Quote>): Quote => ({
  start: 0,
  end: 10,
  text: 'words',
  kind: 'direct',
  speaker: null,
  role: null,
  org: null,
  outlet: null,
  speakerType: 'person',
  speakerActor: null,
  standing: null,
  verb: null,
  cues: [],
  rule: 'quote.test',
  paragraph: 0,
  ...fields,
})

test('the source of a claim: its quote, a quote of the speaker it is attributed to, else its status rule', () => {
  const kirby = quote({ speaker: 'John Kirby', speakerActor: 'USA', standing: 'official' })
  const ministry = quote({ speaker: null, org: 'Iranian foreign ministry', speakerType: 'institution', speakerActor: 'IRN' })
  const quotes = [kirby, ministry, quote({ role: 'a senior official', speakerType: 'unnamed', speakerActor: 'USA', standing: 'official' }), quote({ speaker: 'Jane Doe', standing: 'expert' })]
  const claim = (fields: { quote?: number | null; attributedTo?: string | null; statusRule?: string }) => ({ quote: null, attributedTo: null, statusRule: 'status.journalist-voice', ...fields })
  assert.deepEqual(claimSourceOf(claim({ quote: 0, attributedTo: 'John Kirby' }), quotes), { actor: 'USA', class: 'official' })
  assert.deepEqual(claimSourceOf(claim({ quote: 1 }), quotes), { actor: 'IRN', class: 'institution' })
  assert.deepEqual(claimSourceOf(claim({ quote: 2 }), quotes), { actor: 'USA', class: 'unnamed' })
  assert.deepEqual(claimSourceOf(claim({ quote: 3 }), quotes), { actor: null, class: 'expert' })
  // "Kirby said Iran sent trainers", Kirby being quoted elsewhere in the document.
  assert.deepEqual(claimSourceOf(claim({ attributedTo: 'John Kirby', statusRule: 'status.official-statement' }), quotes), { actor: 'USA', class: 'official' })
  // Attributed without any quote: the status rule says what kind of source it is; its state is not known.
  assert.deepEqual(claimSourceOf(claim({ attributedTo: 'the minister', statusRule: 'status.official-statement' }), quotes), { actor: null, class: 'official' })
  assert.deepEqual(claimSourceOf(claim({ attributedTo: 'Reuters', statusRule: 'status.media-report' }), quotes), { actor: null, class: 'media' })
  assert.deepEqual(claimSourceOf(claim({ attributedTo: 'sources', statusRule: 'status.unnamed-source' }), quotes), { actor: null, class: 'unnamed' })
  assert.deepEqual(claimSourceOf(claim({}), quotes), { actor: null, class: 'journalist' })
  assert.deepEqual(claimSourceOf(claim({ statusRule: 'status.media-report' }), quotes), { actor: null, class: 'media' })
})
