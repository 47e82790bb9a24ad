/**
 * @module web/article-view
 * The article page: the text with every sentence anchored (`#s-<start>-<end>`), the sentences a
 * digest cites highlighted (the title when a headline cites it), entities marked and linked, the stories it belongs to and its
 * duplicate copies.
 */
import type { AnalyzedDoc, Entity, Span } from '../core/doc.ts'
import type { Cite } from '../core/digest.ts'
import { COPIES_LABEL, displayUrl } from '../render/index.ts'
import type { StoredArticle } from '../store/repository.ts'
import { articlePath, entityPath, sentenceAnchor, storyPath, TITLE_ANCHOR } from './cite-links.ts'
import { h, safeHref, type Html } from './html.ts'
import { formatDate, renderPage } from './layout.ts'

export type ArticleViewInput = {
  readonly article: StoredArticle
  readonly doc: AnalyzedDoc | undefined
  readonly cites: readonly Cite[]
  readonly stories: readonly { readonly id: string; readonly headline: string }[]
  readonly copies: readonly StoredArticle[]
}

/** The article page. */
export function renderArticlePage(input: ArticleViewInput): Html {
  const { article } = input
  const href = safeHref(displayUrl(article.url, article.canonicalUrl))
  const body = h`<article class="article">
<h1 id="${TITLE_ANCHOR}"${input.cites.some((c) => c.field === 'title') ? h` class="cited"` : ''}>${article.title ?? article.id}</h1>
<p class="meta">公開日: ${formatDate(article.publishedAt)}${article.source === undefined ? '' : ` · ${article.source}`}${href === undefined ? '' : h` · <a href="${href}" rel="noopener noreferrer nofollow">元記事</a>`}</p>
${input.stories.length === 0 ? '' : h`<p>ストーリー: ${input.stories.map((s) => h`<a href="${storyPath(s.id)}">${s.headline}</a> `)}</p>`}
<div class="text">${renderText(input.article.body, input.doc, input.cites)}</div>
${input.copies.length === 0 ? '' : h`<h2>${COPIES_LABEL}</h2><ul>${input.copies.map((c) => h`<li><a href="${articlePath(c.id)}">${c.title ?? c.id}</a> <span class="muted">${c.source ?? ''} ${formatDate(c.publishedAt)}</span></li>`)}</ul>`}
</article>`
  return renderPage({ title: article.title ?? article.id, body })
}

/** The body split into anchored segments (sentences, or cited spans when there is no analysis). */
export function renderText(text: string, doc: AnalyzedDoc | undefined, allCites: readonly Cite[]): Html {
  // title cites (field: 'title') index into the title, not this text: the title is marked instead
  const cites = allCites.filter((c) => c.field === undefined)
  const segments = segmentsOf(text, doc, cites)
  const entities = doc?.layers.entities ?? []
  const parts: Html[] = []
  let cursor = 0
  for (const seg of segments) {
    if (seg.start > cursor) parts.push(h`${text.slice(cursor, seg.start)}`)
    const cited = cites.some((c) => c.start < seg.end && c.end > seg.start)
    parts.push(h`<span id="${sentenceAnchor(seg)}"${cited ? h` class="cited"` : ''}>${markEntities(text, seg, entities)}</span>`)
    cursor = seg.end
  }
  if (cursor < text.length) parts.push(h`${text.slice(cursor)}`)
  return h`${parts}`
}

function segmentsOf(text: string, doc: AnalyzedDoc | undefined, cites: readonly Cite[]): Span[] {
  const sentences = doc?.layers.sentences
  if (sentences !== undefined && sentences.length > 0 && doc?.text === text) return [...sentences]
  // no analysis: anchor the cited spans themselves, first come first served where they overlap
  const out: Span[] = []
  for (const cite of [...cites].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1]
    if (cite.start < 0 || cite.end > text.length || (last !== undefined && cite.start < last.end)) continue
    out.push({ start: cite.start, end: cite.end })
  }
  return out
}

function markEntities(text: string, seg: Span, entities: readonly Entity[]): Html {
  const parts: Html[] = []
  let cursor = seg.start
  for (const ent of entities) {
    if (ent.start < cursor || ent.end > seg.end) continue
    if (ent.start > cursor) parts.push(h`${text.slice(cursor, ent.start)}`)
    parts.push(h`<a class="ent ${ent.type}" href="${entityPath(ent.canonical)}" title="${ent.canonical}">${text.slice(ent.start, ent.end)}</a>`)
    cursor = ent.end
  }
  if (cursor < seg.end) parts.push(h`${text.slice(cursor, seg.end)}`)
  return h`${parts}`
}
