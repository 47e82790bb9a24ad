/**
 * @module dedupe/duplicate-index
 * The incremental duplicate index: add articles one at a time (streaming ingest) and get each one's
 * group at once. Exact duplicates join by URL key and by body hash; near-duplicates are found by
 * MinHash + LSH (band buckets give candidates, never an all-pairs loop) and by shared anchor shingles
 * of the lead (copies cut to a fraction of the original, whose Jaccard LSH misses), and verified on the
 * exact shingle sets by Jaccard, or by containment for truncated copies. Groups are kept with union–find;
 * each names its canonical copy (`compareCanonical`), and the group id is the canonical copy's id.
 */
import { articleUrlKey } from './canonical-url.ts'
import { compareCanonical, publishedTime, type CanonicalCandidate } from './canonical.ts'
import { hashNormalized } from './hash.ts'
import { bandKeys, minhashSignature } from './minhash.ts'
import { normalizeBody } from './normalize-body.ts'
import { resolveDedupeOptions, type DedupeOptions } from './options.ts'
import { anchorShingles, distinctSorted, shingleHashes } from './shingles.ts'
import { ShingleFrequency, weightedOverlap } from './similarity.ts'

/** What dedupe reads of an article. */
export type DedupeInput = {
  readonly id: string
  readonly body: string
  readonly publishedAt?: string | undefined
  readonly url?: string | undefined
}

/** One article's group: `group` and `canonical` are both the canonical article's id. */
export type DuplicateResult = { readonly id: string; readonly group: string; readonly canonical: string }

/** The result of adding one article: its group and every member of that group now (ids, in order added). */
export type AddResult = DuplicateResult & { readonly members: readonly string[] }

/** `shingles` is emptied when the entry leaves the near-duplicate window; `time` is NaN when undated. */
type Entry = CanonicalCandidate & { shingles: Uint32Array; readonly anchors: number; readonly time: number }

/** What is computed once per body: distinct sorted shingles, body hash, lead anchors. */
type Prepared = { readonly shingles: Uint32Array; readonly hash: string; readonly anchors: Uint32Array }

const RELEASED = new Uint32Array(0)

/** Why two articles were joined (for inspection and evaluation): `contained` is the short-copy rule. */
export type MatchReason = 'id' | 'url' | 'hash' | 'near' | 'contained'

export class DuplicateIndex {
  readonly options: DedupeOptions
  readonly #entries: Entry[] = []
  readonly #parent: number[] = []
  /** members of each root, in order added */
  readonly #members = new Map<number, number[]>()
  /** the canonical entry index of each root */
  readonly #canonical = new Map<number, number>()
  readonly #byId = new Map<string, number>()
  readonly #byUrl = new Map<string, number>()
  readonly #byHash = new Map<string, number>()
  readonly #buckets: Map<number, number[]>[]
  /** entries joined as the shorter side of the short-copy rule (each joins one group that way at most) */
  readonly #shortCopies = new Set<number>()
  /** anchor shingle → entries whose lead has it, in order added */
  readonly #anchorLists = new Map<number, number[]>()
  /** pairs joined, with the reason (only when `trackMatches`) */
  readonly matches: { a: string; b: string; reason: MatchReason; jaccard?: number; containment?: number; rawContainment?: number }[] = []
  readonly #trackMatches: boolean
  /** candidate pairs verified on their shingle sets so far (a cost measure) */
  verifications = 0
  readonly #frequency: ShingleFrequency | undefined
  /** shingle sets (and body hashes) counted by `precount`, by id: not counted again, nor recomputed, when added */
  readonly #precounted = new Map<string, Prepared>()

  constructor(options: Partial<DedupeOptions> = {}, trackMatches = false) {
    this.options = resolveDedupeOptions(options)
    this.#buckets = Array.from({ length: this.options.bands }, () => new Map<number, number[]>())
    this.#trackMatches = trackMatches
    this.#frequency = this.options.weighting === 'idf' ? new ShingleFrequency() : undefined
  }

