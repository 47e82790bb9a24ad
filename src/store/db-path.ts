/**
 * @module store/db-path
 * Where the SQLite store lives: `--db PATH`, else `$MATOME_DB`, else `./matome.db`.
 * Used by the CLI and the app layer so every command agrees.
 */
import path from 'node:path'

/** The default file name, in the current working directory. */
export const DEFAULT_DB_FILE = 'matome.db'

/**
 * Resolve the database path. `explicit` is the `--db` option; `env` defaults to `process.env`.
 * `:memory:` is passed through unchanged.
 */
export function resolveDbPath(explicit?: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const chosen = explicit !== undefined && explicit !== '' ? explicit : env['MATOME_DB'] !== undefined && env['MATOME_DB'] !== '' ? env['MATOME_DB'] : DEFAULT_DB_FILE
  return chosen === ':memory:' ? chosen : path.resolve(chosen)
}
