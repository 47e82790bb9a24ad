/**
 * @module digest/positions
 * Who demands / proposes / rejects / stresses what. Rules in order (one per file in `rules/`):
 * demand, condition, propose, stress, claim, oppose, support, reject. The actor is the topic of the
 * clause (Xは / X側は / Xが, the nearest before the verb): its entity's canonical name when the
 * entity layer has one there, else the written name without 側 and without a leading 「Yの」.
 */
import type { CitedText, Position } from '../../core/digest.ts'
import type { AnalyzedDoc } from '../../core/doc.ts'
import type { SentenceView } from '../sentences.ts'
import { claim } from './rules/claim.ts'
import { condition } from './rules/condition.ts'
import { demand } from './rules/demand.ts'
import { oppose } from './rules/oppose.ts'
import { propose } from './rules/propose.ts'
import { reject } from './rules/reject.ts'
import { stress } from './rules/stress.ts'
import { support } from './rules/support.ts'
import type { PositionRule } from './rule.ts'

export const POSITION_RULES: readonly PositionRule[] = [demand, condition, propose, stress, claim, oppose, support, reject]

/** The object must name something (a kanji or katakana word), not a bare こと / の. */
const CONTENTFUL = /[\p{Script=Han}\p{Script=Katakana}]{2}/u
const NOT_OBJECT = /(?:こと|もの|の|ため|よう)$|^(?:その|この|これ|それ)/u
const TOPIC = /([\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9]{1,24}?)(側)?(は|が)、?/gu

/** The actor of a stance found at `at` (sentence-relative) in `sent`. */
function findActor(doc: AnalyzedDoc, sent: SentenceView, at: number): string | undefined {
  const before = maskQuotes(sent.text).slice(0, at)
  // the topic (Xは) is the actor; a subject (Xが) only when no topic precedes
  let last: RegExpMatchArray | undefined
  let lastGa: RegExpMatchArray | undefined
  for (const m of before.matchAll(TOPIC)) {
    if (m[3] === 'は') last = m
    else lastGa = m
  }
  last ??= lastGa
  if (last === undefined) return undefined
  const start = sent.start + (last.index ?? 0)
  const end = start + (last[1]?.length ?? 0)
  const ents = (doc.layers.entities ?? []).filter((e) => e.start < end && e.end > start)
  const person = ents.findLast((e) => e.type === 'PERSON')
  const ent = person ?? ents.at(-1)
  if (ent !== undefined) return ent.canonical
  const written = last[1] ?? ''
  const noPrefix = written.replace(/^.*の/u, '').replace(/側$/u, '')
  return noPrefix === '' ? written : noPrefix
}

/** The sentence with quoted words masked (as 、, a boundary for every pattern), so stances inside 「…」 are not the reporter's. */
function maskQuotes(text: string): string {
  return text.replace(/「[^「」]*」/gu, (q) => '、'.repeat(q.length))
}

/** Time words are topics of a sentence, not actors (今年は…を支援). */
const TIME_WORD = /^(?:今年|昨年|去年|来年|今回|前回|今後|同日|当日|現在|当時|今月|先月|来月|今週|先週|この日|同月|同年)$/u
/** The object names a thing (ends in kanji, katakana, a letter or digit), not a clause (創設する). */
const NOUN_END = /[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9０-９]$/u

/** An object that opens with a relative clause's verb (生んだ実績, 続ける方針): its arguments stand before it. */
const CLAUSE_LED = /^\p{Script=Han}+\p{Script=Hiragana}{0,3}?[たるだ](?=[\p{Script=Han}\p{Script=Katakana}])/u
/** Where a clause starts, looking left: a comma, a sentence end, a quote or the topic particle は. */
const CLAUSE_START = /[、。「」は][^、。「」は]*$/u
/** The longest object a relative clause may make. */
const MAX_CLAUSE_OBJECT = 48

/**
 * The object with the relative clause it was cut from: the pattern stops at を / が / に, so
 * 「約2000人の雇用を生んだ実績を強調」 gives 生んだ実績; the object is then extended left to the
 * clause's start (約2000人の雇用を生んだ実績 …), or dropped when that is too long. `[start, text]`
 * in sentence offsets, or null. `masked` is the sentence with its quotes masked (`maskQuotes`).
 */
function withClause(text: string, masked: string, at: number, what: string): [number, string] | null {
  const before = masked.slice(0, at)
  if (!CLAUSE_LED.test(what) || !/[をがにで]$/u.test(before)) return [at, what]
  const boundary = CLAUSE_START.exec(before)
  const start = boundary === null ? 0 : boundary.index + 1
  const whole = text.slice(start, at + what.length)
  if (whole.length > MAX_CLAUSE_OBJECT || /[「」]/u.test(whole)) return null
  return [start, whole]
}

/** Positions stated in the sentences of one article. */
export function findPositions(articleId: string, doc: AnalyzedDoc, sents: readonly SentenceView[]): Position[] {
  const out: Position[] = []
  const seen = new Set<string>()
  for (const sent of sents) {
    if (sent.kind === 'headline') continue
    const sentence: CitedText = { text: sent.text, cites: [{ id: articleId, start: sent.start, end: sent.end }] }
    const masked = maskQuotes(sent.text)
    for (const rule of POSITION_RULES) {
      if (!rule.cues.some((cue) => sent.text.includes(cue))) continue
      for (const m of masked.matchAll(new RegExp(rule.pattern.source, 'gu'))) {
        let what = m.groups?.['what']?.replace(/^(?:あくまでも|あくまで|改めて|さらに|また)/u, '').replace(/^\p{Script=Hiragana}+/u, '')
        if (what === undefined || !CONTENTFUL.test(what) || NOT_OBJECT.test(what) || !NOUN_END.test(what)) continue
        const found = withClause(sent.text, masked, m.index + m[0].indexOf(what), what)
        if (found === null) continue
        const [whatAt, whole] = found
        what = whole
        const actor = findActor(doc, sent, whatAt)
        if (actor === undefined || TIME_WORD.test(actor)) continue
        const key = `${actor}|${what}`
        if (seen.has(key)) continue
        seen.add(key)
        out.push({
          actor,
          stance: rule.stance,
          what: { text: what, cites: [{ id: articleId, start: sent.start + whatAt, end: sent.start + whatAt + what.length }] },
          sentence,
        })
      }
    }
  }
  return out
}
