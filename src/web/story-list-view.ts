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
import { formatDate, renderPage } from './layout.ts'
import { renderEntityChips } from './story-view.ts'

export type StoryListViewInput = {
  readonly stories: readonly StoryListItem[]
  readonly total: number
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
<p class="muted">${input.stories.length}件のストーリー${filtered ? `（全${input.total}件から絞り込み）` : ''} · 新しく、記事が増えている順</p>
${input.stories.length === 0 ? h`<p>該当するストーリーはありません。</p>` : h`<ul class="stories">${input.stories.map(renderItem)}</ul>`}`
  return renderPage({ title: 'ストーリー一覧', body, feed: '/stories.atom' })
}

function renderItem(item: StoryListItem): Html {
  return h`<li>
<a class="headline" href="${storyPath(item.id)}">${item.headline}</a>
${item.growing ? h` <span class="badge growing">続報</span>` : ''}${item.backgroundCount > 0 ? h` <span class="badge background">背景記事あり</span>` : ''}
<div class="meta">${item.sourceCount}媒体 · ${item.articleCount}本 · ${formatDate(item.firstPublishedAt)}〜${formatDate(item.lastPublishedAt)}${item.topic === undefined ? '' : h` · <a href="/?topic=${encodeURIComponent(item.topic)}">${item.topic}</a>`}</div>
${item.title === item.headline ? '' : h`<div>${item.title}</div>`}
${renderEntityChips(item.topEntities)}
</li>`
}
