/**
 * @module render/markdown
 * The digest as a clean Markdown reader format: every source line followed by its citation
 * marker, the numbered sources at the end. Headings are UI labels; nothing else is added.
 */
import type { CitedText, Digest } from '../core/digest.ts'
import { citeMark, COPIES_LABEL, COPY_MARK, copyNumbers, OUTLET_KIND_LABEL, slashDate, STANCE_LABEL, TIMELINE_STATUS_LABEL } from './cite-marks.ts'
import { displayDate, yearOf } from './display-date.ts'
import { displayUrl } from './display-url.ts'

export type MarkdownRenderOptions = { readonly details?: boolean }

/** Escape Markdown syntax characters that would change the meaning of source text. */
function esc(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/gu, '\\$1')
}

/** Render a digest as Markdown. */
export function renderMarkdown(digest: Digest, options: MarkdownRenderOptions = {}): string {
  const line = (u: CitedText): string => `${esc(u.text)} ${citeMark(digest, u.cites)}`
  const year = yearOf(digest.span?.from)
  const out: string[] = [`# ${esc(digest.title.text)}`, '']
  if (digest.subtitle.text !== '') out.push(`**${esc(digest.subtitle.text)}**`, '')
  out.push(`> ${line(digest.headline)}`, '')
  for (const u of digest.lead) out.push(line(u), '')
  if (digest.sections.length > 0) out.push('## 記事ごとの要点', '')
  for (const s of digest.sections) {
    const url = displayUrl(s.url)
    out.push(`### ${line(s.heading)}`, '', `公開日: ${slashDate(s.publishedAt)}${s.publisher ? ` · ${esc(s.publisher)}` : ''}${url ? ` · <${url}>` : ''}`, '')
    for (const b of s.bullets) out.push(`- ✅ ${line(b)}`)
    out.push('')
    if (options.details !== false) for (const d of s.details) out.push(line(d), '')
    if (s.copies.length > 0) out.push(`${COPIES_LABEL}: ${copyNumbers(digest, s.copies).map((n) => `[${n}]`).join(' ')}`, '')
  }
  const list = (heading: string, items: string[]): void => {
    if (items.length > 0) out.push(`## ${heading}`, '', ...items, '')
  }
  list('時系列', digest.timeline.map((e) => `- ${displayDate(e.date, { year, granularity: e.granularity })}${e.status === undefined ? '' : `（${TIMELINE_STATUS_LABEL[e.status]}）`}: ${line(e)}`))
  list('各者の立場', digest.positions.map((p) => `- **${esc(p.actor)}**（${STANCE_LABEL[p.stance]}）: ${line(p.what)}`))
  list('発言', digest.quotes.map((q) => `- ${q.speaker === null ? '' : `${esc(q.speaker)}${q.role ? `（${esc(q.role)}）` : ''}: `}「${esc(q.text)}」 ${citeMark(digest, q.cites)}`))
  list('数字', digest.numbers.map((n) => `- **${esc(n.text)}** — ${line(n.sentence)}`))
  list('今後の見通し（記事の記述）', digest.outlook.map((u) => `- ${line(u)}`))
  list('💡 ポイント', digest.keyPoints.map((u) => `- 💡 ${line(u)}`))
  list('背景（時期の離れた記事）', digest.background.map((b) => `- ${slashDate(b.publishedAt)}: ${line(b.heading)}`))
  out.push('## 出典', '')
  for (const a of digest.sources.articles) {
    const url = displayUrl(a.url)
    out.push(`${a.n}. ${esc(a.publisher ?? '発行元不明')}${a.title ? `「${esc(a.title)}」` : ''} ${slashDate(a.publishedAt)}${url ? ` <${url}>` : ''}${a.copyOf ? COPY_MARK : ''}`)
  }
  const mix = Object.entries(digest.sources.mix).filter(([, n]) => n > 0).map(([k, n]) => `${OUTLET_KIND_LABEL[k as keyof typeof OUTLET_KIND_LABEL]} ${n}`)
  out.push('', `報道した媒体: ${digest.sources.outlets.map((o) => esc(o.name)).join('、')}（${mix.join('・')}）`, '')
  return out.join('\n')
}
