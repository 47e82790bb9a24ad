/**
 * @module extract/split-stories
 * Pages that carry several stories (a news page where each story is a headline line without 。
 * followed by its paragraphs) → one `{title, body}` per story. Rules, in order:
 * 1. a headline candidate is a line of 10–64 characters, mostly Japanese, with no 。 、 ？ ！ (news
 *    headlines use spaces), not ending in ： or …, not opening like a quote, list item or note
 *    (「 『 “ （ ■ ● ※ ・ 1、 その1 …), not ending in a particle or clause ending (a line broken
 *    mid-sentence, a caption: …の, …ため, …とき, …さん, …）), with balanced quotes and no link;
 * 2. each candidate owns the lines up to the next candidate; a candidate whose lines hold fewer than
 *    two sentences (。) or 80 characters, or whose opening repeats less than a quarter of its content
 *    bigrams (`headlineSupport`: a story's lead restates its headline), is no headline (a subhead, a
 *    caption, a quoted line) and is merged back; repeated until stable;
 * 3. text before the first headline is a story of its own only when the caller gives it a title that
 *    passes rules 1 and 2b; otherwise the text is not split;
 * 4. fewer than two stories → not a multi-story page (`null`): the page stays one article.
 * Bodies are exact slices of the input text (trimmed), so offsets stay meaningful.
 */

export type StoryPart = {
  readonly title: string
  readonly body: string
  /** offset of the body in the input text */
  readonly bodyStart: number
}

type Line = { readonly text: string; readonly start: number; readonly end: number }

const MIN_HEADLINE = 10
const MAX_HEADLINE = 64
const MIN_BODY_CHARS = 80
const MIN_BODY_SENTENCES = 2
const MIN_SUPPORT = 0.25
const OPENERS = /^[「『（(［\[〈《“"‘〝【■□●○◆◇◎※＊*・\-－―—>＞▼▽▲△→⇒♪☆★#＃]/
const NUMBERED = /^(?:[0-9０-９A-Za-zＡ-Ｚａ-ｚ①-⑳][、,.．)）:：\s「『]|第[0-9０-９一二三四五六七八九十]|その[0-9０-９一二三四五六七八九十])|^[^：:]{1,8}[：:／]/
/** a line broken mid-sentence ends in a particle or conjunctive form */
const DANGLING = /(?:[のとがをはでもやばて]|から|ので|けど|けれど|など|ながら|ため|とき|ように|通り|こちら|さん|ちゃん|くん|[）)])$/
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/g

/** Non-empty lines with their trimmed text and offsets. */
function linesOf(text: string): Line[] {
  const out: Line[] = []
  let pos = 0
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim().replace(/^\u3000+|\u3000+$/g, '')
    if (trimmed !== '') {
      const start = pos + lead + (raw.trimStart().length - raw.trimStart().replace(/^\u3000+/, '').length)
      out.push({ text: trimmed, start, end: start + trimmed.length })
    }
    pos += raw.length + 1
  }
  return out
}

/** Rule 1: could this line be a story headline? */
export function isHeadlineCandidate(line: string): boolean {
  const t = line.trim()
  const length = [...t].length
  if (length < MIN_HEADLINE || length > MAX_HEADLINE) return false
  // ？ and ！ mark speech and web teasers (店長「…かな？」), not the headlines of a news page
  if (/[。．、，？?！!]/.test(t) || /[,:：…]$/.test(t)) return false
  if (NUMBERED.test(t) || DANGLING.test(t) || unbalancedQuote(t)) return false
  if (OPENERS.test(t) || /https?:\/\/|www\.|@/.test(t)) return false
  const japanese = t.match(JAPANESE)?.length ?? 0
  return japanese * 2 >= length
}

function unbalancedQuote(t: string): boolean {
  const opens = (t.match(/[「『“]/g) ?? []).length
  const closes = (t.match(/[」』”]/g) ?? []).length
  return opens !== closes
}

const CONTENT_CHAR = /[\u30a0-\u30ff\u3400-\u9fffA-Za-z0-9Ａ-Ｚａ-ｚ０-９]/

/**
 * Rule 2b: a story's opening repeats its headline's words (プーチン大統領…, 国防総省の高官…). The share
 * of the headline's content bigrams (with a kanji, katakana or alphanumeric) found in the first 200
 * characters of the body.
 */
export function headlineSupport(headline: string, body: string): number {
  const opening = body.slice(0, 200)
  const chars = [...headline]
  let total = 0
  let found = 0
  for (let i = 0; i + 1 < chars.length; i++) {
    const bigram = (chars[i] ?? '') + (chars[i + 1] ?? '')
    if (!CONTENT_CHAR.test(bigram)) continue
    total++
    if (opening.includes(bigram)) found++
  }
  return total === 0 ? 0 : found / total
}

function bodyStrength(lines: readonly Line[]): { chars: number; sentences: number } {
  let chars = 0
  let sentences = 0
  for (const line of lines) {
    chars += line.text.length
    sentences += line.text.split('。').length - 1
  }
  return { chars, sentences }
}

/**
 * Split a text into its stories, or null when it holds fewer than two. `leadTitle` titles the text
 * before the first headline (e.g. the page title); without it, such text prevents a split.
 * @example splitStories(pageText)?.map((s) => s.title)
 */
export function splitStories(text: string, leadTitle?: string): StoryPart[] | null {
  const lines = linesOf(text)
  let heads = lines.map((l, i) => (isHeadlineCandidate(l.text) ? i : -1)).filter((i) => i >= 0)
  // rule 2, repeated until stable: drop headlines whose section is too thin
  for (let changed = true; changed; ) {
    changed = false
    const kept: number[] = []
    for (let k = 0; k < heads.length; k++) {
      const from = (heads[k] ?? 0) + 1
      const to = heads[k + 1] ?? lines.length
      const section = lines.slice(from, to)
      const { chars, sentences } = bodyStrength(section)
      const opening = section.map((l) => l.text).join('')
      const head = lines[heads[k] ?? 0]?.text ?? ''
      if (chars >= MIN_BODY_CHARS && sentences >= MIN_BODY_SENTENCES && headlineSupport(head, opening) >= MIN_SUPPORT) kept.push(heads[k] ?? 0)
      else changed = true
    }
    heads = kept
  }
  const parts: StoryPart[] = []
  const firstHead = heads[0] ?? lines.length
  if (firstHead > 0) {
    const lead = lines.slice(0, firstHead)
    const { sentences } = bodyStrength(lead)
    if (sentences > 0) {
      // the lead story must pass rule 2b too: an article's title over its own opening, not a page name
      if (leadTitle === undefined || !isHeadlineCandidate(leadTitle) || headlineSupport(leadTitle, lead.map((l) => l.text).join('')) < MIN_SUPPORT) return null
      parts.push(part(text, leadTitle, lead))
    }
  }
  for (let k = 0; k < heads.length; k++) {
    const head = lines[heads[k] ?? 0]
    if (!head) continue
    parts.push(part(text, head.text, lines.slice((heads[k] ?? 0) + 1, heads[k + 1] ?? lines.length)))
  }
  return parts.length >= 2 ? parts : null
}

function part(text: string, title: string, lines: readonly Line[]): StoryPart {
  const first = lines[0]
  const last = lines[lines.length - 1]
  const start = first?.start ?? 0
  return { title, body: first && last ? text.slice(start, last.end) : '', bodyStart: start }
}
