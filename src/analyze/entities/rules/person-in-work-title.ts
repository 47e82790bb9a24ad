/**
 * @module analyze/entities/rules/person-in-work-title
 * Whether a name the person rules found is part of the title of a work rather than a person:
 * - a name that fills a whole 『…』 or 「…」 right after a word for a work (劇詩『ペール・ギュント』,
 *   映画「…」, 小説『…』); news also writes headlines and people's names in 『…』 (『…前大統領が死去』),
 *   so 『…』 alone says nothing;
 * - a dotted katakana name that fills a whole 「…」 (「リーガル・ハイ」 names a drama or a song; a
 *   plain kanji name alone in 「…」 is as often a person quoted by name: 「織田」の読み方);
 * - a name that ends a 「…」 right after a noun glued to it (「名探偵コナン」, 「未来少年コナン」):
 *   the last word of a title, not a person written alone (not a quote ending in a name after a
 *   particle, 「好きなのは…」, nor a list of names, 「…・…」; nor in 『…』, where news quotes
 *   headlines that end in a person's name).
 */

/** How far back (characters) an opening bracket is looked for. */
const MAX_TITLE = 40
/** A character that glues the name to the word before it inside a title: the end of a noun. */
const GLUE_BEFORE = /[\p{Script=Han}\p{Script=Katakana}ー々A-Za-zＡ-Ｚａ-ｚ0-9０-９]$/u
/** Words for a work right before its bracketed title (劇詩『…』, 映画「…」, アルバム「…」). */
const WORK_BEFORE = /(?:劇|詩|曲|歌|映画|作品|小説|漫画|著書|戯曲|歌劇|アルバム|シングル|番組|ドラマ|絵本|絵画|画集|写真集|童話|舞台|演目|楽曲)$/u
const BRACKETS: Readonly<Record<string, string>> = { '「': '」', '『': '』' }

/** The index of the nearest unclosed `open` before `start` in the same sentence, or -1. */
function openedAt(text: string, start: number, open: string, close: string): number {
  for (let k = start - 1; k >= Math.max(0, start - MAX_TITLE); k--) {
    const ch = text[k]!
    if (ch === open) return k
    if (ch === close || ch === '。' || ch === '\n') return -1
  }
  return -1
}

/**
 * Whether text[start, end) is (the last word of) the title of a work in 『…』 or 「…」, not a person.
 * @example
 * isNameInWorkTitle('劇詩『ペール・ギュント』の登場人物', 3, 11) // true
 */
export function isNameInWorkTitle(text: string, start: number, end: number): boolean {
  for (const [open, close] of Object.entries(BRACKETS)) {
    if (text[end] !== close) continue
    const at = openedAt(text, start, open, close)
    if (at < 0) continue
    if (at < start - 1) return open === '「' && GLUE_BEFORE.test(text.slice(at + 1, start)) && !/[・＝=]$/u.test(text.slice(at + 1, start))
    return WORK_BEFORE.test(text.slice(Math.max(0, at - 4), at)) || (open === '「' && /[・＝=]/u.test(text.slice(start, end)))
  }
  return false
}
