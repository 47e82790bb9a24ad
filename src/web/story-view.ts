/**
 * @module web/story-view
 * The story page: the digest (headline, lead, one ✅ section per source with 公開日 and link,
 * 💡 key points), the timeline as an inline SVG chart, positions, quotes, numbers, and background
 * sources marked apart. Every line links to the sentence it was taken from.
 */
import type { ArticleId } from '../core/doc.ts'
import type { Digest, DigestSection } from '../core/digest.ts'
import { startDayOf } from '../digest/index.ts'
import { COPIES_LABEL, COPY_MARK, displayDate, displayUrl, STANCE_LABEL, TIMELINE_STATUS_LABEL, yearOf } from '../render/index.ts'
import type { StoredArticle } from '../store/repository.ts'
import type { StoryEntry } from '../app/catalog.ts'
import { articlePath, entityPath, renderCited, renderCiteLinks, storyPath, type Linker } from './cite-links.ts'
import { h, safeHref, type Html } from './html.ts'
import { formatDate, formatSpan, renderPage, toTokyoDay } from './layout.ts'
import { renderTimelineSvg, type DayCount } from './timeline-svg.ts'

export type StoryViewInput = {
  readonly entry: StoryEntry
  readonly articles: readonly StoredArticle[]
  readonly linker: Linker
  /** whether an entity page exists for a name (speakers written as この高官 have none) */
  readonly isEntity: (name: string) => boolean
}

/** The whole story page. */
export function renderStoryPage(input: StoryViewInput): Html {
  const { entry } = input
  const digest = entry.digest
  const body = digest === undefined ? renderWithoutDigest(input) : renderDigest(digest, input)
  return renderPage({
    title: entry.item.headline,
    body,
    feed: `${storyPath(entry.item.id)}.atom`,
    description: entry.item.title,
  })
}

function renderDigest(digest: Digest, input: StoryViewInput): Html {
  const { entry, linker } = input
  const item = entry.item
  const backgroundIds = new Set(digest.background.map((b) => b.id))
  const year = yearOf(digest.span?.from)
  return h`<article class="story">
<h1>${renderCited(digest.headline, linker)}</h1>
<p class="title">${renderCited(digest.title, linker)}</p>
${digest.subtitle.text === '' ? '' : h`<p class="subtitle">${digest.subtitle.text}</p>`}
<p class="meta">${digest.span === undefined ? '' : h`${formatSpan(digest.span.from, digest.span.to)} · `}${item.sourceCount}媒体 · ${item.articleCount}本の記事${item.topic === undefined ? '' : h` · トピック: <a href="/?topic=${encodeURIComponent(item.topic)}">${item.topic}</a>`}
 · <a href="/api/stories/${encodeURIComponent(item.id)}/digest?format=md">Markdown</a> · <a href="/api/stories/${encodeURIComponent(item.id)}/digest?format=json">JSON</a> · <a href="${storyPath(item.id)}.atom">Atom</a></p>
${renderEntityChips(item.topEntities)}
${digest.lead.length === 0 ? '' : h`<div class="lead">${digest.lead.map((l) => h`<p>${renderCited(l, linker)}</p>`)}</div>`}

<h2 id="timeline">タイムライン</h2>
<figure class="timeline">${renderTimelineSvg(articleCounts(input.articles, backgroundIds), digest.timeline.map((e) => ({ day: startDayOf(e.date), label: e.text, href: linkOf(e.cites, linker) })), `${item.headline}のタイムライン（1日あたりの記事数と日付のある出来事）`)}
<figcaption class="muted">棒: 1日あたりの記事数 · 赤い印: 記事中の日付のある出来事</figcaption></figure>
${digest.timeline.length === 0 ? '' : h`<ol class="events">${digest.timeline.map((e) => h`<li><time datetime="${e.date}">${displayDate(e.date, { year, granularity: e.granularity })}</time>（${e.dateText}）${e.status === undefined ? '' : h` <span class="badge status">${TIMELINE_STATUS_LABEL[e.status]}</span>`} ${renderCited(e, linker)}</li>`)}</ol>`}

<h2 id="sources">各社の報道</h2>
${digest.sections.filter((s) => !backgroundIds.has(s.id)).map((s) => renderSection(s, digest, linker))}

${digest.keyPoints.length === 0 ? '' : h`<h2 id="key-points">ポイント</h2><ul class="points">${digest.keyPoints.map((k) => h`<li>💡 ${renderCited(k, linker)}</li>`)}</ul>`}

${digest.positions.length === 0 ? '' : h`<h2 id="positions">各者の立場</h2>
<table><thead><tr><th>誰が</th><th>立場</th><th>何を</th></tr></thead><tbody>
${digest.positions.map((p) => h`<tr><td>${entityLink(p.actor, input.isEntity)}</td><td>${STANCE_LABEL[p.stance]}</td><td>${renderCited(p.what, linker)}<div class="muted">${p.sentence.text}</div></td></tr>`)}
</tbody></table>`}

${digest.quotes.length === 0 ? '' : h`<h2 id="quotes">発言</h2>
${digest.quotes.map((q) => h`<blockquote><p>「${q.text}」${renderCiteLinks(q.cites, linker)}</p><p class="muted">— ${q.speaker === null ? '発言者不明' : entityLink(q.speaker, input.isEntity)}${q.role === undefined ? '' : ` ${q.role}`}</p></blockquote>`)}`}

${digest.numbers.length === 0 ? '' : h`<h2 id="numbers">数字</h2>
<table><thead><tr><th>数字</th><th>文</th></tr></thead><tbody>
${digest.numbers.map((n) => h`<tr><td>${n.text}</td><td>${renderCited(n.sentence, linker)}</td></tr>`)}
</tbody></table>`}

${digest.outlook.length === 0 ? '' : h`<h2 id="outlook">今後の見通し</h2><ul>${digest.outlook.map((o) => h`<li>${renderCited(o, linker)}</li>`)}</ul>`}

${digest.background.length === 0 ? '' : h`<h2 id="background">背景（過去の記事・ニュースではありません）</h2>
${digest.background.map((b) => h`<section class="source background"><span class="badge">背景 · 記事の時期から${b.daysOutside}日離れています</span>
<h3>${renderCited(b.heading, linker)}</h3>
<p class="meta">公開日: ${formatDate(b.publishedAt)}${b.publisher === undefined ? '' : ` · ${b.publisher}`} · ${sourceLink(b.url, b.publisher)} · <a href="${articlePath(b.id)}">本文</a></p></section>`)}`}

<h2 id="source-list">出典</h2>
<ol class="source-list">${digest.sources.articles.map((a) => h`<li value="${a.n}"><a href="${articlePath(a.id)}">${a.title ?? a.id}</a> <span class="muted">${a.publisher ?? ''} ${formatDate(a.publishedAt)}${a.copyOf === undefined ? '' : COPY_MARK}${backgroundIds.has(a.id) ? h` · <span class="badge background">背景</span>` : ''}</span>${safeHref(displayUrl(a.url)) === undefined ? '' : h` <a href="${safeHref(displayUrl(a.url))}" rel="noopener noreferrer nofollow">元記事</a>`}</li>`)}</ol>
</article>`
}

