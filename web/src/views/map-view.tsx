import { geoArea, geoCentroid, geoNaturalEarth1, geoPath } from 'd3-geo'
import { alpha3ToNumeric } from 'i18n-iso-countries'
import { useMemo, useState } from 'react'
import { feature } from 'topojson-client'
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'
import atlas from 'world-atlas/countries-110m.json'
import { queryString, useApi } from '../api'
import type { Network, NetworkEdge, Overview, Status } from '../api-types'
import { useApp } from '../app-context'
import { ConflictSelect, FrameworkSelect } from '../components/pickers'
import { ErrorBox, Loading } from '../components/common'
import { useI18n } from '../i18n'
import { href, navigate } from '../router'
import { STATUS_LOOKS, tierColour } from '../status-style'
import { Legend, TierLegend } from '../components/legends'

const WIDTH = 960
const HEIGHT = 500

type Country = Feature<Polygon | MultiPolygon, { name: string }>

/** Countries of the 1:110m Natural Earth atlas shipped in the world-atlas package: drawn offline, no tile server. */
const COUNTRIES: readonly Country[] = (feature(atlas as unknown as Topology, (atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>).objects.countries) as FeatureCollection<Geometry, { name: string }>).features.filter(
  (f): f is Country => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
)

/** Where an arrow starts or ends: the centre of a country's largest piece (France's, not halfway to French Guiana). */
function anchorOf(country: Country): [number, number] {
  if (country.geometry.type === 'Polygon') return geoCentroid(country)
  const pieces = country.geometry.coordinates.map((coordinates) => ({ type: 'Polygon' as const, coordinates }))
  const largest = pieces.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a))
  return geoCentroid(largest)
}

/** ISO numeric code of an actor code (IRN → 364); actors that are not states have none and are left off the map. */
const numericOf = (code: string): string | undefined => alpha3ToNumeric(code)

/** A world map: states filled by their tier under the chosen framework and conflict, arrows supplier → recipient styled by status; a state opens its dossier. */
export function MapView({ query }: { query: URLSearchParams }) {
  const { t, v } = useI18n()
  const { meta, version, actorName } = useApp()
  const frameworkId = query.get('framework') ?? meta.frameworks[0]?.id ?? ''
  const framework = meta.frameworks.find((f) => f.id === frameworkId) ?? meta.frameworks[0]
  const conflictId = query.get('conflict') ?? meta.conflicts.find((c) => c.default)?.id ?? ''
  const overview = useApi<Overview>(`/overview${queryString({ conflict: conflictId })}`, version)
  const network = useApi<Network>('/network', version)
  const [hover, setHover] = useState<string | null>(null)
  const set = (changes: Record<string, string>) => navigate(href(['map'], { framework: frameworkId, conflict: conflictId, ...changes }), true)

  const projection = useMemo(() => geoNaturalEarth1().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: 'Sphere' }), [])
  const path = useMemo(() => geoPath(projection), [projection])
  const byNumeric = useMemo(() => new Map(COUNTRIES.map((c) => [String(c.id), c])), [])
  const parties = new Set(meta.conflicts.find((c) => c.id === conflictId)?.parties.map((p) => p.actor) ?? [])

  const tierByNumeric = new Map<string, { actor: string; tier: string }>()
  for (const state of overview.data?.states ?? []) {
    const tier = state.frameworks.find((f) => f.framework === framework?.id)?.tier
    const numeric = numericOf(state.actor)
    if (tier && numeric) tierByNumeric.set(numeric, { actor: state.actor, tier })
  }
  const arrows = (network.data?.edges ?? []).flatMap((e) => {
    const from = byNumeric.get(numericOf(e.supplier) ?? '')
    const to = byNumeric.get(numericOf(e.recipient) ?? '')
    if (!from || !to || from === to) return []
    const a = projection(anchorOf(from))
    const b = projection(anchorOf(to))
    return a && b ? [{ edge: e, a, b }] : []
  })
  const offMap = (network.data?.edges ?? []).length - arrows.length

  return (
    <div className="view map">
      <h1>{t('map.title')}</h1>
      <p className="muted">{t('map.help')}</p>
      <div className="toolbar">
        <FrameworkSelect value={framework?.id} onChange={(id) => set({ framework: id })} />
        <ConflictSelect value={conflictId} onChange={(id) => set({ conflict: id })} />
      </div>
      <ErrorBox error={overview.error ?? network.error} />
      {(overview.loading || network.loading) && !overview.data && <Loading />}
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="world-map" role="img" aria-label={t('map.title')} data-testid="world-map" data-arrows={arrows.length}>
        <defs>
          {(Object.keys(STATUS_LOOKS) as Status[]).map((s) => (
            <ArrowHead key={s} status={s} />
          ))}
        </defs>
        <path d={path({ type: 'Sphere' }) ?? ''} className="sphere" />
        {COUNTRIES.map((country) => {
          const assessed = tierByNumeric.get(String(country.id))
          const party = [...parties].some((p) => numericOf(p) === String(country.id))
          const fill = assessed ? tierColour(assessed.tier, framework?.tiers ?? []) : '#f8f9fb'
          return (
            <path
              key={String(country.id)}
              d={path(country) ?? ''}
              fill={fill}
              className={`country${assessed ? ' assessed' : ''}${party ? ' party' : ''}`}
              data-actor={assessed?.actor}
              data-tier={assessed?.tier}
              onClick={assessed ? () => navigate(href(['state', assessed.actor], { framework: framework?.id, conflict: conflictId })) : undefined}
              onMouseEnter={() => setHover(assessed ? `${actorName(assessed.actor)}: ${v(assessed.tier)}` : country.properties.name)}
              onMouseLeave={() => setHover(null)}
            >
              <title>{assessed ? `${actorName(assessed.actor)} — ${v(assessed.tier)}` : country.properties.name}</title>
            </path>
          )
        })}
        {arrows.map(({ edge, a, b }) => (
          <Arrow key={`${edge.supplier}>${edge.recipient}`} edge={edge} a={a} b={b} />
        ))}
      </svg>
      <p className="small muted" aria-live="polite">
        {hover ?? '\u00a0'}
      </p>
      <Legend />
      {framework && <TierLegend tiers={framework.tiers} />}
      <p className="small muted">
        {t('map.parties')}
        {offMap > 0 ? ` ${t('map.offMap', { n: offMap })}` : ''}
      </p>
    </div>
  )
}

