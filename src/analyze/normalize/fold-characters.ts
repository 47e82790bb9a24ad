/**
 * @module analyze/normalize/fold-characters
 * First pass of match normalisation: NFKC per character cluster (a base character with its
 * combining marks, so ｶﾞ → ガ), then folding of the wave-dash family (〜 ～ ~ ∼ → ~) and of the dash
 * family (ー － — ― ‐ − ─): after katakana a dash is the long-vowel mark ー, elsewhere a hyphen `-`.
 * Records for each output unit the original range it came from.
 */
import { createOffsetMapBuilder, pushOrigin, type OffsetMapBuilder } from './offset-map.ts'

/** Characters written for 〜 (wave dash): 〜 ～ ~ ∼ ⁓ 〰. */
const WAVE_DASHES = new Set([0x301c, 0xff5e, 0x007e, 0x223c, 0x2053, 0x3030])
/** Characters written for ー or a dash: ‐ ‑ ‒ – — ― − － ー ｰ ─ ━. */
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xff0d, 0x30fc, 0xff70, 0x2500, 0x2501])
const COMBINING = /^[\p{M}\u3099\u309a\uff9e\uff9f]$/u

function isKatakana(code: number): boolean {
  return (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc
}

/** Characters NFKC leaves alone (ASCII, kana, common kanji) unless a combining mark follows. */
function isStable(code: number): boolean {
  return (code >= 0x20 && code < 0x7f) || (code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x30a1 && code <= 0x30fa) || (code >= 0x4e00 && code <= 0x9fff) || code === 0x3001 || code === 0x3002
}

function isCombiningAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x300) return false
  const point = text.codePointAt(index) ?? code
  return COMBINING.test(String.fromCodePoint(point))
}

/** The folded text and, per folded unit, its original range. */
export function foldCharacters(text: string): { text: string; map: OffsetMapBuilder } {
  const map = createOffsetMapBuilder(text.length + 8)
  const parts: string[] = []
  let run = '' // pending output, flushed in chunks to keep concatenation cheap
  let lastCode = 0
  const emit = (out: string, start: number, end: number): void => {
    run += out
    pushOrigin(map, out.length, start, end)
    if (out.length > 0) lastCode = out.charCodeAt(out.length - 1)
    if (run.length > 4096) {
      parts.push(run)
      run = ''
    }
  }
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (WAVE_DASHES.has(code)) {
      emit('~', i, i + 1)
      i++
      continue
    }
    if (DASHES.has(code)) {
      emit(isKatakana(lastCode) ? 'ー' : '-', i, i + 1)
      i++
      continue
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1
    let end = i + width
    while (end < text.length && isCombiningAt(text, end)) end += text.charCodeAt(end) >= 0xd800 && text.charCodeAt(end) <= 0xdbff ? 2 : 1
    if (end === i + 1 && isStable(code)) {
      emit(text[i] ?? '', i, end)
    } else {
      emit(text.slice(i, end).normalize('NFKC'), i, end)
    }
    i = end
  }
  parts.push(run)
  return { text: parts.join(''), map }
}
