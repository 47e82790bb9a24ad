/**
 * @module digest/subtitle
 * The question-style subtitle: the story's key actors and its topic word, each cut from a source
 * (cited), joined by marked UI labels (・, ：, をめぐる動きは？) that are never presented as source claims.
 * Actors are the entities (people, organisations, countries, and places written as a topic or
 * subject: 高知県は…) most articles mention, at least twice (canonical names, cited at a mention
 * written exactly so); without entities, the most frequent proper nouns. The topic is the サ変 noun
 * of the lead sentences most articles use (at least two when the story has two) that the story's
 * title or headline also uses (the story's own key word) and that at least two sentences use;
 * words of the telling (発表, 会見, 観測) are no topic. With no topic and fewer than two actors there
 * is no subtitle (empty `parts`, empty `text`): better none than an odd one (被災をめぐる動きは？ for
 * a festival story, 根室市をめぐる動きは？).
 */
import type { ComposedPart, ComposedText, SourcePart } from '../core/digest.ts'
import type { AnalyzedDoc } from '../core/doc.ts'
import { isContentToken } from './salience.ts'
import type { SentenceView } from './sentences.ts'

export type SubtitleInput = { readonly id: string; readonly doc: AnalyzedDoc; readonly sents: readonly SentenceView[] }

/** How many actors the subtitle names. */
const MAX_ACTORS = 2

type Candidate = { text: string; count: number; articles: Set<string>; first: number; part: SourcePart; acts: boolean }

function bump(map: Map<string, Candidate>, text: string, id: string, start: number, end: number, order: number, acts = true): void {
  const hit = map.get(text)
  if (hit !== undefined) {
    hit.count++
    hit.articles.add(id)
    hit.acts ||= acts
  } else map.set(text, { text, count: 1, articles: new Set([id]), first: order, part: { kind: 'source', text, cites: [{ id, start, end }] }, acts })
}

/** A place acts in the story only when a sentence makes it the topic or subject (高知県は発表); 愛知県豊橋市の工場 is where. */
const ACTS = /^(?:は|が|も|側は)/u

/** Ranked by the number of articles that mention it, then mentions, then first appearance. */
const best = (map: Map<string, Candidate>): Candidate[] =>
  [...map.values()].sort((a, b) => b.articles.size - a.articles.size || b.count - a.count || a.first - b.first)

/** A topic word the story uses in one sentence only (会見, 観測) is an incident of the telling, not what the story is about. */
const MIN_TOPIC_USES = 2

/** Words of how news is gathered and told (発表, 会見, 観測 …): never what a story is about. */
const TELLING = new Set(['発表', '公表', '会見', '観測', '取材', '表明', '説明', '報告', '報道', '確認'])

/** An actor named only once in the whole story is not a key actor. */
const MIN_ACTOR_MENTIONS = 2

/**
 * Build the subtitle from the story's current articles (earliest first). `keyText` is what the
 * story's title and headline say: the topic word must be one of its words (a サ変 noun of the leads
 * that the headline does not use — 被災 in a festival story — is no topic).
 */
export function buildSubtitle(inputs: readonly SubtitleInput[], keyText?: string): ComposedText {
  const actors = new Map<string, Candidate>()
  const topics = new Map<string, Candidate>()
  let order = 0
  for (const { id, doc, sents } of inputs) {
    const body = doc.text
    for (const ent of doc.layers.entities ?? []) {
      // cite a mention whose surface is the canonical name itself, so the part stays a deletion
      if (body.slice(ent.start, ent.end) !== ent.canonical) continue
      const place = ent.type === 'LOCATION' && ent.subtype !== 'COUNTRY'
      bump(actors, ent.canonical, id, ent.start, ent.end, order++, !place || ACTS.test(body.slice(ent.end, ent.end + 2)))
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
  const named = best(actors).filter((a) => a.count >= MIN_ACTOR_MENTIONS && a.acts).slice(0, MAX_ACTORS)
  const minArticles = Math.min(2, inputs.length)
  /** whether at least MIN_TOPIC_USES sentences of the story use a word (checked for the few best candidates only) */
  const recurs = (word: string): boolean => {
    let n = 0
    for (const { sents } of inputs) for (const sent of sents) if (sent.text.includes(word) && ++n >= MIN_TOPIC_USES) return true
    return false
  }
  const topic = best(topics).find(
    (t) => !TELLING.has(t.text) && !named.some((a) => a.text.includes(t.text)) && (keyText === undefined || keyText.includes(t.text)) && t.articles.size >= minArticles && recurs(t.text),
  )
  const parts: ComposedPart[] = []
  // one actor alone (根室市をめぐる動きは？) says too little: actors without a topic need two
  if (topic === undefined && named.length < MAX_ACTORS) return { text: '', parts: [] }
  named.forEach((a, i) => {
    if (i > 0) parts.push({ kind: 'label', text: '・' })
    parts.push(a.part)
  })
  if (topic !== undefined) {
    if (parts.length > 0) parts.push({ kind: 'label', text: '：' })
    parts.push(topic.part)
    parts.push({ kind: 'label', text: 'をめぐる動きは？' })
  } else if (parts.length > 0) parts.push({ kind: 'label', text: 'をめぐる動きは？' })
  // nothing good: no subtitle rather than an odd one
  return { text: parts.map((p) => p.text).join(''), parts }
}