/** A curved arrow from supplier to recipient: width by independent outlets, colour, dash and head by strongest status. */
function Arrow({ edge, a, b }: { edge: NetworkEdge; a: [number, number]; b: [number, number] }) {
  const { v } = useI18n()
  const look = STATUS_LOOKS[edge.strongestStatus]
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]]
  // Bend to the left of the direction of travel, so that A → B and B → A do not overlap.
  const control: [number, number] = [(a[0] + b[0]) / 2 - dy * 0.2, (a[1] + b[1]) / 2 + dx * 0.2]
  return (
    <path
      d={`M${a[0].toFixed(1)},${a[1].toFixed(1)} Q${control[0].toFixed(1)},${control[1].toFixed(1)} ${b[0].toFixed(1)},${b[1].toFixed(1)}`}
      className="supply-arrow"
      data-edge={`${edge.supplier}>${edge.recipient}`}
      data-status={edge.strongestStatus}
      stroke={look.colour}
      strokeWidth={1.2 + 1.4 * Math.log2(1 + edge.independentOutlets)}
      strokeDasharray={look.dash.join(' ') || undefined}
      fill="none"
      markerEnd={`url(#head-${edge.strongestStatus})`}
      onClick={() => navigate(href(['state', edge.supplier]))}
    >
      <title>{`${edge.supplier} → ${edge.recipient}: ${v(edge.strongestStatus)} · ${edge.claims}`}</title>
    </path>
  )
}

function ArrowHead({ status }: { status: Status }) {
  const look = STATUS_LOOKS[status]
  const shape =
    look.arrow === 'tee' ? <path d="M8 0 V10" stroke={look.colour} strokeWidth={2.5} /> : look.arrow === 'diamond' ? <path d="M0 5 L5 1 L10 5 L5 9 Z" fill={look.colour} /> : look.arrow === 'vee' || look.arrow === 'chevron' ? <path d="M1 1 L9 5 L1 9" fill="none" stroke={look.colour} strokeWidth={2} /> : <path d="M0 0 L10 5 L0 10 Z" fill={look.colour} />
  return (
    <marker id={`head-${status}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse" markerUnits="strokeWidth">
      {shape}
    </marker>
  )
}
