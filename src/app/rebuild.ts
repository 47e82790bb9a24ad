/**
 * @module app/rebuild
 * The orchestration over the store, after every ingest: analyse the articles that have no
 * analysis yet, group near-duplicates, cluster stories, assign topics, and build and store each
 * story's digest. Clustering reads each article's title too (analysed apart, see clusterItem), as
 * `matome cluster` does (the same function). Incremental where cheap: analyses are kept, and a story whose members did not
 * change keeps its stored digest. Memory: clustering holds only what it reads of each analysis
 * (`clusterView`); a digest reads its members' full analyses from the store when it is built. One broken article never stops the run: it is stored as a
 * rejection, with an empty analysis carrying the error (so it is not retried), and left out.
 */
import type { Article } from '../core/article.ts'
import type { AnalyzedDoc, ArticleId } from '../core/doc.ts'
import type { Digest } from '../core/digest.ts'
import type { ClusterItem, Story, StoryClusterOptions } from '../core/story.ts'
import { isMatomeError, type ErrorCode } from '../core/errors.ts'
import type { Tokenizer } from '../analyze/tokens/tokenizer.ts'
import { groupNearDuplicates } from '../dedupe/index.ts'
import { clusterStories, withDuplicateGroups } from '../cluster/batch.ts'
import { clusterView, createInterner } from '../cluster/cluster-view.ts'
import type { DuplicateAssignment, Repository, StoredArticle, StoredStory, StoryRecord } from '../store/repository.ts'
import type { OutletEntry } from '../digest/outlets.ts'
import { outletsFromEnv } from './outlets.ts'
import { DEFAULT_STAGES, type RebuildStages } from './stages.ts'

export type RebuildOptions = {
  readonly tokenizer: Tokenizer
  /** replace pipeline stages (tests); defaults to the real ones */
  readonly stages?: Partial<RebuildStages>
  /** story clustering options (gap, threshold …); cluster/'s evaluated defaults when absent */
  readonly cluster?: StoryClusterOptions
  /** progress lines (the CLI passes a TTY-only writer) */
  readonly progress?: (message: string) => void
  /** extra outlets for the digests' source mix (win over data/outlets.json); default: `$MATOME_OUTLETS` */
  readonly outlets?: readonly OutletEntry[]
}

/** What a rebuild did. */
export type RebuildReport = {
  readonly analyzed: number
  readonly analysisFailed: number
  readonly articles: number
  readonly duplicateGroups: number
  readonly stories: number
  readonly digestsBuilt: number
  readonly digestsKept: number
  readonly digestFailed: number
  readonly topics: number
}

const BATCH = 200
const PAGE = 5000

/** Bring stories and digests up to date with the articles in the store. */
export async function rebuild(repository: Repository, options: RebuildOptions): Promise<RebuildReport> {
  const stages: RebuildStages = { ...DEFAULT_STAGES, ...options.stages }
  const outlets = options.outlets ?? outletsFromEnv()
  const progress = options.progress ?? ((): void => undefined)
  const analysis = await analyzePending(repository, stages, options.tokenizer, progress)

  const articles = await listAll(repository)
  // what clustering reads of each analysis (cluster/cluster-view): the whole store's full analyses
  // would not fit in memory; digests read full ones, story by story, below
  const docs = new Map<ArticleId, AnalyzedDoc>()
  const interner = createInterner()
  for (const article of articles) {
    const doc = await repository.getAnalysis(article.id)
    if (doc !== undefined) docs.set(article.id, clusterView(doc, article.body, interner))
  }
  // an article whose analysis failed is stored with no layers: it stays out of stories
  const analysed = articles.filter((a) => docs.get(a.id)?.layers.sentences !== undefined)

  const groups = groupNearDuplicates(analysed.map((a) => ({ id: a.id, body: a.body, publishedAt: a.publishedAt, url: a.url })))
  const assignments: DuplicateAssignment[] = groups.map((g) => ({ articleId: g.id, group: g.group, canonical: g.canonical === g.id }))
  await repository.putDuplicateGroups(assignments)
  progress(`grouped ${analysed.length} articles into ${new Set(groups.map((g) => g.group)).size} duplicate groups`)

  const items = analysed.map((a) => clusterItem(a, docs.get(a.id) as AnalyzedDoc, stages.analyze, options.tokenizer))
  const stories = clusterStories(withDuplicateGroups(items, groups), options.cluster ?? {})
  const topicOf = stages.topics(stories, docs)
  progress(`clustered ${stories.length} stories`)

  const previous = await listStoredStories(repository)
  const byId = new Map(articles.map((a) => [a.id, a]))
  const records: StoryRecord[] = []
  let built = 0
  let kept = 0
  let failed = 0
  for (const story of stories) {
    const topic = topicOf.get(story.id)
    const old = previous.get(story.id)
    const base = { id: story.id, articleIds: story.articleIds, ...(topic === undefined ? {} : { topic }) }
    const background = story.backgroundArticleIds ?? []
    if (old !== undefined && old.digest !== undefined && sameMembers(old.articleIds, story.articleIds) && sameMembers(backgroundOf(old.digest).sort(), [...background].sort())) {
      records.push({ ...base, digest: old.digest, updatedAt: old.updatedAt })
      kept++
      continue
    }
    const members = [...background, ...story.articleIds].flatMap((id) => byId.get(id) ?? [])
    const memberDocs = new Map<ArticleId, AnalyzedDoc>()
    for (const member of members) {
      const doc = await repository.getAnalysis(member.id)
      if (doc !== undefined) memberDocs.set(member.id, doc)
    }
    try {
      const digest: Digest = stages.digest({ story, articles: members, docs: memberDocs, duplicates: assignments, outlets })
      records.push({ ...base, digest })
      built++
    } catch (error) {
      if (!isMatomeError(error)) throw error
      await repository.putRejections([{ item: story.id, reason: error.code, detail: error.message }])
      records.push(base)
      failed++
    }
  }
  await repository.replaceStories(records)
  progress(`digests: ${built} built, ${kept} kept, ${failed} failed`)
  return {
    ...analysis,
    articles: articles.length,
    duplicateGroups: new Set(groups.map((g) => g.group)).size,
    stories: stories.length,
    digestsBuilt: built,
    digestsKept: kept,
    digestFailed: failed,
    topics: new Set(topicOf.values()).size,
  }
}

