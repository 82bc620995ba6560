import { useState, type FormEvent } from 'react'
import { api, setToken } from '../api'
import type { Session } from '../api-types'
import { useI18n } from '../i18n'

/** Sign-in with an API token; the token stays in this tab unless remembered. */
export function LoginView({ onSignedIn, onLang }: { onSignedIn: (session: Session) => void; onLang: () => void }) {
  const { t } = useI18n()
  const [token, setValue] = useState('')
  const [remember, setRemember] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    setToken(token.trim(), remember)
    try {
      const session = await api<Session>('/session')
      if (!session.user) {
        setToken(null)
        setError(t('auth.bad'))
      } else onSignedIn(session)
    } catch (e) {
      setToken(null)
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <main id="main" className="login">
      <form className="card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">cobel · {t('auth.title')}</h1>
        <p>{t('auth.intro')}</p>
        <label htmlFor="token">{t('auth.token')}</label>
        <input id="token" name="token" type="password" autoComplete="current-password" required value={token} onChange={(e) => setValue(e.target.value)} />
        <label className="check">
          <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} /> {t('auth.remember')}
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            {t('auth.submit')}
          </button>
          <button type="button" onClick={onLang}>
            {t('app.language')}
          </button>
        </div>
      </form>
    </main>
  )
}
