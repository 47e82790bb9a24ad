/**
 * @module store/postgres/postgres-repository
 * The PostgreSQL implementation of `Repository` (postgres.js), for when one machine is not enough:
 * several workers (`matome worker`) and web servers share one database. It passes the same
 * contract suite as SQLite (`repository.contract.ts`).
 *
 * - Opening is synchronous and lazy, like SQLite's for the callers: the first call connects and
 *   applies pending migrations; a server that cannot be reached surfaces there as
 *   `cli/store-unavailable`.
 * - Every write call is one transaction. `putArticles` also takes a transaction-scoped advisory
 *   lock, so concurrent writers are serialised as SQLite's `BEGIN IMMEDIATE` does and the
 *   "same URL → duplicate" rule holds across workers. A failing batch rolls back alone: batches
 *   stored before it stay.
 * - Search: a pg_trgm GIN index over title and body serves `ILIKE` for words of 3+ characters
 *   (needs a UTF-8 ctype, e.g. C.UTF-8, for kana and kanji to make trigrams); without pg_trgm the
 *   same query is a sequential `ILIKE` scan. `searchMode()` says which.
 * - PostgreSQL text cannot hold U+0000: a NUL in stored text becomes U+FFFD (same length, so
 *   offsets into the body stay valid).
 */
import postgres from 'postgres'
import type { AnalyzedDoc, ArticleId } from '../../core/doc.ts'
import { MatomeError, isMatomeError } from '../../core/errors.ts'
import { articleUrlKey, bodyHash, canonicalizeUrl, publishedTime } from '../../dedupe/index.ts'
import type {
  ArticleInput, DuplicateAssignment, ListArticlesOptions, PageOptions, PutResult, RawInput, RejectionInput,
  Repository, SearchHit, StoreCounts, StoredArticle, StoredRejection, StoredStory, StoryRecord,
} from '../repository.ts'
import { likePattern, makeSnippet, planSearch } from '../search-query.ts'
import { encodeAnalysis } from '../analysis-codec.ts'
import {
  ARTICLE_COLUMNS, toAnalysis, toArticle, toRejection, toSearchHit, toStory,
  type ArticleRow, type RejectionRow, type StoryRow,
} from '../sqlite/rows.ts'
import { applyPgMigrations, SEARCH_TEXT, TRIGRAM_INDEX } from './migrations.ts'
import { redactUrl } from './url.ts'

export { isPostgresUrl, redactUrl } from './url.ts'

export type PostgresRepositoryOptions = {
  /** `postgres://user:password@host:port/database` */
  readonly url: string
  /** keep matome's tables in this schema (created when missing); default: the server's search_path */
  readonly schema?: string
  /** apply pending migrations on first use (default true) */
  readonly migrate?: boolean
  /** the clock for ingestedAt / updatedAt / at (default: the system clock) */
  readonly now?: () => string
  /** connection pool size (default 4) */
  readonly max?: number
}

const DEFAULT_LIMIT = 50
/** advisory lock serialising article writers (two workers putting the same URL) */
const WRITE_LOCK = 0x6d61746f6d66
/** rows per INSERT (PostgreSQL takes at most 65,535 parameters per statement) */
const CHUNK = 2000

/** Open a PostgreSQL store (connects and migrates on first use). */
export function openPostgresRepository(options: PostgresRepositoryOptions): PostgresRepository {
  return new PostgresRepository(options)
}

const NUL = /\u0000/g
/** PostgreSQL text cannot hold U+0000: replaced with U+FFFD (same length). */
function pgText(value: string): string
function pgText(value: string | undefined): string | null
function pgText(value: string | undefined): string | null {
  if (value === undefined) return null
  return value.includes('\u0000') ? value.replace(NUL, '\uFFFD') : value
}

/** Errors that mean "no server / no database / not allowed in", not a bug. */
function isConnectionError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  return typeof code === 'string' && (/^(ECONN|ENOTFOUND|EAI_|ETIMEDOUT|EHOSTUNREACH|CONNECT_TIMEOUT|CONNECTION_)/.test(code) || ['28P01', '28000', '3D000', '57P03'].includes(code))
}

