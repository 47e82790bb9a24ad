/**
 * @module app/open-store
 * Open the store the way every command does (`--db`, else `$MATOME_DB`, else ./matome.db),
 * migrated and ready: a `postgres://` / `postgresql://` URL opens PostgreSQL (connected and
 * migrated on first use), anything else is a SQLite file.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { MatomeError, isMatomeError } from '../core/errors.ts'
import { resolveDbPath } from '../store/db-path.ts'
import { isPostgresUrl, openPostgresRepository } from '../store/postgres/postgres-repository.ts'
import type { Repository } from '../store/repository.ts'
import { openSqliteRepository } from '../store/sqlite/sqlite-repository.ts'

/**
 * Open (creating folders and file as needed) the store at `--db` / `$MATOME_DB` / ./matome.db.
 * A PostgreSQL URL connects lazily: an unreachable server is reported by the first call, as
 * `cli/store-unavailable`. `synchronous` applies to SQLite only.
 * @throws MatomeError('cli/store-unavailable') when the folder cannot be made or the file is not a
 * SQLite store (a coded one-line error instead of a driver stack trace)
 */
export function openStore(explicit?: string, options: { readonly synchronous?: 'NORMAL' | 'FULL' } = {}): Repository {
  const file = resolveDbPath(explicit)
  if (isPostgresUrl(file)) return openPostgresRepository({ url: file })
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true })
    return openSqliteRepository({ path: file, ...options })
  } catch (error) {
    if (isMatomeError(error)) throw error
    throw new MatomeError('cli/store-unavailable', `cannot open the store at ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  }
}
