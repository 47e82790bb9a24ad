/**
 * @module analyze/entities/rules/find-org-by-context
 * Rule (tier 3). A name IPADIC does not know (katakana, Latin or unknown words) in a frame that only
 * an organisation fills: Xに入社 / 入団 / 移籍 / 所属 / 加入 / 在籍, Xと契約, Xから発売, Xが発売した (not
 * Xが発売された: a product), Xの子会社 / 傘下 / 社長 / 取締役 / ドラマー / 公式サイト, Xを買収 / 設立 / 退社 / 脱退,
 * Xを結成, 所属事務所は X (capitals + a glued number: …48); or, after は, a sentence that defines it as a company, band, team or party
 * (Xは、…イギリスの会社である。).
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule } from '../candidate.ts'
import { isAdjacent, isKatakana, isLatin } from '../token-utils.ts'

const ORG_AFTER = /^(?:に入社|へ入社|に入団|へ入団|に移籍|へ移籍|に所属|所属|と契約|から発売|が発売(?!さ)|が開発(?!さ)|が製造(?!さ)|が運営|を運営|の子会社|の親会社|の傘下|傘下|の社長|の会長|の代表取締役|の取締役|の専務|の常務|の社員|の従業員|の創業者|の創業|の創設|を設立|に就職|と合併|を買収|に買収|が買収|の株式|の本社|の本拠|のホームゲーム|のホームスタジアム|の下部組織|のメンバー|の元メンバー|のボーカル|のギタリスト|のベーシスト|のドラマー|のキーボーディスト|の公式サイト|の選手|の監督|に加盟|へ加盟|に加入|へ加入|に在籍|でプレー|を退社|を退団|を脱退|から脱退|を結成|が結成)/u
/** Frames before the name that only an organisation fills (所属事務所は X, 所属レーベル：X). */
const ORG_BEFORE = /(?:所属事務所|所属レーベル|所属団体|所属先)(?:は|：|:)\s?$/u
/** Head nouns that define an organisation at the end of a sentence (…の会社。, …のロックバンドである。). */
const ORG_DEFINED = /(?:会社|企業|メーカー|法人|団体|組織|政党|バンド|グループ|ユニット|チーム|クラブ|球団|レーベル|ブランド|銀行|大学|財団|協会|連盟|機関|研究所|事務所|商社|新聞社|放送局)(?:である|です|だ)?。?$/u

/** Words that name a kind of organisation, not one (パンクバンド, アイドルグループ). */
const KIND_WORD = /(?:バンド|グループ|ユニット|チーム|クラブ|メーカー|レーベル)$/u

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
      // capitals + a glued number name a group (…48): the number is part of the name
      const numbered = tokens[j + 1]
      if (/^[A-Z]{2,}$/u.test(tokens[j]!.surface) && numbered !== undefined && isAdjacent(tokens, j + 1) && numbered.posDetail[0] === '数' && /^[0-9]{2,3}$/u.test(numbered.surface)) j++
      const start = tokens[i]!.start
      const end = tokens[j]!.end
      const after = text.slice(end, end + 8)
      const next = tokens[j + 1]
      if (next !== undefined && isAdjacent(tokens, j + 1) && next.partOfSpeech === '名詞') {
        i = j
        continue
      }
      const isTopicOfDefinition = defined && i === 0 && /^(?:は|とは)/u.test(after)
      // the tail of a spaced Latin name (Eat + Smart) or a kind of organisation (パンクバンド) is no name
      const tail = /[A-Za-zＡ-Ｚａ-ｚ] $/u.test(text.slice(Math.max(0, start - 2), start)) || KIND_WORD.test(text.slice(start, end))
      const before = text.slice(Math.max(tokens[0]!.start, start - 10), start)
      if ((ORG_AFTER.test(after) || ORG_BEFORE.test(before) || isTopicOfDefinition) && !tail && !gazetteer.names.has(text.slice(start, end))) {
        out.push({ start, end, type: 'ORGANIZATION', subtype: 'OTHER', rule: 'find-org-by-context' })
      }
      i = j
    }
    return out
  },
}