function renderSection(section: DigestSection, digest: Digest, linker: Linker): Html {
  const copies = section.copies.flatMap((id) => {
    const ref = digest.sources.articles.find((a) => a.id === id)
    return ref === undefined ? [] : [ref]
  })
  return h`<section class="source" id="src-${section.id}">
<h3>${renderCited(section.heading, linker)}</h3>
<p class="meta">公開日: ${formatDate(section.publishedAt)}${section.publisher === undefined ? '' : ` · ${section.publisher}`}</p>
<ul class="points">${section.bullets.map((b) => h`<li>✅ ${renderCited(b, linker)}</li>`)}</ul>
${section.details.length === 0 ? '' : h`<details><summary>詳しく</summary>${section.details.map((d) => h`<p>${renderCited(d, linker)}</p>`)}</details>`}
<p class="meta">さらに読む ⇒ ${sourceLink(section.url, section.publisher)} · <a href="${articlePath(section.id)}">本文と引用箇所</a></p>
${copies.length === 0 ? '' : h`<p class="meta copies">${COPIES_LABEL}: ${copies.map((c) => h`<a href="${articlePath(c.id)}" title="${c.publisher ?? ''}">[${c.n}]</a> `)}</p>`}
</section>`
}

function entityLink(name: string, isEntity: (name: string) => boolean): Html {
  return isEntity(name) ? h`<a href="${entityPath(name)}">${name}</a>` : h`${name}`
}

function sourceLink(url: string | undefined, publisher: string | undefined): Html {
  const href = safeHref(displayUrl(url))
  return href === undefined ? h`${publisher ?? '出典'}` : h`<a href="${href}" rel="noopener noreferrer nofollow">${publisher ?? href}</a>`
}

function renderWithoutDigest(input: StoryViewInput): Html {
  const item = input.entry.item
  return h`<article class="story"><h1>${item.headline}</h1>
<p class="meta">${item.articleCount}本の記事 · まとめはまだ作成されていません</p>
<ul>${input.articles.map((a) => h`<li><a href="${articlePath(a.id)}">${a.title ?? a.id}</a> <span class="muted">${a.source ?? ''} ${formatDate(a.publishedAt)}</span></li>`)}</ul></article>`
}

/** Chips linking to entity pages. */
export function renderEntityChips(entities: readonly { readonly canonical: string; readonly type: string }[]): Html {
  if (entities.length === 0) return h``
  return h`<ul class="chips">${entities.map((e) => h`<li><a href="${entityPath(e.canonical)}" title="${e.type}">${e.canonical}</a></li>`)}</ul>`
}

/** Current (non-background) articles per Tokyo day. */
export function articleCounts(articles: readonly StoredArticle[], exclude: ReadonlySet<ArticleId>): DayCount[] {
  const counts = new Map<string, number>()
  for (const article of articles) {
    if (exclude.has(article.id) || article.publishedAt === undefined) continue
    const day = toTokyoDay(article.publishedAt)
    if (day !== undefined) counts.set(day, (counts.get(day) ?? 0) + 1)
  }
  return [...counts].map(([day, count]) => ({ day, count })).sort((a, b) => a.day.localeCompare(b.day))
}

function linkOf(cites: readonly { readonly id: string; readonly start: number; readonly end: number }[], linker: Linker): string | undefined {
  const first = cites[0]
  return first === undefined ? undefined : linker.href(first)
}