/** Keep the last entry per key, in first-seen order (one upsert statement may not touch a row twice). */
function lastByKey<T>(items: readonly T[], key: (item: T) => string): T[] {
  const map = new Map<string, T>()
  for (const item of items) map.set(key(item), item)
  return [...map.values()]
}

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

export class PostgresRepository implements Repository {
  readonly sql: postgres.Sql
  readonly #now: () => string
  readonly #migrateOnOpen: boolean
  readonly #url: string
  readonly #schema: string | undefined
  #ready: Promise<void> | undefined

  constructor(options: PostgresRepositoryOptions) {
    this.#url = options.url
    this.#schema = options.schema
    this.#now = options.now ?? ((): string => new Date().toISOString())
    this.#migrateOnOpen = options.migrate !== false
    this.sql = postgres(options.url, {
      max: options.max ?? 4,
      onnotice: () => undefined,
      connect_timeout: 10,
      ...(options.schema === undefined ? {} : { connection: { search_path: `"${options.schema.replaceAll('"', '""')}", public` } }),
    })
  }

  /** Connect (and migrate) once; every method waits for it. */
  #open(): Promise<void> {
    this.#ready ??= (async (): Promise<void> => {
      try {
        if (this.#schema !== undefined) await this.sql`CREATE SCHEMA IF NOT EXISTS ${this.sql(this.#schema)}`
        if (this.#migrateOnOpen) await applyPgMigrations(this.sql, undefined, this.#now)
      } catch (error) {
        throw this.#wrap(error)
      }
    })()
    return this.#ready
  }

  #wrap(error: unknown): unknown {
    if (isMatomeError(error) && !isConnectionError(error.cause)) return error
    const cause = isMatomeError(error) ? error.cause : error
    if (isConnectionError(cause)) {
      return new MatomeError('cli/store-unavailable', `cannot open the store at ${redactUrl(this.#url)}: ${(cause as Error).message}`, { cause })
    }
    return error
  }

  /** Run `body` once the store is open. */
  async #use<T>(body: (sql: postgres.Sql) => Promise<T>): Promise<T> {
    await this.#open()
    try {
      return await body(this.sql)
    } catch (error) {
      throw this.#wrap(error)
    }
  }

  async migrate(): Promise<number[]> {
    await this.#open()
    return applyPgMigrations(this.sql, undefined, this.#now)
  }

  /** How `search` is served: `pg_trgm` (a GIN trigram index) or `ilike` (sequential scans). */
  async searchMode(): Promise<'pg_trgm' | 'ilike'> {
    return this.#use(async (sql) => {
      const [row] = await sql`SELECT to_regclass(${TRIGRAM_INDEX}) IS NOT NULL AS present`
      return row?.['present'] === true ? 'pg_trgm' : 'ilike'
    })
  }

  async putArticles(batch: readonly ArticleInput[]): Promise<PutResult[]> {
    if (batch.length === 0) return []
    return this.#use((sql) => sql.begin(async (tx) => {
      await tx`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`
      const ingestedAt = this.#now()
      const keys = batch.map((a) => (a.url === undefined ? undefined : articleUrlKey(a.url)))
      const ids = [...new Set(batch.map((a) => a.id))]
      const urlKeys = [...new Set(keys.filter((k): k is string => k !== undefined))]
      const known = new Set<string>()
      for (const part of chunks(ids)) {
        for (const row of await tx<{ id: string }[]>`SELECT id FROM articles WHERE id = ANY(${tx.array(part)}::text[])`) known.add(row.id)
      }
      const byUrl = new Map<string, string>()
      for (const part of chunks(urlKeys)) {
        const rows = await tx<{ url_key: string; id: string }[]>`SELECT DISTINCT ON (url_key) url_key, id FROM articles
          WHERE url_key = ANY(${tx.array(part)}::text[]) ORDER BY url_key, seq`
        for (const row of rows) byUrl.set(row.url_key, row.id)
      }
      const articles: Record<string, string | null>[] = []
      const raws: Record<string, string | null>[] = []
      const results = batch.map((a, i): PutResult => {
        if (known.has(a.id)) return { id: a.id, status: 'exists' }
        const urlKey = keys[i]
        if (urlKey !== undefined) {
          const other = byUrl.get(urlKey)
          if (other !== undefined) return { id: a.id, status: 'duplicate', duplicateOf: other }
          byUrl.set(urlKey, a.id)
        }
        known.add(a.id)
        const time = publishedTime(a.publishedAt)
        const sortTime = Number.isNaN(time) ? ingestedAt : new Date(time).toISOString()
        const canonicalUrl = a.canonicalUrl ?? (a.url === undefined ? undefined : canonicalizeUrl(a.url))
        articles.push({
          id: pgText(a.id), title: pgText(a.title), body: pgText(a.body), published_at: pgText(a.publishedAt), sort_time: sortTime,
          source: pgText(a.source), url: pgText(a.url), canonical_url: pgText(canonicalUrl), url_key: pgText(urlKey),
          body_hash: a.bodyHash ?? bodyHash(a.body), origin: pgText(a.origin), ingested_at: ingestedAt,
        })
        if (a.raw !== undefined) raws.push({ article_id: pgText(a.id), raw: pgText(a.raw), raw_type: pgText(a.rawType) })
        return { id: a.id, status: 'inserted' }
      })
      for (const part of chunks(articles)) await tx`INSERT INTO articles ${tx(part)}`
      for (const part of chunks(raws)) await tx`INSERT INTO raw_inputs ${tx(part)}`
      return results
    }))
  }

  async getArticle(id: ArticleId): Promise<StoredArticle | undefined> {
    return (await this.getArticles([id]))[0]
  }

  async getArticles(ids: readonly ArticleId[]): Promise<StoredArticle[]> {
    if (ids.length === 0) return []
    const found = new Map<string, StoredArticle>()
    await this.#use(async (sql) => {
      for (const part of chunks([...new Set(ids)])) {
        const rows = await sql.unsafe<ArticleRow[]>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ANY($1::text[])`, [part])
        for (const row of rows) found.set(row.id, toArticle(row))
      }
    })
    return ids.flatMap((id) => found.get(id) ?? [])
  }

  async getRaw(id: ArticleId): Promise<RawInput | undefined> {
    const [row] = await this.#use((sql) => sql<{ raw: string; raw_type: string | null }[]>`SELECT raw, raw_type FROM raw_inputs WHERE article_id = ${id}`)
    if (row === undefined) return undefined
    return row.raw_type === null ? { raw: row.raw } : { raw: row.raw, rawType: row.raw_type }
  }

  async listArticles(options: ListArticlesOptions = {}): Promise<StoredArticle[]> {
    const where: string[] = []
    const params: string[] = []
    const param = (value: string): string => {
      params.push(value)
      return `$${params.length}`
    }
    if (options.since !== undefined) where.push(`sort_time >= ${param(isoOf(options.since))}`)
    if (options.until !== undefined) where.push(`sort_time < ${param(isoOf(options.until))}`)
    if (options.source !== undefined) where.push(`source = ${param(options.source)}`)
    const dir = options.order === 'oldest' ? 'ASC' : 'DESC'
    const query = `SELECT ${ARTICLE_COLUMNS} FROM articles ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY sort_time ${dir}, id ${dir} LIMIT ${pageLimit(options.limit)} OFFSET ${Math.max(0, Math.trunc(options.offset ?? 0))}`
    return (await this.#use((sql) => sql.unsafe<ArticleRow[]>(query, params))).map(toArticle)
  }

  async listUnanalyzed(limit?: number): Promise<ArticleId[]> {
    const cap = limit === undefined ? null : Math.max(0, Math.trunc(limit))
    const rows = await this.#use((sql) => sql<{ id: string }[]>`SELECT a.id FROM articles a
      WHERE NOT EXISTS (SELECT 1 FROM analyses n WHERE n.article_id = a.id) ORDER BY a.seq LIMIT ${cap}`)
    return rows.map((r) => r.id)
  }

  async putAnalysis(doc: AnalyzedDoc): Promise<void> {
    await this.putAnalyses([doc])
  }

  async putAnalyses(docs: readonly AnalyzedDoc[]): Promise<void> {
    if (docs.length === 0) return
    const at = this.#now()
    await this.#use((sql) => sql.begin(async (tx) => {
      await this.#requireArticles(tx, docs.map((d) => d.articleId), (id) => `cannot store the analysis of article "${id}": no such article`)
      const rows = lastByKey(docs, (d) => d.articleId).map((d) => ({
        article_id: d.articleId, schema_version: d.schemaVersion, doc: encodeAnalysis(d), updated_at: at,
      }))
      for (const part of chunks(rows)) {
        await tx`INSERT INTO analyses ${tx(part)} ON CONFLICT (article_id) DO UPDATE SET
          schema_version = excluded.schema_version, doc = excluded.doc, updated_at = excluded.updated_at`
      }
    }))
  }

  /** @throws MatomeError('store/not-found') for the first of `ids` not stored */
  async #requireArticles(tx: postgres.TransactionSql, ids: readonly string[], message: (id: string) => string): Promise<void> {
    const unique = [...new Set(ids)]
    const found = new Set<string>()
    for (const part of chunks(unique)) {
      for (const row of await tx<{ id: string }[]>`SELECT id FROM articles WHERE id = ANY(${tx.array(part)}::text[])`) found.add(row.id)
    }
    const missing = ids.find((id) => !found.has(id))
    if (missing !== undefined) throw new MatomeError('store/not-found', message(missing))
  }

  async getAnalysis(id: ArticleId): Promise<AnalyzedDoc | undefined> {
    const [row] = await this.#use((sql) => sql<{ doc: string }[]>`SELECT doc FROM analyses WHERE article_id = ${id}`)
    return row === undefined ? undefined : toAnalysis(row.doc)
  }

  async putDuplicateGroups(assignments: readonly DuplicateAssignment[]): Promise<void> {
    if (assignments.length === 0) return
    const byArticle = new Map(assignments.map((a) => [a.articleId, a]))
    await this.#use((sql) => sql.begin(async (tx) => {
      await this.#requireArticles(tx, assignments.map((a) => a.articleId),
        (id) => `cannot assign article "${id}" to group "${byArticle.get(id)?.group ?? ''}": no such article`)
      const rows = lastByKey(assignments, (a) => a.articleId).map((a) => ({ article_id: a.articleId, group_id: a.group, canonical: a.canonical }))
      for (const part of chunks(rows)) {
        await tx`INSERT INTO duplicate_groups ${tx(part)} ON CONFLICT (article_id) DO UPDATE SET
          group_id = excluded.group_id, canonical = excluded.canonical`
      }
    }))
  }

  async getDuplicateGroup(id: ArticleId): Promise<DuplicateAssignment | undefined> {
    const [row] = await this.#use((sql) => sql<GroupRow[]>`SELECT article_id, group_id, canonical FROM duplicate_groups WHERE article_id = ${id}`)
    return row === undefined ? undefined : toAssignment(row)
  }

  async listGroupMembers(group: string): Promise<DuplicateAssignment[]> {
    const rows = await this.#use((sql) => sql<GroupRow[]>`SELECT article_id, group_id, canonical FROM duplicate_groups
      WHERE group_id = ${group} ORDER BY canonical DESC, article_id`)
    return rows.map(toAssignment)
  }

  async putRejections(rejections: readonly RejectionInput[]): Promise<void> {
    if (rejections.length === 0) return
    const at = this.#now()
    const rows = rejections.map((r) => ({ item: pgText(r.item), reason: r.reason, detail: pgText(r.detail), at: r.at ?? at }))
    await this.#use((sql) => sql.begin(async (tx) => {
      for (const part of chunks(rows)) await tx`INSERT INTO rejections ${tx(part)} ON CONFLICT (item, reason) DO NOTHING`
    }))
  }

  async listRejections(options: PageOptions = {}): Promise<StoredRejection[]> {
    const rows = await this.#use((sql) => sql<RejectionRow[]>`SELECT item, reason, detail, at FROM rejections ORDER BY seq DESC
      LIMIT ${pageLimit(options.limit)} OFFSET ${Math.max(0, Math.trunc(options.offset ?? 0))}`)
    return rows.map(toRejection)
  }

  async countRejectionsByReason(): Promise<Record<string, number>> {
    const rows = await this.#use((sql) => sql<{ reason: string; n: number }[]>`SELECT reason, COUNT(*)::int AS n FROM rejections GROUP BY reason ORDER BY reason`)
    return Object.fromEntries(rows.map((r) => [r.reason, r.n]))
  }

  #storyRow(story: StoryRecord): StoryRow {
    return {
      id: story.id, article_ids: JSON.stringify(story.articleIds), topic: pgText(story.topic),
      digest: story.digest === undefined ? null : JSON.stringify(story.digest), updated_at: story.updatedAt ?? this.#now(),
    }
  }

  async replaceStories(stories: readonly StoryRecord[]): Promise<void> {
    const rows = lastByKey(stories, (s) => s.id).map((s) => this.#storyRow(s))
    await this.#use((sql) => sql.begin(async (tx) => {
      await tx`DELETE FROM stories`
      for (const part of chunks(rows)) await tx`INSERT INTO stories ${tx(part)}`
    }))
  }

  async putStory(story: StoryRecord): Promise<void> {
    const row = this.#storyRow(story)
    await this.#use((sql) => sql`INSERT INTO stories ${sql(row)} ON CONFLICT (id) DO UPDATE SET article_ids = excluded.article_ids,
      topic = excluded.topic, digest = excluded.digest, updated_at = excluded.updated_at`)
  }

  async getStory(id: string): Promise<StoredStory | undefined> {
    const [row] = await this.#use((sql) => sql<StoryRow[]>`SELECT id, article_ids, topic, digest, updated_at FROM stories WHERE id = ${id}`)
    return row === undefined ? undefined : toStory(row)
  }

  async listStories(options: PageOptions = {}): Promise<StoredStory[]> {
    const rows = await this.#use((sql) => sql<StoryRow[]>`SELECT id, article_ids, topic, digest, updated_at FROM stories
      ORDER BY updated_at DESC, id LIMIT ${pageLimit(options.limit)} OFFSET ${Math.max(0, Math.trunc(options.offset ?? 0))}`)
    return rows.map(toStory)
  }

  async deleteStory(id: string): Promise<void> {
    await this.#use((sql) => sql`DELETE FROM stories WHERE id = ${id}`)
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const plan = planSearch(query)
    const words = [...plan.indexed, ...plan.scanned]
    if (words.length === 0) return []
    const params: string[] = []
    // every word (any of its width variants) must occur; with pg_trgm, the GIN index serves the ILIKEs of 3+ characters
    const where = words.map((variants) => `(${variants.map((v) => {
      params.push(likePattern(pgText(v)))
      return `${SEARCH_TEXT} ILIKE $${params.length} ESCAPE '\\'`
    }).join(' OR ')})`)
    const rows = await this.#use((sql) => sql.unsafe<ArticleRow[]>(`SELECT ${ARTICLE_COLUMNS} FROM articles
      WHERE ${where.join(' AND ')} ORDER BY sort_time DESC, id DESC LIMIT ${pageLimit(limit)}`, params))
    const flat = words.flat()
    return rows.map((row) => toSearchHit(row, makeSnippet(row.body, flat)))
  }

  async counts(): Promise<StoreCounts> {
    const [row] = await this.#use((sql) => sql<StoreCounts[]>`SELECT
      (SELECT COUNT(*) FROM articles)::int AS articles,
      (SELECT COUNT(*) FROM analyses)::int AS analyses,
      (SELECT COUNT(DISTINCT group_id) FROM duplicate_groups)::int AS "duplicateGroups",
      (SELECT COUNT(*) FROM rejections)::int AS rejections,
      (SELECT COUNT(*) FROM stories)::int AS stories`)
    return row ?? { articles: 0, analyses: 0, duplicateGroups: 0, rejections: 0, stories: 0 }
  }

  async close(): Promise<void> {
    await this.sql.end({ timeout: 5 })
  }
}

type GroupRow = { article_id: string; group_id: string; canonical: boolean }

function toAssignment(row: GroupRow): DuplicateAssignment {
  return { articleId: row.article_id, group: row.group_id, canonical: row.canonical }
}

function pageLimit(limit: number | undefined): number {
  return Math.max(0, Math.min(Math.trunc(limit ?? DEFAULT_LIMIT), 10_000))
}

function isoOf(time: string): string {
  const ms = publishedTime(time)
  if (Number.isNaN(ms)) throw new MatomeError('cli/usage', `not an ISO 8601 time: ${JSON.stringify(time)}`)
  return new Date(ms).toISOString()
}
