/**
 * @module render/html
 * The digest as a standalone, clean HTML reader page (lang="ja"). All source text is escaped;
 * UI labels of the subtitle are marked with `class="label"` so readers can tell them from source
 * words; every line links its citation markers to the numbered sources.
 */
import type { CitedText, Digest } from '../core/digest.ts'
import { COPIES_LABEL, COPY_MARK, copyNumbers, OUTLET_KIND_LABEL, slashDate, sourceNumbers, STANCE_LABEL, TIMELINE_STATUS_LABEL } from './cite-marks.ts'
import { displayDate, yearOf } from './display-date.ts'
import { displayUrl } from './display-url.ts'

export type HtmlRenderOptions = {
  /** a whole page (default) or only the `<article>` fragment */
  readonly fragment?: boolean
}

/** Escape text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)
}

/** Only http(s) URLs become links, in their canonical form. */
function safeUrl(url: string | undefined): string | undefined {
  const shown = displayUrl(url)
  return shown !== undefined && /^https?:\/\//iu.test(shown) ? shown : undefined
}

/** Render a digest as HTML. */
export function renderHtml(digest: Digest, options: HtmlRenderOptions = {}): string {
  const marks = (u: { readonly cites: CitedText['cites'] }): string =>
    sourceNumbers(digest, u.cites).map((n) => `<a class="cite" href="#src-${n}">[${n}]</a>`).join('')
  const line = (u: CitedText): string => `${escapeHtml(u.text)} ${marks(u)}`
  const li = (items: string[]): string => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`
  const year = yearOf(digest.span?.from)
  const block = (heading: string, cls: string, items: string[]): string =>
    items.length === 0 ? '' : `<section class="${cls}"><h2>${heading}</h2>${li(items)}</section>`
  const subtitle = digest.subtitle.parts.map((p) => (p.kind === 'label' ? `<span class="label">${escapeHtml(p.text)}</span>` : escapeHtml(p.text))).join('')
  const parts: string[] = [
    `<header><h1>${line(digest.title)}</h1>${subtitle === '' ? '' : `<p class="subtitle">${subtitle}</p>`}<p class="headline">${line(digest.headline)}</p></header>`,
    `<section class="lead">${digest.lead.map((u) => `<p>${line(u)}</p>`).join('')}</section>`,
  ]
  for (const s of digest.sections) {
    const url = safeUrl(s.url)
    const publisher = escapeHtml(s.publisher ?? '発行元不明')
    parts.push(
      `<section class="source" id="article-${escapeHtml(s.id)}"><h2>${line(s.heading)}</h2>` +
        `<p class="meta">公開日: <time datetime="${escapeHtml(s.publishedAt ?? '')}">${escapeHtml(slashDate(s.publishedAt))}</time></p>` +
        `<ul class="bullets">${s.bullets.map((b) => `<li>✅ ${line(b)}</li>`).join('')}</ul>` +
        `<p class="more">さらに読む ⇒ ${url ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${publisher}</a>` : publisher}</p>` +
        s.details.map((d) => `<p class="detail">${line(d)}</p>`).join('') +
        (s.copies.length > 0 ? `<p class="copies">${COPIES_LABEL}: ${copyNumbers(digest, s.copies).map((n) => `<a class="cite" href="#src-${n}">[${n}]</a>`).join(' ')}</p>` : '') +
        `</section>`,
    )
  }
  parts.push(
    block('時系列', 'timeline', digest.timeline.map((e) => `<time datetime="${escapeHtml(e.date)}">${escapeHtml(displayDate(e.date, { year, granularity: e.granularity }))}</time>${e.status === undefined ? '' : `<span class="label">（${TIMELINE_STATUS_LABEL[e.status]}）</span>`} ${line(e)}`)),
    block('各者の立場', 'positions', digest.positions.map((p) => `<strong>${escapeHtml(p.actor)}</strong><span class="label">（${STANCE_LABEL[p.stance]}）</span> ${line(p.what)}`)),
    block('発言', 'quotes', digest.quotes.map((q) => `${q.speaker === null ? '' : `<strong>${escapeHtml(q.speaker)}</strong>${q.role ? `（${escapeHtml(q.role)}）` : ''}: `}「${escapeHtml(q.text)}」 ${marks(q)}`)),
    block('数字', 'numbers', digest.numbers.map((n) => `<strong>${escapeHtml(n.text)}</strong> — ${line(n.sentence)}`)),
    block('今後の見通し（記事の記述）', 'outlook', digest.outlook.map(line)),
    block('💡 ポイント', 'key-points', digest.keyPoints.map((u) => `💡 ${line(u)}`)),
    block('背景（時期の離れた記事）', 'background', digest.background.map((b) => `<time datetime="${escapeHtml(b.publishedAt)}">${escapeHtml(slashDate(b.publishedAt))}</time> ${line(b.heading)}`)),
  )
  const mix = Object.entries(digest.sources.mix).filter(([, n]) => n > 0).map(([k, n]) => `${OUTLET_KIND_LABEL[k as keyof typeof OUTLET_KIND_LABEL]} ${n}`)
  parts.push(
    `<section class="sources"><h2>出典</h2><ol>${digest.sources.articles
      .map((a) => {
        const url = safeUrl(a.url)
        const name = `${escapeHtml(a.publisher ?? '発行元不明')}${a.title ? `「${escapeHtml(a.title)}」` : ''}`
        return `<li id="src-${a.n}" value="${a.n}">${url ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${name}</a>` : name} ${escapeHtml(slashDate(a.publishedAt))}${a.copyOf ? COPY_MARK : ''}</li>`
      })
      .join('')}</ol><p>報道した媒体: ${digest.sources.outlets.map((o) => escapeHtml(o.name)).join('、')}（${mix.join('・')}）</p></section>`,
  )
  const article = `<article class="digest">${parts.join('')}</article>`
  if (options.fragment === true) return article
  return `<!doctype html>\n<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(digest.title.text)}</title><style>body{font-family:sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.7}.cite{font-size:.75em;vertical-align:super;text-decoration:none}.label{color:#666}.meta{color:#555}</style></head><body>${article}</body></html>\n`
}
