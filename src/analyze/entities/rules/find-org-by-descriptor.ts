/**
 * @module analyze/entities/rules/find-org-by-descriptor
 * Rule (tier 0). A common noun that says what kind of organisation follows, written directly before
 * its name, introduces an organisation: the name in brackets (劇団「…」, イベント会社「…」,
 * コンビニエンスストア「…」) or an unknown katakana / Latin name glued to it, with or without a ・
 * (ベンチャー企業 + …, ジャグバンド + …, ロックバンド・…). The descriptor is not part of the span.
 * A descriptor that ends another name (加藤健一事務所「…」: the bracket holds that office's play)
 * does not count, nor a katakana word IPADIC knows as a common noun (バンド + メンバー).
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule } from '../candidate.ts'
import { isAdjacent, isKatakana, isLatin } from '../token-utils.ts'

/** Kinds of organisation that introduce a name (…会社, …バンド); product words (ブランド) are not among them. */
const DESCRIPTOR = /(?:会社|企業|メーカー|商社|銀行|出版社|新聞社|放送局|通信社|事務所|プロダクション|レーベル|バンド|グループ|ユニット|デュオ|劇団|楽団|合唱団|団体|政党|球団|クラブ|チーム|チェーン|コンビニエンスストア)$/u
/** Legal forms that end in 会社 (有限会社 + …). */
const LEGAL_FORM = /^(?:株式|有限|合同|合資|合名|相互)会社$/u
/** The longest bracketed name taken. */
const MAX_BRACKETED = 30

/** tokens[k] ends in a descriptor and is a common noun, not the end of another name. */
function isDescriptor(tokens: readonly Token[], k: number, legalForms: ReadonlySet<string>): boolean {
  const token = tokens[k]!
  // 株式会社 + name is find-org-by-suffix's (the legal form is part of the name)
  if (legalForms.has(token.surface) || LEGAL_FORM.test(token.surface)) return false
  if (token.partOfSpeech !== '名詞' || token.posDetail[0] === '固有名詞' || !DESCRIPTOR.test(token.surface)) return false
  const before = tokens[k - 1]
  if (before === undefined || !isAdjacent(tokens, k) || before.partOfSpeech !== '名詞') return true
  // 加藤健一 + 事務所, ソニー + 銀行, …48 + チーム: a descriptor glued to a name is that name's suffix
  return before.posDetail[0] !== '固有名詞' && before.posDetail[0] !== '数' && !isLatin(before.surface) && !(before.origin === 'unknown' && isKatakana(before.surface))
}

/** One unknown word IPADIC glued from a katakana descriptor, a ・ and the name (ロックバンド・…, グループ・…). */
const GLUED = /^([ァ-ヴー]*(?:バンド|グループ|ユニット|デュオ|レーベル|チーム|クラブ|メーカー|プロダクション|チェーン)・)([ァ-ヴー][ァ-ヴー・]*[ァ-ヴー])$/u

/** The name inside an unknown word that starts with a descriptor and a ・, as [start, end), or null. */
function gluedName(tokens: readonly Token[], k: number, tokenize: ((text: string) => Token[]) | undefined): [number, number] | null {
  const token = tokens[k]!
  const m = token.origin === 'unknown' ? GLUED.exec(token.surface) : null
  if (m === null) return null
  // …クラブ・サイト: one common word after the dot is no name
  const parts = tokenize?.(m[2]!)
  if (parts !== undefined && parts.length === 1 && parts[0]!.origin === 'known' && parts[0]!.posDetail[0] !== '固有名詞') return null
  // a bare descriptor (グループ・…) may open the name itself: only after a noun (歌手 + グループ・…)
  const bare = DESCRIPTOR.exec(m[1]!.slice(0, -1))?.[0] === m[1]!.slice(0, -1)
  if (bare && !(isAdjacent(tokens, k) && tokens[k - 1]!.partOfSpeech === '名詞' && tokens[k - 1]!.posDetail[0] !== '固有名詞')) return null
  return [token.start + m[1]!.length, token.end]
}

