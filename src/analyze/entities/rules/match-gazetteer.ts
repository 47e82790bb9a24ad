/**
 * @module analyze/entities/rules/match-gazetteer
 * Rule 4. Known names from `data/gazetteer/` (countries, regions, places, organisations and their
 * aliases), longest match, starting and ending on token boundaries. The canonical name comes from the
 * gazetteer (米国 → アメリカ, NATO → 北大西洋条約機構, キエフ → キーウ). A place glued to another
 * name word (渋谷ABEMAS) only blocks.
 */
import type { Candidate, EntityRule } from '../candidate.ts'
import { isDemonymSuffix } from './is-demonym-suffix.ts'
import { gluedOrgSpan, isGluedToName, isSurnameOfPerson, isUnknownKatakana } from './is-glued-to-name.ts'

export const matchGazetteer: EntityRule = {
  name: 'match-gazetteer',
  tier: 1,
  find({ text, tokens, gazetteer }) {
    const out: Candidate[] = []
    for (const [first, token] of tokens.entries()) {
      // candidate ends are token ends within the longest name, tried longest first
      let last = first
      while (last + 1 < tokens.length && tokens[last + 1]!.end - token.start <= gazetteer.maxNameLength) last++
      for (; last >= first; last--) {
        const end = tokens[last]!.end
        if (end - token.start < 2) break
        const known = gazetteer.names.get(text.slice(token.start, end))
        if (known === undefined) continue
        if (known.type === 'LOCATION' && (isDemonymSuffix(tokens[last + 1], end) || isSurnameOfPerson(tokens, last))) break
        if (known.type === 'LOCATION' && isGluedToName(tokens, first, last)) {
          const club = gluedOrgSpan(tokens, first, last)
          out.push(club === null ? { start: token.start, end, type: 'OTHER', rule: 'match-gazetteer' } : { ...club, type: 'ORGANIZATION', subtype: 'OTHER', rule: 'match-gazetteer' })
          break
        }
        // 東急 + ミラノス: a known organisation heading an unknown katakana name is a
        // group company or team of its own
        let k = last
        while (known.type === 'ORGANIZATION' && k + 1 < tokens.length && tokens[k + 1]!.start === tokens[k]!.end && isUnknownKatakana(tokens[k + 1]!)) k++
        if (k > last) {
          out.push({ start: token.start, end: tokens[k]!.end, type: 'ORGANIZATION', subtype: known.subtype, rule: 'match-gazetteer' })
          break
        }
        out.push({ start: token.start, end, type: known.type, subtype: known.subtype, canonical: known.canonical, rule: 'match-gazetteer' })
        break
      }
    }
    return out
  },
}
