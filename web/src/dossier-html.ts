import type { ActorAssessment, ClaimRef, StoredQuote } from './api-types'

/** Words the export needs, already in the reader's language. */
export interface DossierWords {
  readonly title: string
  readonly actorName: (code: string | null | undefined) => string
  readonly frameworkTitle: (id: string) => string
  readonly v: (value: string | null | undefined) => string
  readonly labels: { readonly asOf: string; readonly conflict: string; readonly tier: string; readonly rules: string; readonly claims: string; readonly denials: string; readonly quotes: string; readonly sources: string; readonly disclaimer: string; readonly exported: string; readonly grade: string }
}

const escape = (text: string | null | undefined): string =>
  (text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** Only http(s) links are kept; anything else is shown as text. */
const link = (url: string | null, label: string): string => (url && /^https?:\/\//i.test(url) ? `<a href="${escape(url)}">${escape(label)}</a>` : escape(label))

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;color:#101828;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{margin-bottom:.2rem}h2{border-bottom:1px solid #d0d5dd;padding-bottom:.2rem;margin-top:2rem}
.muted{color:#475467}.tier{display:inline-block;border:1px solid #344054;border-radius:999px;padding:0 .5rem}
blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.6rem;border-left:3px solid #d0d5dd}
li{margin:.4rem 0}.grade{font-family:ui-monospace,monospace;font-weight:600}
table{border-collapse:collapse}td,th{border:1px solid #d0d5dd;padding:.2rem .5rem;text-align:left}
@media print{a{color:inherit}}`

/**
 * A state's dossier as one HTML file an analyst can send: per framework the tier, the rules that
 * fired and the claims and denials behind it with their evidence and sources; the quotes about the
 * state; the sources listed. No script, no outside file: it opens offline in any browser.
 */
export function dossierHtml(assessment: ActorAssessment, quotes: readonly StoredQuote[], words: DossierWords, exportedAt: Date): string {
  const { labels, v } = words
  const claim = (ref: ClaimRef | undefined): string =>
    ref
      ? `<li data-claim-id="${escape(ref.id)}"><span class="grade">${escape(ref.grade?.code ?? '')}</span> ${escape(v(ref.status))} · ${escape(v(ref.category))} · ${escape(words.actorName(ref.supplier))} → ${escape(words.actorName(ref.recipient))}
<blockquote>${escape(ref.sentence ?? ref.evidence)}</blockquote>
<span class="muted">${link(ref.url, ref.documentTitle ?? ref.documentId.slice(0, 12))} · ${escape(ref.outlet ?? '?')} · ${escape(ref.publishedAt ?? '?')}${ref.attributedTo ? ` · ${escape(ref.attributedTo)}` : ''}${ref.grade ? ` · ${escape(labels.grade)}: ${escape(ref.grade.basis)}` : ''}</span></li>`
      : ''
  const frameworks = assessment.frameworks
    .map(
      (f) => `<section data-framework="${escape(f.framework)}"><h2>${escape(words.frameworkTitle(f.framework))}</h2>
<p>${escape(labels.tier)}: <span class="tier">${escape(v(f.tier))}</span>${f.confidence ? ` (${escape(v(f.confidence))})` : ''}</p>
${f.fired.length ? `<p>${escape(labels.rules)}:</p><ul>${f.fired.map((r) => `<li><code>${escape(r.ruleId)}</code> ${escape(r.label)}</li>`).join('')}</ul>` : ''}
${f.claimIds.length ? `<h3>${escape(labels.claims)} (${f.claimCount})</h3><ol>${f.claimIds.map((id) => claim(assessment.claims[id])).join('')}</ol>` : ''}
${f.counterEvidenceIds.length ? `<h3>${escape(labels.denials)} (${f.counterEvidenceCount})</h3><ol>${f.counterEvidenceIds.map((id) => claim(assessment.claims[id])).join('')}</ol>` : ''}
</section>`,
    )
    .join('\n')
  const quoteList = quotes.length
    ? `<h2>${escape(labels.quotes)}</h2><ul>${quotes.map((q) => `<li><blockquote>« ${escape(q.text)} »</blockquote><span class="muted">${escape(q.speaker ?? '?')}${q.role ? `, ${escape(q.role)}` : ''} · ${link(q.document?.url ?? null, q.document?.title ?? q.documentId.slice(0, 12))}</span></li>`).join('')}</ul>`
    : ''
  const sources = new Map<string, ClaimRef>()
  for (const ref of Object.values(assessment.claims)) if (!sources.has(ref.documentId)) sources.set(ref.documentId, ref)
  const sourceRows = [...sources.values()]
    .sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''))
    .map((ref) => `<tr><td>${escape(ref.publishedAt ?? '?')}</td><td>${escape(ref.outlet ?? '?')}</td><td>${link(ref.url, ref.documentTitle ?? ref.documentId.slice(0, 12))}</td><td><code>${escape(ref.documentId.slice(0, 16))}</code></td></tr>`)
    .join('')
  return `<!doctype html>
<html lang="${document.documentElement.lang || 'en'}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escape(words.title)}</title><style>${STYLE}</style></head>
<body><h1>${escape(words.title)}</h1>
<p class="muted">${escape(labels.conflict)}: ${escape(assessment.conflict)} · ${escape(labels.asOf)} ${escape(assessment.asOf ?? '—')} · ${escape(labels.exported)} ${escape(exportedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC</p>
<p class="muted">${escape(labels.disclaimer)}</p>
${frameworks}
${quoteList}
<h2>${escape(labels.sources)}</h2><table><tbody>${sourceRows}</tbody></table>
</body></html>
`
}
