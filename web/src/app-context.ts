import { createContext, useContext } from 'react'
import type { FrameworkInfo, Meta, Session } from './api-types'
import type { I18n } from './i18n'

export interface AppState {
  readonly meta: Meta
  readonly session: Session
  readonly canEdit: boolean
  readonly canAdmin: boolean
  /** "Iran (IRN)" when the registry knows the code. */
  actorName(code: string | null | undefined): string
  /** Bumped after a write (review, ingest) so that views reload. */
  readonly version: number
  changed(): void
}

export const AppContext = createContext<AppState | null>(null)

export function useApp(): AppState {
  const app = useContext(AppContext)
  if (!app) throw new Error('useApp outside the app')
  return app
}

export function frameworkTitle(framework: FrameworkInfo | string, meta: Meta, i18n: I18n): string {
  const id = typeof framework === 'string' ? framework : framework.id
  const title = meta.frameworks.find((f) => f.id === id)?.title ?? id
  return i18n.lang === 'fr' ? i18n.v(id) : title
}
