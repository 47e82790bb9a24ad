/**
 * @module bench/_analyze-identical
 * The identical-output check of `npm run bench -- analyze`: one SHA-1 per article and per layer
 * (sentences, tokens, numbers, entities, dates, quotes, diagnostics) of the full default
 * pipeline, written to a JSONL file (`--write-hashes=<file>`) and compared with a later run
 * (`--check-identical=<file>`). A speed change to any stage must leave every hash unchanged; with
 * `MATOME_KUROMOJI_PLAIN=1` on the writing run the tokens hashes also compare our tokenizer with
 * kuromoji as published.
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import type { Article } from '../src/core/article.ts'
import type { AnalyzedDoc } from '../src/core/doc.ts'
import { analyzeArticle } from '../src/analyze/pipeline.ts'
import type { Tokenizer } from '../src/analyze/tokens/tokenizer.ts'

/** The parts of an analysed document that are hashed, in this order. */
export const HASHED_PARTS = ['sentences', 'tokens', 'numbers', 'entities', 'dates', 'quotes', 'diagnostics'] as const

/** One article's hashes: its id and one hex digest per hashed part. */
export type ArticleHashes = { readonly id: string } & { readonly [K in (typeof HASHED_PARTS)[number]]: string }

function digest(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value ?? null)).digest('hex')
}

/** The hashes of one analysed document. */
export function hashDoc(doc: AnalyzedDoc): ArticleHashes {
  const layers = doc.layers as Record<string, unknown>
  const out: Record<string, string> = { id: doc.articleId }
  for (const part of HASHED_PARTS) out[part] = digest(part === 'diagnostics' ? doc.diagnostics : layers[part])
  return out as ArticleHashes
}

/** Analyse every article with the default pipeline and hash it. */
export function hashArticles(articles: readonly Article[], tokenizer: Tokenizer): ArticleHashes[] {
  return articles.map((a) => hashDoc(analyzeArticle(a, { tokenizer })))
}

/** Write hashes as JSONL. */
export function writeHashes(file: string, hashes: readonly ArticleHashes[]): void {
  writeFileSync(file, hashes.map((h) => JSON.stringify(h)).join('\n') + '\n')
}

/** Per part: how many articles differ, and the first few ids that do; plus ids missing on either side. */
export type Comparison = {
  readonly compared: number
  readonly differing: Readonly<Record<(typeof HASHED_PARTS)[number], { count: number; examples: string[] }>>
  readonly missing: readonly string[]
}

/** Compare fresh hashes with a file written before. */
export function compareHashes(file: string, fresh: readonly ArticleHashes[]): Comparison {
  const before = new Map<string, ArticleHashes>()
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue
    const h = JSON.parse(line) as ArticleHashes
    before.set(h.id, h)
  }
  const differing = Object.fromEntries(HASHED_PARTS.map((p) => [p, { count: 0, examples: [] as string[] }])) as Record<(typeof HASHED_PARTS)[number], { count: number; examples: string[] }>
  const missing: string[] = []
  let compared = 0
  for (const h of fresh) {
    const old = before.get(h.id)
    if (old === undefined) {
      missing.push(h.id)
      continue
    }
    before.delete(h.id)
    compared++
    for (const part of HASHED_PARTS) {
      if (old[part] === h[part]) continue
      differing[part].count++
      if (differing[part].examples.length < 5) differing[part].examples.push(h.id)
    }
  }
  missing.push(...before.keys())
  return { compared, differing, missing }
}

/** The comparison as printed lines; `identical` when nothing differs and nothing is missing. */
export function formatComparison(file: string, c: Comparison): { lines: string[]; identical: boolean } {
  const lines = [`identical-output check against ${file}: ${c.compared} articles compared`]
  let identical = c.missing.length === 0
  for (const part of HASHED_PARTS) {
    const d = c.differing[part]
    if (d.count > 0) identical = false
    lines.push(`  ${part.padEnd(12)} ${d.count === 0 ? 'identical' : `${d.count} articles differ (e.g. ${d.examples.join(', ')})`}`)
  }
  if (c.missing.length > 0) lines.push(`  ${c.missing.length} articles only on one side (e.g. ${c.missing.slice(0, 5).join(', ')})`)
  lines.push(identical ? 'IDENTICAL' : 'DIFFERENT')
  return { lines, identical }
}
