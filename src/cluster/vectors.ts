/**
 * @module cluster/vectors
 * Sparse TF-IDF vectors over term keys (pure): document frequencies (running or supplied),
 * sublinear term frequency, L2 normalisation, dot products.
 */

/** A sparse vector: term key → weight. */
export type SparseVector = Map<string, number>

/** Document frequencies: running counts, optionally backed by a reference table. */
export type DocumentFrequency = {
  /** count one more document holding these terms */
  readonly observe: (terms: Iterable<string>) => void
  /** inverse document frequency of a term (smoothed, always > 0) */
  readonly idf: (term: string) => number
  readonly documents: () => number
}

/** Smoothed IDF: ln((N + 1) / (df + 1)) + 1 (never 0, so a term seen everywhere still counts a little). */
export function smoothIdf(documents: number, df: number): number {
  return Math.log((documents + 1) / (df + 1)) + 1
}

/**
 * Pseudo-documents (holding none of the terms) added to N while the corpus is small: with 4
 * articles, ln(5/5) would make a word all of them share worthless, which is backwards for telling
 * whether they share a story. The prior fades as real documents come in.
 */
export const IDF_PRIOR_DOCUMENTS = 100

/**
 * Document frequencies counted over the documents observed so far, added to a reference table
 * when one is given (`{documents, df}` from a larger corpus steadies IDF while few articles are in).
 */
export function createDocumentFrequency(reference?: { readonly documents: number; readonly df: Readonly<Record<string, number>> }): DocumentFrequency {
  const df = new Map<string, number>()
  let documents = 0
  const baseDocs = reference?.documents ?? 0
  const baseDf = reference?.df
  return {
    observe(terms) {
      documents++
      for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1)
    },
    idf(term) {
      const own = df.get(term) ?? 0
      const base = baseDf !== undefined && Object.hasOwn(baseDf, term) ? (baseDf[term] ?? 0) : 0
      return smoothIdf(documents + baseDocs + IDF_PRIOR_DOCUMENTS, own + base)
    },
    documents: () => documents + baseDocs,
  }
}

/** TF-IDF with sublinear tf (ln(1 + tf)), L2-normalised. Terms are visited in key order of `counts`. */
export function weightTerms(counts: ReadonlyMap<string, number>, idf: (term: string) => number): SparseVector {
  const out: SparseVector = new Map()
  let norm = 0
  for (const [term, tf] of counts) {
    const w = Math.log1p(tf) * idf(term)
    if (w > 0) {
      out.set(term, w)
      norm += w * w
    }
  }
  return normalize(out, Math.sqrt(norm))
}

/** Scale a vector to unit length in place (no-op for the zero vector); returns it. */
export function normalize(v: SparseVector, norm = Math.sqrt(squaredNorm(v))): SparseVector {
  if (norm > 0) for (const [k, w] of v) v.set(k, w / norm)
  return v
}

export function squaredNorm(v: ReadonlyMap<string, number>): number {
  let s = 0
  for (const w of v.values()) s += w * w
  return s
}

/** Dot product, iterating the smaller vector. */
export function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let s = 0
  for (const [k, w] of small) {
    const o = large.get(k)
    if (o !== undefined) s += w * o
  }
  return s
}

/** The `n` heaviest entries, heaviest first (ties by key, so the order is deterministic). */
export function topEntries(v: ReadonlyMap<string, number>, n: number): [string, number][] {
  return [...v].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).slice(0, n)
}
