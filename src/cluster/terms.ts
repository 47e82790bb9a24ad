/**
 * @module cluster/terms
 * Content words of an analysed document for clustering (pure): lemmas of nouns and proper nouns
 * from the `tokens` layer, plus canonical entity names from the `entities` layer when present.
 * Input: `AnalyzedDoc` (requires `tokens`; uses `entities` if there). Output: weighted term counts.
 */
import type { AnalyzedDoc, Token } from '../core/doc.ts'

/** Weights of the term classes (set by `npm run eval -- cluster`, wikinews stories; see src/cluster/README.md). */
export type TermWeights = {
  /** 名詞 一般 / サ変接続 / 形容動詞語幹 */
  readonly noun: number
  /** 名詞 固有名詞, and unknown-word nouns (mostly names the dictionary lacks: プーチン, iPhone) */
  readonly properNoun: number
  /** 動詞 自立 and 形容詞 自立 lemmas (0 = left out) */
  readonly verb: number
  /** a canonical entity name (feature `@名前`), once per mention */
  readonly entity: number
  /** two adjacent content nouns joined (高速+鉄道 → 高速鉄道), once per pair (0 = left out) */
  readonly compound: number
  /** a number with its counter (19号, 2006年, 第88回 → 88回), except clock and calendar-day counters (0 = left out) */
  readonly numeric: number
  /** multiplier for every term inside the lead: the first `leadSentences` sentences (a title line counts as one) */
  readonly lead: number
  readonly leadSentences: number
  /** a place name (固有名詞 地域, and LOCATION entities): places recur in unrelated local news, so they
   * tell stories apart less than people and organisations (absent = properNoun / entity weight) */
  readonly place?: number
  /** each kanji of a content word as its own feature (`#死`), which lets short texts meet (0 = left out) */
  readonly kanji?: number
}

export const DEFAULT_TERM_WEIGHTS: TermWeights = {
  noun: 1, properNoun: 2, verb: 0, entity: 2, compound: 0.5, numeric: 1, lead: 3, leadSentences: 2, place: 1,
}

/** Prefix of entity features, so `@ロシア` (entity) and `ロシア` (lemma) are distinct dimensions. */
export const ENTITY_PREFIX = '@'

const NOUN_DETAILS = new Set(['一般', 'サ変接続', '形容動詞語幹', 'ナイ形容詞語幹'])
/** lemmas that are nouns in IPADIC but carry no topic (pronoun-like or too generic) */
const STOP_LEMMAS = new Set(['こと', 'もの', 'ため', 'よう', 'これ', 'それ', 'ここ', 'そこ', 'とき', 'ところ', '方', '中', '的', '等', '者'])
const ONLY_SYMBOLS = /^[\p{P}\p{S}\p{N}\s]+$/u
/** Prefix of single-kanji features. */
export const KANJI_PREFIX = '#'
const KANJI = /\p{Script=Han}/u
/** counters that make a number a date or time of day (too common to tell stories apart) */
const TIME_COUNTERS = new Set(['日', '時', '分', '秒', '月', '時間', '分間', '日間'])
const ONLY_KANA_1 = /^[\p{Script=Hiragana}\p{Script=Katakana}ー]$/u

/** The class of a token as a clustering term, or undefined when it is not a content word. */
export function classifyToken(token: Token): 'noun' | 'properNoun' | 'place' | 'verb' | undefined {
  const pos = token.partOfSpeech
  if (pos === '名詞') {
    const detail = token.posDetail[0]
    if (detail === '固有名詞') return token.posDetail[1] === '地域' ? 'place' : 'properNoun'
    if (!NOUN_DETAILS.has(detail)) return undefined
    return token.origin === 'unknown' ? 'properNoun' : 'noun'
  }
  if ((pos === '動詞' || pos === '形容詞') && token.posDetail[0] === '自立') return 'verb'
  return undefined
}

/** Lemmas made only of kana and kanji need no NFKC (the common case; normalising costs most of term extraction). */
const PLAIN_JAPANESE = /^[\u3041-\u309f\u30a1-\u30fa\u30fc\u4e00-\u9fff]+$/

/** Normalised lemma used as a term key (NFKC, ASCII lower-cased), or undefined when it is noise. */
export function termKey(lemma: string): string | undefined {
  if (PLAIN_JAPANESE.test(lemma)) return lemma.length === 1 && !KANJI.test(lemma) ? undefined : STOP_LEMMAS.has(lemma) ? undefined : lemma
  const key = lemma.normalize('NFKC').toLowerCase()
  if (key === '' || ONLY_SYMBOLS.test(key) || ONLY_KANA_1.test(key) || STOP_LEMMAS.has(key)) return undefined
  if (key.length === 1 && /^[a-z]$/.test(key)) return undefined
  return key
}

/**
 * Weighted term counts of a document: every content-word token adds its class weight to its lemma;
 * adjacent content nouns add a compound; every entity mention adds `@canonical`.
 */
