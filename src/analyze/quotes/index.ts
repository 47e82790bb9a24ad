/**
 * @module analyze/quotes
 * Stage `quotes`: sentences + tokens + entities → `Quote[]`, each a 「…」 (or “…”) of reported
 * speech with its `content` span and its speaker: an entity id, or null with `speakerText` when the
 * speaker is a description (この高官, 政府関係者). Requires `sentences`, `tokens`, `entities`.
 * Speaker rules, in order (the first that answers wins; see README.md):
 * 1. speaker-after-quote — 「…」とXは述べた;
 * 2. speaker-topic-before — Xは「…」と述べた, Xも…「…」として, この高官は「…」, 同氏は;
 * 3. speaker-according-to — Xによりますと「…」;
 * 4. speaker-next-sentence — 「…」。Xはこう述べた;
 * 5. speaker-carried-over — the previous quote's speaker or the last topic since the headline.
 */
import type { Entity, Quote, Sentence } from '../../core/doc.ts'
import type { AnalysisStage } from '../../core/stage.ts'
import { findBrackets } from './find-brackets.ts'
import { isReportedSpeech } from './is-reported-speech.ts'
import type { Speaker, SpeakerContext, SpeakerRule } from './speaker-rule.ts'
import { findTopics } from './topics.ts'
import { speakerAfterQuote } from './rules/speaker-after-quote.ts'
import { speakerTopicBefore } from './rules/speaker-topic-before.ts'
import { speakerAccordingTo } from './rules/speaker-according-to.ts'
import { speakerNextSentence } from './rules/speaker-next-sentence.ts'
import { speakerCarriedOver } from './rules/speaker-carried-over.ts'

export type { BracketPair } from './find-brackets.ts'
export type { Speaker, SpeakerContext, SpeakerRule } from './speaker-rule.ts'
export type { Topic, TopicKind } from './topics.ts'
export { findBrackets } from './find-brackets.ts'
export { isReportedSpeech } from './is-reported-speech.ts'

/** The speaker rules in order. */
export const SPEAKER_RULES: readonly SpeakerRule[] = [speakerAfterQuote, speakerTopicBefore, speakerAccordingTo, speakerNextSentence, speakerCarriedOver]

/**
 * Find the quotes of a text and their speakers (pure).
 * @example
 * const quotes = findQuotes(doc.text, doc.layers.sentences ?? [], doc.layers.entities ?? [])
 */
export function findQuotes(text: string, sentences: readonly Sentence[], entities: readonly Entity[], rules: readonly SpeakerRule[] = SPEAKER_RULES): Quote[] {
  const pairs = findBrackets(text)
  const quoted = pairs.map((p) => p.content)
  const topics = sentences.map((sent) => findTopics(text, sent, entities, quoted))
  const previous: SpeakerContext['previous'][number][] = []
  const out: Quote[] = []
  for (const pair of pairs) {
    const sentenceIndex = Math.max(0, sentences.findIndex((s) => s.start <= pair.start && pair.start < s.end))
    if (!isReportedSpeech(text, pair, sentences[sentenceIndex]?.kind === 'headline')) continue
    const ctx: SpeakerContext = { text, pair, sentenceIndex, sentences, entities, quoted, topics, previous }
    let found: Speaker = { speaker: null }
    for (const rule of rules) {
      const answer = rule.find(ctx)
      if (answer !== null) {
        found = answer
        break
      }
    }
    previous.push({ pair, sentenceIndex, found })
    const quote: { -readonly [K in keyof Quote]: Quote[K] } = { start: pair.start, end: pair.end, content: pair.content, speaker: found.speaker }
    if (found.speakerText !== undefined) quote.speakerText = found.speakerText
    out.push(quote)
  }
  return out
}

/** The `quotes` stage. */
export const quotes: AnalysisStage<'quotes'> = {
  name: 'quotes',
  requires: ['sentences', 'tokens', 'entities'],
  run(doc) {
    return findQuotes(doc.text, doc.layers.sentences ?? [], doc.layers.entities ?? [])
  },
}
