/**
 * @module analyze/entities/rules/find-club-org
 * Rule (tier 0). A sports club written with a club code — FC, SC, CF, EC … — before or after its name
 * (FC + katakana name, SC + place, place + FC, katakana name + CF) is one organisation, code included.
 * The name part is katakana, Latin-free and made of proper nouns, places or unknown words (a code
 * before a common word is a format: CD + ドラマ, RC + 回路); a trailing number stays in the name (…34).
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule } from '../candidate.ts'
import { isAdjacent, isKatakana } from '../token-utils.ts'

/** Codes written before a club's name (FC…, SSV…, PSV…); not AFC, which heads events (AFC + アジアカップ). */
const LEADING_CODES = new Set(['FC', 'SC', 'CF', 'CD', 'AC', 'SK', 'FK', 'SV', 'EC', 'SSV', 'TSV', 'VfB', 'VfL', 'PSV', 'NK', 'HNK', 'KV', 'KRC', 'AIK', 'GD', 'RC', 'BK', 'IF'])
/** Codes written after a club's name (…FC, …CF). */
const TRAILING_CODES = new Set(['FC', 'SC', 'CF', 'EC', 'AC'])

/** A word of a club's name: a proper noun (a place, a name) or an unknown word, katakana or kanji. */
function isClubWord(token: Token): boolean {
  if (token.partOfSpeech !== '名詞' || /[A-Za-z]/u.test(token.surface)) return false
  if (token.posDetail[0] === '固有名詞') return true
  return token.origin === 'unknown' && isKatakana(token.surface)
}

/** A word that may sit inside a club's name once it holds a proper noun (ユナイテッド, シティ; the ・ between parts). */
function isInnerWord(token: Token): boolean {
  return token.surface === '・' || (token.partOfSpeech === '名詞' && isKatakana(token.surface) && token.posDetail[0] !== '数')
}

/** tokens[k] is a code on its own: no Latin letter or digit glued before or after it. */
function isLoneCode(text: string, token: Token): boolean {
  return !/[A-Za-z0-9.]/u.test(text[token.start - 1] ?? '') && !/[A-Za-z0-9]/u.test(text[token.end] ?? '')
}

export const findClubOrg: EntityRule = {
  name: 'find-club-org',
  tier: 0,
  find({ text, tokens }) {
    const out: Candidate[] = []
    const push = (i: number, j: number): void => {
      out.push({ start: tokens[i]!.start, end: tokens[j]!.end, type: 'ORGANIZATION', subtype: 'OTHER', rule: 'find-club-org' })
    }
    for (let k = 0; k < tokens.length; k++) {
      const code = tokens[k]!
      // (every reading below starts from a club code; most tokens are none)
      if ((!LEADING_CODES.has(code.surface) && !TRAILING_CODES.has(code.surface)) || !isLoneCode(text, code)) continue
      const gluedAfterName = k > 0 && isAdjacent(tokens, k) && isClubWord(tokens[k - 1]!)
      if (LEADING_CODES.has(code.surface) && !gluedAfterName && isAdjacent(tokens, k + 1)) {
        // FC + ゼニト・サンクトペテルブルク, SC + 相模原, FC + セト + 34
        let j = k
        while (j + 1 < tokens.length && isAdjacent(tokens, j + 1) && (isClubWord(tokens[j + 1]!) || isInnerWord(tokens[j + 1]!))) j++
        while (j > k && tokens[j]!.surface === '・') j--
        const words = tokens.slice(k + 1, j + 1)
        if (j > k && words.some(isClubWord)) {
          if (tokens[j + 1]?.posDetail[0] === '数' && isAdjacent(tokens, j + 1) && !/^[0-9]+$/u.test(text[tokens[j + 1]!.end] ?? '')) j++
          push(k, j)
          k = j
          continue
        }
      }
      if (TRAILING_CODES.has(code.surface) && k > 0 && isAdjacent(tokens, k)) {
        // 東京 + ユナイテッド + FC, ビジャレアル + CF
        let i = k
        while (i > 0 && isAdjacent(tokens, i) && (isClubWord(tokens[i - 1]!) || isInnerWord(tokens[i - 1]!))) i--
        // the name starts on a proper or unknown word (K + リーグ・仁川ユナイテッドFC starts at 仁川)
        while (i < k && !isClubWord(tokens[i]!)) i++
        // a katakana word after the code still names the team (…CF + フットサル, …FC + レディース)
        let j = k
        while (j + 1 < tokens.length && isAdjacent(tokens, j + 1) && tokens[j + 1]!.partOfSpeech === '名詞' && isKatakana(tokens[j + 1]!.surface)) j++
        if (i < k) push(i, j)
      }
    }
    return out
  },
}
