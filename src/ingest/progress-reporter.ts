/** Counters of a running ingest or re-extraction. */
export interface IngestProgress {
  /** Documents read from the sources so far (the total, once `reading` is false). */
  readonly read: number
  readonly ingested: number
  readonly skipped: number
  readonly failed: number
  readonly reading: boolean
  readonly elapsedMs: number
}

export interface ProgressReporter {
  update(progress: IngestProgress): void
  /** Clears the progress line (TTY) so the summary prints cleanly. */
  done(): void
}

export interface ProgressReporterOptions {
  readonly stream?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  /** Defaults to the stream's isTTY. */
  readonly tty?: boolean
  readonly label?: string
  /** Seconds between plain lines when not on a terminal (default 5). */
  readonly plainIntervalSeconds?: number
}

/**
 * A progress bar with counts, rate and ETA on a terminal (redrawn at most 10 times a
 * second), or a plain line every few seconds when the output is a file or a pipe.
 */
export function createProgressReporter(options: ProgressReporterOptions = {}): ProgressReporter {
  const stream = options.stream ?? process.stderr
  const tty = options.tty ?? Boolean(stream.isTTY)
  const label = options.label ?? 'ingest'
  const interval = tty ? 100 : (options.plainIntervalSeconds ?? 5) * 1000
  let last = 0
  let shown = false
  return {
    update(p) {
      const now = Date.now()
      if (now - last < interval) return
      last = now
      const line = formatProgress(p, label, tty ? (stream.columns ?? 100) : 0)
      if (tty) {
        stream.write(`\r\x1b[2K${line}`)
        shown = true
      } else stream.write(`${line}\n`)
    },
    done() {
      if (tty && shown) stream.write('\r\x1b[2K')
      shown = false
    },
  }
}

export function formatProgress(p: IngestProgress, label: string, width: number): string {
  const processed = p.ingested + p.skipped + p.failed
  const seconds = p.elapsedMs / 1000
  const rate = seconds > 0 ? processed / seconds : 0
  const total = Math.max(p.read, processed)
  const remaining = total - processed
  const eta = rate > 0 && remaining > 0 ? formatDuration(remaining / rate) : p.reading ? '?' : '0s'
  const counts = `${processed}/${total}${p.reading ? '+' : ''} · ${p.ingested} new · ${p.skipped} skipped · ${p.failed} failed · ${rate.toFixed(1)} docs/s · ETA ${eta}`
  if (!width) return `${label}: ${counts}`
  const barWidth = Math.max(10, Math.min(30, width - counts.length - label.length - 6))
  const filled = total > 0 ? Math.round((processed / total) * barWidth) : 0
  return `${label} [${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${counts}`.slice(0, Math.max(20, width - 1))
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`
  return `${Math.floor(seconds / 3600)}h${String(Math.round((seconds % 3600) / 60)).padStart(2, '0')}m`
}
