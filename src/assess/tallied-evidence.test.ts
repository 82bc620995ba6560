import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { random } from '../bench/generate-articles.js'
import type { EvidenceClaim } from '../domain/evidence.js'
import { STATUSES, type Category } from '../domain/vocabulary.js'
import { conflictOf, evidenceBoundaries, totalClaims, type ActorInfo } from './aggregate-facts.js'
import { assessActors, type ActorAssessment } from './assess-actor.js'
import { assessTimeline } from './assess-timeline.js'
import { readLegalData } from './read-legal-data.js'

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
function dayNear(next: () => number): string | null {
  if (next() < 0.05) return null
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
      independenceKey: pick(['outlet:a', 'outlet:b', `doc:${i}`, 'outlet:a']),
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
function tally(claims: readonly EvidenceClaim[], perDay: boolean): EvidenceClaim[] {
  const period = (day: string | null): string => {
    if (!day || perDay) return String(day)
    const below = boundaries.filter((b) => b <= day).length
    return String(below * 2 + (boundaries.includes(day) ? 1 : 0))
  }
  const groups = new Map<string, EvidenceClaim[]>()
  for (const claim of claims) {
    const key = JSON.stringify([claim.supplier, claim.recipient, claim.category, claim.status, claim.via, claim.context, period(claim.publishedAt)])
    groups.set(key, [...(groups.get(key) ?? []), claim])
  }
  return [...groups.values()].map((group) => {
    const days = group.map((c) => c.publishedAt).filter((d): d is string => !!d).sort()
    const keys = group.map((c) => c.independenceKey).sort()
    return {
      ...group.reduce((a, b) => (a.id < b.id ? a : b)),
      publishedAt: days[0] ?? null,
      lastPublishedAt: days.at(-1) ?? null,
      count: group.length,
      independenceKey: keys[0]!,
      independenceKeys: [...new Set([keys[0]!, keys.at(-1)!])],
    }
  })
}

/** Everything a verdict consists of, without the claim lists (which list one claim per entry). */
const verdicts = (assessments: readonly ActorAssessment[]) =>
  assessments.map((a) => ({
    actor: a.actor,
    notes: a.notes,
    rows: a.rows.map((row) => ({ key: row.key, facts: row.facts, interval: row.interval, claims: totalClaims(row.claims), against: totalClaims(row.counterEvidence) })),
    frameworks: a.frameworks.map((f) => ({
      framework: f.framework,
      tier: f.tier,
      confidence: f.confidence,
      flags: f.flags,
      grounds: f.grounds,
      fired: f.fired.map((rule) => `${rule.ruleId}@${rule.row}`),
      next: f.next,
      interval: f.interval,
      claims: totalClaims(f.claims),
      against: totalClaims(f.counterEvidence),
    })),
  }))

test('claims tallied by period between the conflict boundaries give the same verdicts as the claims themselves', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const claims = randomClaims(3000, seed)
    const tallied = tally(claims, false)
    const merged = tallied.filter((entry) => entry.count! > 1).length
    assert.ok(merged > 100, `seed ${seed}: entries must stand for several claims (${merged} of ${tallied.length} do)`)
    assert.deepEqual(verdicts(assessActors(tallied, legal, { actors: ACTORS })), verdicts(assessActors(claims, legal, { actors: ACTORS })), `seed ${seed}`)
    const asOf = boundaries[2]!
    const before = claims.filter((c) => c.publishedAt && c.publishedAt <= asOf)
    assert.deepEqual(verdicts(assessActors(tally(before, false), legal, { actors: ACTORS, asOf })), verdicts(assessActors(claims, legal, { actors: ACTORS, asOf })), `seed ${seed} as of ${asOf}`)
  }
})

test('claims tallied per day give the same timeline as the claims themselves', () => {
  const claims = randomClaims(400, 9)
  assert.deepEqual(assessTimeline(tally(claims, true), legal, { actors: ACTORS }), assessTimeline(claims, legal, { actors: ACTORS }))
})

test('tallying across periods would change verdicts, which is why boundaries exist', () => {
  // One confirmed transfer before a UN measure began and one during it: counted as one entry
  // dated before, the measure would not apply.
  const measure = conflict.unsc_measures.find((m) => m.categories.length > 0)
  assert.ok(measure, 'the conflict definition has a UN measure with categories')
  const base = randomClaims(1, 1)[0]!
  const claims: EvidenceClaim[] = [
    { ...base, id: 'a', supplier: measure.actor, recipient: 'RUS', category: measure.categories[0]!, status: 'confirmed', via: null, context: {}, publishedAt: '2000-01-01' },
    { ...base, id: 'b', supplier: measure.actor, recipient: 'RUS', category: measure.categories[0]!, status: 'confirmed', via: null, context: {}, publishedAt: measure.from },
  ]
  const rowOf = (list: EvidenceClaim[]) => assessActors(list, legal, { actors: ACTORS })[0]!.rows[0]!
  assert.equal(rowOf(claims).facts.unsc_measure_in_force, true)
  assert.equal(rowOf(tally(claims, false)).facts.unsc_measure_in_force, true)
  const merged = { ...claims[0]!, count: 2, lastPublishedAt: measure.from }
  assert.equal(rowOf([merged]).facts.unsc_measure_in_force, false)
})
