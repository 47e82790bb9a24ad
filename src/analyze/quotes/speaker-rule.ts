/**
 * @module analyze/quotes/speaker-rule
 * The shape of a speaker rule and what it sees: the quote, its sentence, the document's
 * sentences, entities and topics, and the quotes attributed so far.
 */
import type { Entity, Sentence, Span } from '../../core/doc.ts'
import type { BracketPair } from './find-brackets.ts'
import type { Topic } from './topics.ts'
import { DEFAULT_GAZETTEER } from '../entities/gazetteer.ts'

export type Speaker = { readonly speaker: string | null; readonly speakerText?: string }

export type SpeakerContext = {
  readonly text: string
  readonly pair: BracketPair
  readonly sentenceIndex: number
  readonly sentences: readonly Sentence[]
  readonly entities: readonly Entity[]
  /** every quotation bracket of the document (their insides are never speakers) */
  readonly quoted: readonly Span[]
  /** topics per sentence index */
  readonly topics: readonly (readonly Topic[])[]
  /** quotes attributed before this one, in order */
  readonly previous: readonly { readonly pair: BracketPair; readonly sentenceIndex: number; readonly found: Speaker }[]
}

/** One ordered rule: the speaker it finds, or null to let the next rule try. */
export type SpeakerRule = {
  readonly name: string
  readonly find: (ctx: SpeakerContext) => Speaker | null
}

/** A topic as a speaker: its entity, or its description (同氏 → the last person named before). */
export function speakerOfTopic(topic: Topic, ctx: SpeakerContext): Speaker {
  if (topic.entityId !== null) return { speaker: topic.entityId }
  const description = topic.description ?? ''
  // 首相は / 同大統領は: the last person named with that title (同氏: the last person)
  const bare = /^同?(.{1,12})$/u.exec(description)
  if (bare !== null && DEFAULT_GAZETTEER.titles.has(bare[1]!)) {
    for (let k = ctx.entities.length - 1; k >= 0; k--) {
      const ent = ctx.entities[k]!
      if (ent.start < topic.start && ent.type === 'PERSON' && (ent.role ?? '').endsWith(bare[1]!)) return { speaker: ent.id }
    }
  }
  const anaphor = /^同(氏|.{1,6})$/u.exec(description)
  if (anaphor !== null) {
    const title = anaphor[1] === '氏' ? null : anaphor[1]!
    for (let k = ctx.entities.length - 1; k >= 0; k--) {
      const ent = ctx.entities[k]!
      if (ent.start >= topic.start || ent.type !== 'PERSON') continue
      if (title === null || (ent.role ?? '').endsWith(title)) return { speaker: ent.id }
    }
  }
  const demonstrative = /^(?:この|その|同)(.+)$/u.exec(description)
  if (demonstrative !== null) {
    // この高官 → アメリカ国防総省の高官, the fuller description named earlier
    const noun = demonstrative[1]!
    const earlier = ctx.topics
      .flat()
      .filter((t) => t.start < topic.start && t.description !== undefined && t.description.endsWith(noun) && !/^(?:この|その|同)/u.test(t.description))
      .at(-1)
    if (earlier?.description !== undefined) return { speaker: null, speakerText: earlier.description }
  }
  return { speaker: null, speakerText: description }
}
