/**
 * @module analyze/entities/rules/find-title-over-place
 * Rule (tier 1). The title of a work in brackets names the work, not the place or person inside it
 * (小説「赤穂浪士」, 映画『東京の空』, 『港の六番町』): the bracket's contents become an OTHER
 * candidate that blocks the names inside and is dropped before linking. A title counts when a kind
 * of work is written right before the bracket (小説, 映画, 楽曲 …, also with の: 狼男映画の「…」), or,
 * for 『…』 only, when the contents are a short noun phrase (no verb, adjective or punctuation:
 * 『…』 also quotes whole headlines, whose names are real mentions).
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule } from '../candidate.ts'

/** Kinds of work written before their title (not 記事 / 論文: a headline quotes real mentions). */
const WORK_DESCRIPTORS = [
  '小説', '映画', '楽曲', '曲', '歌', '作品', '代表作', 'ドラマ', '番組', 'アルバム', 'シングル', '著書', '詩', '詩集', '絵画', '絵本',
  '写真集', '画集', '歌集', '句集', '漫画', 'マンガ', '戯曲', '作詞', '主題歌', '表題曲', '新曲', '童謡', '民謡', '唱歌', 'アニメ',
  '歌曲', '組曲', '交響曲', 'オペラ', 'ミュージカル', '随筆', '舞台', '演目',
]
/** Longest descriptor first, so that 交響曲 is matched before 曲. */
const DESCRIPTORS_BY_LENGTH = [...WORK_DESCRIPTORS].sort((a, b) => b.length - a.length)

const BRACKETS: ReadonlyMap<string, string> = new Map([
  ['「', '」'],
  ['『', '』'],
])

/** Longest title considered (characters). */
const MAX_TITLE = 24
/** Longest 『…』 title read as a title by its shape alone. */
const MAX_BARE_TITLE = 12

/** Whether a kind of work ends right before `at` (小説 + 「, 映画 + の + 「). */
function hasDescriptorBefore(text: string, at: number): boolean {
  const end = text[at - 1] === 'の' ? at - 1 : at
  return DESCRIPTORS_BY_LENGTH.some((d) => text.startsWith(d, end - d.length))
}

/** Whether the tokens between `start` and `end` are a noun phrase: nouns, prefixes and の only. */
function isNounPhrase(tokens: readonly Token[], start: number, end: number): boolean {
  const inside = tokens.filter((t) => t.start >= start && t.end <= end)
  return inside.length > 0 && inside.every((t) => (t.partOfSpeech === '名詞' && !/^[\p{P}\p{S}\s]+$/u.test(t.surface)) || t.partOfSpeech === '接頭詞' || (t.partOfSpeech === '助詞' && t.surface === 'の'))
}

export const findTitleOverPlace: EntityRule = {
  name: 'find-title-over-place',
  tier: 1,
  find({ text, tokens }) {
    const out: Candidate[] = []
    if (tokens.length === 0) return out
    const from = tokens[0]!.start
    const to = tokens.at(-1)!.end
    for (let open = from; open < to; open++) {
      const close = BRACKETS.get(text[open]!)
      if (close === undefined) continue
      const start = open + 1
      const end = text.indexOf(close, start)
      if (end < 0 || end > to || end - start < 2 || end - start > MAX_TITLE || text.slice(start, end).includes(text[open]!)) continue
      const titled = hasDescriptorBefore(text, open) || (text[open] === '『' && end - start <= MAX_BARE_TITLE && isNounPhrase(tokens, start, end))
      if (titled) out.push({ start, end, type: 'OTHER', rule: 'find-title-over-place' })
      open = end
    }
    return out
  },
}
