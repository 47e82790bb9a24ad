/**
 * @module app/ingest-into
 * Read sources with `ingest/` and store what they yield: articles in batches (with origin and raw
 * input), rejections beside them. One bad item never stops the run.
 */
import { readSource, type IngestRecord, type SourceOptions } from '../ingest/sources.ts'
import type { ArticleInput, Repository } from '../store/repository.ts'

export type IngestSummary = {
  readonly read: number
  readonly inserted: number
  readonly existing: number
  readonly duplicates: number
  readonly rejected: number
}

const BATCH = 200

/** Read every source and store its articles and rejections. */
export async function ingestInto(repository: Repository, sources: readonly string[], options: SourceOptions = {}): Promise<IngestSummary> {
  let read = 0
  let inserted = 0
  let existing = 0
  let duplicates = 0
  let rejected = 0
  let batch: ArticleInput[] = []
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return
    for (const result of await repository.putArticles(batch)) {
      if (result.status === 'inserted') inserted++
      else if (result.status === 'exists') existing++
      else duplicates++
    }
    batch = []
  }
  for (const source of sources) {
    for await (const outcome of readSource(source, options)) {
      if (!outcome.ok) {
        await repository.putRejections([{ item: outcome.item, reason: outcome.reason, detail: outcome.detail }])
        rejected++
        continue
      }
      read++
      batch.push(toInput(outcome))
      if (batch.length >= BATCH) await flush()
    }
  }
  await flush()
  return { read, inserted, existing, duplicates, rejected }
}

function toInput(record: IngestRecord): ArticleInput {
  return {
    ...record.article,
    origin: record.origin,
    ...(record.raw === undefined ? {} : { raw: record.raw }),
    ...(record.rawType === undefined ? {} : { rawType: record.rawType }),
  }
}
