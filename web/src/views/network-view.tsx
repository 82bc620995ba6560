import cytoscape, { type Core, type ElementDefinition } from 'cytoscape'
import fcose from 'cytoscape-fcose'
import { useEffect, useMemo, useRef, useState } from 'react'
import { queryString, useApi } from '../api'
import type { Category, Network, NetworkEdge, Overview, Paged, Status, StoredClaim } from '../api-types'
import { useApp } from '../app-context'
import { Badge, ErrorBox, Loading } from '../components/common'
import { ConflictSelect, FrameworkSelect } from '../components/pickers'
import { useI18n } from '../i18n'
import { href, navigate } from '../router'
import { STATUS_LOOKS, tierColour, inkOn } from '../status-style'
import { Legend, TierLegend } from '../components/legends'

cytoscape.use(fcose)

/** Colours of the strongest status, strongest first (see status-style.ts: each also has a dash and an arrow head). */
export const STATUS_COLOURS: Readonly<Record<Status, string>> = Object.fromEntries(Object.entries(STATUS_LOOKS).map(([s, look]) => [s, look.colour])) as Record<Status, string>

const edgeId = (e: Pick<NetworkEdge, 'supplier' | 'recipient'>) => `${e.supplier}>${e.recipient}`

/** Width by independent outlets; colour, dash and arrow head by strongest status (selectors below). */
const edgeLook = (e: NetworkEdge) => ({
  width: 1.5 + 2.5 * Math.log2(1 + e.independentOutlets),
  colour: STATUS_COLOURS[e.strongestStatus],
  status: e.strongestStatus,
})

const POSITIONS_KEY = 'cobel.network.positions'
type Positions = Record<string, { x: number; y: number }>

/** Node positions saved by an earlier visit or a drag, so that the graph looks the same every time. */
function savedPositions(): Positions {
  try {
    return JSON.parse(localStorage.getItem(POSITIONS_KEY) ?? '{}') as Positions
  } catch {
    return {}
  }
}

/** A deterministic stand-in for Math.random (mulberry32) seeded by a string: "IRN,RUS,UKR" always gives the same sequence. */
function seededRandom(seed: string): () => number {
  let state = 0
  for (const ch of seed) state = (Math.imul(state, 31) + ch.charCodeAt(0)) | 0
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A node's starting point when none is saved: its place on a circle by code order, so the layout is the same for the same graph. */
function seededPosition(code: string, codes: readonly string[]): { x: number; y: number } {
  const i = codes.indexOf(code)
  const angle = (2 * Math.PI * i) / Math.max(1, codes.length)
  const radius = 60 + 25 * codes.length
  return { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) }
}

function daysBetween(first: string | null, last: string | null): string[] {
  if (!first || !last) return []
  const out: string[] = []
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10))
  return out
}

