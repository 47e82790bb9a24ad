/**
 * @module store/sqlite/sqlite-repository
 * The SQLite implementation of `Repository` (better-sqlite3, WAL). Every write call is one
 * transaction. `synchronous = FULL`: in WAL mode NORMAL already survives a killed process, but may
 * lose the last commits on power loss; FULL makes a committed batch durable either way, and costs
 * one fsync per batch (batches are large, so ingest throughput barely moves — see bench/ingest.ts).
 */
import Database from 'better-sqlite3'
import type { AnalyzedDoc, ArticleId } from '../../core/doc.ts'
import { MatomeError } from '../../core/errors.ts'
import { articleUrlKey, bodyHash, canonicalizeUrl, publishedTime } from '../../dedupe/index.ts'
import type {
  ArticleInput, DuplicateAssignment, ListArticlesOptions, PageOptions, PutResult, RawInput, RejectionInput,
  Repository, SearchHit, StoreCounts, StoredArticle, StoredRejection, StoredStory, StoryRecord,
} from '../repository.ts'
import { ftsExpression, likePattern, makeSnippet, planSearch } from '../search-query.ts'
import { encodeAnalysis } from '../analysis-codec.ts'
import { applyMigrations } from './migrations.ts'
import {
  ARTICLE_COLUMNS, toAnalysis, toArticle, toAssignment, toRejection, toSearchHit, toStory,
  type ArticleRow, type GroupRow, type RejectionRow, type StoryRow,
} from './rows.ts'

export type SqliteRepositoryOptions = {
  /** file path or `:memory:` */
  readonly path: string
  /** apply pending migrations on open (default true) */
  readonly migrate?: boolean
  /** the clock for ingestedAt / updatedAt / at (default: the system clock) */
  readonly now?: () => string
  /** `synchronous` pragma (default FULL, see the module comment) */
  readonly synchronous?: 'FULL' | 'NORMAL'
}

const DEFAULT_LIMIT = 50

/** Open (creating if needed) a SQLite store. */
export function openSqliteRepository(options: SqliteRepositoryOptions): SqliteRepository {
  return new SqliteRepository(options)
}

export class SqliteRepository implements Repository {
  readonly db: Database.Database
  readonly #now: () => string
  readonly #statements = new Map<string, Database.Statement>()

