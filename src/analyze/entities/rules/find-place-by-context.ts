/**
 * @module analyze/entities/rules/find-place-by-context
 * Rule (tier 2). Places IPADIC does not tag as 地域: a proper noun ending in a landform
 * (富士山, 杵島岳, レイテ島, ゴビ砂漠, シナイ半島), and an unknown katakana word in a locative frame
 * (リヴァプールで生まれた, ルイビル出身, ルイビル郊外).
 */
import type { Candidate, EntityRule } from '../candidate.ts'
import { isKatakana } from '../token-utils.ts'

const LANDFORM = /(?:山|岳|島|諸島|列島|半島|砂漠|湖|川|湾|海峡|峠|高原|平原|盆地|山脈|岬)$/u
/** What may follow a place name: birth, origin, residence, surroundings. */
const LOCATIVE_AFTER = /^(?:で生まれ|に生まれ|生まれ|出身|に住|在住|に移住|へ移住|に移り|に本社|に本拠|に本部|郊外|近郊|市内|州内|市街|の郊外|の近郊|に到着|を訪れ|を訪問|に滞在)/u

export const findPlaceByContext: EntityRule = {
  name: 'find-place-by-context',
  tier: 2,
  find({ text, tokens, gazetteer }) {
    const out: Candidate[] = []
    for (const [i, token] of tokens.entries()) {
      if (token.partOfSpeech !== '名詞' || token.surface.length < 2) continue
      const proper = token.posDetail[0] === '固有名詞' && token.posDetail[1] === '一般'
      if (proper && LANDFORM.test(token.surface) && token.surface.length >= 3) {
        out.push({ start: token.start, end: token.end, type: 'LOCATION', subtype: 'REGION', rule: 'find-place-by-context' })
        continue
      }
      const prev = tokens[i - 1]
      if (token.origin !== 'unknown' || !isKatakana(token.surface) || gazetteer.names.has(token.surface)) continue
      if (prev !== undefined && prev.end === token.start && prev.partOfSpeech === '名詞') continue
      if (LOCATIVE_AFTER.test(text.slice(token.end, token.end + 5))) {
        out.push({ start: token.start, end: token.end, type: 'LOCATION', subtype: 'CITY', rule: 'find-place-by-context' })
      }
    }
    return out
  },
}
