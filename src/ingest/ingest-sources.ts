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
import { readSource, type IngestOutcome, type IngestRecord, type SourceOptions } from './sources.ts'

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

/** Stores outcomes in batches and counts them; `ingestSources` and `watch` both use it. */
export type Ingestor = {
  /** queue one outcome of `source` (stored at the next flush or when the batch is full) */
  add(source: string, outcome: IngestOutcome): Promise<void>
  /** store everything queued */
  flush(): Promise<void>
  /** the counts so far */
  summary(sources: number): IngestSummary
}

/** An ingestor writing to `options.repository`. */
export function createIngestor(options: Pick<IngestOptions, 'repository' | 'onProgress' | 'batchSize'>): Ingestor {
  const { repository, onProgress } = options
  const batchSize = options.batchSize ?? 500
  let done = 0
  let ingested = 0
  let unchanged = 0
  let duplicates = 0
  const insertedIds: string[] = []
  const rejections: Rejection[] = []
  const byReason: Record<string, number> = {}
  let pending: Array<{ source: string; outcome: IngestOutcome }> = []

  const flush = async (): Promise<void> => {
    if (pending.length === 0) return
    const batch = pending
    pending = []
    const articles = batch.flatMap((p) => (p.outcome.ok ? [toInput(p.outcome)] : []))
    const rejected = batch.flatMap((p) => (p.outcome.ok ? [] : [p.outcome]))
    const results = articles.length > 0 ? await repository.putArticles(articles) : []
    if (rejected.length > 0) await repository.putRejections(rejected.map((r) => ({ item: r.item, reason: r.reason, detail: r.detail })))
    let k = 0
    for (const { source, outcome } of batch) {
      done++
      if (outcome.ok) {
        const status: PutStatus = results[k++]?.status ?? 'exists'
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

  return {
    async add(source, outcome) {
      pending.push({ source, outcome })
      if (pending.length >= batchSize) await flush()
    },
    flush,
    summary: (sources) => ({
      sources,
      ingested,
      unchanged,
      duplicates,
      rejected: rejections.length,
      rejectedByReason: { ...byReason },
      insertedIds: [...insertedIds],
      rejections: [...rejections],
    }),
  }
}

/**
 * Ingest sources (paths, URLs, `-`) into the repository.
 * @example await ingestSources(['data/demo'], { repository, network: false })
 */
export async function ingestSources(sources: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const ingestor = createIngestor(options)
  for (const source of sources) {
    for await (const outcome of readSource(source, options)) await ingestor.add(source, outcome)
    await ingestor.flush()
  }
  return ingestor.summary(sources.length)
}