/** The supplier → recipient graph with filters and a date slider that replays it; an edge opens the claims behind it. */
export function NetworkView({ query }: { query: URLSearchParams }) {
  const { t, v } = useI18n()
  const { meta, version, actorName } = useApp()
  const frameworkId = query.get('framework') ?? meta.frameworks[0]?.id ?? ''
  const framework = meta.frameworks.find((f) => f.id === frameworkId) ?? meta.frameworks[0]
  const conflictId = query.get('conflict') ?? ''
  const overview = useApi<Overview>(`/overview${queryString({ conflict: conflictId })}`, version)
  const [categories, setCategories] = useState<Category[]>([])
  const [statuses, setStatuses] = useState<Status[]>([])
  const [dayIndex, setDayIndex] = useState<number | null>(null)
  const [playing, setPlaying] = useState(false)
  const [selected, setSelected] = useState<string | null>(null)
  const full = useApi<Network>('/network', version)
  const days = useMemo(() => daysBetween(full.data?.first ?? null, full.data?.last ?? null), [full.data])
  const asOf = dayIndex === null ? '' : (days[dayIndex] ?? '')
  const filters = { category: categories, status: statuses, asOf }
  const shown = useApi<Network>(`/network${queryString(filters)}`, version)
  const edges = shown.data?.edges ?? []
  const picked = edges.find((e) => edgeId(e) === selected) ?? null

  const container = useRef<HTMLDivElement>(null)
  const graph = useRef<Core | null>(null)

  // One layout for the whole graph, so that filtering and replaying never move the nodes.
  useEffect(() => {
    if (!container.current || !full.data) return
    const codes = [...new Set(full.data.edges.flatMap((e) => [e.supplier, e.recipient]))].sort()
    const saved = savedPositions()
    const allSaved = codes.every((code) => saved[code])
    const claimsOf = new Map<string, number>()
    for (const e of full.data.edges) for (const code of [e.supplier, e.recipient]) claimsOf.set(code, (claimsOf.get(code) ?? 0) + e.claims)
    const elements: ElementDefinition[] = [
      ...codes.map((code) => ({ group: 'nodes' as const, data: { id: code, label: code, size: 16 + 6 * Math.log2(1 + (claimsOf.get(code) ?? 0)), fill: '#eaecf0', ink: '#101828' }, position: saved[code] ?? seededPosition(code, codes) })),
      ...full.data.edges.map((e) => ({ group: 'edges' as const, data: { id: edgeId(e), source: e.supplier, target: e.recipient, ...edgeLook(e) } })),
    ]
    const cy = cytoscape({
      container: container.current,
      elements,
      minZoom: 0.3,
      maxZoom: 3,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'background-color': 'data(fill)',
            'border-width': 2,
            'border-color': '#1f3a5f',
            color: '#101828',
            'font-size': 12,
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.85,
            'text-background-padding': '2px',
            width: 'data(size)',
            height: 'data(size)',
          },
        },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'line-color': 'data(colour)',
            'target-arrow-color': 'data(colour)',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            'arrow-scale': 1.3,
          },
        },
        // Status as line pattern and arrow head as well as colour: readable in greyscale and by colour-blind readers.
        ...(Object.entries(STATUS_LOOKS) as [Status, (typeof STATUS_LOOKS)[Status]][]).map(([status, look]) => ({
          selector: `edge[status = "${status}"]`,
          style: { 'line-style': look.dash.length ? 'dashed' : 'solid', ...(look.dash.length ? { 'line-dash-pattern': [...look.dash] } : {}), 'target-arrow-shape': look.arrow } as never,
        })),
        { selector: 'edge:selected', style: { 'overlay-color': '#f59e0b', 'overlay-opacity': 0.35, 'overlay-padding': 4 } },
        { selector: '.hidden', style: { display: 'none' } },
      ],
      layout: { name: 'preset' },
    })
    // Saved positions as they are; otherwise the force layout with its random start drawn from a seed
    // made of the graph's codes, so that the same graph is laid out the same way, then saved.
    if (!allSaved) {
      const random = Math.random
      Math.random = seededRandom(codes.join(','))
      try {
        cy.layout({ name: 'fcose', animate: false, randomize: true, nodeRepulsion: 9000, idealEdgeLength: 110, padding: 30 } as never).run()
      } finally {
        Math.random = random
      }
    }
    const save = () => {
      const next = savedPositions()
      cy.nodes().forEach((node) => {
        const p = node.position()
        next[node.id()] = { x: Math.round(p.x), y: Math.round(p.y) }
      })
      localStorage.setItem(POSITIONS_KEY, JSON.stringify(next))
    }
    if (!allSaved) save()
    cy.fit(undefined, 30)
    cy.on('dragfree', 'node', save)
    cy.on('tap', 'edge', (event) => setSelected(event.target.id()))
    cy.on('tap', 'node', (event) => navigate(href(['state', event.target.id()])))
    graph.current = cy
    window.cobelGraph = cy
    return () => {
      cy.destroy()
      graph.current = null
      if (window.cobelGraph === cy) delete window.cobelGraph
    }
  }, [full.data])

  // Filters and the date only change which edges show and how they look.
  useEffect(() => {
    const cy = graph.current
    if (!cy || !shown.data) return
    const byId = new Map(shown.data.edges.map((e) => [edgeId(e), e]))
    cy.batch(() => {
      cy.edges().forEach((edge) => {
        const e = byId.get(edge.id())
        if (!e) return void edge.addClass('hidden')
        edge.removeClass('hidden')
        edge.data(edgeLook(e))
      })
      cy.nodes().forEach((node) => {
        if (node.connectedEdges().not('.hidden').length) node.removeClass('hidden')
        else node.addClass('hidden')
      })
    })
  }, [shown.data, full.data])

  useEffect(() => {
    const cy = graph.current
    if (!cy) return
    cy.edges().unselect()
    if (selected) cy.getElementById(selected).select()
  }, [selected, shown.data])

  // Nodes filled by their tier under the chosen framework and conflict: darker is a stronger tier.
  useEffect(() => {
    const cy = graph.current
    if (!cy || !overview.data || !framework) return
    const tierByActor = new Map(overview.data.states.map((s) => [s.actor, s.frameworks.find((f) => f.framework === framework.id)?.tier ?? null]))
    cy.batch(() =>
      cy.nodes().forEach((node) => {
        const fill = tierColour(tierByActor.get(node.id()), framework.tiers)
        node.data({ fill, ink: inkOn(fill), tier: tierByActor.get(node.id()) ?? null })
      }),
    )
  }, [overview.data, framework, full.data])

  // The claims of a picked edge come into view below the graph.
  const claimsBox = useRef<HTMLElement>(null)
  useEffect(() => {
    if (selected) claimsBox.current?.scrollIntoView({ block: 'start' })
  }, [selected])

  // Replay: step through the dates, about forty steps from first to last.
  useEffect(() => {
    if (!playing || days.length === 0) return
    const step = Math.max(1, Math.ceil(days.length / 40))
    const timer = setInterval(() => {
      setDayIndex((i) => {
        const next = (i ?? -step) + step
        if (next >= days.length - 1) {
          setPlaying(false)
          return null
        }
        return next
      })
    }, 600)
    return () => clearInterval(timer)
  }, [playing, days.length])

  const toggle = <T extends string>(list: T[], value: T, set: (next: T[]) => void) => set(list.includes(value) ? list.filter((x) => x !== value) : [...list, value])

  return (
    <div className="view network">
      <h1>{t('network.title')}</h1>
      <p className="muted">{t('network.help')}</p>
      <div className="toolbar">
        <FrameworkSelect value={framework?.id} onChange={(id) => navigate(href(['network'], { framework: id, conflict: conflictId }), true)} />
        <ConflictSelect value={conflictId || (meta.conflicts.find((c) => c.default)?.id ?? '')} onChange={(id) => navigate(href(['network'], { framework: frameworkId, conflict: id }), true)} />
      </div>
      <ErrorBox error={full.error ?? shown.error} />
      <div className="network-layout">
        <div className="network-main">
          <div className="toolbar date-bar">
            <label htmlFor="as-of-slider">
              {t('network.date')}: <strong data-testid="as-of">{asOf || t('common.allEvidence')}</strong>
            </label>
            <input
              id="as-of-slider"
              type="range"
              min={0}
              max={Math.max(0, days.length - 1)}
              value={dayIndex ?? Math.max(0, days.length - 1)}
              disabled={days.length === 0}
              onChange={(e) => {
                const i = Number(e.target.value)
                setDayIndex(i >= days.length - 1 ? null : i)
              }}
            />
            <button type="button" onClick={() => (playing ? setPlaying(false) : (setDayIndex(0), setPlaying(true)))} disabled={days.length === 0}>
              {playing ? t('network.pause') : t('network.play')}
            </button>
          </div>
          <div ref={container} className="graph" role="img" aria-label={t('network.title')} data-testid="graph" />
          {!full.data && full.loading && <Loading />}
          <Legend />
          {framework && <TierLegend tiers={framework.tiers} />}
        </div>
        <aside className="network-side">
          <details open>
            <summary>{t('network.categories')}</summary>
            <div className="checks">
              {meta.categories.map((c) => (
                <label key={c} className="check">
                  <input type="checkbox" checked={categories.includes(c)} onChange={() => toggle(categories, c, setCategories)} /> {v(c)}
                </label>
              ))}
            </div>
          </details>
          <details open>
            <summary>{t('network.statuses')}</summary>
            <div className="checks">
              {meta.statuses.map((s) => (
                <label key={s} className="check">
                  <input type="checkbox" checked={statuses.includes(s)} onChange={() => toggle(statuses, s, setStatuses)} /> <Badge value={s} />
                </label>
              ))}
            </div>
          </details>
          <h2>{t('network.edges')}</h2>
          <ul className="edge-list">
            {edges.map((e) => (
              <li key={edgeId(e)}>
                <button type="button" className={selected === edgeId(e) ? 'selected' : ''} aria-pressed={selected === edgeId(e)} onClick={() => setSelected(edgeId(e))} data-edge={edgeId(e)}>
                  <span>
                    {e.supplier} → {e.recipient}
                  </span>{' '}
                  <Badge value={e.strongestStatus} /> <span className="muted small">{t('network.outlets', { n: e.independentOutlets })}</span>
                  <span className="small block">{e.categories.map((c) => v(c)).join(', ')}</span>
                </button>
              </li>
            ))}
          </ul>
        </aside>
      </div>
      <section className="card" aria-live="polite" data-testid="edge-claims" ref={claimsBox}>
        {picked ? (
          <>
            <p className="edge-links">
              <a href={href(['timeline', picked.supplier], { recipient: picked.recipient, framework: frameworkId, conflict: conflictId })} data-testid="pair-timeline">
                {t('timeline.openPair')}
              </a>
            </p>
            <EdgeClaims edge={picked} filters={filters} title={t('network.claimsBehind', { supplier: actorName(picked.supplier), recipient: actorName(picked.recipient) })} />
          </>
        ) : (
          <p className="muted">{t('network.pick')}</p>
        )}
      </section>
    </div>
  )
}

