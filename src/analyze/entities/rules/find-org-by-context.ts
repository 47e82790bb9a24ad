/**
 * @module analyze/entities/rules/find-org-by-context
 * Rule (tier 3). A name IPADIC does not know (katakana, Latin or unknown words) in a frame that only
 * an organisation fills: Xに入社 / 入団 / 移籍 / 所属, Xと契約, Xから発売, Xの子会社 / 傘下 / 社長,
 * Xを買収; or, after は, a sentence that defines it as a company, band, team or party
 * (Xは、…イギリスの会社である。).
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule } from '../candidate.ts'
import { isAdjacent, isKatakana, isLatin } from '../token-utils.ts'

const ORG_AFTER = /^(?:に入社|へ入社|に入団|へ入団|に移籍|へ移籍|に所属|所属|と契約|から発売|が発売|が開発|が製造|が運営|の子会社|の親会社|の傘下|傘下|の社長|の会長|の代表取締役|の創業者|の創業|を買収|に買収|が買収|の株式|の本社|の本拠|のメンバー|の選手|の監督|に加盟|へ加盟)/u
/** Head nouns that define an organisation at the end of a sentence (…の会社。, …のロックバンドである。). */
const ORG_DEFINED = /(?:会社|企業|メーカー|法人|団体|組織|政党|バンド|グループ|ユニット|チーム|クラブ|球団|レーベル|ブランド|銀行|大学|財団|協会|連盟|機関|研究所|事務所|商社|新聞社|放送局)(?:である|です|だ)?。?$/u

function isNameWord(token: Token): boolean {
  return token.partOfSpeech === '名詞' && token.posDetail[0] !== '数' &&
    (token.origin !== 'known' || token.posDetail[0] === '固有名詞') && (isKatakana(token.surface) || isLatin(token.surface))
}

export const findOrgByContext: EntityRule = {
  name: 'find-org-by-context',
  tier: 3,
  find({ text, tokens, gazetteer }) {
    const out: Candidate[] = []
    const sentenceText = tokens.length > 0 ? text.slice(tokens[0]!.start, tokens.at(-1)!.end) : ''
    const defined = ORG_DEFINED.test(sentenceText)
    for (let i = 0; i < tokens.length; i++) {
      if (!isNameWord(tokens[i]!)) continue
      if (i > 0 && isAdjacent(tokens, i) && tokens[i - 1]!.partOfSpeech === '名詞') continue
      let j = i
      while (j + 1 < tokens.length && isAdjacent(tokens, j + 1) && isNameWord(tokens[j + 1]!)) j++
      const start = tokens[i]!.start
      const end = tokens[j]!.end
      const after = text.slice(end, end + 8)
      const next = tokens[j + 1]
      if (next !== undefined && isAdjacent(tokens, j + 1) && next.partOfSpeech === '名詞') {
        i = j
        continue
      }
      const isTopicOfDefinition = defined && i === 0 && /^(?:は|とは)/u.test(after)
      if ((ORG_AFTER.test(after) || isTopicOfDefinition) && !gazetteer.names.has(text.slice(start, end))) {
        out.push({ start, end, type: 'ORGANIZATION', subtype: 'OTHER', rule: 'find-org-by-context' })
      }
      i = j
    }
    return out
  },
}
