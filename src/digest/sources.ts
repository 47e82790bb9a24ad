/**
 * @module digest/sources
 * The source list of a digest: every member article numbered for citations ([1] …), every outlet
 * that carried the story with its first-seen time, and the mix of outlet kinds.
 */
import type { Article } from '../core/article.ts'
import type { DigestSources, OutletCoverage, OutletKind, SourceRef } from '../core/digest.ts'
import { OUTLET_KINDS, type OutletResolver } from './outlets.ts'
import { compareIso } from './time.ts'

/** Name shown for an article without a publisher or known URL. */
export const UNKNOWN_OUTLET = '（発行元不明）'

/** Build the source list; `ordered` is in time order, `copyOf` maps a copy to its section's article. */
export function buildSources(ordered: readonly Article[], copyOf: ReadonlyMap<string, string>, resolve: OutletResolver): DigestSources {
  const articles: SourceRef[] = []
  const outlets = new Map<string, { name: string; kind: OutletKind; articleIds: string[]; firstSeen?: string }>()
  for (const article of ordered) {
    const hit = resolve(article.source, article.url)
    const kind = hit?.kind ?? 'other'
    const name = hit?.name ?? article.source ?? hostOf(article.url) ?? UNKNOWN_OUTLET
    const ref: { -readonly [K in keyof SourceRef]: SourceRef[K] } = { id: article.id, n: articles.length + 1, outletKind: kind }
    if (article.title !== undefined) ref.title = article.title
    if (article.source !== undefined) ref.publisher = article.source
    else if (hit !== undefined) ref.publisher = hit.name
    if (article.url !== undefined) ref.url = article.url
    if (article.publishedAt !== undefined) ref.publishedAt = article.publishedAt
    const original = copyOf.get(article.id)
    if (original !== undefined) ref.copyOf = original
    articles.push(ref)
    const outlet = outlets.get(name) ?? { name, kind, articleIds: [] }
    outlet.articleIds.push(article.id)
    if (article.publishedAt !== undefined && compareIso(article.publishedAt, outlet.firstSeen) < 0) outlet.firstSeen = article.publishedAt
    outlets.set(name, outlet)
  }
  const list: OutletCoverage[] = [...outlets.values()].sort((a, b) => compareIso(a.firstSeen, b.firstSeen) || (a.name < b.name ? -1 : 1))
  const mix = Object.fromEntries(OUTLET_KINDS.map((k) => [k, list.filter((o) => o.kind === k).length])) as Record<OutletKind, number>
  const firstSeen = ordered.map((a) => a.publishedAt).filter((d) => d !== undefined).sort(compareIso)[0]
  return firstSeen === undefined ? { articles, outlets: list, mix } : { articles, outlets: list, firstSeen, mix }
}

function hostOf(url: string | undefined): string | undefined {
  return url?.match(/^https?:\/\/([^/:?#]+)/iu)?.[1]
}
