import { useState, type FormEvent } from 'react'
import { api, ApiError, useApi } from '../api'
import type { AddedUser, Role, Users } from '../api-types'
import { useApp } from '../app-context'
import { ErrorBox, Loading } from '../components/common'
import { useI18n } from '../i18n'

/** Admins add and remove users; a new user's token is shown once. */
export function UsersView() {
  const { t, v } = useI18n()
  const { session, canAdmin } = useApp()
  const [tick, setTick] = useState(0)
  const users = useApi<Users>(canAdmin ? '/users' : null, tick)
  const [name, setName] = useState('')
  const [role, setRole] = useState<Role>('viewer')
  const [issued, setIssued] = useState<{ name: string; token: string } | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const add = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    try {
      const answer = await api<AddedUser>('/users', { method: 'POST', body: { name: name.trim(), role } })
      setIssued({ name: answer.user.name, token: answer.token })
      setName('')
      setTick((x) => x + 1)
    } catch (e) {
      setError(e as ApiError)
    }
  }
  const remove = async (user: string) => {
    setError(null)
    try {
      await api(`/users/${encodeURIComponent(user)}`, { method: 'DELETE' })
      setTick((x) => x + 1)
    } catch (e) {
      setError(e as ApiError)
    }
  }
  return (
    <div className="view users">
      <h1>{t('users.title')}</h1>
      {session.mode === 'open' && <p className="note">{t('users.open')}</p>}
      <ErrorBox error={users.error ?? error} />
      {users.loading && <Loading />}
      {users.data && (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('users.name')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.created')}</th>
              <th scope="col">{t('users.lastSeen')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {users.data.items.map((u) => (
              <tr key={u.name}>
                <td>{u.name}</td>
                <td>{v(u.role)}</td>
                <td>{u.createdAt.slice(0, 16).replace('T', ' ')}</td>
                <td>{u.lastSeenAt?.slice(0, 16).replace('T', ' ') ?? '—'}</td>
                <td>
                  {u.name !== session.user?.name && (
                    <button type="button" onClick={() => void remove(u.name)}>
                      {t('users.remove')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="card row wrap" onSubmit={add}>
        <label>
          {t('users.name')} <input value={name} required pattern="[A-Za-z0-9][A-Za-z0-9._\-]{0,63}" onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('users.role')}{' '}
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {(['viewer', 'editor', 'admin'] as const).map((r) => (
              <option key={r} value={r}>
                {v(r)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary">
          {t('users.add')}
        </button>
      </form>
      {issued && (
        <div className="card note" role="status">
          <p>{t('users.token', { name: issued.name })}</p>
          <code className="token">{issued.token}</code>
        </div>
      )}
    </div>
  )
}
