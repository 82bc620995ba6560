import type { ClaimSource } from '../domain/evidence.js'
import type { Status } from '../domain/vocabulary.js'
import { registryOf, rollUp, type ActorInfo } from './roll-up.js'
import type { Conflict, LegalData, Reliability, SourceKind } from './legal-data.js'

/**
 * A claim's source grade, Admiralty style: the reliability of who says it (A–F, from the kind of
 * source relative to the transfer) and the credibility of what is said (1–6, from how it is said).
 */
export interface SourceGrade {
  readonly kind: SourceKind
  readonly reliability: Reliability
  readonly credibility: number
  /** "B2": reliability and credibility together. */
  readonly code: string
  /** The speaker's state or organisation after roll-up (IRGC → IRN), when known. */
  readonly sourceActor: string | null
  /** Why, in words: "an official of a third state (USA)". */
  readonly basis: string
}

/** What grading reads of a claim. */
export interface GradedClaim {
  readonly supplier: string
  readonly recipient: string | null
  readonly via: string | null
  readonly status: Status
  readonly source?: ClaimSource
}

export interface GradeContext {
  readonly grading: LegalData['grading']
  /** The conflict the claim is weighed in: its parties tell the adverse party from a third state. */
  readonly conflict?: Conflict | undefined
  readonly actors?: readonly ActorInfo[] | undefined
}

const OFFICIAL = new Set(['official', 'institution'])

/**
 * Grades a claim by who says it relative to the transfer: the supplier or the recipient (an
 * admission), an international body (UN, IAEA, OSCE), a third state's official, an
 * organisation's official, the adverse party's official, an official of no identified state, a
 * named expert or lawmaker, a media report naming its source, unnamed sources or the
 * journalist's own voice, or nobody known. Pure; the table is data/legal/source-grades.yaml.
 */
export function gradeClaim(claim: GradedClaim, context: GradeContext): SourceGrade {
  const registry = registryOf(context.actors)
  const sourceClass = claim.source?.class ?? null
  const raw = claim.source?.actor ?? null
  const speaker = raw ? rollUp(raw, null, registry).state : null
  const supplier = rollUp(claim.supplier, claim.via, registry).state
  const recipient = claim.recipient ? rollUp(claim.recipient, null, registry).state : null
  const parties = new Set(context.conflict?.parties.map((party) => party.actor) ?? [])
  let kind: SourceKind
  let who = ''
  if (sourceClass && OFFICIAL.has(sourceClass)) {
    if (speaker && (speaker === supplier || speaker === recipient || raw === claim.via)) {
      kind = 'party_admission'
      who = speaker === recipient ? ` (${speaker}, the recipient)` : ` (${speaker}, the supplier)`
    } else if (speaker && context.grading.international_bodies.includes(speaker)) {
      kind = 'international_body'
      who = ` (${speaker})`
    } else if (speaker && registry.get(speaker)?.kind === 'organisation') {
      kind = 'organisation_official'
      who = ` (${speaker})`
    } else if (speaker && parties.has(speaker)) {
      kind = 'adverse_party_official'
      who = ` (${speaker})`
    } else if (speaker) {
      kind = 'third_state_official'
      who = ` (${speaker})`
    } else kind = 'official_unidentified'
  } else if (sourceClass === 'expert' || sourceClass === 'named') kind = 'expert_or_lawmaker'
  else if (sourceClass === 'media') kind = 'media_named_source'
  else if (sourceClass === 'unnamed' || sourceClass === 'journalist') kind = 'media_unnamed_source'
  else kind = 'unattributed'
  const { reliability, label } = context.grading.kinds[kind]
  const credibility = context.grading.credibility_by_status[claim.status]
  return { kind, reliability, credibility, code: `${reliability}${credibility}`, sourceActor: speaker, basis: `${label}${who}` }
}

/** The kinds of source whose statement of fact is one state's official word. */
export const STATE_OFFICIAL_KINDS: readonly SourceKind[] = ['third_state_official', 'adverse_party_official']
