/**
 * @module app/service
 * The app service the web app, the API and the CLI share: the Repository, the current read model
 * (`Catalog`) and the one write path, `addArticles` (store → rebuild → reload). Rebuilds run one at
 * a time; readers keep the previous catalog until the new one is loaded. `follow` reloads when
 * another process (a PostgreSQL worker, a second `matome ingest`) rebuilt the stored stories.
 */
import type { Article } from '../core/article.ts'
import type { Tokenizer } from '../analyze/tokens/tokenizer.ts'
import type { PutResult, Repository } from '../store/repository.ts'
import { loadCatalog, type Catalog } from './catalog.ts'
import { rebuild, type RebuildReport } from './rebuild.ts'

export type AddArticlesResult = {
  readonly results: readonly PutResult[]
  readonly rebuild: RebuildReport
}

export type AppService = {
  readonly repository: Repository
  /** the current read model (replaced after every rebuild) */
  readonly catalog: () => Catalog
  /** reload the read model from the store */
  readonly reload: () => Promise<Catalog>
  /** store articles, rebuild stories and digests, reload; runs one at a time */
  readonly addArticles: (articles: readonly Article[], origin: string) => Promise<AddArticlesResult>
  /** rebuild and reload when articles arrived by another way (matome ingest, watch); undefined when nothing was due */
  readonly refresh: () => Promise<RebuildReport | undefined>
  /** reload when the stored stories changed since the catalog was loaded (another process rebuilt them); true when it reloaded */
  readonly follow: () => Promise<boolean>
}

export type AppServiceOptions = {
  /** loads the tokenizer on first write (the read-only server never pays for it) */
  readonly tokenizer: () => Promise<Tokenizer>
}

/** Create the service over an already-migrated repository and load its catalog. */
export async function createAppService(repository: Repository, options: AppServiceOptions): Promise<AppService> {
  // the version is read before the catalog: a change landing in between is seen by the next follow
  let version = await storiesVersion(repository)
  let current = await loadCatalog(repository)
  let queue: Promise<unknown> = Promise.resolve()
  const reload = async (): Promise<Catalog> => {
    const next = await storiesVersion(repository)
    current = await loadCatalog(repository)
    version = next
    return current
  }
  /** run one write at a time, in order */
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run)
    queue = next.catch(() => undefined)
    return next
  }
  const rebuildAndReload = async (): Promise<RebuildReport> => {
    const report = await rebuild(repository, { tokenizer: await options.tokenizer() })
    await reload()
    return report
  }
  const addArticles = (articles: readonly Article[], origin: string): Promise<AddArticlesResult> =>
    serial(async () => {
      const results = await repository.putArticles(articles.map((a) => ({ ...a, origin, raw: JSON.stringify(a), rawType: 'application/json' })))
      return { results, rebuild: await rebuildAndReload() }
    })
  const refresh = (): Promise<RebuildReport | undefined> => serial(async () => ((await needsRebuild(repository)) ? rebuildAndReload() : undefined))
  const follow = (): Promise<boolean> =>
    serial(async () => {
      if ((await storiesVersion(repository)) === version) return false
      await reload()
      return true
    })
  return { repository, catalog: () => current, reload, addArticles, refresh, follow }
}

/**
 * A cheap mark of the stored stories' state: the most recently updated story (its updatedAt and id;
 * one row). Every rebuild that changes the stories writes at least one story with a new updatedAt
 * (a story whose members changed gets a new digest; a kept story keeps its updatedAt), so the mark
 * changes with them; '' when there are no stories.
 */
export async function storiesVersion(repository: Pick<Repository, 'listStories'>): Promise<string> {
  const [newest] = await repository.listStories({ limit: 1 })
  return newest === undefined ? '' : `${newest.updatedAt} ${newest.id}`
}

/** True when some article has no analysis yet, or there are analyses but no stories. */
export async function needsRebuild(repository: Repository): Promise<boolean> {
  if ((await repository.listUnanalyzed(1)).length > 0) return true
  const counts = await repository.counts()
  return counts.stories === 0 && counts.analyses > 0
}

/**
 * Rebuild when `needsRebuild` says so, loading the tokenizer only then (once).
 * @returns the rebuild's report, or undefined when the stories were already up to date
 */
export async function rebuildIfDue(
  repository: Repository,
  options: { readonly tokenizer: () => Promise<Tokenizer>; readonly progress?: (message: string) => void },
): Promise<RebuildReport | undefined> {
  if (!(await needsRebuild(repository))) return undefined
  const tokenizer = await options.tokenizer()
  return rebuild(repository, options.progress === undefined ? { tokenizer } : { tokenizer, progress: options.progress })
}
