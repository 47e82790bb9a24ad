/**
 * @module cli/jsonl
 * JSONL at the edge: read article lines from a stream (stdin or a file) and write one JSON line per
 * result. A bad line yields `{"id"?, "error": {"code", "message"}}` on its own line; the run goes on.
 */
import type { Readable, Writable } from 'node:stream'
import type { Article } from '../core/article.ts'
import type { Rejection } from '../core/errors.ts'
import { parseArticleLine } from '../core/parse-article.ts'
import { readLines } from '../runtime/read-lines.ts'

export type ArticleLineResult =
  | { readonly line: number; readonly ok: true; readonly article: Article }
  | { readonly line: number; readonly ok: false; readonly rejection: Rejection & { id?: string } }

/** Non-empty lines of a stream, parsed as articles, in order. `name` labels errors (stdin, a path). */
export async function* readArticleLines(input: Readable, name = 'stdin'): AsyncGenerator<ArticleLineResult> {
  let line = 0
  for await (const text of readLines(input)) {
    line++
    if (text.trim() === '') continue
    const parsed = parseArticleLine(text, `${name}:${line}`)
    if (parsed.ok) yield { line, ok: true, article: parsed.value }
    else yield { line, ok: false, rejection: parsed }
  }
}

/** The error line written in place of a result. */
export function errorLine(rejection: Rejection & { id?: string }): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (rejection.id !== undefined) out['id'] = rejection.id
  out['error'] = { code: rejection.reason, message: `${rejection.item}: ${rejection.detail}` }
  return out
}

/** Write one JSON line, respecting back-pressure. */
export async function writeJsonLine(output: Writable, value: unknown): Promise<void> {
  if (!output.write(JSON.stringify(value) + '\n')) {
    await new Promise<void>((resolve) => output.once('drain', () => resolve()))
  }
}

/** Read all article lines at once (for corpus-level commands: dedupe, cluster, digest). */
export async function readAllArticleLines(input: Readable, name = 'stdin'): Promise<ArticleLineResult[]> {
  const all: ArticleLineResult[] = []
  for await (const r of readArticleLines(input, name)) all.push(r)
  return all
}
