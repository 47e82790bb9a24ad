/**
 * @module core/doc
 * The central analysed document: immutable text plus flat layers of `[start, end)` spans
 * (UTF-16 code units into `text`). Plain JSON data only: no classes, Maps or Dates.
 * Every stage of `analyze/` fills exactly one layer; see docs/architecture.md.
 */

/** Half-open range [start, end) in UTF-16 code units of `AnalyzedDoc.text`. */
export type Span = { readonly start: number; readonly end: number }

/** Branded article id: stable across runs (given by the input or derived from the canonical URL / body hash). */
export type ArticleId = string

/** What kind of line a sentence is: running prose, a headline line without 。, or a bullet line (✅ 💡 ・ ■ ◆ 1.). */
export type SentenceKind = 'sentence' | 'headline' | 'bullet'

export type Sentence = Span & { readonly kind: SentenceKind }

/** One morpheme from the tokenizer (IPADIC part-of-speech system). */
export type Token = Span & {
  readonly surface: string
  /** 品詞, e.g. 名詞 */
  readonly partOfSpeech: string
  /** IPADIC subcategories 品詞細分類1–3, '*' when empty, e.g. ['固有名詞', '人名', '姓'] */
  readonly posDetail: readonly [string, string, string]
  readonly conjugatedType: string
  readonly conjugatedForm: string
  /** 基本形; the surface when the dictionary has none */
  readonly lemma: string
  /** katakana reading; '' when unknown */
  readonly reading: string
  /** false for unknown words the tokenizer guessed; 'user' for words from the user-dictionary overlay */
  readonly origin: 'known' | 'unknown' | 'user'
}

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'LOCATION'

/**
 * A named-entity mention. `id` is the same for every mention of one entity inside a document
 * (later mentions link to the first); `canonical` is that entity's one canonical name
 * (米 → アメリカ, プーチン氏 → プーチン).
 */
export type Entity = Span & {
  readonly id: string
  readonly type: EntityType
  /** finer class: COUNTRY, REGION, CITY, GOVERNMENT, COMPANY, PARTY, MILITARY, MEDIA, INTERNATIONAL … */
  readonly subtype?: string
  /** surface text, equal to text.slice(start, end) */
  readonly text: string
  readonly canonical: string
  /** for PERSON: a title or honorific that followed the name (大統領, 官房長官, 氏) */
  readonly role?: string
}

export type DateGranularity = 'day' | 'week' | 'month' | 'year' | 'fiscal-year' | 'interval'

/**
 * A date expression resolved against the publication date (Asia/Tokyo).
 * `value` is ISO 8601: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, or an interval `start/end`;
 * null when it cannot be resolved (a diagnostic says why; nothing is guessed).
 */
export type DateMention = Span & {
  readonly value: string | null
  readonly granularity: DateGranularity
  /** absolute | partial | relative | wareki | … (see analyze/dates/README.md) */
  readonly kind: string
}

export type NumberQualifier = 'approx' | 'at-least' | 'at-most' | 'more-than' | 'less-than' | 'about-to'

export type NumberMention = Span & {
  readonly value: number
  /** 助数詞 or unit as written, normalised: 人, 発, %, キロ, ドル, 円 … ('' when bare) */
  readonly unit: string
  readonly qualifier?: NumberQualifier
}

/** A quotation 「…」 with its speaker (an entity id of the same document) when one can be found. */
export type Quote = Span & {
  /** the words inside the brackets */
  readonly content: Span
  readonly speaker: string | null
  /** the speaker's surface as written when it is not a named entity (この高官, 政府関係者) */
  readonly speakerText?: string
}

export type Layers = {
  readonly sentences: readonly Sentence[]
  readonly tokens: readonly Token[]
  readonly entities: readonly Entity[]
  readonly dates: readonly DateMention[]
  readonly numbers: readonly NumberMention[]
  readonly quotes: readonly Quote[]
}

export type LayerName = keyof Layers

export type Severity = 'error' | 'warning' | 'info'

/** A message from a stage about a place in the text (modelled on vfile messages). */
export type Diagnostic = {
  readonly code: string
  readonly severity: Severity
  readonly stage: string
  readonly span?: Span
  readonly message: string
}

export type AnalyzedDoc = {
  readonly schemaVersion: 1
  readonly articleId: ArticleId
  readonly text: string
  /** publication time as ISO 8601 (the reference date for relative dates), when known */
  readonly publishedAt?: string
  readonly layers: Partial<Layers>
  readonly diagnostics: readonly Diagnostic[]
}

/** The surface text of a span. */
export function textOf(doc: { readonly text: string }, span: Span): string {
  return doc.text.slice(span.start, span.end)
}
