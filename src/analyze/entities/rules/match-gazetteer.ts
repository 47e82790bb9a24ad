/**
 * @module analyze/entities/rules/match-gazetteer
 * Rule 4. Known names from `data/gazetteer/` (countries, regions, places, organisations and their
 * aliases), longest match, starting and ending on token boundaries. The canonical name comes from the
 * gazetteer (米国 → アメリカ, NATO → 北大西洋条約機構, キエフ → キーウ). A place glued to another
 * name word (渋谷ABEMAS) only blocks.
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule } from '../candidate.ts'
import type { CharTrie } from '../../normalize/char-trie.ts'
import { nameTrieOf, type KnownName } from '../gazetteer.ts'
import { isDemonymSuffix } from './is-demonym-suffix.ts'
import { gluedOrgSpan, isGluedToName, isSurnameOfPerson, isUnknownKatakana } from './is-glued-to-name.ts'

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
      if (found === undefined) continue
      const { last, known } = found
      const end = tokens[last]!.end
      if (known.type === 'LOCATION' && (isDemonymSuffix(tokens[last + 1], end) || isSurnameOfPerson(tokens, last))) continue
      if (known.type === 'LOCATION' && isGluedToName(tokens, first, last)) {
        const club = gluedOrgSpan(tokens, first, last)
        out.push(club === null ? { start: token.start, end, type: 'OTHER', rule: 'match-gazetteer' } : { ...club, type: 'ORGANIZATION', subtype: 'OTHER', rule: 'match-gazetteer' })
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
