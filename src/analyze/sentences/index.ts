/**
 * @module analyze/sentences
 * Sentences stage: document text → `Sentence[]` (requires nothing). Spans exclude surrounding
 * whitespace, never overlap, and cover every non-blank character. Rules, in order:
 * 1. split-at-line-ends — a line end ends a sentence; a line caps bracket nesting;
 * 2. match-brackets — pair 「」『』（）【】… within the line; unbalanced ones are reported, then ignored;
 * 3. break-at-terminal-punctuation — 。！？!? end a sentence outside bracket pairs;
 * 4. mark-bullet-lines — ✅ 💡 ・ ■ ◆ ※ 1. ① lines → kind 'bullet';
 * 5. mark-headline-lines — short lines without 。 followed by a paragraph → kind 'headline'.
 */
import type { Sentence, SentenceKind } from '../../core/doc.ts'
import type { AnalysisStage } from '../../core/stage.ts'
import { breakAtTerminalPunctuation } from './rules/break-at-terminal-punctuation.ts'
import { isBulletLine } from './rules/mark-bullet-lines.ts'
import { isHeadlineLine } from './rules/mark-headline-lines.ts'
import { matchBrackets } from './rules/match-brackets.ts'
import { splitAtLineEnds } from './rules/split-at-line-ends.ts'

/** Openers whose imbalance is worth a diagnostic (a stray `)` after a list number is not). */
const REPORTED_OPENERS = new Set(['「', '『', '（', '【'])

/**
 * Split `text` into sentences; `onUnbalanced` hears about each unmatched opening bracket.
 * @example
 * splitSentences('首相は「検討する。」と述べた。次の話題。')
 * // [{ start: 0, end: 16, kind: 'sentence' }, { start: 16, end: 21, kind: 'sentence' }]
 */
export function splitSentences(text: string, onUnbalanced?: (at: number) => void): Sentence[] {
  const lines = splitAtLineEnds(text)
  const out: Sentence[] = []
  lines.forEach((line, index) => {
    const { pairs, unmatched } = matchBrackets(text, line)
    if (onUnbalanced !== undefined) {
      for (const at of unmatched) if (REPORTED_OPENERS.has(text[at] ?? '')) onUnbalanced(at)
    }
    const lineText = text.slice(line.start, line.end)
    const next = lines[index + 1]
    const kind: SentenceKind = isBulletLine(lineText)
      ? 'bullet'
      : isHeadlineLine(lineText, next === undefined ? undefined : text.slice(next.start, next.end))
        ? 'headline'
        : 'sentence'
    const pieces = kind === 'headline' ? [line] : breakAtTerminalPunctuation(text, line, pairs)
    for (const piece of pieces) out.push({ start: piece.start, end: piece.end, kind })
  })
  return out
}

/** The sentences stage. */
export const sentences: AnalysisStage<'sentences'> = {
  name: 'sentences',
  requires: [],
  run(doc, ctx) {
    return splitSentences(doc.text, (at) =>
      ctx.report({
        code: 'sentences/unbalanced-bracket',
        severity: 'info',
        stage: 'sentences',
        span: { start: at, end: at + 1 },
        message: `bracket ${doc.text[at] ?? ''} has no partner on its line; it does not hold the sentence open`,
      }),
    )
  },
}
