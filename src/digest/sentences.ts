/**
 * @module digest/sentences
 * The sentences the digest works on: the `sentences` layer of an `AnalyzedDoc` when the pipeline
 * filled it, otherwise a plain fallback split (at 。！？ outside brackets and at line breaks), so a
 * digest can be built from any article. Whitespace is trimmed from every span.
 */
import type { AnalyzedDoc, SentenceKind, Token } from '../core/doc.ts'
import { contentTerms } from './salience.ts'

/** A sentence with its text, position and tokens (empty when the doc has no token layer). */
export type SentenceView = {
  readonly index: number
  readonly start: number
  readonly end: number
  readonly kind: SentenceKind
  readonly text: string
  readonly tokens: readonly Token[]
  /** content terms (see salience.ts), computed once */
  readonly terms: readonly string[]
}

const OPEN = '「『（(【〔［'
const CLOSE = '」』）)】〕］'
const ENDERS = '。！？!?'
/** A line without 。 at most this long is a headline line (the seed page's story titles). */
const MAX_HEADLINE_LINE_CHARS = 60

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/u.test(text[start] ?? '')) start++
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--
  return [start, end]
}

/** Fallback split: spans of sentences of `text`, kinds guessed from the line shape. */
export function splitSentencesFallback(text: string): { start: number; end: number; kind: SentenceKind }[] {
  const out: { start: number; end: number; kind: SentenceKind }[] = []
  const push = (a: number, b: number, kind: SentenceKind): void => {
    const [s, e] = trimSpan(text, a, b)
    if (e > s) out.push({ start: s, end: e, kind })
  }
  let lineStart = 0
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue
    const line = text.slice(lineStart, i)
    const [ls, le] = trimSpan(text, lineStart, i)
    if (le > ls) {
      const trimmed = text.slice(ls, le)
      const hasEnder = [...ENDERS].some((c) => trimmed.includes(c))
      if (/^[✅💡・■◆●]/u.test(trimmed)) push(ls, le, 'bullet')
      else if (!hasEnder && trimmed.length <= MAX_HEADLINE_LINE_CHARS) push(ls, le, 'headline')
      else {
        let depth = 0
        let start = lineStart
        for (let j = 0; j < line.length; j++) {
          const c = line[j] ?? ''
          if (OPEN.includes(c)) depth++
          else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1)
          else if (depth === 0 && ENDERS.includes(c)) {
            let k = j + 1
            while (k < line.length && (CLOSE.includes(line[k] ?? '') || ENDERS.includes(line[k] ?? ''))) k++
            push(start, lineStart + k, 'sentence')
            start = lineStart + k
            j = k - 1
          }
        }
        push(start, i, 'sentence')
      }
    }
    lineStart = i + 1
  }
  return out
}

/** The sentences of a doc, with their tokens. */
export function sentencesOf(doc: AnalyzedDoc): SentenceView[] {
  const spans = doc.layers.sentences ?? splitSentencesFallback(doc.text)
  const tokens = doc.layers.tokens ?? []
  const out: SentenceView[] = []
  let t = 0
  for (const sent of spans) {
    const [start, end] = trimSpan(doc.text, sent.start, sent.end)
    if (end <= start) continue
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= start) t++
    const own: Token[] = []
    for (let k = t; k < tokens.length; k++) {
      const token = tokens[k]
      if (token === undefined || token.start >= end) break
      own.push(token)
    }
    const text = doc.text.slice(start, end)
    out.push({ index: out.length, start, end, kind: sent.kind, text, tokens: own, terms: contentTerms({ text, tokens: own }) })
  }
  return out
}
