/**
 * @module analyze/quotes/topics
 * Who a stretch of text is about: named entities and descriptions (この高官, 政府関係者, 同氏) marked
 * as topic or subject (は / も / が), or as a source (によりますと / によると / によれば).
 * Text inside quotation brackets is skipped (the words quoted are not the speaker).
 */
import type { Entity, Span } from '../../core/doc.ts'
import { DEFAULT_GAZETTEER } from '../entities/gazetteer.ts'

export type TopicKind = 'topic' | 'subject' | 'source'

/** One topic mention: an entity id (or null with a description) and where it ends. */
export type Topic = {
  readonly start: number
  readonly end: number
  readonly kind: TopicKind
  readonly entityId: string | null
  readonly description?: string
}

const PARTICLES: readonly [string, TopicKind][] = [
  ['によりますと', 'source'],
  ['によりますと、', 'source'],
  ['によると', 'source'],
  ['によれば', 'source'],
  ['は', 'topic'],
  ['も', 'topic'],
  // 漁業関係者からは「…」と不安の声が上がった / 住民からも「…」との声
  ['からは', 'topic'],
  ['からも', 'topic'],
  ['が', 'subject'],
]

/** Nouns that make a description a speaker (この高官, 政府関係者, 同社の広報担当者), besides person titles. */
const SPEAKER_NOUNS = ['高官', '関係者', '当局者', '報道官', '担当者', '幹部', '専門家', '広報', '責任者', '代表者', '捜査員', '男性', '女性', '市民', '住民', '議員', '首脳', '政府', '当局', '同氏', '野党', '与党', '同社', '同省', '同庁', '同党', '遺族', '弁護団', '弁護側', '検察側', '組合', '委員会']
const SPEAKER_NOUN = new RegExp(`(${[...SPEAKER_NOUNS, ...[...DEFAULT_GAZETTEER.titles].sort((a, b) => b.length - a.length)].join('|')})$`, 'u')
/** A parenthesis after a name (鈴木一郎さん（45）は) does not separate it from its particle. */
const PARENTHESIS = /^[（(][^（）()]{0,12}[）)]/u
/** Characters that end the description to the left. */
const DESCRIPTION_STOP = /[、。，．「」『』（）\s]|[はがをにでともへや]/u

/** A relative clause's verb heading a description (被害を「受けた」70代の女性): the description starts after it. */
const CLAUSE_HEAD = /^[^\s]*?[ぁ-ん](?:た|る)(?=[\p{sc=Han}\p{sc=Katakana}0-9０-９])/u

/** The first characters of the particles (に, は, も, が): most positions start none of them. */
const PARTICLE_HEADS = new Set(PARTICLES.map(([p]) => p.charCodeAt(0)))

/** The particle right after `at`, or null. */
function particleAt(text: string, at: number): [string, TopicKind] | null {
  if (!PARTICLE_HEADS.has(text.charCodeAt(at))) return null
  for (const [p, kind] of PARTICLES) if (text.startsWith(p, at)) return [p, kind]
  return null
}

/** Where a mention really ends: after the person's role (大統領補佐官) and a parenthesis (（45）). */
function endAfterRole(text: string, ent: Entity): number {
  let end = ent.end
  if (ent.role !== undefined && text.startsWith(ent.role, end)) end += ent.role.length
  const paren = PARENTHESIS.exec(text.slice(end, end + 16))
  if (paren !== null) end += paren[0].length
  return end
}

function isInside(spans: readonly Span[], at: number): boolean {
  return spans.some((s) => s.start <= at && at < s.end)
}

/**
 * Topic mentions in `range`, in text order: entities followed by a topic particle, and descriptions
 * ending in a speaker noun followed by one.
 */
export function findTopics(text: string, range: Span, entities: readonly Entity[], quoted: readonly Span[]): Topic[] {
  const out: Topic[] = []
  for (const ent of entities) {
    if (ent.start < range.start || ent.end > range.end || isInside(quoted, ent.start)) continue
    const end = endAfterRole(text, ent)
    const particle = particleAt(text, end)
    if (particle !== null) out.push({ start: ent.start, end, kind: particle[1], entityId: ent.id })
  }
  for (let at = range.start; at < range.end; at++) {
    const particle = particleAt(text, at)
    if (particle === null || isInside(quoted, at)) continue
    const head = text.slice(Math.max(range.start, at - 16), at)
    if (!SPEAKER_NOUN.test(head)) continue
    if (out.some((t) => t.end === at)) continue
    let from = head.length
    while (from > 0 && !DESCRIPTION_STOP.test(head[from - 1] ?? '')) from--
    let description = head.slice(from)
    const clause = CLAUSE_HEAD.exec(description)
    if (clause !== null && SPEAKER_NOUN.test(description.slice(clause[0].length))) description = description.slice(clause[0].length)
    if (description === '' || /^(政府|当局)$/u.test(description)) continue
    out.push({ start: at - description.length, end: at, kind: particle[1], entityId: null, description })
  }
  return out.sort((a, b) => a.start - b.start)
}
