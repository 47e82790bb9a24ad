/**
 * @module render/cite-marks
 * Citation markers shared by the renderers: `[1]`, `[1][3]` from a line's cites and the digest's
 * numbered source list; how copies are marked; labels for stances, outlet kinds and timeline statuses; the 公開日 form.
 */
import type { Cite, Digest, OutletKind, StanceKind, TimelineEvent } from '../core/digest.ts'

/** The source numbers of a line's cites, in first-cited order. */
export function sourceNumbers(digest: Digest, cites: readonly Cite[]): number[] {
  const out: number[] = []
  for (const cite of cites) {
    const n = digest.sources.articles.find((a) => a.id === cite.id)?.n
    if (n !== undefined && !out.includes(n)) out.push(n)
  }
  return out
}

/** The source numbers of a section's duplicate copies (other outlets carrying the same text). */
export function copyNumbers(digest: Digest, copies: readonly string[]): number[] {
  return sourceNumbers(digest, copies.map((id) => ({ id, start: 0, end: 0 })))
}

/** Every renderer marks copies alike: the line under a section, and the mark after a listed source. */
export const COPIES_LABEL = '同じ記事の配信'
export const COPY_MARK = '（同一記事の配信）'

/** The label of a timeline event that did not happen on its date but is planned (予定) or forecast (見通し) for it. */
export const TIMELINE_STATUS_LABEL: Readonly<Record<NonNullable<TimelineEvent['status']>, string>> = { scheduled: '予定', forecast: '見通し' }

/** `[1][3]` for a line. */
export function citeMark(digest: Digest, cites: readonly Cite[]): string {
  return sourceNumbers(digest, cites).map((n) => `[${n}]`).join('')
}

/** UI labels of stances (labels, not source text). */
export const STANCE_LABEL: Readonly<Record<StanceKind, string>> = {
  demand: '求める',
  propose: '提案',
  condition: '条件',
  stress: '強調',
  claim: '主張',
  oppose: '反対',
  support: '支持',
  reject: '拒否',
}

/** UI labels of outlet kinds. */
export const OUTLET_KIND_LABEL: Readonly<Record<OutletKind, string>> = {
  'national-daily': '全国紙',
  'regional-paper': '地方紙',
  'wire-service': '通信社',
  broadcaster: '放送局',
  'web-native': 'ネットメディア',
  other: 'その他',
}

/** `2022/02/28` (the seed layout's 公開日) from an ISO date or date-time (as written; no time-zone conversion). */
export function slashDate(iso: string | undefined): string {
  if (iso === undefined || iso.length < 10) return iso ?? '日付不明'
  return iso.slice(0, 10).replaceAll('-', '/')
}
