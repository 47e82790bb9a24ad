/**
 * @module analyze/quotes/rules/speaker-after-quote
 * Rule 1. 「…」と松野官房長官は述べた / 「…」と、同氏は: the topic right after the quotative と.
 */
import type { SpeakerRule } from '../speaker-rule.ts'
import { speakerOfTopic } from '../speaker-rule.ts'

const QUOTATIVE = /^[、，]?\s*(?:などと|と|って)[、，]?\s*/u

export const speakerAfterQuote: SpeakerRule = {
  name: 'speaker-after-quote',
  find(ctx) {
    const m = QUOTATIVE.exec(ctx.text.slice(ctx.pair.end, ctx.pair.end + 6))
    if (m === null) return null
    const at = ctx.pair.end + m[0].length
    const topic = (ctx.topics[ctx.sentenceIndex] ?? []).find((t) => t.start === at && t.kind !== 'source')
    return topic === undefined ? null : speakerOfTopic(topic, ctx)
  },
}
