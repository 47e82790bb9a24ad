/**
 * @module digest/compress/kept
 * A compression in progress: the list of source positions (UTF-16 indices into the body) still
 * kept. Rules only delete positions, so the result is a subsequence of the source by construction.
 */
import type { ArticleId } from '../../core/doc.ts'
import type { CitedText } from '../../core/digest.ts'

export type Kept = {
  readonly body: string
  readonly id: ArticleId
  /** the cited span */
  readonly start: number
  readonly end: number
  /** kept positions, ascending */
  readonly positions: readonly number[]
}

/** Start a compression of `body[start, end)`. */
export function keepSpan(id: ArticleId, body: string, start: number, end: number): Kept {
  const positions: number[] = []
  for (let i = start; i < end; i++) positions.push(i)
  return { body, id, start, end, positions }
}

/** The current text. */
export function keptText(kept: Kept): string {
  const { positions } = kept
  if (positions.length === 0) return ''
  // runs of consecutive positions are sliced at once (most compressions delete a few short runs)
  let out = ''
  let runStart = positions[0]!
  let previous = runStart
  for (let k = 1; k < positions.length; k++) {
    const p = positions[k]!
    if (p === previous + 1) {
      previous = p
      continue
    }
    out += kept.body.slice(runStart, previous + 1)
    runStart = p
    previous = p
  }
  return out + kept.body.slice(runStart, previous + 1)
}

/** Delete the characters `[from, to)` of the current text. */
export function deleteRange(kept: Kept, from: number, to: number): Kept {
  if (to <= from) return kept
  const positions = [...kept.positions.slice(0, from), ...kept.positions.slice(to)]
  return { ...kept, positions }
}

/** Delete every match of `pattern` (a global regex) in the current text. `group` picks a capture to delete instead of the whole match. */
export function deleteMatches(kept: Kept, pattern: RegExp, group = 0): Kept {
  const text = keptText(kept)
  const ranges: [number, number][] = []
  for (const m of text.matchAll(pattern)) {
    const whole = m.index
    const part = m[group]
    if (part === undefined || part === '') continue
    const offset = group === 0 ? 0 : m[0].indexOf(part)
    ranges.push([whole + offset, whole + offset + part.length])
  }
  let out = kept
  for (const [a, b] of ranges.reverse()) out = deleteRange(out, a, b)
  return out
}

/** Body position of the current text's character `i` (the end of the span when past the end). */
export function positionOf(kept: Kept, i: number): number {
  return kept.positions[i] ?? kept.end
}

/** The cited text of a compression (cites the whole span it started from). */
export function toCited(kept: Kept): CitedText {
  return { text: keptText(kept), cites: [{ id: kept.id, start: kept.start, end: kept.end }] }
}

/** Delete every kept position inside one of the body spans. */
export function deleteSpans(kept: Kept, spans: readonly { readonly start: number; readonly end: number }[]): Kept {
  if (spans.length === 0) return kept
  const positions = kept.positions.filter((p) => !spans.some((s) => p >= s.start && p < s.end))
  return { ...kept, positions }
}
