/**
 * @module analyze/entities/rules/find-place-before-ruler
 * Rule (tier 0). The realm before a ruler's title that heads a name is a place: カスティーリャ +
 * 王 + フェルナンド, ボヘミア + 女王 + マリア, ザクセン + 公 + アルブレヒト; also before 王位 / 公位 /
 * 帝位 (the throne of the realm), also when IPADIC cuts one (公 + 位). Without a name after the title
 * the word before it is the ruler's own name (エリザベス女王), which match-titled-person keeps; a
 * word IPADIC knows as a personal name is never a realm. Listed before match-titled-person so that
 * it wins the same span.
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule } from '../candidate.ts'
import { isAdjacent, isKatakana } from '../token-utils.ts'

/** Titles of rulers named after their realm. */
const RULER_TITLES = new Set(['王', '女王', '国王', '皇帝', '女帝', '公', '大公', '公爵', '伯', '伯爵', '辺境伯', '侯', '侯爵', '選帝侯', '藩王', 'スルタン'])
/** The throne of a realm (ナポリ + 王位): a place before them without a name after. */
const THRONES = new Set(['王位', '公位', '帝位', '王座'])

/** A realm word: a katakana or unknown noun or a place, not a personal name. */
function isRealm(token: Token): boolean {
  if (token.partOfSpeech !== '名詞' || token.posDetail[1] === '人名' || token.posDetail[0] === '数' || token.posDetail[0] === '接尾') return false
  return token.posDetail[1] === '地域' || (isKatakana(token.surface) && token.surface.length >= 2 && (token.origin === 'unknown' || token.posDetail[0] === '固有名詞'))
}

/** A personal name starting at tokens[k]: katakana or an IPADIC personal name. */
function isNameStart(token: Token | undefined): boolean {
  return token !== undefined && token.partOfSpeech === '名詞' && (token.posDetail[1] === '人名' || (isKatakana(token.surface) && token.surface.length >= 2))
}

export const findPlaceBeforeRuler: EntityRule = {
  name: 'find-place-before-ruler',
  tier: 0,
  find({ tokens, gazetteer }) {
    const out: Candidate[] = []
    for (let i = 0; i + 1 < tokens.length; i++) {
      const realm = tokens[i]!
      const title = tokens[i + 1]!
      // (a ruler's title or a throne follows in every reading below; most tokens have neither)
      if ((!RULER_TITLES.has(title.surface) && !THRONES.has(title.surface)) || !isRealm(realm) || !isAdjacent(tokens, i + 1)) continue
      const named = RULER_TITLES.has(title.surface) && isAdjacent(tokens, i + 2) && isNameStart(tokens[i + 2])
      // 公 + 位: a throne IPADIC cuts into the title and 位
      const throne = THRONES.has(title.surface) || (isAdjacent(tokens, i + 2) && THRONES.has(title.surface + (tokens[i + 2]?.surface ?? '')))
      if (!named && !throne) continue
      const known = gazetteer.names.get(realm.surface)
      if (known !== undefined && known.type !== 'LOCATION') continue
      out.push({ start: realm.start, end: realm.end, type: 'LOCATION', subtype: known?.subtype ?? 'REGION', ...(known === undefined ? {} : { canonical: known.canonical }), rule: 'find-place-before-ruler' })
    }
    return out
  },
}
