/**
 * @module web/story-list-view
 * The front page: stories newest and growing first, each with headline, sources and articles,
 * time span, top entities and topic; a filter form (topic, entity, dates) that works without
 * JavaScript.
 */
import type { StoryListItem } from '../app/catalog.ts'
import type { StoryFilter } from '../app/filter-stories.ts'
import { storyPath } from './cite-links.ts'
import { h, type Html } from './html.ts'
import { formatSpan, renderPage } from './layout.ts'
import { renderEntityChips } from './story-view.ts'

export type StoryListViewInput = {
  /** the stories of this page */
  readonly stories: readonly StoryListItem[]
  /** stories that pass the filter */
  readonly matching: number
  /** stories in the store */
  readonly total: number
  /** 1-based page number and page size */
  readonly page: number
  readonly perPage: number
  readonly filter: StoryFilter
  readonly topics: readonly string[]
}

/** The story list page. */
export function renderStoryListPage(input: StoryListViewInput): Html {
  const { filter } = input
  const filtered = filter.topic !== undefined || filter.entity !== undefined || filter.from !== undefined || filter.to !== undefined
  const body = h`<h1>ストーリー一覧</h1>
<form class="filters" action="/" method="get">
<label>トピック <select name="topic"><option value="">すべて</option>${input.topics.map((t) => h`<option value="${t}"${t === filter.topic ? ' selected' : ''}>${t}</option>`)}</select></label>
<label>人物・組織・地名 <input name="entity" value="${filter.entity ?? ''}" size="12" maxlength="100"></label>
<label>期間 <input type="date" name="from" value="${filter.from ?? ''}"> 〜 <input type="date" name="to" value="${filter.to ?? ''}"></label>
<button type="submit">絞り込む</button>${filtered ? h` <a href="/">解除</a>` : ''}
</form>
<p class="muted">${input.matching}件のストーリー${filtered ? `（全${input.total}件から絞り込み）` : ''} · 新しく、記事が増えている順</p>
${input.stories.length === 0 ? h`<p>該当するストーリーはありません。</p>` : h`<ul class="stories">${input.stories.map(renderItem)}</ul>`}
${renderPager(input)}`
  return renderPage({ title: 'ストーリー一覧', body, feed: '/stories.atom' })
}

/** 前へ / 次へ links that keep the filters. */
function renderPager(input: StoryListViewInput): Html {
  const pages = Math.ceil(input.matching / input.perPage)
  if (pages <= 1) return h``
  const link = (page: number): string => {
    const query = new URLSearchParams(Object.entries(input.filter).filter((e): e is [string, string] => typeof e[1] === 'string'))
    if (page > 1) query.set('page', String(page))
    const text = query.toString()
    return text === '' ? '/' : `/?${text}`
  }
  return h`<nav class="pager">${input.page > 1 ? h`<a href="${link(input.page - 1)}" rel="prev">← 前へ</a> ` : ''}${input.page} / ${pages}${input.page < pages ? h` <a href="${link(input.page + 1)}" rel="next">次へ →</a>` : ''}</nav>`
}

function renderItem(item: StoryListItem): Html {
  return h`<li>
<a class="headline" href="${storyPath(item.id)}">${item.headline}</a>
${item.growing ? h` <span class="badge growing">続報</span>` : ''}${item.backgroundCount > 0 ? h` <span class="badge background">背景記事あり</span>` : ''}
<div class="meta">${item.sourceCount}媒体 · ${item.articleCount}本 · ${formatSpan(item.firstPublishedAt, item.lastPublishedAt)}${item.topic === undefined ? '' : h` · <a href="/?topic=${encodeURIComponent(item.topic)}">${item.topic}</a>`}</div>
${item.title === item.headline ? '' : h`<div>${item.title}</div>`}
${renderEntityChips(item.topEntities)}
</li>`
}
