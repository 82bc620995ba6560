import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { random } from '../bench/generate-articles.js'
import type { EvidenceClaim } from '../domain/evidence.js'
import { STATUSES, type Category } from '../domain/vocabulary.js'
import { conflictOf, evidenceBoundaries, totalClaims, type ActorInfo } from './aggregate-facts.js'
import { assessActors, type ActorAssessment } from './assess-actor.js'
import { assessTimeline } from './assess-timeline.js'
import { readLegalData } from '../load/read-legal-data.js'

const legal = readLegalData(join(import.meta.dirname, '..', '..', 'data'))
const conflict = conflictOf(legal)
const ACTORS: ActorInfo[] = [
  { code: 'IRN', kind: 'state' },
  { code: 'IRGC', kind: 'organ', parent: 'IRN' },
  { code: 'PRK', kind: 'state' },
  { code: 'CHN', kind: 'state' },
  { code: 'RUS', kind: 'state' },
  { code: 'UKR', kind: 'state' },
]
const boundaries = evidenceBoundaries(conflict)
const CATEGORIES_USED: readonly Category[] = ['drones', 'drones', 'missiles', 'trainers', 'technical_support', 'operation_of_weapons', 'economic', 'troops']

/** Days on, just before and just after every boundary, and a few in between. */
function dayNear(next: () => number): string {
  const base = new Date(`${boundaries[Math.floor(next() * boundaries.length)]!}T00:00:00Z`)
  base.setUTCDate(base.getUTCDate() + [-40, -1, 0, 0, 1, 25][Math.floor(next() * 6)]!)
  return base.toISOString().slice(0, 10)
}

function randomClaims(count: number, seed: number): EvidenceClaim[] {
  const next = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  return Array.from({ length: count }, (_, i): EvidenceClaim => {
    const supplier = pick(['IRN', 'IRN', 'IRGC', 'PRK', 'CHN'])
    return {
      id: `c${String(i).padStart(5, '0')}`,
      documentId: `d${i}`,
      supplier,
      recipient: pick(['RUS', 'RUS', 'UKR', 'SYR']),
      // Every status, and categories of each kind of conduct (a few, so that claims repeat).
      category: pick(CATEGORIES_USED),
      status: pick(STATUSES),
      attributedTo: null,
      evidence: '',
      sentence: null,
      documentTitle: null,
      url: null,
      outlet: null,
      publishedAt: dayNear(next),
      // Undated documents come with their capture day; the store marks them.
      ...(next() < 0.05 ? { undated: true } : {}),
      ...(next() < 0.05 ? { impliedByUse: true } : {}),
      // Mostly the journalist's voice, as in news; officials of a third state, the adverse party and the supplier sometimes.
      source: pick([
        { actor: null, class: 'journalist' },
        { actor: null, class: 'journalist' },
        { actor: null, class: 'journalist' },
        { actor: 'USA', class: 'official' },
        { actor: 'GBR', class: 'institution' },
        { actor: 'IRN', class: 'official' },
        { actor: 'UKR', class: 'official' },
      ] as const),
      independenceKey: pick(['outlet:a', 'outlet:b', 'outlet:c', `doc:${i}`, 'outlet:a']),
      via: supplier === 'IRN' && next() < 0.2 ? 'IRGC' : null,
      context: {
        ...(next() < 0.15 ? { location: pick(['in_theatre', 'out_of_theatre'] as const) } : {}),
        ...(next() < 0.05 ? { private: true } : {}),
        ...(next() < 0.1 ? { specificOperation: true } : {}),
        ...(next() < 0.05 ? { civilianHarm: true } : {}),
      },
      review: 'pending',
    }
  })
}

/**
 * What listEvidenceTallies does in SQL, done here over a claim list: claims alike in everything
 * the engine reads, dated in the same period between boundaries (or on the same day), as one
 * entry that counts them.
 */
