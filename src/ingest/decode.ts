/**
 * @module ingest/decode
 * Bytes → string without mojibake. The declared charset (BOM, HTTP header, XML declaration,
 * `<meta>`) is tried first — a declared Shift_JIS or EUC-JP gives way when UTF-8 or the other one
 * decodes the bytes and reads clearly more Japanese. When nothing is declared, or the declaration
 * does not decode, the encoding is detected: ISO-2022-JP by its escape sequences, then UTF-8
 * (fatal), then Shift_JIS (CP932) and EUC-JP scored by how Japanese the result reads. A decode that fails everywhere, or text that still holds
 * replacement characters or classic mojibake, is a `Rejection` (`ingest/decode-failed`).
 */
import { reject, type Result } from '../core/errors.ts'
import { declaredCharset, type CharsetSource } from './charset.ts'

/** A decoded text and how its encoding was chosen. */
export type Decoded = {
  readonly text: string
  /** the `TextDecoder` encoding name used */
  readonly encoding: string
  readonly source: CharsetSource
}

/** Decode with `fatal: true`; null when the bytes are not valid in that encoding. */
function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** ESC $ @, ESC $ B (JIS X 0208) or ESC ( J / ESC ( I: the marks of ISO-2022-JP. */
function hasIso2022Escapes(bytes: Uint8Array): boolean {
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] !== 0x1b) continue
    const a = bytes[i + 1]
    const b = bytes[i + 2]
    if ((a === 0x24 && (b === 0x40 || b === 0x42)) || (a === 0x28 && (b === 0x4a || b === 0x49))) return true
  }
  return false
}

function isSevenBit(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return false
  return true
}

/**
 * How much a text reads like Japanese, per character (higher is better). Kana and kanji score,
 * half-width katakana, controls, private-use and stray Latin-1 letters (the marks of a wrong
 * legacy decode) cost.
 */
export function japaneseScore(text: string): number {
  if (text.length === 0) return 0
  let score = 0
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0
    if (c >= 0x3041 && c <= 0x309f) score += 2
    else if (c >= 0x30a0 && c <= 0x30ff) score += 1.5
    else if (c >= 0x4e00 && c <= 0x9fff) score += 1
    else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e)) score += 1
    else if (c >= 0xff61 && c <= 0xff9f) score -= 1
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0xe000 && c <= 0xf8ff)) score -= 5
    else if (c >= 0x80 && c < 0x3000) score -= 0.5
  }
  return score / text.length
}

/** UTF-8 Japanese read as Shift_JIS turns hiragana/katakana into these kanji. */
const SJIS_MOJIBAKE = /[縺繧繝]/g
/** UTF-8 read as Latin-1 / Windows-1252: a lead byte letter followed by continuation-byte symbols. */
const LATIN1_MOJIBAKE = /[\u00e2-\u00ef][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]/g

/**
 * Why a string looks like mojibake, or null when it does not: replacement characters, UTF-8 read as
 * Shift_JIS (縺/繧/繝 runs), or UTF-8 read as Latin-1 (Ã£â€ …).
 */
export function mojibakeReason(text: string): string | null {
  const replacements = text.split('\uFFFD').length - 1
  if (replacements > 0) return `${replacements} replacement character(s) (U+FFFD)`
  const sjis = text.match(SJIS_MOJIBAKE)?.length ?? 0
  if (sjis >= 3 && sjis * 20 >= text.length) return 'UTF-8 text decoded as Shift_JIS (縺/繧/繝 runs)'
  const latin = text.match(LATIN1_MOJIBAKE)?.length ?? 0
  if (latin >= 3) return 'UTF-8 text decoded as Latin-1 (Ã£ / â€ sequences)'
  return null
}

/** Detect the encoding of undeclared (or wrongly declared) bytes. */
export function detectEncoding(bytes: Uint8Array): { encoding: string; text: string } | null {
  if (isSevenBit(bytes)) {
    if (hasIso2022Escapes(bytes)) {
      const text = tryDecode(bytes, 'iso-2022-jp')
      if (text !== null) return { encoding: 'iso-2022-jp', text }
    }
    return { encoding: 'utf-8', text: new TextDecoder('utf-8').decode(bytes) }
  }
  const utf8 = tryDecode(bytes, 'utf-8')
  if (utf8 !== null) return { encoding: 'utf-8', text: utf8 }
  let best: { encoding: string; text: string; score: number } | null = null
  for (const encoding of ['shift_jis', 'euc-jp']) {
    const text = tryDecode(bytes, encoding)
    if (text === null) continue
    const score = japaneseScore(text)
    if (best === null || score > best.score) best = { encoding, text, score }
  }
  return best && { encoding: best.encoding, text: best.text }
}

const LEGACY = new Set(['shift_jis', 'euc-jp'])

/** Total Japanese score of a text (the per-character score times its length). */
const totalScore = (text: string): number => japaneseScore(text) * text.length

/** Another of UTF-8 / Shift_JIS / EUC-JP that decodes the bytes and reads clearly more Japanese, or null. */
function clearlyBetter(bytes: Uint8Array, text: string, encoding: string): { text: string; encoding: string } | null {
  const base = totalScore(text)
  let best: { text: string; encoding: string; score: number } | null = null
  for (const other of ['utf-8', 'shift_jis', 'euc-jp']) {
    if (other === encoding) continue
    const alt = tryDecode(bytes, other)
    if (alt === null) continue
    const score = totalScore(alt)
    if (score > base + 10 && score > base * 1.2 && (best === null || score > best.score)) best = { text: alt, encoding: other, score }
  }
  return best && { text: best.text, encoding: best.encoding }
}

/**
 * Decode bytes to text. `item` names the input in a rejection; `contentType` is the HTTP header
 * when the bytes came from the network.
 * @example decodeBytes(bytes, 'news/page.html', 'text/html; charset=Shift_JIS')
 */
export function decodeBytes(bytes: Uint8Array, item: string, contentType?: string | null): Result<Decoded> {
  const declared = declaredCharset(bytes, contentType)
  let decoded: Decoded | null = null
  if (declared) {
    const text = tryDecode(bytes, declared.encoding)
    if (text !== null) decoded = { text, encoding: declared.encoding, source: declared.source }
    // a wrong legacy declaration often still decodes (EUC-JP bytes are mostly valid Shift_JIS):
    // keep it only when no other Japanese encoding reads clearly better
    if (decoded !== null && LEGACY.has(declared.encoding)) {
      const better = clearlyBetter(bytes, decoded.text, declared.encoding)
      if (better) decoded = { ...better, source: 'detected' }
    }
  }
  if (decoded === null) {
    const detected = detectEncoding(bytes)
    if (detected === null) {
      const said = declared ? `declared ${declared.encoding} (${declared.source}) does not fit, and ` : ''
      return reject('ingest/decode-failed', item, `${said}the bytes are not valid UTF-8, Shift_JIS, EUC-JP or ISO-2022-JP`)
    }
    decoded = { text: detected.text, encoding: detected.encoding, source: 'detected' }
  }
  const bad = mojibakeReason(decoded.text)
  if (bad !== null) return reject('ingest/decode-failed', item, `decoded as ${decoded.encoding} but ${bad}`)
  return { ok: true, value: decoded }
}
