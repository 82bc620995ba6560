import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type FormEvent } from 'react'
import { api, setToken, UNAUTHORIZED, useApi } from './api'
import type { Actors, Meta, Session } from './api-types'
import { AppContext, type AppState } from './app-context'
import { ErrorBox, Loading } from './components/common'
import { I18nContext, initialLang, makeI18n, useI18n, type Lang } from './i18n'
import { href, navigate, useRoute } from './router'
import { ClaimsView } from './views/claims-view'
import { DocumentView } from './views/document-view'
import { DossierView } from './views/dossier-view'
import { IngestView } from './views/ingest-view'
import { LoginView } from './views/login-view'
import { OverviewView } from './views/overview-view'
import { QueueView } from './views/queue-view'
import { ReviewView } from './views/review-view'
import { SearchView } from './views/search-view'
import { TimelineView } from './views/timeline-view'
import { UsersView } from './views/users-view'

// Cytoscape is most of the code: it loads when the network is first opened.
const NetworkView = lazy(() => import('./views/network-view').then((m) => ({ default: m.NetworkView })))
const MapView = lazy(() => import('./views/map-view').then((m) => ({ default: m.MapView })))

export function App() {
  const [lang, setLang] = useState<Lang>(initialLang)
  const i18n = useMemo(() => makeI18n(lang), [lang])
  useEffect(() => {
    document.documentElement.lang = lang
    document.title = i18n.t('app.title')
    localStorage.setItem('cobel.lang', lang)
  }, [lang, i18n])
  const [session, setSession] = useState<Session | null>(null)
  const [sessionError, setSessionError] = useState<Error | null>(null)
  const loadSession = useCallback(() => {
    api<Session>('/session').then(setSession, setSessionError)
  }, [])
  useEffect(loadSession, [loadSession])
  useEffect(() => {
    const onUnauthorized = (): void => {
      setToken(null)
      setSession(null)
      loadSession()
    }
    window.addEventListener(UNAUTHORIZED, onUnauthorized)
    return () => window.removeEventListener(UNAUTHORIZED, onUnauthorized)
  }, [loadSession])
  const signedIn = !!session && (session.mode === 'open' || !!session.user)
  return (
    <I18nContext.Provider value={i18n}>
      {!session ? (
        sessionError ? <p className="error">{sessionError.message}</p> : <Loading />
      ) : signedIn ? (
        <Workbench session={session} onLang={() => setLang(lang === 'en' ? 'fr' : 'en')} onSignOut={() => (setToken(null), setSession(null), loadSession())} />
      ) : (
        <LoginView onSignedIn={setSession} onLang={() => setLang(lang === 'en' ? 'fr' : 'en')} />
      )}
    </I18nContext.Provider>
  )
}

function Workbench({ session, onLang, onSignOut }: { session: Session; onLang: () => void; onSignOut: () => void }) {
  const i18n = useI18n()
  const { t } = i18n
  const route = useRoute()
  const meta = useApi<Meta>('/meta')
  const [version, setVersion] = useState(0)
  const actors = useApi<Actors>('/actors', version)
  const role = session.user?.role ?? 'viewer'
  const state = useMemo<AppState | null>(() => {
    if (!meta.data) return null
    const labels = new Map((actors.data?.items ?? []).map((a) => [a.code, a.label]))
    return {
      meta: meta.data,
      session,
      canEdit: role === 'editor' || role === 'admin',
      canAdmin: role === 'admin',
      actorName: (code) => (code ? (labels.has(code) && labels.get(code) !== code ? `${labels.get(code)} (${code})` : code) : '?'),
      version,
      changed: () => setVersion((v) => v + 1),
    }
  }, [meta.data, actors.data, session, role, version])
  const [search, setSearch] = useState('')
  const onSearch = (event: FormEvent) => {
    event.preventDefault()
    if (search.trim()) navigate(href(['search'], { q: search.trim() }))
  }
  const section = route.path[0] ?? 'overview'
  const navItems: [string, string][] = [
    ['overview', t('nav.overview')],
    ['network', t('nav.network')],
    ['map', t('nav.map')],
    ['claims', t('nav.claims')],
    ['review', t('nav.review')],
    ['ingest', t('nav.ingest')],
    ['queue', t('nav.queue')],
    ...(role === 'admin' ? ([['users', t('nav.users')]] as [string, string][]) : []),
  ]
  return (
    <>
      <a className="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {t('app.skip')}
      </a>
      <header className="top">
        <a className="brand" href={href([])}>
          cobel
        </a>
        <nav aria-label={t('nav.main')}>
          <ul>
            {navItems.map(([id, label]) => (
              <li key={id}>
                <a href={href([id])} aria-current={section === id || (id === 'overview' && (section === 'state' || section === 'timeline')) ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <form role="search" onSubmit={onSearch} className="top-search">
          <label className="visually-hidden" htmlFor="top-search">
            {t('nav.search')}
          </label>
          <input id="top-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('nav.searchPlaceholder')} />
          <button type="submit">{t('nav.search')}</button>
        </form>
        <div className="who">
          <button type="button" onClick={onLang} aria-label={t('app.languageLabel')} lang={i18n.lang === 'en' ? 'fr' : 'en'}>
            {t('app.language')}
          </button>
          {session.user && session.mode === 'token' ? (
            <>
              <span className="user" data-role={session.user.role}>
                {session.user.name} · {i18n.v(session.user.role)}
              </span>
              <button type="button" onClick={onSignOut}>
                {t('auth.signOut')}
              </button>
            </>
          ) : (
            <span className="user muted">{t('auth.open')}</span>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBox error={meta.error} />
        {state ? (
          <AppContext.Provider value={state}>
            <Page path={route.path} query={route.query} />
          </AppContext.Provider>
        ) : (
          !meta.error && <Loading />
        )}
      </main>
      <footer className="foot">
        <p>{t('app.disclaimer')}</p>
      </footer>
    </>
  )
}

function Page({ path, query }: { path: readonly string[]; query: URLSearchParams }) {
  const [section = 'overview', id] = path
  switch (section) {
    case 'network':
      return (
        <Suspense fallback={<Loading />}>
          <NetworkView query={query} />
        </Suspense>
      )
    case 'map':
      return (
        <Suspense fallback={<Loading />}>
          <MapView query={query} />
        </Suspense>
      )
    case 'state':
      return id ? <DossierView code={id} query={query} /> : <OverviewView query={query} />
    case 'timeline':
      return id ? <TimelineView code={id} query={query} /> : <OverviewView query={query} />
    case 'claims':
      return <ClaimsView query={query} />
    case 'document':
      return id ? <DocumentView id={id} query={query} /> : <ClaimsView query={query} />
    case 'review':
      return <ReviewView query={query} />
    case 'ingest':
      return <IngestView />
    case 'search':
      return <SearchView query={query} />
    case 'queue':
      return <QueueView />
    case 'users':
      return <UsersView />
    default:
      return <OverviewView query={query} />
  }
}