/**
 * What clustering reads for one article: its (body) analysis, and its title analysed apart by
 * `analyze` as `meta.title`, which clustering counts as the first lead sentence (src/cluster/README.md:
 * the same terms as a title line before the body), plus `meta.publishedAt`. The body analysis keeps
 * the body's offsets for the digests. Titles are short; the rebuild analyses them on every run, not
 * stored. A title whose analysis fails is left out (the article still clusters on its body). The
 * rebuild and `matome cluster` both build their items here.
 */
export function clusterItem<A extends Article>(article: A, doc: AnalyzedDoc, analyze: (article: A, tokenizer: Tokenizer) => AnalyzedDoc, tokenizer: Tokenizer): ClusterItem {
  const title = article.title?.trim() ?? ''
  let titleDoc: AnalyzedDoc | undefined
  if (title !== '') {
    const { title: _omit, ...rest } = article
    try {
      titleDoc = analyze({ ...rest, id: `${article.id}#title`, body: title } as unknown as A, tokenizer)
    } catch (error) {
      if (!isMatomeError(error)) throw error
    }
  }
  return {
    doc,
    meta: {
      ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
      ...(titleDoc === undefined ? {} : { title: titleDoc }),
    },
  }
}

async function analyzePending(
  repository: Repository,
  stages: RebuildStages,
  tokenizer: Tokenizer,
  progress: (message: string) => void,
): Promise<{ analyzed: number; analysisFailed: number }> {
  const pending = await repository.listUnanalyzed()
  let analyzed = 0
  let analysisFailed = 0
  for (let i = 0; i < pending.length; i += BATCH) {
    const docs: AnalyzedDoc[] = []
    const failedBefore = analysisFailed
    for (const article of await repository.getArticles(pending.slice(i, i + BATCH))) {
      try {
        docs.push(stages.analyze(article, tokenizer))
      } catch (error) {
        const reason: ErrorCode = isMatomeError(error) ? error.code : 'core/invalid-doc'
        const detail = error instanceof Error ? error.message : String(error)
        await repository.putRejections([{ item: article.id, reason, detail }])
        // stored without layers, so it is not retried on every rebuild; clustering skips it
        docs.push({ schemaVersion: 1, articleId: article.id, text: article.body, layers: {}, diagnostics: [{ code: reason, severity: 'error', stage: 'rebuild', message: detail }] })
        analysisFailed++
      }
    }
    await repository.putAnalyses(docs)
    analyzed += docs.length - (analysisFailed - failedBefore)
    progress(`analysed ${analyzed}/${pending.length} articles`)
  }
  return { analyzed, analysisFailed }
}

async function listAll(repository: Repository): Promise<StoredArticle[]> {
  const all: StoredArticle[] = []
  for (let offset = 0; ; offset += PAGE) {
    const page = await repository.listArticles({ order: 'oldest', limit: PAGE, offset })
    all.push(...page)
    if (page.length < PAGE) return all
  }
}

async function listStoredStories(repository: Repository): Promise<Map<string, StoredStory>> {
  const out = new Map<string, StoredStory>()
  for (let offset = 0; ; offset += PAGE) {
    const page = await repository.listStories({ limit: PAGE, offset })
    for (const story of page) out.set(story.id, story)
    if (page.length < PAGE) return out
  }
}

/** Ids of the background sources a stored digest lists. */
function backgroundOf(digest: unknown): string[] {
  const background = (digest as { background?: readonly { id?: unknown }[] }).background ?? []
  return background.flatMap((b) => (typeof b.id === 'string' ? [b.id] : []))
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i])
}

export type { Story }
