/**
 * @module store/db-path
 * Where the store lives: `--db PATH`, else `$MATOME_DB`, else `./matome.db`. A PostgreSQL URL
 * (`postgres://…`) is passed through unchanged, like `:memory:` (see `app/open-store`).
 * Used by the CLI and the app layer so every command agrees.
 */
import path from 'node:path'
import { isPostgresUrl } from './postgres/url.ts'

/** The default file name, in the current working directory. */
export const DEFAULT_DB_FILE = 'matome.db'

/**
 * Resolve the database path. `explicit` is the `--db` option; `env` defaults to `process.env`.
 * `:memory:` and PostgreSQL URLs are passed through unchanged.
 */
export function resolveDbPath(explicit?: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const chosen = explicit !== undefined && explicit !== '' ? explicit : env['MATOME_DB'] !== undefined && env['MATOME_DB'] !== '' ? env['MATOME_DB'] : DEFAULT_DB_FILE
  return chosen === ':memory:' || isPostgresUrl(chosen) ? chosen : path.resolve(chosen)
}
