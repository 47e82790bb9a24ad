/**
 * @module analyze/quotes/rules/speaker-topic-before
 * Rule 2. Xは「…」と述べ / Xも…で、「…」として / この高官は「…」: the last topic (は, も) or, failing
 * that, a subject (が) just before the quote in its sentence. A source (によりますと) is left to rule 3,
 * so 大統領府によりますと、プーチン大統領は「…」 gives プーチン.
 */
import type { SpeakerRule } from '../speaker-rule.ts'
import { speakerOfTopic } from '../speaker-rule.ts'

/** A subject (が) counts only this close to the quote; further away it is usually inside a subordinate clause (…が命じたことについて「…」). */
const MAX_SUBJECT_GAP = 10

export const speakerTopicBefore: SpeakerRule = {
  name: 'speaker-topic-before',
  find(ctx) {
    const before = (ctx.topics[ctx.sentenceIndex] ?? []).filter((t) => t.end <= ctx.pair.start)
    const topic = before.filter((t) => t.kind === 'topic').at(-1) ?? before.filter((t) => t.kind === 'subject' && ctx.pair.start - t.end <= MAX_SUBJECT_GAP + 1).at(-1)
    return topic === undefined ? null : speakerOfTopic(topic, ctx)
  },
}
