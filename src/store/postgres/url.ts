/**
 * @module store/postgres/url
 * Recognising a PostgreSQL URL in `--db` / `$MATOME_DB`, and hiding its password in messages.
 * Kept apart from the driver so path handling (`store/db-path`) does not load postgres.js.
 */

/** True for `postgres://…` and `postgresql://…` (what `--db` / `MATOME_DB` select PostgreSQL with). */
export function isPostgresUrl(target: string | undefined): target is string {
  return target !== undefined && /^postgres(ql)?:\/\//i.test(target)
}

/** The URL with its password hidden, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:@/]*):[^@/]*@/i, '$1:***@')
}