  /**
   * Count the shingles of articles that will be added later (batch mode), so that shingle weights
   * reflect the whole corpus from the first comparison on. Optional; without it the weights grow
   * with the stream.
   */
  precount(articles: Iterable<DedupeInput>): void {
    if (this.#frequency === undefined) return
    for (const article of articles) {
      if (this.#precounted.has(article.id)) continue
      const prepared = this.#prepare(article.body)
      this.#precounted.set(article.id, prepared)
      this.#frequency.observe(prepared.shingles)
    }
  }

  /** Number of articles added. */
  get size(): number {
    return this.#entries.length
  }

  /** Add one article; returns its group as it stands after the addition. */
  add(article: DedupeInput): AddResult {
    const { options } = this
    const index = this.#entries.length
    const counted = this.#precounted.get(article.id)
    const { shingles, hash, anchors } = counted ?? this.#prepare(article.body)
    const time = publishedTime(article.publishedAt)
    this.#entries.push({ id: article.id, bodyLength: article.body.length, publishedAt: article.publishedAt, shingles, anchors: anchors.length, time })
    if (counted !== undefined) this.#precounted.delete(article.id)
    else this.#frequency?.observe(shingles)
    const oldest = index - options.window
    if (oldest >= 0) this.#entries[oldest]!.shingles = RELEASED
    this.#parent.push(index)
    this.#members.set(index, [index])
    this.#canonical.set(index, index)

    this.#joinExact(this.#byId, article.id, index, 'id')
    const urlKey = articleUrlKey(article.url)
    if (urlKey !== undefined) this.#joinExact(this.#byUrl, urlKey, index, 'url')
    this.#joinExact(this.#byHash, hash, index, 'hash')

    if (shingles.length >= options.minShingles) {
      const keys = bandKeys(minhashSignature(shingles, options.bands * options.rows, options.seed), options.bands, options.rows)
      const seen = new Set<number>()
      for (let b = 0; b < options.bands; b++) {
        const bucket = this.#buckets[b]!
        const key = keys[b]!
        let list = bucket.get(key)
        if (list === undefined) {
          list = []
          bucket.set(key, list)
        }
        // drop members that left the window (lists are in order added)
        let stale = 0
        while (stale < list.length && list[stale]! < oldest + 1) stale++
        if (stale > 0) list.splice(0, stale)
        for (let i = Math.max(0, list.length - options.maxBucketSize); i < list.length; i++) {
          const other = list[i]!
          if (seen.has(other)) continue
          seen.add(other)
          if (this.#find(other) === this.#find(index)) continue
          this.#verify(other, index)
        }
        list.push(index)
      }
      this.#matchAnchors(index, anchors, oldest, seen)
    }
    return this.#resultOf(index, true) as AddResult
  }

  #prepare(body: string): Prepared {
    const normalized = normalizeBody(body)
    const hashes = shingleHashes(normalized, this.options.shingleSize)
    const anchors = anchorShingles(hashes, this.options.anchorEvery, this.options.maxAnchors)
    return { shingles: distinctSorted(hashes), hash: hashNormalized(normalized), anchors }
  }

  /**
   * Containment candidates: earlier entries sharing at least `minAnchorShare` of the fewer lead
   * anchors (and 3). A copy cut to a third shares its whole lead with the original while its Jaccard,
   * which the LSH bands select for, is about 0.3. Lists keep the most recent `maxBucketSize` entries.
   */
  #matchAnchors(index: number, anchors: Uint32Array, oldest: number, seen: Set<number>): void {
    const { maxBucketSize, minAnchorShare } = this.options
    const hits = new Map<number, number>()
    for (let a = 0; a < anchors.length; a++) {
      const anchor = anchors[a]!
      let list = this.#anchorLists.get(anchor)
      if (list === undefined) {
        list = []
        this.#anchorLists.set(anchor, list)
      }
      let stale = 0
      while (stale < list.length && list[stale]! < oldest + 1) stale++
      if (list.length - stale >= maxBucketSize) stale = list.length - maxBucketSize + 1
      if (stale > 0) list.splice(0, stale)
      for (const other of list) hits.set(other, (hits.get(other) ?? 0) + 1)
      list.push(index)
    }
    for (const [other, count] of hits) {
      if (seen.has(other) || count < 3) continue
      if (count < minAnchorShare * Math.min(anchors.length, this.#entries[other]!.anchors)) continue
      if (this.#find(other) === this.#find(index)) continue
      this.#verify(other, index)
    }
  }

  /** The current group of an article id, or undefined when it was never added. */
  groupOf(id: string): DuplicateResult | undefined {
    const index = this.#byId.get(id)
    return index === undefined ? undefined : this.#resultOf(index, false)
  }

  /** The group of every article added, in the order added (ids repeated as often as added). */
  results(): DuplicateResult[] {
    return this.#entries.map((_, i) => this.#resultOf(i, false))
  }

  #resultOf(index: number, withMembers: boolean): DuplicateResult | AddResult {
    const root = this.#find(index)
    const canonical = this.#entries[this.#canonical.get(root)!]!.id
    const result = { id: this.#entries[index]!.id, group: canonical, canonical }
    if (!withMembers) return result
    return { ...result, members: this.#members.get(root)!.map((i) => this.#entries[i]!.id) }
  }

  #joinExact(map: Map<string, number>, key: string, index: number, reason: MatchReason): void {
    const first = map.get(key)
    if (first === undefined) map.set(key, index)
    else this.#union(first, index, reason)
  }

  #verify(a: number, b: number): void {
    this.verifications++
    const sa = this.#entries[a]!.shingles
    const sb = this.#entries[b]!.shingles
    const { jaccard, containment, rawContainment } = weightedOverlap(sa, sb, this.#frequency)
    const smaller = Math.min(sa.length, sb.length)
    const o = this.options
    const truncatedCopy = smaller >= o.minContainmentShingles && containment >= o.containmentThreshold && jaccard >= o.containmentMinJaccard
    if (jaccard >= o.jaccardThreshold || truncatedCopy) {
      this.#union(a, b, 'near', { jaccard, containment, rawContainment })
      return
    }
    const hours = Math.abs(this.#entries[a]!.time - this.#entries[b]!.time) / 3_600_000
    const nearInTime = Number.isNaN(hours) || hours <= o.shortCopyMaxHours
    const contained = containment >= o.containmentThreshold || (rawContainment >= o.shortCopyContainment && containment >= o.shortCopyWeightedContainment)
    if (nearInTime && smaller >= o.minShortCopyShingles && contained && jaccard >= o.shortCopyMinJaccard) {
      // a short text contained in articles of two different groups is shared boilerplate or a stock
      // lead (a series' navigation box), not one article's copy: it joins the first group only
      const short = sa.length <= sb.length ? a : b
      if (this.#shortCopies.has(short)) return
      this.#shortCopies.add(short)
      this.#union(a, b, 'contained', { jaccard, containment, rawContainment })
    }
  }

  #find(i: number): number {
    let root = i
    while (this.#parent[root] !== root) root = this.#parent[root]!
    while (this.#parent[i] !== root) {
      const next = this.#parent[i]!
      this.#parent[i] = root
      i = next
    }
    return root
  }

  #union(a: number, b: number, reason: MatchReason, scores?: { jaccard: number; containment: number; rawContainment: number }): void {
    let ra = this.#find(a)
    let rb = this.#find(b)
    if (ra === rb) return
    if (this.#trackMatches) {
      this.matches.push({ a: this.#entries[a]!.id, b: this.#entries[b]!.id, reason, ...scores })
    }
    const ma = this.#members.get(ra)!
    const mb = this.#members.get(rb)!
    if (ma.length < mb.length) [ra, rb] = [rb, ra]
    const into = this.#members.get(ra)!
    const from = this.#members.get(rb)!
    const merged = mergeSorted(into, from)
    this.#parent[rb] = ra
    this.#members.set(ra, merged)
    this.#members.delete(rb)
    const ca = this.#canonical.get(ra)!
    const cb = this.#canonical.get(rb)!
    this.#canonical.set(ra, compareCanonical(this.#entries[ca]!, this.#entries[cb]!) <= 0 ? ca : cb)
    this.#canonical.delete(rb)
  }
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out.push(a[i++]!)
    else out.push(b[j++]!)
  }
  return out
}
