/**
 * @module ingest/duration
 * Durations on the command line: `90s`, `10m`, `1h`, `1h30m`, `500ms`, or a bare number of seconds.
 */

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/**
 * Milliseconds of a duration, or null when it cannot be read.
 * @example parseDuration('10m') // 600000
 */
export function parseDuration(text: string): number | null {
  const s = text.trim().toLowerCase()
  if (/^\d+(?:\.\d+)?$/.test(s)) return Math.round(Number(s) * 1000)
  const parts = [...s.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)]
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== s) return null
  return Math.round(parts.reduce((sum, p) => sum + Number(p[1]) * (UNIT_MS[p[2] ?? ''] ?? 0), 0))
}

/** A short human form: `10m`, `1h30m`, `45s`, `250ms`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`
  let rest = Math.round(ms / 1000)
  const out: string[] = []
  for (const [unit, size] of [['d', 86_400], ['h', 3600], ['m', 60], ['s', 1]] as const) {
    if (rest >= size) {
      out.push(`${Math.floor(rest / size)}${unit}`)
      rest %= size
    }
  }
  return out.join('')
}
