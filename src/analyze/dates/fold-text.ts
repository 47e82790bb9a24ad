/**
 * @module analyze/dates/fold-text
 * A length-preserving fold for matching dates: full-width ASCII (２０１０／５／２２, （土）) becomes
 * half-width and the wave dashes 〜 ～ become `~`. Every character maps to exactly one UTF-16 code
 * unit, so offsets into the folded string are offsets into the original text — the text itself is
 * never rewritten.
 */

/** Fold full-width ASCII to ASCII and wave dashes to `~`, keeping the length. */
export function foldText(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0)
    else if (code === 0x301c || code === 0xff5e || code === 0x2053) out += '~'
    else if (code === 0x3000) out += ' '
    else out += text[i]
  }
  return out
}
