/**
 * @module render/cite-marks
 * Citation markers shared by the renderers: `[1]`, `[1][3]` from a line's cites and the digest's
 * numbered source list; labels for stances and outlet kinds; date formatting.
 */
import type { Cite, Digest, OutletKind, StanceKind } from '../core/digest.ts'

/** The source numbers of a line's cites, in first-cited order. */
export function sourceNumbers(digest: Digest, cites: readonly Cite[]): number[] {
  const out: number[] = []
  for (const cite of cites) {
    const n = digest.sources.articles.find((a) => a.id === cite.id)?.n
    if (n !== undefined && !out.includes(n)) out.push(n)
  }
  return out
}

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

/** `2022/02/28` from an ISO date or date-time (as written; no time-zone conversion). */
export function slashDate(iso: string | undefined): string {
  if (iso === undefined || iso.length < 10) return iso ?? '日付不明'
  return iso.slice(0, 10).replaceAll('-', '/')
}
