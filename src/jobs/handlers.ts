/**
 * @module jobs/handlers
 * What each job does, over a `Repository` (PostgreSQL in production; any store in tests) and a
 * `send` for follow-up jobs. A handler throws only when the job should be retried (the store is
 * down, a bug): a bad input inside a job is stored as a rejection, exactly as `matome ingest` and
 * the rebuild do, and the job completes.
 */
import type { AnalyzedDoc } from '../core/doc.ts'
import { isMatomeError, type ErrorCode } from '../core/errors.ts'
import type { Tokenizer } from '../analyze/tokens/tokenizer.ts'
import { rebuild, type RebuildReport } from '../app/rebuild.ts'
import { DEFAULT_STAGES, type RebuildStages } from '../app/stages.ts'
import { ingestSources } from '../ingest/ingest-sources.ts'
import type { Repository } from '../store/repository.ts'
import { ANALYZE_BATCH, QUEUE, type AnalyzeJobData, type IngestJobData, type RebuildJobData } from './queues.ts'

/** Queue a follow-up job; `startAfterSeconds` delays it. Resolves to the job id, or null when the queue's policy dropped it. */
export type SendJob = (queue: string, data: object, startAfterSeconds?: number) => Promise<string | null>

export type JobContext = {
  readonly repository: Repository
  /** loaded on first use, once per process */
  readonly tokenizer: () => Promise<Tokenizer>
  readonly send: SendJob
  /** jobs still waiting or running in `queue` (the rebuild waits for the analyses) */
  readonly pending: (queue: string) => Promise<number>
  /** seconds a requested rebuild waits for more requests to join it */
  readonly rebuildDelay: number
  /** replace pipeline stages (tests) */
  readonly stages?: Partial<RebuildStages>
}

export type IngestJobResult = { readonly source: string; readonly ingested: number; readonly unchanged: number; readonly duplicates: number; readonly rejected: number; readonly analyzeJobs: number }

/** Queue `analyze` jobs for newly stored articles, `ANALYZE_BATCH` ids per job; the number of jobs. */
export async function enqueueAnalyses(send: SendJob, ids: readonly string[]): Promise<number> {
  let jobs = 0
  for (let i = 0; i < ids.length; i += ANALYZE_BATCH) {
    await send(QUEUE.analyze, { ids: ids.slice(i, i + ANALYZE_BATCH) } satisfies AnalyzeJobData)
    jobs++
  }
  return jobs
}

/** `ingest`: read one source into the store; queue `analyze` jobs for what is new. */
export async function handleIngest(context: JobContext, data: IngestJobData): Promise<IngestJobResult> {
  const summary = await ingestSources([data.source], {
    repository: context.repository,
    network: data.network ?? true,
    ...(data.timeoutMs === undefined ? {} : { timeoutMs: data.timeoutMs }),
    ...(data.allowPrivateNetwork === true ? { allowPrivateNetwork: true } : {}),
  })
  const analyzeJobs = await enqueueAnalyses(context.send, summary.insertedIds)
  return { source: data.source, ingested: summary.ingested, unchanged: summary.unchanged, duplicates: summary.duplicates, rejected: summary.rejected, analyzeJobs }
}

export type AnalyzeJobResult = { readonly analyzed: number; readonly failed: number; readonly skipped: number }

/**
 * `analyze`: analyse the articles of the batch that have no analysis yet, then ask for a rebuild.
 * An article whose analysis fails is stored as a rejection with an empty analysis carrying the
 * error (as the rebuild does), so it is not retried and stays out of stories.
 */
export async function handleAnalyze(context: JobContext, data: AnalyzeJobData): Promise<AnalyzeJobResult> {
  const analyze = context.stages?.analyze ?? DEFAULT_STAGES.analyze
  const docs: AnalyzedDoc[] = []
  let failed = 0
  let skipped = 0
  const articles = await context.repository.getArticles(data.ids)
  for (const article of articles) {
    if ((await context.repository.getAnalysis(article.id)) !== undefined) {
      skipped++
      continue
    }
    const tokenizer = await context.tokenizer()
    try {
      docs.push(analyze(article, tokenizer))
    } catch (error) {
      const reason: ErrorCode = isMatomeError(error) ? error.code : 'core/invalid-doc'
      const detail = error instanceof Error ? error.message : String(error)
      await context.repository.putRejections([{ item: article.id, reason, detail }])
      docs.push({ schemaVersion: 1, articleId: article.id, text: article.body, layers: {}, diagnostics: [{ code: reason, severity: 'error', stage: 'analyze-job', message: detail }] })
      failed++
    }
  }
  if (docs.length > 0) await context.repository.putAnalyses(docs)
  await context.send(QUEUE.rebuild, { reason: 'analyzed' } satisfies RebuildJobData, context.rebuildDelay)
  return { analyzed: docs.length - failed, failed, skipped: skipped + data.ids.length - articles.length }
}

export type RebuildJobResult = ({ readonly deferred: false } & RebuildReport) | { readonly deferred: true; readonly pendingAnalyses: number }

/**
 * `rebuild`: stories and digests over the whole store (app/rebuild). While `analyze` jobs are
 * still waiting or running it defers itself (re-queued after the debounce delay) instead of
 * analysing their articles on one worker.
 */
export async function handleRebuild(context: JobContext): Promise<RebuildJobResult> {
  const pendingAnalyses = await context.pending(QUEUE.analyze)
  if (pendingAnalyses > 0) {
    await context.send(QUEUE.rebuild, { reason: 'deferred' } satisfies RebuildJobData, context.rebuildDelay)
    return { deferred: true, pendingAnalyses }
  }
  const report = await rebuild(context.repository, { tokenizer: await context.tokenizer(), ...(context.stages === undefined ? {} : { stages: context.stages }) })
  return { deferred: false, ...report }
}