function isNamePart(token: Token): boolean {
  if (token.surface === '・') return true
  return token.partOfSpeech === '名詞' && token.posDetail[0] !== '数' && (isKatakana(token.surface) || isLatin(token.surface) || /^[-・&＆]$/u.test(token.surface))
}

/** The end of an unbracketed katakana / Latin name starting at tokens[i] (Latin words may be spaced: JURIAN BEAT …), or -1. */
function nameEnd(text: string, tokens: readonly Token[], i: number): number {
  let j = i
  for (;;) {
    const next = tokens[j + 1]
    if (next === undefined || !isNamePart(next)) break
    const gap = text.slice(tokens[j]!.end, next.start)
    if (gap !== '' && !(gap === ' ' && isLatin(tokens[j]!.surface) && isLatin(next.surface))) break
    j++
  }
  if (/^[-・&＆]$/u.test(tokens[j]!.surface)) return -1
  const run = tokens.slice(i, j + 1)
  // one word IPADIC knows as a common noun (メンバー, リーグ) is not a name; two glued ones are (ミル + テック)
  if (run.length === 1 && run[0]!.origin === 'known' && run[0]!.posDetail[0] !== '固有名詞') return -1
  // glued to a following noun it is the head of a compound (…グループ + 会社)
  const after = tokens[j + 1]
  if (after !== undefined && isAdjacent(tokens, j + 1) && after.partOfSpeech === '名詞' && after.posDetail[0] !== '接尾') return -1
  // …社 is part of the name (ウェイランド社)
  return after !== undefined && isAdjacent(tokens, j + 1) && after.surface === '社' ? j + 1 : j
}

export const findOrgByDescriptor: EntityRule = {
  name: 'find-org-by-descriptor',
  tier: 0,
  find({ text, tokens, gazetteer, tokenize }) {
    const out: Candidate[] = []
    for (let k = 0; k < tokens.length; k++) {
      const glued = gluedName(tokens, k, tokenize)
      if (glued !== null) {
        out.push({ start: glued[0], end: glued[1], type: 'ORGANIZATION', subtype: 'OTHER', rule: 'find-org-by-descriptor' })
        continue
      }
      if (k + 1 >= tokens.length) break
      if (!isDescriptor(tokens, k, gazetteer.legalForms) || !isAdjacent(tokens, k + 1)) continue
      let i = k + 1
      const open = tokens[i]!.surface
      // 「…」 only: 『…』 marks the title of a work more often than a name
      if (open === '「') {
        const close = text.indexOf('」', tokens[i]!.end)
        const start = tokens[i]!.end
        if (close <= start || close - start > MAX_BRACKETED || /[。「『]/u.test(text.slice(start, close))) continue
        out.push({ start, end: close, type: 'ORGANIZATION', subtype: 'OTHER', rule: 'find-org-by-descriptor' })
        continue
      }
      if (open === '・' && tokens[i + 1] !== undefined && isAdjacent(tokens, i + 1)) i++
      // a bare katakana descriptor may open the name itself (チーム + ジャパン, クラブ・…): only after a noun (歌手 + グループ)
      if (isKatakana(tokens[k]!.surface) && DESCRIPTOR.exec(tokens[k]!.surface)?.[0] === tokens[k]!.surface && !(isAdjacent(tokens, k) && tokens[k - 1]!.partOfSpeech === '名詞')) continue
      if (!isNamePart(tokens[i]!) || /^[-・&＆]$/u.test(tokens[i]!.surface)) continue
      const j = nameEnd(text, tokens, i)
      if (j < 0) continue
      out.push({ start: tokens[i]!.start, end: tokens[j]!.end, type: 'ORGANIZATION', subtype: 'OTHER', rule: 'find-org-by-descriptor' })
      k = j
    }
    return out
  },
}
