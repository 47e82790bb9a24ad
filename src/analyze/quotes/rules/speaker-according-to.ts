/**
 * @module analyze/quotes/rules/speaker-according-to
 * Rule 3. Xによりますと / によると / によれば 「…」: the named source of the sentence.
 */
import type { SpeakerRule } from '../speaker-rule.ts'
import { speakerOfTopic } from '../speaker-rule.ts'

export const speakerAccordingTo: SpeakerRule = {
  name: 'speaker-according-to',
  find(ctx) {
    const source = (ctx.topics[ctx.sentenceIndex] ?? []).filter((t) => t.kind === 'source' && t.end <= ctx.pair.start).at(-1)
    return source === undefined ? null : speakerOfTopic(source, ctx)
  },
}
