/**
 * @module digest/key-points
 * The 💡 key points: three takeaways across sources, from the story's latest developments.
 *
 * Rules, in order:
 * 1. candidates: sentences of ≥ 12 characters not already in the lead, and not stale — a forecast
 *    or plan dated on or before the story's latest article (台風は7日にも上陸するおそれ, when the
 *    story has reported the landfall; see timeline `supersededSentences`);
 * 2. a forecast (おそれ, 見込み, 見通し … in the reporter's words) is superseded when a later article
 *    reports on the same thing (shares > 30 % of its content terms in a sentence that is no forecast);
 * 3. score: story-wide salience (term recurrence / √terms) × (1 + 0.5 × recency), recency going from
 *    0 for the earliest article's day to 1 for the latest's;
 * 4. best first, one per source first, then any; a point sharing > 45 % of its terms with a chosen
 *    one is redundant.
 */
import type { CitedText } from '../core/digest.ts'
import { toBullet } from './bullets.ts'
import { contentTerms, overlap, overlapSets, sentenceSalience } from './salience.ts'
import type { SentenceView } from './sentences.ts'
import { FORECAST, outsideQuotes } from './timeline/rule.ts'

export type KeyPointSource = {
  readonly id: string
  readonly body: string
  readonly sents: readonly SentenceView[]
  /** day number of publication, when known */
  readonly day: number | undefined
  /** time order of the source in the story */
  readonly order: number
  /** indices of stale sentences (superseded forecasts and plans) */
  readonly stale: ReadonlySet<number>
}

const KEY_POINTS = 3
const MAX_OVERLAP = 0.45
/** A later sentence sharing more than this part of a forecast's terms reports on the same thing. */
const SAME_THING = 0.3
/** How much the latest day weighs over the earliest (score × (1 + RECENCY × recency)). */
const RECENCY = 0.5
const MIN_CHARS = 12

const isForecast = (s: SentenceView): boolean => FORECAST.test(outsideQuotes(s.text))

/** Three takeaways across sources (`used`: `${id}:${index}` of sentences already shown, the lead). */
export function pickKeyPoints(sources: readonly KeyPointSource[], counts: ReadonlyMap<string, number>, used: ReadonlySet<string>): CitedText[] {
  const days = sources.map((m) => m.day).filter((d) => d !== undefined)
  const first = days.length > 0 ? Math.min(...days) : 0
  const span = days.length > 0 ? Math.max(...days) - first : 0
  const facts = sources.map((m) => m.sents.filter((s) => s.kind === 'sentence' && !isForecast(s)).map((s) => new Set(s.terms)))
  const supersededLater = (m: KeyPointSource, s: SentenceView): boolean => {
    if (m.day === undefined) return false
    const terms = new Set(s.terms)
    return sources.some((other, j) => other.day !== undefined && other.day > (m.day ?? 0) && facts[j]!.some((f) => overlapSets(terms, f) > SAME_THING))
  }
  const candidates = sources.flatMap((m) =>
    m.sents
      .filter((s) => s.kind === 'sentence' && s.text.length >= MIN_CHARS && !used.has(`${m.id}:${s.index}`) && !m.stale.has(s.index))
      .map((s) => {
        const recency = span > 0 && m.day !== undefined ? (m.day - first) / span : 0
        return { m, s, score: sentenceSalience(s, counts) * (1 + RECENCY * recency), terms: contentTerms(s) }
      }),
  )
  candidates.sort((a, b) => b.score - a.score || a.m.order - b.m.order || a.s.index - b.s.index)
  const chosen: typeof candidates = []
  for (const perSource of [true, false]) {
    for (const c of candidates) {
      if (chosen.length >= KEY_POINTS) break
      if (chosen.includes(c)) continue
      if (perSource && chosen.some((d) => d.m === c.m)) continue
      if (chosen.some((d) => overlap(d.terms, c.terms) > MAX_OVERLAP)) continue
      // checked last, on the few best candidates only
      if (isForecast(c.s) && supersededLater(c.m, c.s)) continue
      chosen.push(c)
    }
  }
  return chosen.map((c) => toBullet(c.m.id, c.m.body, c.s))
}
