/**
 * @module digest/section-heading
 * The heading of a source's section: the source's own title as published (cited with
 * `field: 'title'`), without the site name after ｜ / | and without a leading bracket tag such as
 * 【速報】; a compression of its lead only when the article has no usable title. The outlet's title
 * says what the article is about in its own words — a compressed lead can lose the point
 * (…自動車メーカー3社が、関係者への取材で分かりました dropped リコールの検討).
 */
import type { CitedText } from '../core/digest.ts'

/** Longest title used as it is (characters); longer ones are left to the lead compression. */
const MAX_TITLE = 60
const TAG = /^(?:【[^】]{1,12}】|\[[^\]]{1,12}\]|＜[^＞]{1,12}＞)[\s\u3000]*/u

/** The cited own-title heading of article `id`, or undefined when the title is missing or unusable. */
export function titleHeading(id: string, title: string | undefined): CitedText | undefined {
  if (title === undefined) return undefined
  const cut = title.search(/[｜|]/u)
  let end = cut < 0 ? title.length : cut
  let start = 0
  const tag = TAG.exec(title.slice(0, end))
  if (tag !== null) start = tag[0].length
  while (start < end && /[\s\u3000]/u.test(title[start]!)) start++
  while (end > start && /[\s\u3000]/u.test(title[end - 1]!)) end--
  const text = title.slice(start, end)
  if (text === '' || text.length > MAX_TITLE || !/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(text)) return undefined
  return { text, cites: [{ id, start, end, field: 'title' }] }
}
