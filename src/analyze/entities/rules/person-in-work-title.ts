/**
 * @module analyze/entities/rules/person-in-work-title
 * Whether a name the person rules found is part of the title of a work rather than a person:
 * - a name that fills a bracketed title `find-title-over-place` reads as a work (劇詩『ペール・ギュント』,
 *   映画「…」, a short noun phrase in 『…』); that rule's OTHER blocks the names inside a title, but a
 *   dotted name of the same tier and span would win the tie, so the dotted-name rule asks here;
 * - a dotted katakana name that fills a whole 「…」 (「リーガル・ハイ」 names a drama or a song; a
 *   plain kanji name alone in 「…」 is as often a person quoted by name: 「織田」の読み方);
 * - a name that ends a 「…」 right after a noun glued to it (「名探偵コナン」, 「未来少年コナン」):
 *   the last word of a title, not a person written alone (not a quote ending in a name after a
 *   particle, 「好きなのは…」, nor a list of names, 「…・…」; nor in 『…』, where news quotes
 *   headlines that end in a person's name).
 */
import type { RuleInput } from '../candidate.ts'
import { findTitleOverPlace } from './find-title-over-place.ts'

/** How far back (characters) an opening bracket is looked for. */
const MAX_TITLE = 40
/** A character that glues the name to the word before it inside a title: the end of a noun. */
const GLUE_BEFORE = /[\p{Script=Han}\p{Script=Katakana}ー々A-Za-zＡ-Ｚａ-ｚ0-9０-９]$/u

/** The index of the nearest unclosed 「 before `start` in the same sentence, or -1. */
function quoteOpenedAt(text: string, start: number): number {
  for (let k = start - 1; k >= Math.max(0, start - MAX_TITLE); k--) {
    const ch = text[k]!
    if (ch === '「') return k
    if (ch === '」' || ch === '。' || ch === '\n') return -1
  }
  return -1
}

/**
 * Whether text[start, end) is a dotted name filling a 「…」 or the last word of a 「…」 title, not a person.
 * @example
 * isNameInWorkTitle('番組「名探偵コナン」', 6, 9) // true
 */
export function isNameInWorkTitle(text: string, start: number, end: number): boolean {
  if (text[end] !== '」') return false
  const at = quoteOpenedAt(text, start)
  if (at < 0) return false
  if (at === start - 1) return /[・＝=]/u.test(text.slice(start, end))
  const before = text.slice(at + 1, start)
  return GLUE_BEFORE.test(before) && !/[・＝=]$/u.test(before)
}

/** Whether text[start, end) fills a bracketed title that `find-title-over-place` reads as the name of a work. */
export function fillsWorkTitle(input: RuleInput, start: number, end: number): boolean {
  if (!/[「『]/u.test(input.text[start - 1] ?? '')) return false
  return findTitleOverPlace.find(input).some((c) => c.start === start && c.end === end)
}
