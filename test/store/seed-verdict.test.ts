// From the motivating article to a verdict, as a user runs it: `cobel ingest` the seed article
// (read in place from ../shared/corpus), then `cobel assess --json` on the same store.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, test } from 'node:test'

const CLI = fileURLToPath(new URL('../../src/cli/run.ts', import.meta.url))
const SEED = fileURLToPath(new URL('../../../shared/corpus/seed-article.fr.txt', import.meta.url))
const data = mkdtempSync(join(tmpdir(), 'cobel-seed-'))
after(() => rmSync(data, { recursive: true, force: true }))

const cobel = (...args: string[]) => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args, '--data', data], { encoding: 'utf8' })
  assert.equal(run.status, 0, run.stderr)
  return run.stdout
}

interface Compact {
  actor: string
  asOf: string | null
  undated: number
  frameworks: { framework: string; tier: string; confidence: string | null; flags: string[]; claimIds: string[]; counterEvidenceIds: string[]; claimCount: number }[]
  claims: Record<string, { evidence: string; documentId: string; status: string; grade?: { code: string } }>
}

test('the seed article ingested and assessed: each state under each framework, traceable to its sentences', { skip: !existsSync(SEED) && 'no ../shared/corpus beside the checkout' }, () => {
  cobel('ingest', SEED, '--jobs', '0')
  const results = JSON.parse(cobel('assess', '--json', '--claims', '3')) as Compact[]
  const tier = (actor: string, framework: string) => results.find((r) => r.actor === actor)?.frameworks.find((f) => f.framework === framework)
  // Iran: trainers and technical support confirmed by the US, drones reported.
  assert.equal(tier('IRN', 'icrc_sba')?.tier, 'supporter')
  assert.equal(tier('IRN', 'neutrality_strict')?.tier, 'unneutral')
  assert.equal(tier('IRN', 'neutrality_qualified')?.tier, 'unneutral')
  assert.equal(tier('IRN', 'arsiwa_complicity')?.tier, 'complicit')
  // North Korea: shells to the aggressor while UN measures forbid its arms exports.
  assert.equal(tier('PRK', 'arsiwa_complicity')?.tier, 'complicit')
  assert.ok(tier('PRK', 'arsiwa_complicity')?.flags.includes('breach_unsc_measures'))
  // Aid to the victim of aggression is non-belligerence under qualified neutrality, not complicity.
  assert.equal(tier('USA', 'neutrality_qualified')?.tier, 'non_belligerent')
  assert.equal(tier('USA', 'arsiwa_complicity')?.tier, 'no_responsibility')
  // S9: "la Russie considère déjà les États-Unis … comme une partie à la guerre" is a political claim only.
  assert.ok(tier('USA', 'icrc_sba')?.flags.includes('political_claim_only'))
  assert.equal(tier('USA', 'icrc_sba')?.tier, 'supporter')
  // NATO is an organisation: not under Hague neutrality.
  assert.equal(tier('NATO', 'neutrality_strict')?.tier, 'not_applicable')
  // One US spokesman's assessment of Iranian trainers is an allegation, graded B2 (a third state's official).
  const [iranTraining] = JSON.parse(cobel('assess', '--json', '--actor', 'IRN', '--claims', '50')) as Compact[]
  assert.equal(tier('IRN', 'icrc_sba')?.confidence, 'alleged')
  const kirby = Object.values(iranTraining!.claims).find((claim) => /formateurs/.test(claim.evidence) && claim.status === 'confirmed')
  assert.equal(kirby?.grade?.code, 'B2')
  // The article has no date: every claim counts at the day it was captured, with a warning.
  assert.ok(results.every((r) => r.undated > 0 && r.asOf))
  // Saudi Arabia's alignment with Russia on oil is economic: no framework counts it as support.
  assert.equal(tier('SAU', 'icrc_sba')?.tier, 'not_party')
  assert.equal(tier('SAU', 'neutrality_strict')?.tier, 'neutral')
  assert.equal(tier('SAU', 'arsiwa_complicity')?.tier, 'no_responsibility')
  // …and what the article reports is an accusation, which Riyadh denied: a political claim only.
  const saudi = results.find((r) => r.actor === 'SAU')!
  assert.ok(saudi.frameworks.every((f) => f.flags.includes('political_claim_only')))
  const denials = saudi.frameworks[0]!.counterEvidenceIds.map((id) => saudi.claims[id]!)
  assert.ok(denials.some((claim) => claim.status === 'denied' && /Arabie saoudite/.test(claim.evidence)))
  // Every listed claim carries the words of its sentence, read back from the store.
  const iran = results.find((r) => r.actor === 'IRN')!
  const listed = iran.frameworks.flatMap((f) => f.claimIds)
  assert.ok(listed.length > 0 && iran.frameworks.every((f) => f.claimIds.length <= 3))
  for (const id of listed) assert.ok(iran.claims[id]!.evidence.length > 10, id)
  // The text report names the same claims with their evidence.
  const text = cobel('assess', '--actor', 'IRN')
  assert.match(text, /\[B2\] confirmed ".*formateurs.*" — John Kirby/)
  assert.match(text, /warning: \d+ of them have no publication date and are counted at the day their document was captured/)
  // As of a day before it was captured, the article is left out, and the answer says so.
  const before = cobel('assess', '--as-of', '2022-10-31')
  assert.match(before, /left out: \d+ undated, captured after 2022-10-31 \(publication date unknown\)/)
  assert.match(before, /No outside state has support claims counted in this conflict by 2022-10-31/)
})

test('assess: actors by name; an unknown actor, framework or conflict exits 2 listing the valid values', { skip: !existsSync(SEED) && 'no ../shared/corpus beside the checkout' }, () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', CLI, 'assess', ...args, '--data', data], { encoding: 'utf8' })
  const byName = run('--actor', 'iran', '--json', '--claims', '0')
  assert.equal(byName.status, 0, byName.stderr)
  assert.deepEqual((JSON.parse(byName.stdout) as Compact[]).map((a) => a.actor), ['IRN'])
  const actor = run('--actor', 'XYZ')
  assert.equal(actor.status, 2)
  assert.match(actor.stderr, /--actor: unknown actor "XYZ".*Known codes: .*IRN/)
  const framework = run('--framework', 'nope')
  assert.equal(framework.status, 2)
  assert.match(framework.stderr, /unknown framework nope; known: icrc_sba, /)
  const conflict = run('--conflict', 'nope')
  assert.equal(conflict.status, 2)
  assert.match(conflict.stderr, /unknown conflict nope; known: .*russia-ukraine-2022/)
})
