/**
 * @module cluster/topic-labels
 * Topic labels (pure): the terms that set a topic apart, not the heaviest terms of its centroid
 * (which, for a topic of a typhoon and a snowfall, were 観測・中心・発表 — words of any weather report
 * and of much other news). A term's score in topic c is its share of the topic's term mass times
 * its inverse document frequency over all clustered units (articles or stories):
 *   (tf(t, c) / tf(c)) × ln((1 + units) / units holding t)
 * with tf the sublinear count ln(1 + count) summed over the topic's units. Counts are the full term
 * counts, not the pruned clustering vocabulary (a term only one story uses, サンマ, is a fine label).
 * The caller passes label candidates without verbs (topics.ts extracts them with verb weight 0);
 * single-kanji and entity features are skipped here (entity names come in as lemmas anyway); a
 * term contained in (or containing) one already picked is skipped.
 */
import { ENTITY_PREFIX, KANJI_PREFIX } from './terms.ts'

const NOT_LABELS = [ENTITY_PREFIX, KANJI_PREFIX]

/** Labels of each topic, best first: `members[c]` are the indices of topic c's units in `counts` (label candidates per unit). */
export function topicLabels(counts: readonly ReadonlyMap<string, number>[], members: readonly (readonly number[])[], n: number): string[][] {
  const df = new Map<string, number>()
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1)
  return members.map((m) => {
    const mass = new Map<string, number>()
    let total = 0
    for (const i of m) {
      for (const [t, c] of counts[i]!) {
        if (c <= 0 || NOT_LABELS.some((p) => t.startsWith(p))) continue
        mass.set(t, (mass.get(t) ?? 0) + Math.log1p(c))
        total += Math.log1p(c)
      }
    }
    if (total <= 0) return []
    const scored: [string, number][] = [...mass].map(([t, w]) => [t, (w / total) * Math.log((1 + counts.length) / df.get(t)!)])
    scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    const picked: string[] = []
    for (const [t] of scored) {
      if (picked.length >= n) break
      if (picked.some((p) => p.includes(t) || t.includes(p))) continue
      picked.push(t)
    }
    return picked
  })
}
