/**
 * @module core/digest
 * The per-article summary and the story digest: plain JSON data that every renderer (json, md,
 * html, seed), the web app and the API show. Every text unit carries `cites`: UTF-16 `[start, end)`
 * spans into the cited article's `body` (or its `title`, for a cite with `field: 'title'`), and its text is obtained from the cited span(s) only by
 * deleting characters (see `src/digest/faithful.ts`, `isFaithful`). Labels that are not source text
 * (UI words such as 「をめぐる動きは？」) live in `LabelPart`s and are never presented as source claims.
 */
import type { ArticleId, DateGranularity } from './doc.ts'

/**
 * A citation: a span of one article's body (UTF-16 offsets into that article's exact `body`), or,
 * with `field: 'title'`, a span of that article's `title` (headlines may be cut from the title).
 */
export type Cite = {
  readonly id: ArticleId
  readonly start: number
  readonly end: number
  /** absent: the span is in the body; 'title': the offsets index into the article's title */
  readonly field?: 'title'
}

/**
 * A text unit taken from the sources. `text` is a subsequence (after NFKC) of the concatenated
 * cited spans, in cite order: nothing is invented, only characters deleted.
 */
export type CitedText = { readonly text: string; readonly cites: readonly Cite[] }

/** One line of `matome summarize`: the per-article summary. */
export type ArticleSummary = {
  readonly id: ArticleId
  /** a news title (≤ 40 characters) compressed from the lead / key sentence */
  readonly title: string
  /** Yahoo!ニュース style headline, at most 15.5 wide (half-width characters count 0.5) */
  readonly headline: string
  /** three ✅ bullets, most important non-redundant facts, in the article's order */
  readonly bullets: readonly CitedText[]
  /** where `title` comes from */
  readonly titleCites: readonly Cite[]
  /** where `headline` comes from */
  readonly headlineCites: readonly Cite[]
}

/** A part of a composed line: either source text (cited) or a UI label (not a source claim). */
export type SourcePart = { readonly kind: 'source'; readonly text: string; readonly cites: readonly Cite[] }
export type LabelPart = { readonly kind: 'label'; readonly text: string }
export type ComposedPart = SourcePart | LabelPart

/** A line built from cited parts and marked UI labels (the question-style subtitle). */
export type ComposedText = { readonly text: string; readonly parts: readonly ComposedPart[] }

/** Kinds of outlet, from `data/outlets.json`. */
export type OutletKind = 'national-daily' | 'regional-paper' | 'wire-service' | 'broadcaster' | 'web-native' | 'other'

/** An article as cited by the digest: the numbered source list ([1], [2] …) of the renderers. */
export type SourceRef = {
  readonly id: ArticleId
  /** 1-based citation number used by the renderers */
  readonly n: number
  readonly title?: string
  readonly publisher?: string
  readonly url?: string
  /** ISO 8601 as given by the input */
  readonly publishedAt?: string
  readonly outletKind: OutletKind
  /** id of the article this one is a duplicate copy of (same duplicate group), when it is a copy */
  readonly copyOf?: ArticleId
}

/** One section per source article (its duplicate copies listed with it), in time order. */
export type DigestSection = {
  readonly id: ArticleId
  readonly publishedAt?: string
  readonly publisher?: string
  readonly url?: string
  readonly heading: CitedText
  /** three ✅ bullets */
  readonly bullets: readonly CitedText[]
  /** further detail sentences (after the bullets, in the article's order) */
  readonly details: readonly CitedText[]
  /** duplicate copies of this article (other outlets carrying the same text) */
  readonly copies: readonly ArticleId[]
}

/** A dated event: a sentence with a resolved date. */
export type TimelineEvent = {
  /** ISO 8601 value of the resolved date (YYYY-MM-DD, YYYY-MM, YYYY, interval start/end) */
  readonly date: string
  readonly granularity: DateGranularity
  /** the date as written (28日, きのう) */
  readonly dateText: string
  /**
   * absent: something that happened on that date; 'scheduled': planned for it (予定, 方針 — a label
   * 予定 for renderers); 'forecast': forecast for it (見通し, おそれ — a label 見通し). Never part of `text`.
   */
  readonly status?: 'scheduled' | 'forecast'
} & CitedText

/** What kind of position a sentence states. */
export type StanceKind = 'demand' | 'propose' | 'condition' | 'stress' | 'claim' | 'oppose' | 'support' | 'reject'

/** Who demands / proposes / rejects / stresses what. */
export type Position = {
  /** canonical name of the actor (ウクライナ, ロシア, プーチン) */
  readonly actor: string
  readonly stance: StanceKind
  /** the object of the stance, cut from the sentence (即時停戦と軍の撤退) */
  readonly what: CitedText
  /** the whole sentence it comes from */
  readonly sentence: CitedText
}

/** A quotation with its speaker. */
export type DigestQuote = {
  /** canonical speaker name, or the speaker as written (この高官), or null when unknown */
  readonly speaker: string | null
  /** a title or honorific of the speaker (大統領補佐官) when known */
  readonly role?: string
} & CitedText

/** A number that matters, with its sentence. */
export type DigestNumber = {
  readonly value: number
  readonly unit: string
  /** the number as written (75%近く, 380発以上) */
  readonly text: string
  readonly cite: Cite
  readonly sentence: CitedText
}

/** A source whose date lies far outside the story's time span: listed, never mixed in as news. */
export type BackgroundItem = {
  readonly id: ArticleId
  readonly publishedAt: string
  readonly publisher?: string
  readonly url?: string
  readonly heading: CitedText
  /** days between this source and the story's time span */
  readonly daysOutside: number
}

/** One outlet that carried the story. */
export type OutletCoverage = {
  readonly name: string
  readonly kind: OutletKind
  readonly articleIds: readonly ArticleId[]
  /** earliest publishedAt among its articles, when known */
  readonly firstSeen?: string
}

export type DigestSources = {
  /** every source article (copies and background included), numbered for citations */
  readonly articles: readonly SourceRef[]
  /** every outlet that carried the story, by first-seen time */
  readonly outlets: readonly OutletCoverage[]
  /** earliest publishedAt over the story */
  readonly firstSeen?: string
  /** number of outlets of each kind (every kind present, zeros included) */
  readonly mix: Readonly<Record<OutletKind, number>>
}

/** The story digest. */
export type Digest = {
  readonly schemaVersion: 1
  readonly storyId: string
  /** ≤ 15.5 wide */
  readonly headline: CitedText
  /** a news title (≤ 40 characters) */
  readonly title: CitedText
  /** question-style subtitle: key entities / topic from the sources plus marked UI labels; empty (no parts, text '') when the story has no good key words — renderers then show none */
  readonly subtitle: ComposedText
  /** 2–3 sentences */
  readonly lead: readonly CitedText[]
  /** time span of the story's current (non-background) sources, ISO dates */
  readonly span?: { readonly from: string; readonly to: string }
  readonly sections: readonly DigestSection[]
  readonly timeline: readonly TimelineEvent[]
  readonly positions: readonly Position[]
  readonly quotes: readonly DigestQuote[]
  readonly numbers: readonly DigestNumber[]
  readonly outlook: readonly CitedText[]
  /** three 💡 takeaways across sources */
  readonly keyPoints: readonly CitedText[]
  readonly background: readonly BackgroundItem[]
  readonly sources: DigestSources
}
