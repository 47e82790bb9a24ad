/**
 * @module analyze/entities/rules/find-house-org
 * Rule (tier 0). A family or dynasty named by a proper noun and the suffix 家 is an organisation, 家
 * included (島津家, ハプスブルク家, メディチ家): IPADIC tags 家 after a name as a suffix (名詞,接尾).
 * Only proper nouns (a surname, a known name) and unknown katakana / Latin words head it, so
 * occupations (小説家, 投資家, 政治家), common words (天皇家, 豪農家) and one-word houses IPADIC
 * knows (本家, 旧家, 王家) are left alone; a country (国) before 家 is not a house. A kanji word IPADIC reads
 * as a common noun names a house only in a house frame: right after its feudal domain (…藩 + X家) or listed
 * after another house (…家と + X家).
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule } from '../candidate.ts'
import { isAdjacent, isKanji, isKatakana, isLatin } from '../token-utils.ts'

/** Proper nouns that are more often time adverbs before 家 (毎日 + 家にいる: the newspaper reading is wrong). */
const NOT_HOUSE_NAMES = new Set(['毎日'])

/** A word that can name a house: a proper noun (not a country), or an unknown katakana / Latin word. */
function isHouseNameWord(token: Token): boolean {
  if (token.partOfSpeech !== '名詞' || NOT_HOUSE_NAMES.has(token.surface)) return false
  if (token.posDetail[0] === '固有名詞') {
    // a country (イタリア) or a given name (健一) does not name a house
    return !(token.posDetail[1] === '地域' && token.posDetail[2] === '国') && !(token.posDetail[1] === '人名' && token.posDetail[2] === '名')
  }
  return token.origin === 'unknown' && (isKatakana(token.surface) || isLatin(token.surface))
}

/** A kanji content word of two characters or more (伊達, 垂水) that could be a family name in a house frame. */
function isKanjiNameWord(token: Token): boolean {
  return token.partOfSpeech === '名詞' && token.surface.length >= 2 && isKanji(token.surface) && (token.posDetail[0] === '一般' || token.posDetail[0] === '形容動詞語幹' || token.posDetail[0] === '固有名詞')
}

/** tokens[k] right after a feudal domain (…藩 + 伊達). */
function isAfterDomain(tokens: readonly Token[], k: number): boolean {
  return tokens[k - 1]?.surface === '藩' && isAdjacent(tokens, k)
}

/** tokens[k] right after a house already found and a list word (松平家と + 鈴木, 松平家・ + 鈴木). */
function isListedAfterHouse(tokens: readonly Token[], k: number, found: readonly Candidate[]): boolean {
  const sep = tokens[k - 1]
  return sep !== undefined && (sep.surface === 'と' || sep.surface === 'や' || sep.surface === '・' || sep.surface === '、') && found.some((c) => c.end === sep.start)
}

function isHouseSuffix(token: Token): boolean {
  return token.surface === '家' && token.partOfSpeech === '名詞' && token.posDetail[0] === '接尾'
}

export const findHouseOrg: EntityRule = {
  name: 'find-house-org',
  tier: 0,
  find({ text, tokens }) {
    const out: Candidate[] = []
    for (let j = 1; j < tokens.length; j++) {
      if (!isHouseSuffix(tokens[j]!) || !isAdjacent(tokens, j)) continue
      let i = j
      while (i > 0 && isAdjacent(tokens, i) && isHouseNameWord(tokens[i - 1]!)) i--
      // a kanji word IPADIC reads as a common noun names a house right after its domain (仙台藩 + 伊達家) or
      // listed after a house (島津家と + 垂水家)
      if (i === j && isKanjiNameWord(tokens[j - 1]!) && isAdjacent(tokens, j) && (isAfterDomain(tokens, j - 1) || isListedAfterHouse(tokens, j - 1, out))) i = j - 1
      // one kanji is no house name (越前 + 島 + 津 + 家: IPADIC cut 島津 apart)
      if (i === j || tokens[j]!.start - tokens[i]!.start < 2) continue
      const start = tokens[i]!.start
      const end = tokens[j]!.end
      out.push({ start, end, type: 'ORGANIZATION', subtype: 'OTHER', canonical: text.slice(start, end), rule: 'find-house-org' })
    }
    return out
  },
}
