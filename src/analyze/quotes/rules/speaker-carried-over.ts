/**
 * @module analyze/quotes/rules/speaker-carried-over
 * Rule 4. A quote whose sentence names nobody (ただ、「…」として / その上で「…」と述べました) belongs
 * to whoever the text was about: the speaker of the previous quote within the last sentences, or the
 * last topic named since the story's headline — a person or a description of one before a place
 * or organisation (この高官は … 。… 「…」と述べました). A quote in a
 * headline takes the first topic of the story below it.
 */
import type { Speaker, SpeakerRule } from '../speaker-rule.ts'
import { speakerOfTopic } from '../speaker-rule.ts'

/** How many sentences back a previous quote's speaker still carries over. */
const MAX_QUOTE_DISTANCE = 2
/** How many sentences back a topic still carries over (stops at a headline). */
const MAX_TOPIC_DISTANCE = 6

export const speakerCarriedOver: SpeakerRule = {
  name: 'speaker-carried-over',
  find(ctx) {
    const personIds = new Set(ctx.entities.filter((e) => e.type === 'PERSON').map((e) => e.id))
    if (ctx.sentences[ctx.sentenceIndex]?.kind === 'headline') {
      // a quote in a headline sums up the story below: its first topic
      for (let k = ctx.sentenceIndex + 1; k < ctx.sentences.length && k - ctx.sentenceIndex <= 2; k++) {
        const topic = (ctx.topics[k] ?? []).find((t) => t.kind === 'topic')
        if (topic !== undefined) return speakerOfTopic(topic, ctx)
      }
      return null
    }
    const last = ctx.previous.at(-1)
    if (last !== undefined && ctx.sentenceIndex - last.sentenceIndex <= MAX_QUOTE_DISTANCE && (last.found.speaker !== null || last.found.speakerText !== undefined)) {
      return last.found
    }
    // people (and descriptions of people) first: in a report, ロシア軍は… is what was said, not who said it
    let fallback: Speaker | null = null
    for (let k = ctx.sentenceIndex - 1; k >= 0 && ctx.sentenceIndex - k <= MAX_TOPIC_DISTANCE; k--) {
      if (ctx.sentences[k]?.kind === 'headline') break
      const topics = (ctx.topics[k] ?? []).filter((t) => t.kind === 'topic')
      const person = topics.filter((t) => t.entityId === null || personIds.has(t.entityId)).at(-1)
      if (person !== undefined) return speakerOfTopic(person, ctx)
      const other = topics.at(-1)
      if (fallback === null && other !== undefined) fallback = speakerOfTopic(other, ctx)
    }
    return fallback
  },
}
