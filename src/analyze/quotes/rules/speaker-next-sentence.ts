/**
 * @module analyze/quotes/rules/speaker-next-sentence
 * Rule 4. A quote standing before the sentence that introduces it: 「価格は据え置く」。佐藤社長は
 * こう強調した — the topic of the next sentence when that sentence says こう / このように / そう.
 */
import type { SpeakerRule } from '../speaker-rule.ts'
import { speakerOfTopic } from '../speaker-rule.ts'

const CATAPHOR = /(?:こう|このように|そう)(?:述べ|語|強調|話|説明|指摘|訴え|明か|答え|言|主張|語っ|締めくく)/u

export const speakerNextSentence: SpeakerRule = {
  name: 'speaker-next-sentence',
  find(ctx) {
    const own = ctx.sentences[ctx.sentenceIndex]
    const next = ctx.sentences[ctx.sentenceIndex + 1]
    if (own === undefined || next === undefined || ctx.pair.end < own.end - 1) return null
    if (!CATAPHOR.test(ctx.text.slice(next.start, next.end))) return null
    const topic = (ctx.topics[ctx.sentenceIndex + 1] ?? []).find((t) => t.kind === 'topic')
    return topic === undefined ? null : speakerOfTopic(topic, ctx)
  },
}
