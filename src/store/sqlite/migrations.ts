/**
 * @module store/sqlite/migrations
 * Numbered schema migrations of the SQLite store. Each runs once, in its own transaction, and is
 * recorded in `schema_migrations`. Never edit a released migration: append a new one.
 */
import type BetterSqlite3 from 'better-sqlite3'
import { MatomeError } from '../../core/errors.ts'

export type Migration = { readonly version: number; readonly name: string; readonly sql: string }

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, raw inputs, analyses, duplicate groups, rejections, stories, trigram search',
    sql: `
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT,
        body TEXT NOT NULL,
        published_at TEXT,
        sort_time TEXT NOT NULL,
        source TEXT,
        url TEXT,
        canonical_url TEXT,
        url_key TEXT,
        body_hash TEXT NOT NULL,
        origin TEXT,
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX articles_sort ON articles (sort_time, id);
      CREATE INDEX articles_url_key ON articles (url_key) WHERE url_key IS NOT NULL;
      CREATE INDEX articles_body_hash ON articles (body_hash);
      CREATE INDEX articles_source ON articles (source, sort_time);

      CREATE TABLE raw_inputs (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        raw TEXT NOT NULL,
        raw_type TEXT
      );

      CREATE TABLE analyses (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        schema_version INTEGER NOT NULL,
        doc TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE duplicate_groups (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        group_id TEXT NOT NULL,
        canonical INTEGER NOT NULL CHECK (canonical IN (0, 1))
      );
      CREATE INDEX duplicate_groups_group ON duplicate_groups (group_id);

      CREATE TABLE rejections (
        seq INTEGER PRIMARY KEY,
        item TEXT NOT NULL,
        reason TEXT NOT NULL,
        detail TEXT NOT NULL,
        at TEXT NOT NULL,
        UNIQUE (item, reason)
      );

      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        article_ids TEXT NOT NULL,
        topic TEXT,
        digest TEXT,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX stories_updated ON stories (updated_at, id);

      CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, body, content = 'articles', content_rowid = 'seq', tokenize = 'trigram'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
        INSERT INTO articles_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
      END;
    `,
  },
  {
    version: 2,
    name: 'trigram index: merge segments less eagerly while ingesting',
    // FTS5 merges b-tree segments after every 4 by default; 16 cuts the CPU of bulk inserts by about
    // a fifth on livedoor dev (1.7 s → 1.3 s for 8 MB) at the cost of a few more segments to read per query
    sql: `INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16);`,
  },
]

/** Apply the migrations not yet recorded, in order; returns the versions applied now. */
export function applyMigrations(db: BetterSqlite3.Database, migrations: readonly Migration[] = MIGRATIONS, now = (): string => new Date().toISOString()): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`)
  const done = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[])
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
  const isDone = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').pluck()
  const applied: number[] = []
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (done.has(migration.version)) continue
    let ran = false
    try {
      // re-checked under the write lock: another process may have migrated meanwhile
      db.transaction(() => {
        if (isDone.get(migration.version) !== undefined) return
        db.exec(migration.sql)
        record.run(migration.version, migration.name, now())
        ran = true
      }).immediate()
    } catch (error) {
      throw new MatomeError('store/migration-failed', `migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`, { cause: error })
    }
    if (ran) applied.push(migration.version)
  }
  return applied
}
