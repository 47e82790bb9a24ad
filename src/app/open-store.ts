/**
 * @module app/open-store
 * Open the SQLite store the way every command does (`--db`, else `$MATOME_DB`, else ./matome.db),
 * migrated and ready.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { resolveDbPath } from '../store/db-path.ts'
import type { Repository } from '../store/repository.ts'
import { openSqliteRepository } from '../store/sqlite/sqlite-repository.ts'

/** Open (creating folders and file as needed) the store at `--db` / `$MATOME_DB` / ./matome.db. */
export function openStore(explicit?: string): Repository {
  const file = resolveDbPath(explicit)
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true })
  return openSqliteRepository({ path: file })
}
