/**
 * @module analyze/entities/rules/find-org-unit
 * Rule (tier 1). A faculty, department or club written right after the organisation it belongs to is
 * an organisation of its own, next to that organisation (東京大学 + 法学部, …大学 + サッカー部,
 * NHK + 音楽部): a noun run ending in 部 / 学部, glued to a word IPADIC or the gazetteer knows as an
 * organisation or to an organisation suffix (…大学, …高校). Words that only contain 部 (一部, 本部,
 * 幹部, 指導部) are not units, nor …倶楽部 (a club's own name); a 部 run after anything else is left alone
 * (大学の工学部: a faculty of no named university).
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule, RuleInput } from '../candidate.ts'
import { isAdjacent, isContentNoun, isOrgToken } from '../token-utils.ts'

/** Longest unit name taken, in tokens (ア式蹴球 + 部). */
const MAX_UNIT_TOKENS = 4
/** 部 words that are parts of an organisation but not named units (本部 and 支部 are places of it; 幹部 are people). */
const NOT_UNITS = new Set(['本部', '支部', '幹部', '内部', '外部', '全部', '一部', '上部', '下部', '細部', '大部', '暗部', '首脳部', '上層部', '執行部', '指導部'])

/** Whether the text before tokens[i] ends in an organisation: an IPADIC 組織 word, a gazetteer organisation or an organisation suffix. */
function followsOrganization(tokens: readonly Token[], i: number, input: RuleInput): boolean {
  const before = tokens[i - 1]
  if (before === undefined || !isAdjacent(tokens, i)) return false
  // kuromoji tags every unknown Latin word 組織: only capital acronyms count (NHK, not iPhone)
  if (isOrgToken(before) && (before.origin !== 'unknown' || /^[A-Z]{2,}$/u.test(before.surface))) return true
  if (input.gazetteer.names.get(before.surface)?.type === 'ORGANIZATION') return true
  const head = input.text.slice(Math.max(0, before.end - 4), before.end)
  return /(?:大学|高校|高等学校|学院|学園|自動車|銀行|新聞社|放送局)$/u.test(head) && before.partOfSpeech === '名詞'
}

export const findOrgUnit: EntityRule = {
  name: 'find-org-unit',
  tier: 1,
  find(input) {
    const { tokens } = input
    const out: Candidate[] = []
    // every unit ends in a word ending in 部: most sentences have none
    if (!tokens.some((t) => t.surface.endsWith('部'))) return out
    for (let i = 1; i < tokens.length; i++) {
      if (!followsOrganization(tokens, i, input)) continue
      let j = i
      while (j < tokens.length && j < i + MAX_UNIT_TOKENS && (j === i || isAdjacent(tokens, j)) && isContentNoun(tokens[j]!) && !/部$/u.test(tokens[j]!.surface)) j++
      const last = tokens[j]
      if (last === undefined || (j > i && !isAdjacent(tokens, j)) || !/部$/u.test(last.surface)) continue
      const unit = input.text.slice(tokens[i]!.start, last.end)
      if (NOT_UNITS.has(unit) || unit.endsWith('倶楽部')) continue
      // 部 alone needs a name before it (サッカー + 部); a 学部 word is one (法学部)
      if (last.surface === '部' && j === i) continue
      if (last.surface !== '部' && (last.partOfSpeech !== '名詞' || last.posDetail[0] === '固有名詞')) continue
      out.push({ start: tokens[i]!.start, end: last.end, type: 'ORGANIZATION', subtype: 'OTHER', rule: 'find-org-unit' })
      i = j
    }
    return out
  },
}