  constructor(options: SqliteRepositoryOptions) {
    this.db = new Database(options.path, { timeout: 5000 })
    this.#now = options.now ?? ((): string => new Date().toISOString())
    this.db.pragma('journal_mode = WAL')
    this.db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`)
    this.db.pragma('foreign_keys = ON')
    if (options.migrate !== false) applyMigrations(this.db, undefined, this.#now)
  }

  /** A cached prepared statement. */
  #sql(source: string): Database.Statement {
    let statement = this.#statements.get(source)
    if (statement === undefined) {
      statement = this.db.prepare(source)
      this.#statements.set(source, statement)
    }
    return statement
  }

  async migrate(): Promise<number[]> {
    return applyMigrations(this.db, undefined, this.#now)
  }

  async putArticles(batch: readonly ArticleInput[]): Promise<PutResult[]> {
    const ingestedAt = this.#now()
    const byId = this.#sql('SELECT 1 FROM articles WHERE id = ?').pluck()
    const byUrl = this.#sql('SELECT id FROM articles WHERE url_key = ? ORDER BY seq LIMIT 1').pluck()
    const insert = this.#sql(`INSERT INTO articles (id, title, body, published_at, sort_time, source, url, canonical_url, url_key, body_hash, origin, ingested_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    const insertRaw = this.#sql('INSERT INTO raw_inputs (article_id, raw, raw_type) VALUES (?, ?, ?)')
    return this.db.transaction((): PutResult[] => batch.map((a): PutResult => {
      if (byId.get(a.id) !== undefined) return { id: a.id, status: 'exists' }
      const urlKey = a.url === undefined ? undefined : articleUrlKey(a.url)
      if (urlKey !== undefined) {
        const other = byUrl.get(urlKey) as string | undefined
        if (other !== undefined) return { id: a.id, status: 'duplicate', duplicateOf: other }
      }
      const time = publishedTime(a.publishedAt)
      const sortTime = Number.isNaN(time) ? ingestedAt : new Date(time).toISOString()
      const canonicalUrl = a.canonicalUrl ?? (a.url === undefined ? undefined : canonicalizeUrl(a.url))
      insert.run(a.id, a.title ?? null, a.body, a.publishedAt ?? null, sortTime, a.source ?? null, a.url ?? null,
        canonicalUrl ?? null, urlKey ?? null, a.bodyHash ?? bodyHash(a.body), a.origin ?? null, ingestedAt)
      if (a.raw !== undefined) insertRaw.run(a.id, a.raw, a.rawType ?? null)
      return { id: a.id, status: 'inserted' }
    })).immediate()
  }

  async getArticle(id: ArticleId): Promise<StoredArticle | undefined> {
    const row = this.#sql(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`).get(id) as ArticleRow | undefined
    return row === undefined ? undefined : toArticle(row)
  }

  async getArticles(ids: readonly ArticleId[]): Promise<StoredArticle[]> {
    const get = this.#sql(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`)
    const out: StoredArticle[] = []
    for (const id of ids) {
      const row = get.get(id) as ArticleRow | undefined
      if (row !== undefined) out.push(toArticle(row))
    }
    return out
  }

  async getRaw(id: ArticleId): Promise<RawInput | undefined> {
    const row = this.#sql('SELECT raw, raw_type FROM raw_inputs WHERE article_id = ?').get(id) as { raw: string; raw_type: string | null } | undefined
    if (row === undefined) return undefined
    return row.raw_type === null ? { raw: row.raw } : { raw: row.raw, rawType: row.raw_type }
  }

  async listArticles(options: ListArticlesOptions = {}): Promise<StoredArticle[]> {
    const where: string[] = []
    const params: unknown[] = []
    if (options.since !== undefined) {
      where.push('sort_time >= ?')
      params.push(isoOf(options.since))
    }
    if (options.until !== undefined) {
      where.push('sort_time < ?')
      params.push(isoOf(options.until))
    }
    if (options.source !== undefined) {
      where.push('source = ?')
      params.push(options.source)
    }
    const dir = options.order === 'oldest' ? 'ASC' : 'DESC'
    const sql = `SELECT ${ARTICLE_COLUMNS} FROM articles ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY sort_time ${dir}, id ${dir} LIMIT ? OFFSET ?`
    params.push(pageLimit(options.limit), Math.max(0, options.offset ?? 0))
    return (this.#sql(sql).all(...params) as ArticleRow[]).map(toArticle)
  }

  async listUnanalyzed(limit?: number): Promise<ArticleId[]> {
    return this.#sql(`SELECT a.id FROM articles a LEFT JOIN analyses n ON n.article_id = a.id
      WHERE n.article_id IS NULL ORDER BY a.seq LIMIT ?`).pluck().all(limit === undefined ? -1 : Math.max(0, limit)) as string[]
  }

  async putAnalysis(doc: AnalyzedDoc): Promise<void> {
    await this.putAnalyses([doc])
  }

  async putAnalyses(docs: readonly AnalyzedDoc[]): Promise<void> {
    const exists = this.#sql('SELECT 1 FROM articles WHERE id = ?').pluck()
    const upsert = this.#sql(`INSERT INTO analyses (article_id, schema_version, doc, updated_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (article_id) DO UPDATE SET schema_version = excluded.schema_version, doc = excluded.doc, updated_at = excluded.updated_at`)
    const at = this.#now()
    this.db.transaction(() => {
      for (const doc of docs) {
        if (exists.get(doc.articleId) === undefined) {
          throw new MatomeError('store/not-found', `cannot store the analysis of article "${doc.articleId}": no such article`)
        }
        upsert.run(doc.articleId, doc.schemaVersion, encodeAnalysis(doc), at)
      }
    }).immediate()
  }

  async getAnalysis(id: ArticleId): Promise<AnalyzedDoc | undefined> {
    const json = this.#sql('SELECT doc FROM analyses WHERE article_id = ?').pluck().get(id) as string | undefined
    return json === undefined ? undefined : toAnalysis(json)
  }

  async putDuplicateGroups(assignments: readonly DuplicateAssignment[]): Promise<void> {
    const upsert = this.#sql(`INSERT INTO duplicate_groups (article_id, group_id, canonical) VALUES (?, ?, ?)
      ON CONFLICT (article_id) DO UPDATE SET group_id = excluded.group_id, canonical = excluded.canonical`)
    const exists = this.#sql('SELECT 1 FROM articles WHERE id = ?').pluck()
    this.db.transaction(() => {
      for (const a of assignments) {
        if (exists.get(a.articleId) === undefined) {
          throw new MatomeError('store/not-found', `cannot assign article "${a.articleId}" to group "${a.group}": no such article`)
        }
        upsert.run(a.articleId, a.group, a.canonical ? 1 : 0)
      }
    }).immediate()
  }

  async getDuplicateGroup(id: ArticleId): Promise<DuplicateAssignment | undefined> {
    const row = this.#sql('SELECT article_id, group_id, canonical FROM duplicate_groups WHERE article_id = ?').get(id) as GroupRow | undefined
    return row === undefined ? undefined : toAssignment(row)
  }

  async listGroupMembers(group: string): Promise<DuplicateAssignment[]> {
    const rows = this.#sql(`SELECT article_id, group_id, canonical FROM duplicate_groups WHERE group_id = ?
      ORDER BY canonical DESC, article_id`).all(group) as GroupRow[]
    return rows.map(toAssignment)
  }

  async putRejections(rejections: readonly RejectionInput[]): Promise<void> {
    const insert = this.#sql('INSERT INTO rejections (item, reason, detail, at) VALUES (?, ?, ?, ?) ON CONFLICT (item, reason) DO NOTHING')
    const at = this.#now()
    this.db.transaction(() => {
      for (const r of rejections) insert.run(r.item, r.reason, r.detail, r.at ?? at)
    }).immediate()
  }

  async listRejections(options: PageOptions = {}): Promise<StoredRejection[]> {
    const rows = this.#sql('SELECT item, reason, detail, at FROM rejections ORDER BY seq DESC LIMIT ? OFFSET ?')
      .all(pageLimit(options.limit), Math.max(0, options.offset ?? 0)) as RejectionRow[]
    return rows.map(toRejection)
  }

  async countRejectionsByReason(): Promise<Record<string, number>> {
    const rows = this.#sql('SELECT reason, COUNT(*) AS n FROM rejections GROUP BY reason ORDER BY reason').all() as { reason: string; n: number }[]
    return Object.fromEntries(rows.map((r) => [r.reason, r.n]))
  }

  async replaceStories(stories: readonly StoryRecord[]): Promise<void> {
    this.db.transaction(() => {
      this.#sql('DELETE FROM stories').run()
      for (const story of stories) this.#upsertStory(story)
    }).immediate()
  }

  async putStory(story: StoryRecord): Promise<void> {
    this.db.transaction(() => this.#upsertStory(story)).immediate()
  }

  #upsertStory(story: StoryRecord): void {
    this.#sql(`INSERT INTO stories (id, article_ids, topic, digest, updated_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET article_ids = excluded.article_ids, topic = excluded.topic,
        digest = excluded.digest, updated_at = excluded.updated_at`).run(
      story.id, JSON.stringify(story.articleIds), story.topic ?? null,
      story.digest === undefined ? null : JSON.stringify(story.digest), story.updatedAt ?? this.#now())
  }

  async getStory(id: string): Promise<StoredStory | undefined> {
    const row = this.#sql('SELECT id, article_ids, topic, digest, updated_at FROM stories WHERE id = ?').get(id) as StoryRow | undefined
    return row === undefined ? undefined : toStory(row)
  }

  async listStories(options: PageOptions = {}): Promise<StoredStory[]> {
    const rows = this.#sql('SELECT id, article_ids, topic, digest, updated_at FROM stories ORDER BY updated_at DESC, id LIMIT ? OFFSET ?')
      .all(pageLimit(options.limit), Math.max(0, options.offset ?? 0)) as StoryRow[]
    return rows.map(toStory)
  }

  async deleteStory(id: string): Promise<void> {
    this.#sql('DELETE FROM stories WHERE id = ?').run(id)
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const plan = planSearch(query)
    if (plan.indexed.length === 0 && plan.scanned.length === 0) return []
    const where: string[] = []
    const params: unknown[] = []
    if (plan.indexed.length > 0) {
      where.push('a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)')
      params.push(ftsExpression(plan.indexed))
    }
    for (const variants of plan.scanned) {
      where.push(`(${variants.map(() => "a.title LIKE ? ESCAPE '\\' OR a.body LIKE ? ESCAPE '\\'").join(' OR ')})`)
      for (const v of variants) params.push(likePattern(v), likePattern(v))
    }
    params.push(pageLimit(limit))
    const rows = this.#sql(`SELECT ${ARTICLE_COLUMNS.split(', ').map((c) => `a.${c}`).join(', ')} FROM articles a
      WHERE ${where.join(' AND ')} ORDER BY a.sort_time DESC, a.id DESC LIMIT ?`).all(...params) as ArticleRow[]
    const words = [...plan.indexed, ...plan.scanned].flat()
    return rows.map((row) => toSearchHit(row, makeSnippet(row.body, words)))
  }

  async counts(): Promise<StoreCounts> {
    const count = (sql: string): number => this.#sql(sql).pluck().get() as number
    return {
      articles: count('SELECT COUNT(*) FROM articles'),
      analyses: count('SELECT COUNT(*) FROM analyses'),
      duplicateGroups: count('SELECT COUNT(DISTINCT group_id) FROM duplicate_groups'),
      rejections: count('SELECT COUNT(*) FROM rejections'),
      stories: count('SELECT COUNT(*) FROM stories'),
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close()
  }
}

function pageLimit(limit: number | undefined): number {
  return Math.max(0, Math.min(limit ?? DEFAULT_LIMIT, 10_000))
}

function isoOf(time: string): string {
  const ms = publishedTime(time)
  if (Number.isNaN(ms)) throw new MatomeError('cli/usage', `not an ISO 8601 time: ${JSON.stringify(time)}`)
  return new Date(ms).toISOString()
}
