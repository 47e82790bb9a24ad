/**
 * @module http/page-cache
 * Rendered pages kept in memory, keyed by path and query, valid for one catalog generation: a
 * rebuild bumps the generation and every older page is stale at once. Bounded (oldest evicted).
 */

/** A rendered page: its UTF-8 bytes (encoded once, not per request), ETag and type. */
export type CachedPage = { readonly body: Uint8Array<ArrayBuffer>; readonly etag: string; readonly contentType: string }

export type PageCache = {
  readonly get: (key: string, generation: number) => CachedPage | undefined
  readonly set: (key: string, generation: number, page: CachedPage) => void
  readonly size: () => number
}

/** Default number of pages kept. */
export const PAGE_CACHE_ENTRIES = 2000

/** Create a cache holding at most `max` pages. */
export function createPageCache(max = PAGE_CACHE_ENTRIES): PageCache {
  const pages = new Map<string, CachedPage & { readonly generation: number }>()
  return {
    get(key, generation) {
      const hit = pages.get(key)
      if (hit === undefined) return undefined
      if (hit.generation !== generation) {
        pages.delete(key)
        return undefined
      }
      return hit
    },
    set(key, generation, page) {
      pages.delete(key)
      pages.set(key, { ...page, generation })
      if (pages.size > max) {
        const oldest = pages.keys().next()
        if (oldest.done !== true) pages.delete(oldest.value)
      }
    },
    size: () => pages.size,
  }
}
