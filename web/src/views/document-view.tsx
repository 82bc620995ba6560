import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { api, ApiError, useApi } from '../api'
import type { StoredDocument } from '../api-types'
import { useApp } from '../app-context'
import { Badge, ErrorBox, ExternalLink, GradeBadge, Loading, Section } from '../components/common'
import { useI18n } from '../i18n'
import { href, navigate } from '../router'

type Layer = 'actor' | 'materiel' | 'quote' | 'claim'
const LAYERS: readonly Layer[] = ['claim', 'quote', 'actor', 'materiel']

interface Span {
  readonly start: number
  readonly end: number
  readonly layer: Layer
  readonly id?: string
  readonly title: string
  readonly rejected?: boolean
}

/** A run of text and the spans covering all of it. */
interface Piece {
  readonly start: number
  readonly end: number
  readonly spans: readonly Span[]
}

/** Cuts the text at every span boundary, so overlapping spans (a claim inside a quote) both show. */
export function cutText(length: number, spans: readonly Span[]): Piece[] {
  const bounds = new Set([0, length])
  for (const s of spans) {
    if (s.start >= 0 && s.end <= length && s.start < s.end) {
      bounds.add(s.start)
      bounds.add(s.end)
    }
  }
  const sorted = [...bounds].sort((a, b) => a - b)
  const pieces: Piece[] = []
  for (let i = 0; i < sorted.length - 1; i++) {
    const start = sorted[i]!
    const end = sorted[i + 1]!
    pieces.push({ start, end, spans: spans.filter((s) => s.start <= start && s.end >= end) })
  }
  return pieces
}

/** Pieces in runs: those inside the focused claim or quote in one run, drawn with one outline. */
export function groupFocused(pieces: readonly Piece[], range: { start: number; end: number } | null): { focused: boolean; pieces: Piece[] }[] {
  const groups: { focused: boolean; pieces: Piece[] }[] = []
  for (const piece of pieces) {
    const inside = !!range && piece.start >= range.start && piece.end <= range.end
    const last = groups[groups.length - 1]
    if (last && last.focused === inside) last.pieces.push(piece)
    else groups.push({ focused: inside, pieces: [piece] })
  }
  return groups
}

