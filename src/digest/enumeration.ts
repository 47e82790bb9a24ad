/**
 * @module digest/enumeration
 * Enumerations in a sentence (日本、中国、韓国の担当者 / 日本と中国 / 鹿児島・宮崎) and whether a
 * compression keeps some of their members but deletes others: 「中国 韓国の担当者は協議」 from
 * 「日本、中国、韓国の担当者は…」 says something else. A list is kept whole or dropped whole.
 *
 * Members are noun runs (no number or adverbial noun: 14日、 同日、 are times, not members) joined by
 * a coordinating particle (と・や tagged 並立助詞), 、 or ・. A 、 list needs three members, or two
 * with the second followed by など・両・ら (鹿児島、宮崎両県): two nouns around a 、 are usually two
 * clauses. A ・ list needs every member to be a country name (日本・中国): ・ mostly joins a title to a
 * name (漫画家・加藤芳郎, 警部補・山下清人) or a place to a place in it (大阪府・東大阪市), where
 * deleting the first part keeps the meaning.
 */
import type { Token } from '../core/doc.ts'
import type { Kept } from './compress/kept.ts'

type Member = { readonly start: number; readonly end: number }

const isMemberToken = (t: Token): boolean => t.partOfSpeech === '名詞' && t.posDetail[0] !== '数' && t.posDetail[0] !== '非自立' && t.posDetail[0] !== '代名詞' && t.posDetail[0] !== '副詞可能'
const isCoordinator = (t: Token): boolean => t.partOfSpeech === '助詞' && t.posDetail[0] === '並立助詞'
const isCountry = (t: Token): boolean => t.posDetail[0] === '固有名詞' && t.posDetail[1] === '地域' && t.posDetail[2] === '国'
const LIST_CLOSER = /^(?:など|両|ら)/u

/** The enumerations of `tokens` (each a list of ≥ 2 member spans), in text order. */
export function findEnumerations(tokens: readonly Token[]): Member[][] {
  // noun runs with what joins each to the next
  const runs: { start: number; end: number; joiner: string | null; after: string }[] = []
  let i = 0
  while (i < tokens.length) {
    if (!isMemberToken(tokens[i]!)) {
      i++
      continue
    }
    let j = i
    let digit = false
    while (j < tokens.length && tokens[j]!.partOfSpeech === '名詞') {
      if (tokens[j]!.posDetail[0] === '数') digit = true
      j++
    }
    const next = tokens[j]
    const country = j - i === 1 && isCountry(tokens[i]!)
    const joiner = next === undefined ? null : isCoordinator(next) ? 'and' : next.surface === '、' ? 'comma' : next.surface === '・' && country && tokens[j + 1] !== undefined && isCountry(tokens[j + 1]!) ? 'and' : null
    if (!digit) runs.push({ start: tokens[i]!.start, end: tokens[j - 1]!.end, joiner: joiner !== null && tokens[j + 1] !== undefined && isMemberToken(tokens[j + 1]!) ? joiner : null, after: next?.surface ?? '' })
    else runs.push({ start: tokens[i]!.start, end: tokens[j - 1]!.end, joiner: null, after: '' })
    i = j
  }
  const out: Member[][] = []
  let k = 0
  while (k < runs.length) {
    const list = [runs[k]!]
    let commas = 0
    while (list.at(-1)!.joiner !== null && k + list.length < runs.length) {
      if (list.at(-1)!.joiner === 'comma') commas++
      list.push(runs[k + list.length]!)
    }
    const last = list.at(-1)!
    const closed = LIST_CLOSER.test(last.after)
    if (list.length >= 2 && (commas === 0 || list.length >= 3 || closed)) out.push(list.map((r) => ({ start: r.start, end: r.end })))
    k += list.length
  }
  return out
}

/** True when a compression keeps some members of an enumeration of the cited span whole and deletes others whole. */
export function cutsEnumeration(kept: Kept, tokens: readonly Token[]): boolean {
  const inside = new Set(kept.positions)
  const own = tokens.filter((t) => t.start >= kept.start && t.end <= kept.end)
  for (const list of findEnumerations(own)) {
    const keptAll = list.map((m) => {
      let n = 0
      for (let p = m.start; p < m.end; p++) if (inside.has(p)) n++
      return n === 0 ? 'none' : n === m.end - m.start ? 'all' : 'part'
    })
    if (keptAll.includes('none') && keptAll.some((s) => s !== 'none')) return true
  }
  return false
}
