/**
 * @module digest/headline-source
 * Which article a story's headline and title come from. A developing story is headed by its latest
 * decisive development (Yahoo!ニュース style): the **latest** article whose lead is still about the
 * story — its support (the terms its first three sentences share with the other articles' leads,
 * normalised by √terms) at least `MIN_SUPPORT` of the best-supported article's. A late side story
 * (turnout figures, a local reaction) shares less of the story's words and is passed over; the lead
 * sentences under the headline come from the same article. Ties in time go to the better supported.
 * An article whose first sentence reports a reaction to an earlier development (合意を受け、… /
 * 発表を受けて) is not that development: it heads the story only when no other article qualifies.
 * Within `CARRIED_WINDOW_HOURS` before the latest qualifying article, one that more outlets carried
 * (syndicated copies) heads instead: the result of an election is carried widely, the turnout
 * figures the next morning are not.
 */

/** An article as the choice sees it. */
export type HeadlineCandidate = {
  /** content terms of the article's lead (first three sentences) */
  readonly leadTerms: ReadonlySet<string>
  /** time order in the story (0 = earliest) */
  readonly order: number
  /** the first sentence reports a reaction to an earlier development (…を受け、) */
  readonly reaction?: boolean
  /** how many outlets carried it (1 + its syndicated copies) */
  readonly carried?: number
  /** publication time in hours (any epoch); undefined when undated */
  readonly hour?: number
}

/** How far back from the latest qualifying article a more widely carried one may head the story. */
export const CARRIED_WINDOW_HOURS = 24

/** 「…を受け、」「…を受けて」 in the reporter's words: the sentence reacts to an earlier development. */
const REACTION = /を受け(?:、|て)/u

/** Whether a first sentence reports a reaction (words inside 「…」 are not the reporter's). */
export function isReaction(firstSentence: string): boolean {
  return REACTION.test(firstSentence.replace(/「[^「」]*」/gu, ''))
}

/** Sentences of an article whose terms say what it is about (its lead). */
export const LEAD_TERMS_SENTENCES = 3
/** Part of the best support an article needs to head the story. */
export const MIN_SUPPORT = 0.75

/** Support of each candidate: lead terms shared with the other leads (counted per other lead), / √terms. */
export function supportScores(candidates: readonly HeadlineCandidate[]): number[] {
  // leads using each term: a term of one lead is shared with (leads using it − 1) others
  const leads = new Map<string, number>()
  for (const c of candidates) for (const term of c.leadTerms) leads.set(term, (leads.get(term) ?? 0) + 1)
  return candidates.map((c) => {
    let shared = 0
    for (const term of c.leadTerms) shared += (leads.get(term) ?? 1) - 1
    return shared / Math.sqrt(Math.max(1, c.leadTerms.size))
  })
}

/** Index of the candidate that heads the story (undefined when there is none). */
export function headlineSource(candidates: readonly HeadlineCandidate[]): number | undefined {
  if (candidates.length === 0) return undefined
  const scores = supportScores(candidates)
  const top = Math.max(...scores)
  const supported = (i: number): boolean => scores[i]! >= MIN_SUPPORT * top
  const developments = candidates.some((c, i) => supported(i) && c.reaction !== true)
  let best: number | undefined
  for (const [i, c] of candidates.entries()) {
    if (!supported(i) || (developments && c.reaction === true)) continue
    const b = best === undefined ? undefined : candidates[best]!
    if (b === undefined || c.order > b.order || (c.order === b.order && scores[i]! > scores[best!]!)) best = i
  }
  if (best === undefined) return best
  const latest = candidates[best]!
  let head = best
  for (const [i, c] of candidates.entries()) {
    if (!supported(i) || (developments && c.reaction === true) || c.hour === undefined || latest.hour === undefined) continue
    if (latest.hour - c.hour > CARRIED_WINDOW_HOURS || c.hour > latest.hour) continue
    const h = candidates[head]!
    // more outlets wins; on a tie the later one (the latest itself is never passed over on a tie)
    if ((c.carried ?? 1) > (h.carried ?? 1) || ((c.carried ?? 1) === (h.carried ?? 1) && c.order > h.order)) head = i
  }
  return head
}
