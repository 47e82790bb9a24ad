/**
 * @module ingest/ingest-sources
 * `ingestSources(sources, { repository … })`: read every source (`sources.ts`), store each article
 * with its raw input and each rejection, in batches (one transaction per batch), never stopping on a
 * bad item, and return a summary: ingested / already stored / duplicates / rejected by reason.
 * Re-running on the same input stores nothing new (article ids are stable, `putArticles` is idempotent).
 * Analysis, duplicate groups and stories are the app layer's next steps.
 */
import type { Rejection } from '../core/errors.ts'
import type { ArticleInput, PutStatus, Repository } from '../store/repository.ts'
import { readSource, type IngestRecord, type SourceOptions } from './sources.ts'

export type IngestProgress = {
  /** outcomes handled so far (articles and rejections) */
  readonly done: number
  /** the source being read */
  readonly source: string
  /** what just happened: a store status, or `rejected` */
  readonly status: PutStatus | 'rejected'
  /** the article id or the rejected item */
  readonly item: string
  readonly rejection?: Rejection
}

export type IngestOptions = SourceOptions & {
  readonly repository: Repository
  /** called once per article or rejection, after its batch is stored */
  readonly onProgress?: (progress: IngestProgress) => void
  /** articles per transaction (default 500) */
  readonly batchSize?: number
}

export type IngestSummary = {
  readonly sources: number
  /** new articles stored */
  readonly ingested: number
  /** articles already stored under the same id (a re-run) — nothing changed */
  readonly unchanged: number
  /** articles not stored because the same page is already stored (same canonical URL) */
  readonly duplicates: number
  readonly rejected: number
  readonly rejectedByReason: Readonly<Record<string, number>>
  /** ids of the newly stored articles, in input order (for analysis by the app layer) */
  readonly insertedIds: readonly string[]
  /** the rejections of this run, in input order */
  readonly rejections: readonly Rejection[]
}

function toInput(r: IngestRecord): ArticleInput {
  return {
    ...r.article,
    origin: r.origin,
    ...(r.raw !== undefined ? { raw: r.raw } : {}),
    ...(r.rawType !== undefined ? { rawType: r.rawType } : {}),
  }
}

/**
 * Ingest sources (paths, URLs, `-`) into the repository.
 * @example await ingestSources(['data/demo'], { repository, network: false })
 */
export async function ingestSources(sources: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const { repository, onProgress } = options
  const batchSize = options.batchSize ?? 500
  let done = 0
  let ingested = 0
  let unchanged = 0
  let duplicates = 0
  const insertedIds: string[] = []
  const rejections: Rejection[] = []
  const byReason: Record<string, number> = {}
  // items of the current batch, in order: articles to put, rejections to store
  let pending: Array<{ source: string; outcome: IngestRecord | Rejection }> = []

  const flush = async (): Promise<void> => {
    if (pending.length === 0) return
    const batch = pending
    pending = []
    const articles = batch.filter((p): p is { source: string; outcome: IngestRecord } => p.outcome.ok)
    const rejected = batch.filter((p): p is { source: string; outcome: Rejection } => !p.outcome.ok)
    const results = articles.length > 0 ? await repository.putArticles(articles.map((a) => toInput(a.outcome))) : []
    if (rejected.length > 0) {
      await repository.putRejections(rejected.map(({ outcome: r }) => ({ item: r.item, reason: r.reason, detail: r.detail })))
    }
    let k = 0
    for (const { source, outcome } of batch) {
      done++
      if (outcome.ok) {
        const result = results[k++]
        const status: PutStatus = result?.status ?? 'exists'
        if (status === 'inserted') {
          ingested++
          insertedIds.push(outcome.article.id)
        } else if (status === 'exists') unchanged++
        else duplicates++
        onProgress?.({ done, source, status, item: outcome.article.id })
      } else {
        rejections.push(outcome)
        byReason[outcome.reason] = (byReason[outcome.reason] ?? 0) + 1
        onProgress?.({ done, source, status: 'rejected', item: outcome.item, rejection: outcome })
      }
    }
  }

  for (const source of sources) {
    for await (const outcome of readSource(source, options)) {
      pending.push({ source, outcome })
      if (pending.length >= batchSize) await flush()
    }
    await flush()
  }
  return {
    sources: sources.length,
    ingested,
    unchanged,
    duplicates,
    rejected: rejections.length,
    rejectedByReason: byReason,
    insertedIds,
    rejections,
  }
}
