/**
 * @module render/seed
 * The seed layout of a まとめ article (../shared/seeds/001, 002), without their faults: title？subtitle (just the title
 * when there is no subtitle),
 * lead, one block per source (heading, 公開日, ✅ ×3, さらに読む ⇒ publisher and canonical URL, detail
 * lines, 同じ記事の配信 and the numbers of its copies), 💡 ×3, the numbered sources (copies marked). Every source line carries its citation marker ([1]); sources far from the story's time are
 * listed as background with their date; no commentary and no reader reaction are added.
 */
import type { CitedText, Digest } from '../core/digest.ts'
import { citeMark, COPIES_LABEL, COPY_MARK, copyNumbers, slashDate } from './cite-marks.ts'
import { displayUrl } from './display-url.ts'

export type SeedRenderOptions = { readonly details?: number }

/** Render a digest in the seed layout (plain text). */
export function renderSeed(digest: Digest, options: SeedRenderOptions = {}): string {
  const line = (u: CitedText): string => `${u.text}${citeMark(digest, u.cites)}`
  const subtitle = digest.subtitle.text === '' ? '' : `？${digest.subtitle.text}`
  const out: string[] = [`${digest.title.text}${citeMark(digest, digest.title.cites)}${subtitle}`]
  out.push(digest.lead.map(line).join(''))
  for (const s of digest.sections) {
    out.push(line(s.heading), `公開日：${slashDate(s.publishedAt)}`, '')
    for (const b of s.bullets) out.push(`✅ ${line(b)}`)
    const url = displayUrl(s.url)
    out.push(`さらに読む ⇒${s.publisher ?? '発行元不明'}${url ? `: ${url}` : ''}`)
    for (const d of s.details.slice(0, options.details ?? 3)) out.push(line(d))
    if (s.copies.length > 0) out.push(`${COPIES_LABEL}: ${copyNumbers(digest, s.copies).map((n) => `[${n}]`).join(' ')}`)
    out.push('')
  }
  for (const b of digest.background) out.push(`背景（${slashDate(b.publishedAt)}の記事）: ${line(b.heading)}`)
  if (digest.background.length > 0) out.push('')
  for (const k of digest.keyPoints) out.push(`💡 ${line(k)}`)
  out.push('', '出典')
  for (const a of digest.sources.articles) {
    const url = displayUrl(a.url)
    out.push(`[${a.n}] ${a.publisher ?? '発行元不明'}${a.title ? `「${a.title}」` : ''} ${slashDate(a.publishedAt)}${url ? ` ${url}` : ''}${a.copyOf ? COPY_MARK : ''}`)
  }
  return out.join('\n') + '\n'
}
