/**
 * @module app/open-store
 * Open the SQLite store the way every command does (`--db`, else `$MATOME_DB`, else ./matome.db),
 * migrated and ready.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { MatomeError, isMatomeError } from '../core/errors.ts'
import { resolveDbPath } from '../store/db-path.ts'
import type { Repository } from '../store/repository.ts'
import { openSqliteRepository } from '../store/sqlite/sqlite-repository.ts'

/**
 * Open (creating folders and file as needed) the store at `--db` / `$MATOME_DB` / ./matome.db.
 * @throws MatomeError('cli/store-unavailable') when the folder cannot be made or the file is not a
 * SQLite store (a coded one-line error instead of a driver stack trace)
 */
export function openStore(explicit?: string, options: { readonly synchronous?: 'NORMAL' | 'FULL' } = {}): Repository {
  const file = resolveDbPath(explicit)
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true })
    return openSqliteRepository({ path: file, ...options })
  } catch (error) {
    if (isMatomeError(error)) throw error
    throw new MatomeError('cli/store-unavailable', `cannot open the store at ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  }
}
