/**
 * @module web/entity-view
 * The entity page: a person, country or organisation across stories, with its quotes and
 * positions (each linked to its source sentence).
 */
import type { EntityEntry } from '../app/entity-index.ts'
import type { StoryListItem } from '../app/catalog.ts'
import { entityPath, renderCited, renderCiteLinks, storyPath, type Linker } from './cite-links.ts'
import { h, type Html } from './html.ts'
import { formatSpan, renderPage } from './layout.ts'
import { STANCE_LABEL } from '../render/index.ts'

const TYPE_LABELS: Readonly<Record<string, string>> = { PERSON: '人物', ORGANIZATION: '組織', LOCATION: '地名・国' }

export type EntityViewInput = {
  readonly entity: EntityEntry
  readonly stories: readonly StoryListItem[]
  /** a linker per story (cite numbers differ between digests) */
  readonly linkerOf: (storyId: string) => Linker
}

/** The entity page. */
export function renderEntityPage(input: EntityViewInput): Html {
  const { entity } = input
  const headline = new Map(input.stories.map((s) => [s.id, s.headline]))
  const body = h`<h1>${entity.canonical}</h1>
<p class="meta">${TYPE_LABELS[entity.type] ?? entity.type}${entity.subtype === undefined ? '' : ` (${entity.subtype})`} · ${entity.articleCount}本の記事で${entity.mentions}回 · 表記: ${entity.aliases.join('、')}</p>
<h2>登場するストーリー</h2>
<ul>${input.stories.map((s) => h`<li><a href="${storyPath(s.id)}">${s.headline}</a> <span class="muted">${formatSpan(s.firstPublishedAt, s.lastPublishedAt)}</span></li>`)}</ul>
${entity.positions.length === 0 ? '' : h`<h2>立場</h2><table><thead><tr><th>立場</th><th>何を</th><th>ストーリー</th></tr></thead><tbody>
${entity.positions.map((p) => h`<tr><td>${STANCE_LABEL[p.stance]}</td><td>${renderCited(p.what, input.linkerOf(p.storyId))}</td><td><a href="${storyPath(p.storyId)}">${headline.get(p.storyId) ?? p.storyId}</a></td></tr>`)}
</tbody></table>`}
${entity.quotes.length === 0 ? '' : h`<h2>発言</h2>${entity.quotes.map((q) => h`<blockquote><p>「${q.text}」${renderCiteLinks(q.cites, input.linkerOf(q.storyId))}</p><p class="muted">${q.role ?? ''} · <a href="${storyPath(q.storyId)}">${headline.get(q.storyId) ?? q.storyId}</a></p></blockquote>`)}`}`
  return renderPage({ title: entity.canonical, body })
}

/** The index of entities: the most mentioned people, organisations and places, by type. */
export function renderEntityIndexPage(entities: readonly EntityEntry[]): Html {
  const byType = (type: string) => entities.filter((e) => e.type === type).slice(0, ENTITY_INDEX_SIZE)
  const body = h`<h1>人物・組織・地名</h1>
${['PERSON', 'ORGANIZATION', 'LOCATION'].map((type) => h`<h2>${TYPE_LABELS[type] ?? type}</h2>
<ul class="chips">${byType(type).map((e) => h`<li><a href="${entityPath(e.canonical)}">${e.canonical}</a> <span class="muted">${e.articleCount}</span></li>`)}</ul>`)}`
  return renderPage({ title: '人物・組織・地名', body })
}

/** how many entities of each type the index lists */
const ENTITY_INDEX_SIZE = 60
