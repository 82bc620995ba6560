import { sql } from 'kysely'
import type { Store } from '../store/open-store.js'
import { QUEUE_NAMES, QUEUE_SCHEMA, type QueueName } from './job-queue.js'

export interface QueueCounts {
  readonly queue: QueueName
  /** Created, or waiting for a retry. */
  readonly waiting: number
  readonly active: number
  readonly failed: number
  /** Completed (in the job table and its archive). */
  readonly done: number
}

export interface FailedJob {
  readonly id: string
  readonly queue: string
  /** What the job was about: the document's origin, the URL, or the feed. */
  readonly subject: string
  readonly code: string
  readonly message: string
  readonly attempts: number
  readonly failedAt: Date | null
}

export interface QueueStatus {
  /** False until a worker or `ingest --queue` has created the queue's tables. */
  readonly installed: boolean
  readonly queues: QueueCounts[]
  readonly failed: FailedJob[]
  readonly failedTotal: number
}

/** Counts per queue and state, and the latest failed jobs with their errors, read with SQL from pg-boss's tables. */
export async function queueStatus(store: Store, options: { failedLimit?: number } = {}): Promise<QueueStatus> {
  const empty = QUEUE_NAMES.map((queue) => ({ queue, waiting: 0, active: 0, failed: 0, done: 0 }))
  if (store.engine !== 'postgres') return { installed: false, queues: empty, failed: [], failedTotal: 0 }
  const { rows: installed } = await sql<{ ok: boolean }>`select to_regclass(${`${QUEUE_SCHEMA}.job`}) is not null as ok`.execute(store.db)
  if (!installed[0]?.ok) return { installed: false, queues: empty, failed: [], failedTotal: 0 }
  const schema = sql.id(QUEUE_SCHEMA)
  const { rows } = await sql<{ name: string; state: string; n: string }>`
    select name, state::text as state, count(*) as n from (
      select name, state from ${schema}.job where name = any(${sql.val([...QUEUE_NAMES])}::text[])
      union all
      select name, state from ${schema}.archive where name = any(${sql.val([...QUEUE_NAMES])}::text[])
    ) j group by 1, 2`.execute(store.db)
  const counts = new Map<string, QueueCounts & { waiting: number; active: number; failed: number; done: number }>(empty.map((c) => [c.queue, { ...c }]))
  for (const row of rows) {
    const c = counts.get(row.name)
    if (!c) continue
    const n = Number(row.n)
    if (row.state === 'created' || row.state === 'retry') c.waiting += n
    else if (row.state === 'active') c.active += n
    else if (row.state === 'failed') c.failed += n
    else if (row.state === 'completed') c.done += n
  }
  const { rows: failed } = await sql<{ id: string; name: string; data: Record<string, unknown> | null; output: Record<string, unknown> | null; retry_count: number; completed_on: Date | null }>`
    select id::text, name, data, output, retry_count, completed_on from ${schema}.job
    where name = any(${sql.val([...QUEUE_NAMES])}::text[]) and state = 'failed'
    order by completed_on desc nulls last limit ${options.failedLimit ?? 50}`.execute(store.db)
  const queues = [...counts.values()]
  return {
    installed: true,
    queues,
    failed: failed.map((row) => ({ id: row.id, queue: row.name, subject: subjectOf(row.data), ...errorOf(row.output), attempts: row.retry_count + 1, failedAt: row.completed_on })),
    failedTotal: queues.reduce((n, q) => n + q.failed, 0),
  }
}

/** Whether no job is waiting, retrying or running in the queues a worker takes. */
export async function isQueueIdle(store: Store): Promise<boolean> {
  const { rows } = await sql<{ busy: boolean }>`
    select exists (select 1 from ${sql.id(QUEUE_SCHEMA)}.job
      where name = any(${sql.val([...QUEUE_NAMES])}::text[]) and state in ('created', 'retry', 'active')) as busy`.execute(store.db)
  return !rows[0]?.busy
}

function subjectOf(data: Record<string, unknown> | null): string {
  if (!data) return ''
  if (typeof data.origin === 'string') return data.origin
  if (typeof data.url === 'string') return data.url
  if (typeof data.feedId === 'number') return `feed ${data.feedId}`
  return JSON.stringify(data).slice(0, 120)
}

/** Our failures carry {code, message}; pg-boss's own (a timeout, a thrown error) {message} or {value: {message}}. */
function errorOf(output: Record<string, unknown> | null): { code: string; message: string } {
  const inner = (output?.value && typeof output.value === 'object' ? output.value : output) as Record<string, unknown> | null
  const message = typeof inner?.message === 'string' ? inner.message : output ? JSON.stringify(output) : 'no error recorded'
  const code = typeof inner?.code === 'string' && inner.code.startsWith('ERR_') ? inner.code : /timeout/.test(message) ? 'ERR_JOB_TIMEOUT' : 'ERR_INTERNAL'
  return { code, message }
}
