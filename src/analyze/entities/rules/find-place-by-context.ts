/**
 * @module analyze/entities/rules/find-place-by-context
 * Rule (tier 2). Places IPADIC does not tag as 地域: a proper noun ending in a landform
 * (富士山, 杵島岳, レイテ島, ゴビ砂漠, シナイ半島), a kanji proper noun where someone lives or was
 * born (…に住んで, …出身), and an unknown katakana word in a locative frame
 * (リヴァプールで生まれた, ルイビル出身, ルイビル郊外, …に位置する, …に遷都, …に亡命, …の占領, …の街, …の首都).
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule } from '../candidate.ts'
import { isKanji, isKatakana } from '../token-utils.ts'

const LANDFORM = /(?:山|岳|島|諸島|列島|半島|砂漠|湖|川|湾|海峡|峠|高原|平原|盆地|山脈|岬)$/u
/** What may follow a place name: birth, origin, residence, surroundings. */
const LOCATIVE_AFTER = /^(?:で生まれ|に生まれ|生まれ|出身|に住|在住|に移住|へ移住|に移り|に本社|に本拠|に本部|郊外|近郊|市内|州内|市街|の郊外|の近郊|に到着|を訪れ|を訪問|に滞在|に上陸|を占領|を攻略|に侵攻|を出発|へ向か|に向か|に進軍|を包囲|を陥落|を落と|に駐屯|を経由|に入港|に寄港|から出港|に位置|に所在|に遷都|へ遷都|から遷都|に帰還|へ帰還|に亡命|へ亡命|に逃れ|へ逃れ|に疎開|へ疎開|の占領|の併合|を併合|の奪還|を奪還|の陥落|の北[にへでの、]|の南[にへでの、]|の東[にへでの、]|の西[にへでの、]|の北部|の南部|の東部|の西部|の中心部|の市街|の町|の村|の港|の街|の首都|の州都|の県都|の住民|の市民)/u
/** Where a person lives or was born: the frames that make a kanji proper noun a place. */
const RESIDENCE_AFTER = /^(?:に住|に在住|在住|に移り住|に移住|へ移住|で生まれ|に生まれ|出身)/u
/** Endings of place names in katakana (…ビル, …バーグ, …ポリス, …ハーバー). */
const PLACE_ENDING = /.{2,}(?:ビル|ヴィル|バーグ|ブルク|ブルグ|ポリス|タウン|ポート|フォード|ハム|シャー|ハーバー|グラード|ブール|ヴィク|スバリ|ンスク|ルスク|ムスク|フスク|ーツク|ハイム|ビーチ)$/u
/** Particles after which a place-shaped katakana word is taken as a place. */
const PLACE_PARTICLE = /^(?:で|に|から|まで|へ|の|を|は|と|や)/u

/** Xから…Yまで / Xから…Yへ: two unknown katakana words as the ends of a journey or a line. */
function isFromTo(tokens: readonly Token[], i: number, text: string): boolean {
  const token = tokens[i]!
  const after = text.slice(token.end, token.end + 2)
  const isEnd = (t: Token | undefined) => t !== undefined && t.origin === 'unknown' && isKatakana(t.surface) && t.surface.length >= 3
  if (after.startsWith('から')) {
    const k = tokens.findIndex((t, n) => n > i && n <= i + 4 && isEnd(t) && /^(?:まで|へ)/u.test(text.slice(t.end, t.end + 2)))
    return k > 0
  }
  if (/^(?:まで|へ)/u.test(after)) {
    return tokens.some((t, n) => n < i && n >= i - 4 && isEnd(t) && text.startsWith('から', t.end))
  }
  return false
}

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
      // 上大岡に住んで: a kanji proper noun where someone lives or was born (a time word may come first: 今 + …)
      if (proper && isKanji(token.surface) && !gazetteer.names.has(token.surface) && RESIDENCE_AFTER.test(text.slice(token.end, token.end + 5)) &&
        !(prev !== undefined && prev.end === token.start && prev.partOfSpeech === '名詞' && prev.posDetail[0] !== '副詞可能')) {
        out.push({ start: token.start, end: token.end, type: 'LOCATION', subtype: 'CITY', rule: 'find-place-by-context' })
        continue
      }
      if (token.origin !== 'unknown' || !isKatakana(token.surface) || gazetteer.names.has(token.surface)) continue
      if (prev !== undefined && prev.end === token.start && prev.partOfSpeech === '名詞') continue
      const after = text.slice(token.end, token.end + 5)
      if (LOCATIVE_AFTER.test(after) || (PLACE_ENDING.test(token.surface) && !token.surface.includes('・') && PLACE_PARTICLE.test(after)) || isFromTo(tokens, i, text)) {
        out.push({ start: token.start, end: token.end, type: 'LOCATION', subtype: 'CITY', rule: 'find-place-by-context' })
      }
    }
    return out
  },
}
