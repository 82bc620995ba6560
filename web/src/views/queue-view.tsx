import { useEffect, useState, type FormEvent } from 'react'
import { api, ApiError, useApi } from '../api'
import type { Feed, Feeds, QueueStatus } from '../api-types'
import { useApp } from '../app-context'
import { ErrorBox, Loading } from '../components/common'
import { useI18n } from '../i18n'

const EVERY = [
  [300, '5 min'],
  [900, '15 min'],
  [3600, '1 h'],
  [6 * 3600, '6 h'],
  [86400, '24 h'],
] as const

const when = (iso: string | null): string => (iso ? iso.slice(0, 16).replace('T', ' ') : '—')

/** The job queue's counts and failed jobs, and the watched feeds; editors add and remove feeds. Refreshed every 5 s. */
export function QueueView() {
  const { t } = useI18n()
  const { canEdit } = useApp()
  const [tick, setTick] = useState(0)
  useEffect(() => {
    const timer = setInterval(() => setTick((x) => x + 1), 5000)
    return () => clearInterval(timer)
  }, [])
  const queue = useApi<QueueStatus>('/queue', tick)
  const feeds = useApi<Feeds>('/feeds', tick)
  const [url, setUrl] = useState('')
  const [every, setEvery] = useState(900)
  const [error, setError] = useState<ApiError | null>(null)
  const [added, setAdded] = useState<string | null>(null)
  const add = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    try {
      const feed = await api<Feed>('/feeds', { method: 'POST', body: { url: url.trim(), everySeconds: every } })
      setAdded(feed.url)
      setUrl('')
      setTick((x) => x + 1)
    } catch (e) {
      setError(e as ApiError)
    }
  }
  const remove = async (id: number) => {
    setError(null)
    try {
      await api(`/feeds/${id}`, { method: 'DELETE' })
      setTick((x) => x + 1)
    } catch (e) {
      setError(e as ApiError)
    }
  }
  const available = queue.data?.available ?? true
  return (
    <div className="view queue">
      <h1>{t('queue.title')}</h1>
      <p className="note">{t('queue.intro')}</p>
      {!available && <p className="note">{t('queue.unavailable')}</p>}
      <ErrorBox error={queue.error ?? feeds.error ?? error} />
      {queue.loading && !queue.data && <Loading />}
      {queue.data && available && (
        <>
          <table className="data" aria-label={t('queue.counts')}>
            <thead>
              <tr>
                <th scope="col">{t('queue.queue')}</th>
                <th scope="col">{t('queue.waiting')}</th>
                <th scope="col">{t('queue.active')}</th>
                <th scope="col">{t('queue.failed')}</th>
                <th scope="col">{t('queue.done')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.data.queues.map((q) => (
                <tr key={q.queue}>
                  <th scope="row">{t(`queue.name.${q.queue}` as 'queue.name.cobel-ingest')}</th>
                  <td>{q.waiting}</td>
                  <td>{q.active}</td>
                  <td>{q.failed}</td>
                  <td>{q.done}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {queue.data.failed.length > 0 && (
            <>
              <h2>{t('queue.failedJobs', { n: queue.data.failedTotal })}</h2>
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t('queue.subject')}</th>
                    <th scope="col">{t('queue.error')}</th>
                    <th scope="col">{t('queue.attempts')}</th>
                    <th scope="col">{t('queue.when')}</th>
                  </tr>
                </thead>
                <tbody>
                  {queue.data.failed.map((f) => (
                    <tr key={f.id}>
                      <td className="wrap">{f.subject}</td>
                      <td className="wrap">
                        <code>{f.code}</code> {f.message}
                      </td>
                      <td>{f.attempts}</td>
                      <td>{when(f.failedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
      <h2>{t('queue.feeds')}</h2>
      {feeds.data && feeds.data.items.length === 0 && <p>{t('queue.noFeeds')}</p>}
      {feeds.data && feeds.data.items.length > 0 && (
        <table className="data" aria-label={t('queue.feeds')}>
          <thead>
            <tr>
              <th scope="col">{t('queue.feed')}</th>
              <th scope="col">{t('queue.every')}</th>
              <th scope="col">{t('queue.lastPoll')}</th>
              <th scope="col">{t('queue.status')}</th>
              <th scope="col">{t('queue.items')}</th>
              <th scope="col">{t('queue.next')}</th>
              {canEdit && <th scope="col" />}
            </tr>
          </thead>
          <tbody>
            {feeds.data.items.map((f) => (
              <tr key={f.id}>
                <td className="wrap">
                  {f.title ? <strong>{f.title} </strong> : null}
                  <span>{f.url}</span>
                </td>
                <td>{Math.round(f.everySeconds / 60)} min</td>
                <td>{when(f.lastPolledAt)}</td>
                <td className="wrap">
                  {f.lastStatus ? t(`queue.poll.${f.lastStatus}` as 'queue.poll.ok') : t('queue.poll.never')}
                  {f.lastError && <div className="error-text">{f.lastError}</div>}
                </td>
                <td>{f.itemsSeen}</td>
                <td>{when(f.nextPollAt)}</td>
                {canEdit && (
                  <td>
                    <button type="button" onClick={() => void remove(f.id)}>
                      {t('queue.removeFeed')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && available && (
        <form className="card row wrap" onSubmit={add} aria-label={t('queue.addFeed')}>
          <label>
            {t('queue.feedUrl')} <input type="url" value={url} required placeholder="https://example.org/feed.xml" onChange={(e) => setUrl(e.target.value)} />
          </label>
          <label>
            {t('queue.every')}{' '}
            <select value={every} onChange={(e) => setEvery(Number(e.target.value))}>
              {EVERY.map(([seconds, label]) => (
                <option key={seconds} value={seconds}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="primary">
            {t('queue.addFeed')}
          </button>
        </form>
      )}
      {added && (
        <p className="note" role="status">
          {t('queue.added', { url: added })}
        </p>
      )}
    </div>
  )
}
