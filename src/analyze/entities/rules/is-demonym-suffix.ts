/**
 * @module analyze/entities/rules/is-demonym-suffix
 * A place followed by 人 / 語 / 系 / 製 / 産 / 風 / 料理 names people, a language or a product of it
 * (日本人, ロシア語, 日系), not the place itself: such spans are not LOCATION entities.
 */
import type { Token } from '../../../core/doc.ts'

const DEMONYM_SUFFIXES = new Set(['人', '人々', '語', '系', '製', '産', '風', '料理', '民族'])

/** Whether `next` (the token after a place ending at `end`) turns it into a demonym or attribute. */
export function isDemonymSuffix(next: Token | undefined, end: number): boolean {
  return next !== undefined && next.start === end && DEMONYM_SUFFIXES.has(next.surface)
}
