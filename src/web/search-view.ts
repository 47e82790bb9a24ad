/**
 * @module web/search-view
 * Search results (full-text search over titles and bodies through the Repository), each hit with
 * the stories its article belongs to.
 */
import type { SearchHit } from '../store/repository.ts'
import { articlePath, storyPath } from './cite-links.ts'
import { h, type Html } from './html.ts'
import { formatDate, renderPage } from './layout.ts'

export type SearchViewInput = {
  readonly query: string
  readonly hits: readonly (SearchHit & { readonly stories: readonly { readonly id: string; readonly headline: string }[] })[]
}

/** The search results page. */
export function renderSearchPage(input: SearchViewInput): Html {
  const body = h`<h1>「${input.query}」の検索結果</h1>
<p class="muted">${input.hits.length}件</p>
<ul class="stories">${input.hits.map((hit) => h`<li><a class="headline" href="${articlePath(hit.id)}">${hit.title ?? hit.id}</a>
<div class="meta">${hit.source ?? ''} ${formatDate(hit.publishedAt)}${hit.stories.map((s) => h` · <a href="${storyPath(s.id)}">${s.headline}</a>`)}</div>
<div>${hit.snippet}</div></li>`)}</ul>`
  return renderPage({ title: `検索: ${input.query}`, body, query: input.query })
}
