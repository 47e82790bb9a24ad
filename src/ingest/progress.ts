/**
 * @module ingest/progress
 * How a batch reports itself on a terminal: a progress line redrawn in place on a TTY, plain lines
 * (one per rejection, one per finished source) otherwise, and the closing summary table.
 */
import type { Writable } from 'node:stream'
import type { IngestProgress, IngestSummary } from './ingest-sources.ts'

export type ProgressReporter = {
  readonly onProgress: (p: IngestProgress) => void
  /** clear the progress line (before the summary) */
  readonly end: () => void
}

/**
 * A reporter writing to `out` (a TTY gets a redrawn bar; anything else plain lines) and rejections
 * to `err`.
 */
export function createProgressReporter(out: Writable & { isTTY?: boolean; columns?: number }, err: Writable): ProgressReporter {
  const tty = out.isTTY === true
  const counts = { inserted: 0, exists: 0, duplicate: 0, rejected: 0 }
  let lastDraw = 0
  let drawn = false
  let lastSource: string | undefined
  const draw = (source: string, force: boolean): void => {
    const t = performance.now()
    if (!force && t - lastDraw < 80) return
    lastDraw = t
    const total = counts.inserted + counts.exists + counts.duplicate + counts.rejected
    const width = Math.max(20, (out.columns ?? 80) - 1)
    const line = `ingesting ${total} · new ${counts.inserted} · unchanged ${counts.exists} · dup ${counts.duplicate} · rejected ${counts.rejected} · ${source}`
    out.write(`\r${line.slice(0, width).padEnd(width)}`)
    drawn = true
  }
  return {
    onProgress(p) {
      counts[p.status === 'rejected' ? 'rejected' : p.status]++
      if (p.rejection) {
        if (drawn) out.write('\r\x1b[K')
        err.write(`rejected ${p.rejection.reason} ${p.rejection.item}: ${p.rejection.detail}\n`)
        drawn = false
      }
      if (tty) draw(p.source, false)
      else if (lastSource !== undefined && p.source !== lastSource) out.write(`read ${lastSource}\n`)
      lastSource = p.source
    },
    end() {
      if (tty && drawn) out.write('\r\x1b[K')
      else if (!tty && lastSource !== undefined) out.write(`read ${lastSource}\n`)
    },
  }
}

/** The closing summary as a small table. */
export function formatSummary(s: IngestSummary): string {
  const rows: Array<[string, number]> = [
    ['ingested', s.ingested],
    ['unchanged (already stored)', s.unchanged],
    ['duplicates (same page)', s.duplicates],
    ['rejected', s.rejected],
  ]
  const reasons = Object.entries(s.rejectedByReason).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const width = Math.max(...rows.map(([k]) => k.length), ...reasons.map(([k]) => k.length + 2))
  const lines = rows.map(([k, v]) => `${k.padEnd(width)}  ${String(v).padStart(6)}`)
  for (const [reason, n] of reasons) lines.push(`  ${reason.padEnd(width - 2)}  ${String(n).padStart(6)}`)
  return `${lines.join('\n')}\n`
}
