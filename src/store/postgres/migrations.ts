/**
 * @module store/postgres/migrations
 * Numbered schema migrations of the PostgreSQL store, the counterpart of `sqlite/migrations.ts`.
 * Each runs once, in its own transaction, under one advisory lock (so two workers opening a new
 * database at once do not both apply it), and is recorded in `schema_migrations`. Never edit a
 * released migration: append a new one.
 *
 * Text that is sorted or compared as a key (ids, ISO times) uses `COLLATE "C"`, so orders are the
 * byte orders SQLite gives whatever the database's locale; titles and bodies keep the database
 * collation, which `ILIKE` uses to fold case.
 */
import type postgres from 'postgres'
import { MatomeError } from '../../core/errors.ts'

/** One step: plain SQL, or a function for steps that must decide at run time. */
export type PgMigration = {
  readonly version: number
  readonly name: string
  readonly run: (sql: postgres.TransactionSql) => Promise<void>
}

/** The advisory lock key every migration (and extension creation) takes: "matome" in ASCII. */
export const MIGRATION_LOCK = 0x6d61746f6d65

/** The expression the trigram index covers; `search` must use exactly this text to be served by it. */
export const SEARCH_TEXT = "(coalesce(title, '') || ' ' || body)"

/** The name of the trigram index (present only when pg_trgm could be installed). */
export const TRIGRAM_INDEX = 'articles_text_trgm'

export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    name: 'articles, raw inputs, analyses, duplicate groups, rejections, stories',
    run: async (sql) => {
      await sql.unsafe(`
        CREATE TABLE articles (
          seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          id TEXT COLLATE "C" NOT NULL UNIQUE,
          title TEXT,
          body TEXT NOT NULL,
          published_at TEXT,
          sort_time TEXT COLLATE "C" NOT NULL,
          source TEXT COLLATE "C",
          url TEXT,
          canonical_url TEXT,
          url_key TEXT COLLATE "C",
          body_hash TEXT NOT NULL,
          origin TEXT,
          ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_sort ON articles (sort_time, id);
        CREATE INDEX articles_url_key ON articles (url_key) WHERE url_key IS NOT NULL;
        CREATE INDEX articles_body_hash ON articles (body_hash);
        CREATE INDEX articles_source ON articles (source, sort_time);

        CREATE TABLE raw_inputs (
          article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
          raw TEXT NOT NULL,
          raw_type TEXT
        );

        CREATE TABLE analyses (
          article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
          schema_version INTEGER NOT NULL,
          doc TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );

        CREATE TABLE duplicate_groups (
          article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
          group_id TEXT COLLATE "C" NOT NULL,
          canonical BOOLEAN NOT NULL
        );
        CREATE INDEX duplicate_groups_group ON duplicate_groups (group_id);

        CREATE TABLE rejections (
          seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          item TEXT COLLATE "C" NOT NULL,
          reason TEXT COLLATE "C" NOT NULL,
          detail TEXT NOT NULL,
          at TEXT NOT NULL,
          UNIQUE (item, reason)
        );

        CREATE TABLE stories (
          id TEXT COLLATE "C" PRIMARY KEY,
          article_ids TEXT NOT NULL,
          topic TEXT,
          digest TEXT,
          updated_at TEXT COLLATE "C" NOT NULL
        );
        CREATE INDEX stories_updated ON stories (updated_at, id);
      `)
    },
  },
  {
    version: 2,
    name: 'trigram index over title and body (pg_trgm when it can be installed, else ILIKE scans)',
    run: async (sql) => {
      try {
        // a savepoint: without pg_trgm (or the right to create it) the store still works, by scanning
        await sql.savepoint(async (sp) => {
          // in public, not in a matome schema: dropping one store must not drop the others' indexes
          await sp.unsafe('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public')
          const [ext] = await sp<{ schema: string }[]>`SELECT extnamespace::regnamespace::text AS schema FROM pg_extension WHERE extname = 'pg_trgm'`
          const opclass = ext === undefined ? 'gin_trgm_ops' : `${ext.schema}.gin_trgm_ops`
          await sp.unsafe(`CREATE INDEX ${TRIGRAM_INDEX} ON articles USING gin (${SEARCH_TEXT} ${opclass})`)
        })
      } catch {
        // no trigram index: search() answers with sequential ILIKE scans (see README)
      }
    },
  },
  {
    version: 3,
    name: 'lz4 compression for large text (analyses, digests, raw inputs, bodies) where the server has it',
    // pglz (the default) cost ≈ 3 s of server CPU to store the 256 MB of analyses of livedoor dev, lz4
    // ≈ 0.9 s, for 3 % more disk; needs PostgreSQL 14+ built with lz4 (Debian's is), else nothing changes
    run: async (sql) => {
      try {
        await sql.savepoint(async (sp) => {
          for (const [table, column] of [['analyses', 'doc'], ['stories', 'digest'], ['raw_inputs', 'raw'], ['articles', 'body']] as const) {
            await sp.unsafe(`ALTER TABLE ${table} ALTER COLUMN ${column} SET COMPRESSION lz4`)
          }
        })
      } catch {
        // PostgreSQL 13, or built without lz4: the default compression stays
      }
    },
  },
]

/**
 * Apply the migrations not yet recorded, in order; returns the versions applied now.
 * @throws MatomeError('store/migration-failed') naming the migration, with the driver error as cause
 */
export async function applyPgMigrations(
  sql: postgres.Sql,
  migrations: readonly PgMigration[] = PG_MIGRATIONS,
  now = (): string => new Date().toISOString(),
): Promise<number[]> {
  const done = await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`
    await tx.unsafe(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`)
    const rows = await tx<{ version: number }[]>`SELECT version FROM schema_migrations`
    return new Set(rows.map((r) => r.version))
  })
  const applied: number[] = []
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (done.has(migration.version)) continue
    try {
      const ran = await sql.begin(async (tx) => {
        await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`
        // re-checked under the lock: another process may have migrated meanwhile
        const [already] = await tx`SELECT 1 FROM schema_migrations WHERE version = ${migration.version}`
        if (already !== undefined) return false
        await migration.run(tx)
        await tx`INSERT INTO schema_migrations (version, name, applied_at) VALUES (${migration.version}, ${migration.name}, ${now()})`
        return true
      })
      if (ran) applied.push(migration.version)
    } catch (error) {
      throw new MatomeError('store/migration-failed', `migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`, { cause: error })
    }
  }
  return applied
}
