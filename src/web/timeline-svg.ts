/**
 * @module web/timeline-svg
 * A story's timeline as an inline SVG chart: one bar per day for the number of articles, and a red
 * marker for each dated event (linked to the sentence it came from). Pure: numbers and escaped
 * labels in, markup out. Fixed viewBox and an aspect ratio in CSS, so the page never shifts.
 */
import { displayDate } from '../render/index.ts'
import { escapeText, safeHref, trusted, type Html } from './html.ts'

/** Articles published on one day (YYYY-MM-DD, Asia/Tokyo). */
export type DayCount = { readonly day: string; readonly count: number }

/** A dated event of the story (from the digest's timeline). */
export type TimelineEvent = { readonly day: string; readonly label: string; readonly href?: string | undefined }

const WIDTH = 720
const HEIGHT = 200
const PAD_LEFT = 28
const PAD_RIGHT = 12
const TOP = 28
const BASELINE = 160
const DAY_MS = 86_400_000
const MAX_LABEL_CHARS = 40
/** how far (days) an event may lie outside the days with articles and still be drawn */
const EVENT_MARGIN_DAYS = 14

/** Every day from `first` to `last` inclusive (YYYY-MM-DD). */
export function daysBetween(first: string, last: string): string[] {
  const out: string[] = []
  const end = Date.parse(`${last}T00:00:00Z`)
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= end && out.length < 3660; t += DAY_MS) {
    out.push(new Date(t).toISOString().slice(0, 10))
  }
  return out
}

/** Render the chart; `title` becomes the SVG's accessible name. */
export function renderTimelineSvg(counts: readonly DayCount[], events: readonly TimelineEvent[], title: string): Html {
  const inRange = keepNearCounts(counts, events)
  const known = [...counts.map((c) => c.day), ...inRange.map((e) => e.day)].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort()
  const first = known[0]
  const last = known[known.length - 1]
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="tl-title" class="timeline-chart">`,
    `<title id="tl-title">${escapeText(title)}</title>`,
  ]
  if (first === undefined || last === undefined) {
    parts.push(`<text x="${WIDTH / 2}" y="${HEIGHT / 2}" text-anchor="middle">日付のある記事がありません</text></svg>`)
    return trusted(parts.join(''))
  }
  const days = daysBetween(first, last)
  const byDay = new Map(counts.map((c) => [c.day, c.count]))
  const max = Math.max(1, ...counts.map((c) => c.count))
  const slot = (WIDTH - PAD_LEFT - PAD_RIGHT) / days.length
  const barWidth = Math.max(2, Math.min(40, slot * 0.7))
  const x = (i: number): number => PAD_LEFT + slot * i + slot / 2
  parts.push(`<line x1="${PAD_LEFT}" y1="${BASELINE}" x2="${WIDTH - PAD_RIGHT}" y2="${BASELINE}" stroke="#9aa0a6"/>`)
  parts.push(`<text x="4" y="${TOP + 4}">${max}</text><text x="4" y="${BASELINE}">0</text>`)
  days.forEach((day, i) => {
    const count = byDay.get(day) ?? 0
    if (count > 0) {
      const height = ((BASELINE - TOP) * count) / max
      parts.push(
        `<rect class="bar" x="${round(x(i) - barWidth / 2)}" y="${round(BASELINE - height)}" width="${round(barWidth)}" height="${round(height)}"><title>${displayDate(day)}: ${count}件</title></rect>`,
      )
    }
  })
  const labelEvery = Math.max(1, Math.ceil(days.length / 10))
  days.forEach((day, i) => {
    if (i % labelEvery === 0 || i === days.length - 1) {
      parts.push(`<text x="${round(x(i))}" y="${BASELINE + 16}" text-anchor="middle">${day.slice(5).replace('-', '/')}</text>`)
    }
  })
  const dayIndex = new Map(days.map((d, i) => [d, i]))
  const stacked = new Map<string, number>()
  for (const event of inRange) {
    const i = dayIndex.get(event.day)
    if (i === undefined) continue
    const level = stacked.get(event.day) ?? 0
    stacked.set(event.day, level + 1)
    const label = event.label.length > MAX_LABEL_CHARS ? `${event.label.slice(0, MAX_LABEL_CHARS)}…` : event.label
    const cx = round(x(i) + level * 7)
    const marker =
      `<line x1="${cx}" y1="20" x2="${cx}" y2="${BASELINE}" stroke="#d93025" stroke-dasharray="2 3" stroke-width="1"/>` +
      `<circle class="event" cx="${cx}" cy="14" r="5"><title>${escapeText(`${displayDate(event.day)} ${label}`)}</title></circle>`
    const href = safeHref(event.href)
    parts.push(href === undefined ? marker : `<a href="${escapeText(href)}">${marker}</a>`)
  }
  parts.push('</svg>')
  return trusted(parts.join(''))
}

/** Events within EVENT_MARGIN_DAYS of the days that have articles (a date years back would flatten the chart). */
function keepNearCounts(counts: readonly DayCount[], events: readonly TimelineEvent[]): TimelineEvent[] {
  const days = counts.map((c) => Date.parse(`${c.day}T00:00:00Z`)).filter((t) => !Number.isNaN(t))
  if (days.length === 0) return [...events]
  const from = Math.min(...days) - EVENT_MARGIN_DAYS * DAY_MS
  const to = Math.max(...days) + EVENT_MARGIN_DAYS * DAY_MS
  return events.filter((e) => {
    const t = Date.parse(`${e.day}T00:00:00Z`)
    return !Number.isNaN(t) && t >= from && t <= to
  })
}

function round(n: number): number {
  return Math.round(n * 10) / 10
}