/** "samples/articles/a.txt" → "a.txt"; a URL stays whole. */
export const fileNameOf = (source: string): string => (/^https?:\/\//.test(source) ? source : (source.split(/[\\/]/).pop() ?? source))

/** The current selection as offsets into the document's text, read from the runs' data-start; null when empty or outside. */
function selectionIn(root: HTMLElement | null): { start: number; end: number } | null {
  const sel = window.getSelection()
  if (!root || !sel || sel.isCollapsed || sel.rangeCount === 0) return null
  const range = sel.getRangeAt(0)
  const offsetOf = (node: Node, offset: number): number | null => {
    const run = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>('[data-start]')
    if (!run || !root.contains(run)) return null
    return Number(run.dataset.start) + (node.nodeType === Node.TEXT_NODE ? offset : 0)
  }
  const start = offsetOf(range.startContainer, range.startOffset)
  const end = offsetOf(range.endContainer, range.endOffset)
  return start !== null && end !== null && end > start ? { start, end } : null
}

/** Adds a claim or a quote over the selected words: what the extraction missed. */
function AddFromSelection({ documentId, text, selection, onDone }: { documentId: string; text: string; selection: { start: number; end: number } | null; onDone: () => void }) {
  const { t, v } = useI18n()
  const { meta, changed } = useApp()
  const [kind, setKind] = useState<'claim' | 'quote'>('claim')
  const [form, setForm] = useState({ supplier: '', recipient: '', category: 'other_weapons', status: 'reported', speaker: '', role: '', speakerActor: '', reason: '' })
  const [error, setError] = useState<ApiError | null>(null)
  const [done, setDone] = useState<string | null>(null)
  if (!selection) return done ? <p className="ok" role="status">{done}</p> : <p className="small muted">{t('document.selectToAdd')}</p>
  const words = text.slice(selection.start, selection.end)
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value })
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    const base = { documentId, start: selection.start, end: selection.end, reason: form.reason.trim() }
    try {
      if (kind === 'claim')
        await api('/review/claims', { method: 'POST', body: { ...base, supplier: form.supplier.trim().toUpperCase(), recipient: form.recipient.trim().toUpperCase(), category: form.category, status: form.status } })
      else await api('/review/quotes', { method: 'POST', body: { ...base, speaker: form.speaker.trim() || null, role: form.role.trim() || null, speakerActor: form.speakerActor.trim().toUpperCase() || null } })
      setDone(t('document.added', { kind: t(kind === 'claim' ? 'document.addClaim' : 'document.addQuote') }))
      changed()
      onDone()
    } catch (e) {
      setError(e as ApiError)
    }
  }
  return (
    <form className="add-from-selection" onSubmit={submit} data-testid="add-from-selection">
      <blockquote>{words}</blockquote>
      <div className="row wrap">
        {(['claim', 'quote'] as const).map((k) => (
          <label key={k} className="check">
            <input type="radio" name="add-kind" checked={kind === k} onChange={() => setKind(k)} /> {t(k === 'claim' ? 'document.addClaim' : 'document.addQuote')}
          </label>
        ))}
      </div>
      {kind === 'claim' ? (
        <div className="row wrap">
          <label>
            {t('common.supplier')} <input value={form.supplier} size={6} onChange={set('supplier')} required />
          </label>
          <label>
            {t('common.recipient')} <input value={form.recipient} size={6} onChange={set('recipient')} required />
          </label>
          <label>
            {t('common.category')}{' '}
            <select value={form.category} onChange={set('category')}>
              {meta.categories.map((x) => (
                <option key={x} value={x}>
                  {v(x)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('common.status')}{' '}
            <select value={form.status} onChange={set('status')}>
              {meta.statuses.map((x) => (
                <option key={x} value={x}>
                  {v(x)}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : (
        <div className="row wrap">
          <label>
            {t('review.attributedTo')} <input value={form.speaker} onChange={set('speaker')} />
          </label>
          <label>
            {t('review.speakerRole')} <input value={form.role} onChange={set('role')} />
          </label>
          <label>
            {t('review.sourceActor')} <input value={form.speakerActor} size={6} onChange={set('speakerActor')} />
          </label>
        </div>
      )}
      <label>
        {t('review.reason')} <input value={form.reason} onChange={set('reason')} required size={40} />
      </label>{' '}
      <button type="submit" className="primary" data-testid="add-submit">
        {t('document.add')}
      </button>
      <ErrorBox error={error} />
    </form>
  )
}

/** Languages written right to left: their text is laid out that way, the highlights staying on their words. */
const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar', 'fa', 'he', 'ur'])

/** The text with highlighted actors, materiel, quotes and claims; the findings beside it; provenance. */
export function DocumentView({ id, query }: { id: string; query: URLSearchParams }) {
  const { t, v } = useI18n()
  const { version, actorName, canEdit } = useApp()
  const doc = useApi<StoredDocument>(`/documents/${encodeURIComponent(id)}`, version)
  const focusClaim = query.get('claim')
  const focusQuote = query.get('quote')
  const [layers, setLayers] = useState<ReadonlySet<Layer>>(new Set(LAYERS))
  const textRef = useRef<HTMLDivElement>(null)
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null)

  const spans = useMemo<Span[]>(() => {
    if (!doc.data) return []
    const d = doc.data
    return [
      ...d.highlights.map((h) => ({ start: h.start, end: h.end, layer: h.kind, title: h.kind === 'actor' ? (h.actor ?? '') : v(h.category) })),
      ...d.quotes.map((q) => ({ start: q.start, end: q.end, layer: 'quote' as const, id: q.id, title: `${q.speaker ?? '?'}${q.role ? `, ${q.role}` : ''}` })),
      ...d.claims.map((c) => ({
        start: c.evidenceStart,
        end: c.evidenceEnd,
        layer: 'claim' as const,
        id: c.id,
        title: `${c.supplier} → ${c.recipient} · ${v(c.category)} · ${v(c.status)}`,
        rejected: c.review.state === 'rejected',
      })),
    ]
  }, [doc.data, v])
  const pieces = useMemo(() => (doc.data ? cutText(doc.data.text.length, spans.filter((s) => layers.has(s.layer))) : []), [doc.data, spans, layers])

  // Scroll the focused evidence into view once the text is drawn.
  useEffect(() => {
    const target = focusClaim ? `[data-claim="${CSS.escape(focusClaim)}"]` : focusQuote ? `[data-quote="${CSS.escape(focusQuote)}"]` : null
    const el = target ? textRef.current?.querySelector<HTMLElement>(target) : null
    el?.scrollIntoView({ block: 'center' })
  }, [pieces, focusClaim, focusQuote])

  if (doc.loading && !doc.data) return <Loading />
  if (doc.error || !doc.data) return <ErrorBox error={doc.error} />
  const d = doc.data
  const focus = (params: Record<string, string>) => navigate(href(['document', id], params), true)
  const focused = d.claims.find((c) => c.id === focusClaim) ?? d.quotes.find((q) => q.id === focusQuote)
  const focusRange = focused ? ('evidenceStart' in focused ? { start: focused.evidenceStart, end: focused.evidenceEnd } : { start: focused.start, end: focused.end }) : null
  // Each run of text carries its offset, so that a selection can be read back as offsets into the text.
  const renderPiece = (piece: Piece) => {
    const text = d.text.slice(piece.start, piece.end)
    if (piece.spans.length === 0)
      return (
        <span key={piece.start} data-start={piece.start}>
          {text}
        </span>
      )
    const claim = piece.spans.find((s) => s.layer === 'claim' && s.id === focusClaim) ?? piece.spans.find((s) => s.layer === 'claim')
    const quote = piece.spans.find((s) => s.layer === 'quote')
    const classes = [...new Set(piece.spans.map((s) => `hl-${s.layer}`))]
    if (claim?.rejected) classes.push('hl-rejected')
    if ((claim && claim.id === focusClaim) || (quote && quote.id === focusQuote)) classes.push('hl-focus')
    return (
      <mark key={piece.start} data-start={piece.start} className={classes.join(' ')} data-claim={claim?.id} data-quote={quote?.id} title={piece.spans.map((s) => s.title).join(' | ')}>
        {text}
      </mark>
    )
  }
  return (
    <div className="view document">
      <h1 data-testid="document-title" dir="auto">{d.title ?? d.id.slice(0, 16)}</h1>
      <p className="muted">
        {[d.outlet, d.publishedAt, d.lang].filter(Boolean).join(' · ')}
      </p>
      {!d.supported && <p className="note">{t('document.unsupported')}</p>}
      <fieldset className="layers">
        <legend>{t('document.layers')}</legend>
        {LAYERS.map((layer) => (
          <label key={layer} className={`check layer-${layer}`}>
            <input
              type="checkbox"
              checked={layers.has(layer)}
              onChange={() => {
                const next = new Set(layers)
                if (next.has(layer)) next.delete(layer)
                else next.add(layer)
                setLayers(next)
              }}
            />{' '}
            <span className="hl-sample">{t(`document.layer.${layer}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="two doc-layout">
        <div>
          {canEdit && <AddFromSelection documentId={d.id} text={d.text} selection={selection} onDone={() => setSelection(null)} />}
          <article className="card doc-text" ref={textRef} lang={d.lang} dir={RIGHT_TO_LEFT.has(d.lang) ? 'rtl' : undefined} data-testid="document-text" onMouseUp={() => setSelection(selectionIn(textRef.current))}>
            {groupFocused(pieces, focusRange).map((group) =>
              group.focused ? (
                <span key={`f${group.pieces[0]!.start}`} className="focus-span" data-testid="focus-span">
                  {group.pieces.map(renderPiece)}
                </span>
              ) : (
                group.pieces.map(renderPiece)
              ),
            )}
          </article>
        </div>
        <aside className="findings">
          <Section title={`${t('document.findings')} (${d.claims.length})`} id="findings">
            <ul className="claim-list">
              {d.claims.map((c) => (
                <li key={c.id} data-claim-id={c.id} className={`${c.id === focusClaim ? 'focused' : ''} ${c.review.state === 'rejected' ? 'rejected' : ''}`}>
                  <button type="button" className="link" onClick={() => focus({ claim: c.id })} aria-pressed={c.id === focusClaim}>
                    {actorName(c.supplier)} → {actorName(c.recipient)}
                  </button>{' '}
                  <GradeBadge grade={c.grade} /> <Badge value={c.status} /> <Badge value={c.category} kind="plain" /> <Badge value={c.review.state} kind="review" />
                  <p className="small muted">
                    {c.attributedTo ? `${c.attributedTo} · ` : ''}
                    <code>{c.rule}</code> · <code>{c.statusRule}</code>
                  </p>
                  {canEdit && (
                    <a className="small" href={href(['review'], { claim: c.id })}>
                      {t('dossier.reviewClaim')}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </Section>
          <Section title={`${t('document.quotes')} (${d.quotes.length})`} id="doc-quotes">
            <ul className="quote-list">
              {d.quotes.map((q) => (
                <li key={q.id} data-quote-id={q.id} className={q.id === focusQuote ? 'focused' : ''}>
                  <button type="button" className="link" onClick={() => focus({ quote: q.id })}>
                    {q.speaker ?? '?'}
                  </button>
                  {q.role ? <span className="small">, {q.role}</span> : null}
                  {q.speakerActor ? <span className="small muted"> ({q.speakerActor})</span> : null} {q.reviewState !== 'pending' && <Badge value={q.reviewState} kind="review" />}
                  <p className="small">« {q.text.length > 160 ? `${q.text.slice(0, 159)}…` : q.text} »</p>
                  {canEdit && (
                    <a className="small" href={href(['review'], { kind: 'quotes', state: 'all', quote: q.id })} data-testid="review-quote-link">
                      {t('review.reviewQuote')}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </Section>
          <Section title={t('document.provenance')} id="provenance">
            <dl className="provenance">
              <dt>{t('document.url')}</dt>
              <dd>{d.url ? <ExternalLink url={d.url} /> : '—'}</dd>
              <dt>{t('common.outlet')}</dt>
              <dd>{d.outlet ?? '—'}</dd>
              <dt>{t('document.published')}</dt>
              <dd>{d.publishedAt ?? d.publishedRaw ?? '—'}</dd>
              <dt>{t('document.captured')}</dt>
              <dd>{d.capturedAt}</dd>
              <dt>{t('document.sha256')}</dt>
              <dd>
                <code className="hash" data-testid="sha256">
                  {d.sha256}
                </code>
              </dd>
              <dt>{t('document.rawSha256')}</dt>
              <dd>
                <code className="hash">{d.rawSha256}</code>
              </dd>
              <dt>{t('document.lang')}</dt>
              <dd>{d.lang}</dd>
              <dt>{t('document.source')}</dt>
              <dd className="break" title={d.source} data-testid="document-source">
                {d.url ? <ExternalLink url={d.url} /> : fileNameOf(d.source)} ({d.sourceFormat})
              </dd>
              <dt>{t('document.extractor')}</dt>
              <dd className="break">{d.extractor}</dd>
              {d.warnings.length > 0 && (
                <>
                  <dt>{t('document.warnings')}</dt>
                  <dd>{d.warnings.join('; ')}</dd>
                </>
              )}
            </dl>
          </Section>
        </aside>
      </div>
    </div>
  )
}
