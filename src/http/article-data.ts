/**
 * @module http/article-data
 * What the article page and `/api/articles/:id` show, gathered from the catalog (analysis, cites,
 * stories) and the store (the article itself when it is in no story, its duplicate copies), and
 * search hits joined with their stories.
 */
import type { AppService } from '../app/service.ts'
import type { SearchHit, StoredArticle } from '../store/repository.ts'
import type { ArticleViewInput } from '../web/article-view.ts'

/** The article with everything its page needs; undefined when no such article is stored. */
export async function loadArticleView(service: AppService, id: string): Promise<ArticleViewInput | undefined> {
  const catalog = service.catalog()
  const article = catalog.article(id) ?? (await service.repository.getArticle(id))
  if (article === undefined) return undefined
  // the full analysis (tokens too, for /api/articles/:id?tokens): the catalog keeps sentences and entities only
  const doc = await service.repository.getAnalysis(id)
  const stories = catalog.storiesOf(id).map((s) => ({ id: s, headline: catalog.story(s)?.item.headline ?? s }))
  return { article, doc, cites: catalog.citesOf(id), stories, copies: await loadCopies(service, id) }
}

/** Other members of the article's duplicate group (canonical first). */
export async function loadCopies(service: AppService, id: string): Promise<StoredArticle[]> {
  const membership = await service.repository.getDuplicateGroup(id)
  if (membership === undefined) return []
  const members = await service.repository.listGroupMembers(membership.group)
  const others = members.map((m) => m.articleId).filter((m) => m !== id)
  return others.length === 0 ? [] : service.repository.getArticles(others)
}

export type HitWithStories = SearchHit & { readonly stories: readonly { readonly id: string; readonly headline: string }[] }

/** Full-text search through the store; each hit names the stories its article belongs to. */
export async function searchWithStories(service: AppService, query: string, limit: number): Promise<HitWithStories[]> {
  const catalog = service.catalog()
  const hits = await service.repository.search(query, limit)
  return hits.map((hit) => ({
    ...hit,
    stories: catalog.storiesOf(hit.id).map((s) => ({ id: s, headline: catalog.story(s)?.item.headline ?? s })),
  }))
}
