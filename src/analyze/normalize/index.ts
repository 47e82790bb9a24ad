/**
 * @module analyze/normalize
 * Normalisation for matching that never rewrites the document text: `normalizeForMatch(text)`
 * returns a folded copy (NFKC, full/half width, 〜/ー variants, spelling variants such as
 * キエフ → キーウ) with an offset map back to the original, so a span found on the folded text
 * becomes a span of the untouched text. Used by entities, dedupe and digest.
 */
import type { Span } from '../../core/doc.ts'
import defaultTable from '../../../data/spelling-variants.json' with { type: 'json' }
import { foldCharacters } from './fold-characters.ts'
import { applySpellingVariants, compileSpellingVariants, type SpellingVariants } from './spelling-variants.ts'

export type { SpellingVariants } from './spelling-variants.ts'

/** A folded copy of a text with its way back to the original offsets. */
export type MatchText = {
  /** the folded text to match on */
  readonly text: string
  /** Original index of folded index `index` (a boundary; `text.length` maps to the original length). */
  readonly toOriginal: (index: number) => number
  /** The original span covering folded `[start, end)` (widened to whole original characters: 平 of ㍻ → ㍻). */
  readonly toOriginalSpan: (start: number, end: number) => Span
}

/** A normaliser with its own spelling-variant table. */
export type MatchNormalizer = (text: string) => MatchText

/** The bundled variant table (data/spelling-variants.json). */
export const DEFAULT_SPELLING_VARIANTS: SpellingVariants = defaultTable.variants

/**
 * Build a normaliser over a spelling-variant table (canonical → variants).
 * @example
 * const fold = createMatchNormalizer({ キーウ: ['キエフ'] })
 * fold('キエフ').text // 'キーウ'
 */
export function createMatchNormalizer(table: SpellingVariants = DEFAULT_SPELLING_VARIANTS): MatchNormalizer {
  const trie = compileSpellingVariants(table)
  return (original) => {
    const first = foldCharacters(original)
    const { text, map } = applySpellingVariants(first.text, first.map, trie)
    const { starts, ends } = map
    const toOriginal = (index: number): number =>
      index >= text.length ? original.length : index <= 0 ? 0 : (starts[index] ?? original.length)
    return {
      text,
      toOriginal,
      toOriginalSpan(start, end) {
        const from = toOriginal(start)
        const to = end > start ? (ends[Math.min(end, text.length) - 1] ?? original.length) : from
        return { start: from, end: to }
      },
    }
  }
}

/**
 * Fold `text` for matching with the bundled variant table; never changes `text` itself.
 * @example
 * const m = normalizeForMatch('ｷｴﾌで会談')
 * m.text                 // 'キーウで会談'
 * m.toOriginalSpan(0, 3) // { start: 0, end: 3 } — ｷｴﾌ in the original
 */
export const normalizeForMatch: MatchNormalizer = createMatchNormalizer()
