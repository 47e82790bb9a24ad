/**
 * @module analyze/entities/rules/match-gazetteer
 * Rule 4. Known names from `data/gazetteer/` (countries, regions, places, organisations and their
 * aliases), longest match, starting and ending on token boundaries. The canonical name comes from the
 * gazetteer (米国 → アメリカ, NATO → 北大西洋条約機構, キエフ → キーウ). A place glued to another
 * name word (渋谷ABEMAS) only blocks. A katakana word spelled with ヴ is looked up in its plain
 * spelling too (ヴェトナム → ベトナム), and the country inside one word for its nationals is a place
 * (日本人 → 日本).
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule } from '../candidate.ts'
import type { CharTrie } from '../../normalize/char-trie.ts'
import { nameTrieOf, type Gazetteer, type KnownName } from '../gazetteer.ts'
import { isKatakana } from '../token-utils.ts'
import { isDemonymSuffix, isGroupPrefix } from './is-demonym-suffix.ts'
import { gluedCandidate, isAfterFounderWord, isGluedToName, isSurnameOfPerson, isUnknownKatakana, placeInsideEnd } from './is-glued-to-name.ts'
import { isSaidTwice } from './place-readings.ts'

export const matchGazetteer: EntityRule = {
  name: 'match-gazetteer',
  tier: 1,
  find({ text, tokens, gazetteer }) {
    const out: Candidate[] = []
    const trie = nameTrieOf(gazetteer)
    for (let first = 0; first < tokens.length; first++) {
      const token = tokens[first]!
      // the longest known name of two or more characters from this token's start to a token end
      const found = longestNameAt(trie, text, tokens, first)
      if (found === undefined) {
        const other = countryOfNationals(token, tokens[first - 1], gazetteer) ?? placeSpelledWithVu(token, tokens, first, gazetteer)
        if (other !== undefined) out.push(other)
        continue
      }
      const { last, known } = found
      const end = tokens[last]!.end
      if (known.type === 'LOCATION' && (isAfterFounderWord(tokens, first) || isNameBeforeHonorific(tokens, first, last, gazetteer) || isSaidTwice(tokens, first, last) || isDemonymSuffix(tokens[last + 1], end, known.subtype === 'COUNTRY', tokens[first - 1], token.start) || isSurnameOfPerson(tokens, last))) continue
      const inside = known.type === 'LOCATION' ? placeInsideEnd(tokens, last) : -1
      if (inside >= 0) {
        // テキサス州 + ヒューストン: a city named after its state is one place
        out.push({ start: token.start, end: tokens[inside]!.end, type: 'LOCATION', subtype: 'CITY', rule: 'match-gazetteer' })
        continue
      }
      if (known.type === 'LOCATION' && isGluedToName(tokens, first, last)) {
        out.push(gluedCandidate(text, tokens, first, last, token.start, end, 'match-gazetteer'))
        continue
      }
      // 東急 + ミラノス: a known organisation heading an unknown katakana name is a
      // group company or team of its own
      let k = last
      while (known.type === 'ORGANIZATION' && k + 1 < tokens.length && tokens[k + 1]!.start === tokens[k]!.end && isUnknownKatakana(tokens[k + 1]!)) k++
      if (k > last) {
        out.push({ start: token.start, end: tokens[k]!.end, type: 'ORGANIZATION', subtype: known.subtype, rule: 'match-gazetteer' })
        continue
      }
      out.push({ start: token.start, end, type: known.type, subtype: known.subtype, canonical: known.canonical, rule: 'match-gazetteer' })
    }
    return out
  },
}

/** マリ + さん, 千葉 + 氏: a place name IPADIC also knows as a personal name, before an honorific, is a person. */
function isNameBeforeHonorific(tokens: readonly Token[], first: number, last: number, gazetteer: Gazetteer): boolean {
  const next = tokens[last + 1]
  return first === last && tokens[first]!.posDetail[1] === '人名' && next !== undefined && next.start === tokens[last]!.end && gazetteer.honorifics.has(next.surface)
}

/**
 * 日本人, 中国人 (one IPADIC word): the country inside a word for its nationals, as a place of its
 * own like フランス + 人 (see is-demonym-suffix).
 */
function countryOfNationals(token: Token, prev: Token | undefined, gazetteer: Gazetteer): Candidate | undefined {
  const s = token.surface
  if (token.partOfSpeech !== '名詞' || s.length < 3 || !s.endsWith('人')) return undefined
  const known = gazetteer.names.get(s.slice(0, -1))
  if (known === undefined || known.subtype !== 'COUNTRY' || isGroupPrefix(prev, token.start)) return undefined
  return { start: token.start, end: token.end - 1, type: 'LOCATION', subtype: 'COUNTRY', canonical: known.canonical, rule: 'match-gazetteer' }
}

/** ヴァ → バ …: the plain spelling of a katakana word written with ヴ (ヴェトナム → ベトナム). */
function withoutVu(s: string): string {
  return s.replace(/ヴ([ァィゥェォ])/gu, (_, small: string) => 'バビブベボ'['ァィゥェォ'.indexOf(small)]!).replace(/ヴ/gu, 'ブ')
}

/** A katakana word spelled with ヴ whose plain spelling is a known place (ヴェトナム → ベトナム), not glued to another name word. */
function placeSpelledWithVu(token: Token, tokens: readonly Token[], i: number, gazetteer: Gazetteer): Candidate | undefined {
  if (!token.surface.includes('ヴ') || !isKatakana(token.surface) || isGluedToName(tokens, i, i)) return undefined
  const known = gazetteer.names.get(withoutVu(token.surface))
  if (known === undefined || known.type !== 'LOCATION' || isDemonymSuffix(tokens[i + 1], token.end, known.subtype === 'COUNTRY', tokens[i - 1], token.start)) return undefined
  return { start: token.start, end: token.end, type: 'LOCATION', subtype: known.subtype, canonical: known.canonical, rule: 'match-gazetteer' }
}

/**
 * The longest name of `trie` (two characters or more) that starts at tokens[first] and ends at the
 * end of one of tokens[first..]: the last token it covers and its meaning.
 */
function longestNameAt(trie: CharTrie<KnownName>, text: string, tokens: readonly Token[], first: number): { last: number; known: KnownName } | undefined {
  const start = tokens[first]!.start
  let found: { last: number; known: KnownName } | undefined
  let k = first
  let node = trie.next.get(text.charCodeAt(start))
  for (let pos = start + 1; node !== undefined; pos++) {
    while (k < tokens.length && tokens[k]!.end < pos) k++
    if (k >= tokens.length) break
    if (node.value !== undefined && tokens[k]!.end === pos && pos - start >= 2) found = { last: k, known: node.value }
    node = pos < text.length ? node.next.get(text.charCodeAt(pos)) : undefined
  }
  return found
}
