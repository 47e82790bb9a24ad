/**
 * @module digest/subtitle
 * The question-style subtitle: the story's key actors and its topic word, each cut from a source
 * (cited), joined by marked UI labels (・, ：, をめぐる動きは？) that are never presented as source claims.
 * Actors are the entities (people, organisations, places) most articles mention, at least twice
 * (canonical names, cited at a mention written exactly so); without entities, the most frequent proper nouns. The topic is the most frequent
 * common noun of the lead sentences. Without tokens, the headline (`fallback`) with a label.
 */
import type { ComposedPart, ComposedText, SourcePart } from '../core/digest.ts'
import type { AnalyzedDoc } from '../core/doc.ts'
import { isContentToken } from './salience.ts'
import type { SentenceView } from './sentences.ts'

export type SubtitleInput = { readonly id: string; readonly doc: AnalyzedDoc; readonly sents: readonly SentenceView[] }

/** How many actors the subtitle names. */
const MAX_ACTORS = 2

type Candidate = { text: string; count: number; articles: Set<string>; first: number; part: SourcePart }

function bump(map: Map<string, Candidate>, text: string, id: string, start: number, end: number, order: number): void {
  const hit = map.get(text)
  if (hit !== undefined) {
    hit.count++
    hit.articles.add(id)
  } else map.set(text, { text, count: 1, articles: new Set([id]), first: order, part: { kind: 'source', text, cites: [{ id, start, end }] } })
}

/** Ranked by the number of articles that mention it, then mentions, then first appearance. */
const best = (map: Map<string, Candidate>): Candidate[] =>
  [...map.values()].sort((a, b) => b.articles.size - a.articles.size || b.count - a.count || a.first - b.first)

/** An actor named only once in the whole story is not a key actor. */
const MIN_ACTOR_MENTIONS = 2

/** Build the subtitle from the story's current articles (earliest first). */
export function buildSubtitle(inputs: readonly SubtitleInput[], fallback?: SourcePart): ComposedText {
  const actors = new Map<string, Candidate>()
  const topics = new Map<string, Candidate>()
  let order = 0
  for (const { id, doc, sents } of inputs) {
    const body = doc.text
    for (const ent of doc.layers.entities ?? []) {
      // cite a mention whose surface is the canonical name itself, so the part stays a deletion
      if (body.slice(ent.start, ent.end) === ent.canonical) bump(actors, ent.canonical, id, ent.start, ent.end, order++)
    }
    for (const sent of sents) {
      for (const token of sent.tokens) {
        if (doc.layers.entities === undefined && token.posDetail[0] === '固有名詞' && token.posDetail[1] !== '人名') {
          bump(actors, token.surface, id, token.start, token.end, order++)
        } else if (sent.index < 3 && isContentToken(token) && token.partOfSpeech === '名詞' && token.posDetail[0] === 'サ変接続' && token.surface.length >= 2) {
          bump(topics, token.surface, id, token.start, token.end, order++)
        }
      }
    }
  }
  const named = best(actors).filter((a) => a.count >= MIN_ACTOR_MENTIONS).slice(0, MAX_ACTORS)
  const topic = best(topics).find((t) => !named.some((a) => a.text.includes(t.text)))
  const parts: ComposedPart[] = []
  named.forEach((a, i) => {
    if (i > 0) parts.push({ kind: 'label', text: '・' })
    parts.push(a.part)
  })
  if (topic !== undefined) {
    if (parts.length > 0) parts.push({ kind: 'label', text: '：' })
    parts.push(topic.part)
    parts.push({ kind: 'label', text: 'をめぐる動きは？' })
  } else if (parts.length > 0) parts.push({ kind: 'label', text: 'をめぐる動きは？' })
  else if (fallback !== undefined) parts.push(fallback, { kind: 'label', text: '、その後は？' })
  return { text: parts.map((p) => p.text).join(''), parts }
}