function tally(claims: readonly EvidenceClaim[], perDay: boolean, bounds: readonly string[] = boundaries): EvidenceClaim[] {
  const period = (day: string | null): string => {
    if (!day || perDay) return String(day)
    const below = bounds.filter((b) => b <= day).length
    return String(below * 2 + (bounds.includes(day) ? 1 : 0))
  }
  const groups = new Map<string, EvidenceClaim[]>()
  for (const claim of claims) {
    const key = JSON.stringify([claim.supplier, claim.recipient, claim.category, claim.status, claim.via, claim.context, claim.source, !!claim.impliedByUse, !!claim.undated, period(claim.publishedAt)])
    groups.set(key, [...(groups.get(key) ?? []), claim])
  }
  return [...groups.values()].map((group) => {
    const days = group.map((c) => c.publishedAt).filter((d): d is string => !!d).sort()
    // The store keeps the three smallest distinct keys: enough to tell one, two or three sources apart.
    const keys = [...new Set(group.map((c) => c.independenceKey))].sort().slice(0, 3)
    return {
      ...group.reduce((a, b) => (a.id < b.id ? a : b)),
      publishedAt: days[0] ?? null,
      lastPublishedAt: days.at(-1) ?? null,
      count: group.length,
      independenceKey: keys[0]!,
      independenceKeys: keys,
    }
  })
}

/** Everything a verdict consists of, without the claim lists (which list one claim per entry). */
const verdicts = (assessments: readonly ActorAssessment[]) =>
  assessments.map((a) => ({
    actor: a.actor,
    notes: a.notes,
    undated: a.undated,
    leftOut: a.leftOut,
    rows: a.rows.map((row) => ({ key: row.key, facts: row.facts, interval: row.interval, proof: row.proof, claims: totalClaims(row.claims), against: totalClaims(row.counterEvidence) })),
    frameworks: a.frameworks.map((f) => ({
      framework: f.framework,
      tier: f.tier,
      confidence: f.confidence,
      flags: f.flags,
      grounds: f.grounds,
      fired: f.fired.map((rule) => `${rule.ruleId}@${rule.row}`),
      next: f.next,
      lower: f.lower,
      confidenceNote: f.confidenceNote,
      interval: f.interval,
      claims: totalClaims(f.claims),
      against: totalClaims(f.counterEvidence),
    })),
  }))

test('claims tallied by period between the conflict boundaries give the same verdicts as the claims themselves', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const claims = randomClaims(6000, seed)
    const tallied = tally(claims, false)
    const merged = tallied.filter((entry) => entry.count! > 1).length
    assert.ok(merged > 100, `seed ${seed}: entries must stand for several claims (${merged} of ${tallied.length} do)`)
    assert.deepEqual(verdicts(assessActors(tallied, legal, { actors: ACTORS })), verdicts(assessActors(claims, legal, { actors: ACTORS })), `seed ${seed}`)
    // An as-of day is one more boundary of the tallies (see evidenceBoundaries).
    const asOf = boundaries[2]!
    const withAsOf = evidenceBoundaries(conflict, asOf)
    assert.deepEqual(verdicts(assessActors(tally(claims, false, withAsOf), legal, { actors: ACTORS, asOf })), verdicts(assessActors(claims, legal, { actors: ACTORS, asOf })), `seed ${seed} as of ${asOf}`)
  }
})

test('claims tallied per day give the same timeline as the claims themselves', () => {
  const claims = randomClaims(400, 9)
  assert.deepEqual(assessTimeline(tally(claims, true), legal, { actors: ACTORS }), assessTimeline(claims, legal, { actors: ACTORS }))
})

test('tallying across periods would change verdicts, which is why boundaries exist', () => {
  // One transfer before a documented pattern began and one after: counted as one entry dated
  // before, the supplier would not know of the pattern.
  const pattern = conflict.patterns[0]
  assert.ok(pattern, 'the conflict definition has a documented pattern')
  const base = randomClaims(1, 1)[0]!
  const claims: EvidenceClaim[] = [
    { ...base, id: 'a', supplier: 'IRN', recipient: pattern.actor, category: pattern.categories[0]!, status: 'confirmed', via: null, context: {}, publishedAt: conflict.start },
    { ...base, id: 'b', supplier: 'IRN', recipient: pattern.actor, category: pattern.categories[0]!, status: 'confirmed', via: null, context: {}, publishedAt: '2022-12-01' },
  ]
  const rowOf = (list: EvidenceClaim[]) => assessActors(list, legal, { actors: ACTORS })[0]!.rows[0]!
  assert.equal(rowOf(claims).facts.knowledge_ihl, 'pattern')
  assert.equal(rowOf(tally(claims, false)).facts.knowledge_ihl, 'pattern')
  const merged = { ...claims[0]!, count: 2, lastPublishedAt: '2022-12-01' }
  assert.equal(rowOf([merged]).facts.knowledge_ihl, 'none')
})
