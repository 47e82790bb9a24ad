/**
 * @module dedupe/normalize-body
 * The body as compared for duplicates: `normalizeForMatch` from analyze/normalize (NFKC full/half
 * width fold, dash and wave variants, spelling variants such as キエフ → キーウ that differ between
 * outlets' house styles), lower case, wire credits such as （共同）（時事）(AP) removed, all whitespace
 * removed (Japanese has no word spaces, and syndicated copies differ in line breaks and indentation).
 * Only for matching — never stored or shown.
 */
import { normalizeForMatch } from '../analyze/normalize/index.ts'

/** Wire-service and agency names that appear as a credit in brackets. */
const CREDIT_NAMES = [
  '共同', '共同通信', '時事', '時事通信', 'ロイター', 'AFP', 'AFP時事', 'AP', 'ブルームバーグ', 'Bloomberg', 'Reuters', 'CNN',
  '新華社', '聯合', '聯合ニュース', '時事ドットコム', 'EPA', 'dpa', 'NNA', 'ANN', 'JNN', 'FNN', 'NNN', 'UPI', 'AFPBB News',
]
const CREDIT_ALT = CREDIT_NAMES.map((n) => n.normalize('NFKC').toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
/** After NFKC, （共同） is (共同); 【共同】 and ［時事］ stay as such. Optional place before the name (【ワシントン共同】) and "＝…" tail (（共同＝ワシントン）). */
const CREDIT = new RegExp(`[(【\\[〔<]\\s*[^\\s()【】\\[\\]〔〕<>]{0,12}?(?:${CREDIT_ALT})(?:\\s*[=＝/・][^)】\\]〕>]{0,20})?\\s*[)】\\]〕>]`, 'gu')
const WHITESPACE = /[\s\u3000\u200b\ufeff]+/gu

/** Normalise a body for duplicate matching (see module comment). */
export function normalizeBody(body: string): string {
  return normalizeForMatch(body).text.toLowerCase().replace(CREDIT, '').replace(WHITESPACE, '')
}
