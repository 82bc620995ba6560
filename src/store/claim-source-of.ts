import type { ClaimSource, SourceClass } from '../domain/evidence.js'
import type { Quote, SupportClaim } from '../domain/records.js'

/**
 * Who says a claim, from what the analysis gives: the quote the claim is stated in; else a quote
 * of the speaker it is attributed to ("Kirby said…" where Kirby is quoted elsewhere in the
 * document); else what its status rule says of the source (an official statement, a media
 * report, unnamed sources, the journalist's own voice). The speaker's state is known only
 * through a quote: the analysis does not give it for claims attributed without one.
 */
export function claimSourceOf(claim: Pick<SupportClaim, 'quote' | 'attributedTo' | 'statusRule'>, quotes: readonly Quote[]): ClaimSource {
  const quoted = claim.quote !== null && claim.quote !== undefined ? quotes[claim.quote] : undefined
  const quote = quoted ?? (claim.attributedTo ? quotes.find((q) => (q.speaker ?? q.role ?? q.org) === claim.attributedTo) : undefined)
  if (quote) return { actor: quote.speakerActor, class: classOfQuote(quote, claim.statusRule) }
  return { actor: null, class: claim.attributedTo ? classOfRule(claim.statusRule) : claim.statusRule === 'status.media-report' ? 'media' : 'journalist' }
}

function classOfQuote(quote: Quote, statusRule: string): SourceClass {
  if (quote.speakerType === 'institution') return 'institution'
  if (quote.speakerType === 'outlet') return 'media'
  if (quote.speakerType === 'unnamed') return 'unnamed'
  if (quote.standing === 'official') return 'official'
  if (quote.standing === 'expert') return 'expert'
  if (quote.standing === 'media') return 'media'
  if (quote.standing === 'other') return 'named'
  return classOfRule(statusRule)
}

/** What the status rule says of a named source (decide-status.ts): an official statement or admission, a media report, unnamed sources. */
function classOfRule(statusRule: string): SourceClass {
  if (statusRule === 'status.official-statement' || statusRule === 'status.admission') return 'official'
  if (statusRule === 'status.media-report') return 'media'
  if (statusRule === 'status.unnamed-source') return 'unnamed'
  if (statusRule === 'status.journalist-voice' || statusRule === 'status.question') return 'journalist'
  return 'named'
}
