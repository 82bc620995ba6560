import { frameworkTitle, useApp } from '../app-context'
import { useI18n } from '../i18n'

/** The framework a view assesses under, as the overview, network and map views offer it. */
export function FrameworkSelect({ value, onChange }: { value: string | undefined; onChange: (id: string) => void }) {
  const { meta } = useApp()
  const i18n = useI18n()
  return (
    <label>
      {i18n.t('common.framework')}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="framework-select">
        {meta.frameworks.map((f) => (
          <option key={f.id} value={f.id}>
            {frameworkTitle(f, meta, i18n)}
          </option>
        ))}
      </select>
    </label>
  )
}

/** The conflict a view assesses, among those defined in data/conflicts/. */
export function ConflictSelect({ value, onChange }: { value: string | undefined; onChange: (id: string) => void }) {
  const { meta } = useApp()
  const { t } = useI18n()
  return (
    <label>
      {t('common.conflict')}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="conflict-select">
        {meta.conflicts.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </select>
    </label>
  )
}