function EdgeClaims({ edge, filters, title }: { edge: NetworkEdge; filters: { category: Category[]; status: Status[]; asOf: string }; title: string }) {
  const { t, v } = useI18n()
  const { version } = useApp()
  const claims = useApi<Paged<StoredClaim>>(
    `/claims${queryString({ supplier: edge.supplier, recipient: edge.recipient, ...filters, review: ['pending', 'accepted', 'corrected'], pageSize: 100 })}`,
    version,
  )
  return (
    <>
      <h2>{title}</h2>
      <ErrorBox error={claims.error} />
      {claims.loading && !claims.data && <Loading />}
      <ul className="claim-list">
        {claims.data?.items.map((c) => (
          <li key={c.id} data-claim-id={c.id}>
            <p>
              <Badge value={c.status} /> <Badge value={c.category} kind="plain" /> <span className="muted">{c.document.publishedAt ?? t('common.undated')}</span> ·{' '}
              <span className="muted">{c.document.outlet ?? '?'}</span>
              {c.attributedTo && <span className="muted"> · {c.attributedTo}</span>}
            </p>
            <blockquote>{c.sentenceText ?? c.evidenceText}</blockquote>
            <a href={href(['document', c.documentId], { claim: c.id })}>
              {c.document.title ?? c.documentId.slice(0, 12)} — {t('common.openAtEvidence')}
            </a>{' '}
            <span className="muted small">{v(c.review.state)}</span>
          </li>
        ))}
      </ul>
    </>
  )
}