export function extractTerms(doc: AnalyzedDoc, weights: TermWeights = DEFAULT_TERM_WEIGHTS): Map<string, number> {
  const counts = new Map<string, number>()
  const add = (key: string, w: number): void => {
    if (w > 0) counts.set(key, (counts.get(key) ?? 0) + w)
  }
  const tokens = doc.layers.tokens ?? []
  const leadEnd = leadEndOf(doc, weights.leadSentences)
  let previous: { key: string; end: number } | undefined
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    const boost = token.start < leadEnd ? weights.lead : 1
    if (weights.numeric > 0 && token.posDetail[0] === '数') {
      const numeric = numericTerm(tokens, i)
      if (numeric !== undefined) {
        add(numeric, weights.numeric * boost)
        // a name with a number (台風 + 25号, 第3次 + 内閣) identifies one event: 台風25号
        if (previous !== undefined && previous.end === token.start) add(previous.key + numeric, weights.numeric * boost)
      }
    }
    const cls = classifyToken(token)
    const key = cls === undefined ? undefined : termKey(token.lemma)
    if (cls === undefined || key === undefined) {
      previous = undefined
      continue
    }
    add(key, (cls === 'place' ? (weights.place ?? weights.properNoun) : weights[cls]) * boost)
    if (weights.kanji !== undefined && weights.kanji > 0) {
      for (const ch of key) if (KANJI.test(ch)) add(KANJI_PREFIX + ch, weights.kanji * boost)
    }
    if (cls !== 'verb') {
      if (previous !== undefined && previous.end === token.start) add(previous.key + key, weights.compound * boost)
      previous = { key, end: token.end }
    } else previous = undefined
  }
  for (const ent of doc.layers.entities ?? []) {
    const name = ent.canonical.normalize('NFKC')
    const w = ent.type === 'LOCATION' ? (weights.place ?? weights.entity) : weights.entity
    if (name !== '') add(ENTITY_PREFIX + name, w * (ent.start < leadEnd ? weights.lead : 1))
  }
  return counts
}

/**
 * Term counts of an article given its title analysed apart (`ArticleMeta.title`): the title is
 * the first lead sentence (every title term gets the lead weight) and the body's lead is one
 * sentence shorter, exactly as with the title as the body's first line (clustering-text.ts).
 */
export function extractArticleTerms(doc: AnalyzedDoc, title: AnalyzedDoc | undefined, weights: TermWeights = DEFAULT_TERM_WEIGHTS): Map<string, number> {
  if (title === undefined) return extractTerms(doc, weights)
  const counts = extractTerms(doc, { ...weights, leadSentences: Math.max(0, weights.leadSentences - 1) })
  for (const [term, w] of extractTerms(title, { ...weights, leadSentences: Number.MAX_SAFE_INTEGER })) counts.set(term, (counts.get(term) ?? 0) + w)
  return counts
}

/** Names with a number in the lead of an article with its title analysed apart (the title's first, see extractArticleTerms). */
export function articleEventNumbers(doc: AnalyzedDoc, title: AnalyzedDoc | undefined, leadSentences: number): Map<string, string> {
  if (title === undefined) return leadEventNumbers(doc, leadSentences)
  const out = leadEventNumbers(title, Number.MAX_SAFE_INTEGER)
  for (const [name, n] of leadEventNumbers(doc, Math.max(0, leadSentences - 1))) if (!out.has(name)) out.set(name, n)
  return out
}

/**
 * Names with a number in the lead (title line + first sentence): 台風 → 18号, 第 → 3次. Two articles
 * whose leads give one name different numbers are about different events (台風12号 and 台風14号).
 */
export function leadEventNumbers(doc: AnalyzedDoc, leadSentences: number): Map<string, string> {
  const out = new Map<string, string>()
  const tokens = doc.layers.tokens ?? []
  const leadEnd = leadEndOf(doc, leadSentences)
  let previous: { key: string; end: number } | undefined
  for (let i = 0; i < tokens.length && tokens[i]!.start < leadEnd; i++) {
    const token = tokens[i]!
    if (token.posDetail[0] === '数') {
      const numeric = numericTerm(tokens, i)
      if (numeric !== undefined && previous !== undefined && previous.end === token.start && !out.has(previous.key)) out.set(previous.key, numeric)
    }
    const cls = classifyToken(token)
    const key = cls === undefined || cls === 'verb' ? undefined : termKey(token.lemma)
    previous = key === undefined ? undefined : { key, end: token.end }
  }
  return out
}

/** End offset of the lead: the first `n` sentences, or the first 150 characters without a sentences layer. */
export function leadEndOf(doc: AnalyzedDoc, n: number): number {
  if (n <= 0) return 0
  const sentences = doc.layers.sentences
  if (sentences === undefined || sentences.length === 0) return Math.min(doc.text.length, 150)
  return sentences[Math.min(n, sentences.length) - 1]!.end
}

/**
 * The number starting at token i (adjacent number tokens joined: 20 + 07 → 2007), and the token
 * right after it when adjacent; undefined when token i is not the start of a number.
 */
export function numberAt(tokens: readonly Token[], i: number): { digits: string; next: Token | undefined } | undefined {
  const first = tokens[i]!
  if (first.posDetail[0] !== '数') return undefined
  const before = tokens[i - 1]
  if (before !== undefined && before.end === first.start && before.posDetail[0] === '数') return undefined
  let digits = first.surface
  let j = i + 1
  let end = first.end
  while (j < tokens.length && tokens[j]!.start === end && tokens[j]!.posDetail[0] === '数') {
    digits += tokens[j]!.surface
    end = tokens[j]!.end
    j++
  }
  const next = tokens[j]
  return { digits, next: next !== undefined && next.start === end ? next : undefined }
}

/** `19号` from 19 + 号 (number tokens joined, then an adjacent counter suffix), skipping time counters. */
function numericTerm(tokens: readonly Token[], i: number): string | undefined {
  const number = numberAt(tokens, i)
  const counter = number?.next
  if (number === undefined || counter === undefined || counter.posDetail[0] !== '接尾') return undefined
  if (TIME_COUNTERS.has(counter.surface)) return undefined
  return (number.digits + counter.surface).normalize('NFKC')
}
