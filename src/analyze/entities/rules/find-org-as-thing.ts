/**
 * @module analyze/entities/rules/find-org-as-thing
 * Rule (tier 0). A known organisation name written as part of a word for a thing is no mention of the
 * organisation, so the compound is proposed as OTHER, which blocks the gazetteer reading inside it:
 * - a maker before a kind of vehicle or aircraft (X偵察車, X装甲車, X戦闘機): a product named after its
 *   maker (a bare X車 is left alone), and so is the maker before a model number (X8080, X 6600, X787型);
 * - HP as a homepage: glued after a noun that owns the page (公式HP, 事務所HP, 県HP; not a country:
 *   日本HP is the company) or in a medium frame (HPで, HPから, HPにて, HP上, HPなどで);
 * - 国会 + 議員: the common noun for a member of parliament, not the Diet itself (参議院 + 議員 keeps
 *   the chamber, which both evaluation sets label).
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule, RuleInput } from '../candidate.ts'
import { isAdjacent, isOrgToken } from '../token-utils.ts'

/** Words for a vehicle or an aircraft that a maker's name can head (ダイムラー + 偵察車). */
const VEHICLE_WORDS = new Set(['戦車', '装甲車', '偵察車', '乗用車', '輸送車', '指揮車', '機関車', '旅客機', '戦闘機', '爆撃機', '輸送機', '偵察機', '哨戒機', '練習機', '攻撃機'])
/** One-kanji heads IPADIC splits off a kind word (偵察 + 車, 練習 + 機). */
const VEHICLE_HEADS = new Set(['車', '機'])

/** The end of a vehicle word starting at tokens[k] (偵察車 or 偵察 + 車), or -1. */
function vehicleWordEnd(tokens: readonly Token[], k: number): number {
  const token = tokens[k]
  if (token === undefined || !isAdjacent(tokens, k)) return -1
  if (VEHICLE_WORDS.has(token.surface)) return k
  const head = tokens[k + 1]
  const kind = token.partOfSpeech === '名詞' && (token.posDetail[0] === 'サ変接続' || token.posDetail[0] === '一般') && token.surface.length >= 2
  return kind && head !== undefined && isAdjacent(tokens, k + 1) && VEHICLE_HEADS.has(head.surface) && head.posDetail[0] === '接尾' ? k + 1 : -1
}

/**
 * A model number right after a maker (…8080, … 6600, …A380, …787型): digits, with a capital letter before
 * them or letters, digits, . and - after them, not a counted number (…2社, …20周年: a kanji counter
 * follows) or a date (…10・2).
 */
const MODEL_NUMBER = /^ ?[A-Z]?[0-9]+[A-Za-z0-9.-]*(?:[型系形式]|(?![0-9\p{Script=Han}・／/]))/u
/** A match score after a team (鹿島 2-1), not a model number. */
const SCORE = /^ ?[0-9]{1,2}[-－][0-9]{1,2}(?![0-9])/u

/** A company name at tokens[i] (a gazetteer company or an IPADIC 組織 word). */
function isMaker(tokens: readonly Token[], i: number, input: RuleInput): boolean {
  const known = input.gazetteer.names.get(tokens[i]!.surface)
  return known !== undefined ? known.type === 'ORGANIZATION' && known.subtype === 'COMPANY' : isOrgToken(tokens[i]!)
}

/** HP at tokens[i] is a homepage: glued after a noun that is not a place (日本HP, 米HP: the company), or in a medium frame. */
function isHomepage(text: string, tokens: readonly Token[], i: number, input: RuleInput): boolean {
  const before = tokens[i - 1]
  if (before !== undefined && isAdjacent(tokens, i) && before.partOfSpeech === '名詞' && !/^[\p{P}\p{S}]/u.test(before.surface)) {
    const known = input.gazetteer.names.get(before.surface)
    return !(before.posDetail[1] === '地域' || known?.type === 'LOCATION' || input.gazetteer.abbreviations.has(before.surface))
  }
  return /^(?:など)?(?:で|から|にて|上[でにの]?|に掲載|をご覧|を見|をチェック)/u.test(text.slice(tokens[i]!.end, tokens[i]!.end + 6))
}

export const findOrgAsThing: EntityRule = {
  name: 'find-org-as-thing',
  tier: 0,
  find(input) {
    const { text, tokens } = input
    const out: Candidate[] = []
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!
      if (token.surface === 'HP' || token.surface === 'ＨＰ') {
        if (isHomepage(text, tokens, i, input)) out.push({ start: token.start, end: token.end, type: 'OTHER', rule: 'find-org-as-thing' })
        continue
      }
      if (token.surface === '国会' && tokens[i + 1]?.surface === '議員' && isAdjacent(tokens, i + 1)) {
        out.push({ start: token.start, end: tokens[i + 1]!.end, type: 'OTHER', rule: 'find-org-as-thing' })
        continue
      }
      if (token.partOfSpeech !== '名詞' || !isMaker(tokens, i, input)) continue
      const end = vehicleWordEnd(tokens, i + 1)
      if (end >= 0) out.push({ start: token.start, end: tokens[end]!.end, type: 'OTHER', rule: 'find-org-as-thing' })
      else if (token.origin === 'known' || input.gazetteer.names.has(token.surface)) {
        // (an unknown word before digits may be a group's name: …48)
        const after = text.slice(token.end, token.end + 16)
        const model = MODEL_NUMBER.exec(after)
        if (model !== null && !SCORE.test(after) && !input.gazetteer.names.has(token.surface + model[0])) {
          out.push({ start: token.start, end: token.end + model[0].length, type: 'OTHER', rule: 'find-org-as-thing' })
        }
      }
    }
    return out
  },
}
