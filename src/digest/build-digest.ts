/**
 * @module digest/build-digest
 * Story digest: `(story, articles, docs, options) → Digest`. Members are put in time order;
 * duplicate copies are listed with their section; sources far outside the story's time span become
 * `background`; every line is cut from one source sentence by deletion and cites it (checked).
 * Pure and deterministic.
 */
import { titleHeading } from './section-heading.ts'
import type { Article } from '../core/article.ts'
import type { BackgroundItem, CitedText, Digest, DigestSection, Position } from '../core/digest.ts'
import type { AnalyzedDoc, ArticleId } from '../core/doc.ts'
import { MatomeError } from '../core/errors.ts'
import type { DuplicateMembership, Story } from '../core/story.ts'
import { pickSentences, toBullet } from './bullets.ts'
import { chooseLines, chooseTitle } from './choose-line.ts'
import { assertFaithful, type SourceLookup } from './faithful.ts'
import { findNumbers, keyNumbers } from './numbers.ts'
import { createOutletResolver, type OutletEntry } from './outlets.ts'
import { findOutlook } from './outlook.ts'
import { findPositions } from './positions/index.ts'
import { findQuotes } from './quotes.ts'
import { contentTerms, overlap, termCounts } from './salience.ts'
import { sentencesOf, type SentenceView } from './sentences.ts'
import { buildSources } from './sources.ts'
import { buildSubtitle } from './subtitle.ts'
import { compareIso, dayNumber, isoDay, startDayOf } from './time.ts'
import { datedSentences, dropRepeats, dropSuperseded, outdatedSentences, supersededSentences } from './timeline/index.ts'
import { pickKeyPoints } from './key-points.ts'
import { headlineSource, isReaction, LEAD_TERMS_SENTENCES } from './headline-source.ts'

export type DigestOptions = {
  /** near-duplicate groups (from dedupe): copies are listed with the section of their group's first article */
  readonly duplicates?: readonly DuplicateMembership[]
  /** extra outlets (win over data/outlets.json) */
  readonly outlets?: readonly OutletEntry[]
  /** a source more than this many days from the story's median date is background (default 120) */
  readonly backgroundDays?: number
  /** detail sentences per section (default 6) */
  readonly details?: number
  /** articles the story clustering attached as background (cluster's `Story.backgroundArticleIds`): never news, whatever their date */
  readonly backgroundIds?: readonly ArticleId[]
}

/** Default of `backgroundDays`: a third of a year; follow-ups within weeks stay current. */
export const BACKGROUND_DAYS = 120
const MAX_NUMBERS = 20
const MAX_OUTLOOK = 5
const MAX_QUOTES = 12
const MAX_OVERLAP = 0.45

type Member = { readonly article: Article; readonly doc: AnalyzedDoc; readonly sents: SentenceView[]; readonly order: number }


/**
 * The member that heads the story: the latest one whose lead is still about the story, or a more
 * widely carried one of the day before (see `headline-source.ts`); its headline, title and lead
 * sentences head the digest.
 */
function headMember(members: readonly Member[], copies: ReadonlyMap<string, number>): Member | undefined {
  // members are in time order
  const candidates = members.map((m, i) => {
    const ms = m.article.publishedAt === undefined ? Number.NaN : Date.parse(m.article.publishedAt)
    const base = {
      leadTerms: new Set(m.sents.slice(0, LEAD_TERMS_SENTENCES).flatMap((s) => s.terms)),
      order: i,
      reaction: isReaction(m.sents.find((s) => s.kind === 'sentence')?.text ?? ''),
      carried: 1 + (copies.get(m.article.id) ?? 0),
    }
    return Number.isNaN(ms) ? base : { ...base, hour: ms / 3_600_000 }
  })
  const i = headlineSource(candidates)
  return i === undefined ? undefined : members[i]
}

/** Build the digest of one story. */
export function buildDigest(story: Pick<Story, 'id' | 'articleIds'>, articles: readonly Article[], docs: readonly AnalyzedDoc[], options: DigestOptions = {}): Digest {
  const byId = new Map(articles.map((a) => [a.id, a]))
  const docById = new Map(docs.map((d) => [d.articleId, d]))
  const members: Member[] = story.articleIds.map((id, order) => {
    const article = byId.get(id)
    const doc = docById.get(id)
    if (article === undefined || doc === undefined) throw new MatomeError('core/invalid-doc', `story ${story.id}: article ${id} has no ${article === undefined ? 'article' : 'analysed doc'}`)
    if (doc.text !== article.body) throw new MatomeError('core/invalid-doc', `doc ${id} text differs from its article body`)
    return { article, doc, sents: sentencesOf(doc), order }
  })
  if (members.length === 0) throw new MatomeError('digest/no-sentences', `story ${story.id} has no articles`)
  members.sort((a, b) => compareIso(a.article.publishedAt, b.article.publishedAt) || a.order - b.order)

  // background: attached as such by clustering, or far from the (upper) median date of the other dated members
  const attached = new Set(options.backgroundIds ?? [])
  const days = members.filter((m) => !attached.has(m.article.id)).map((m) => dayNumber(m.article.publishedAt)).filter((d) => d !== undefined).sort((a, b) => a - b)
  const median = days[Math.floor(days.length / 2)]
  const limit = options.backgroundDays ?? BACKGROUND_DAYS
  const outside = (m: Member): number => {
    const d = dayNumber(m.article.publishedAt)
    return d === undefined || median === undefined ? 0 : Math.abs(d - median)
  }
  const isOld = (m: Member): boolean => attached.has(m.article.id) || outside(m) > limit
  const current = members.filter((m) => !isOld(m))
  const old = members.filter(isOld)

  // duplicate copies: the earliest member of a group gets the section
  const groupOf = new Map((options.duplicates ?? []).map((d) => [d.id, d.group]))
  const leaderOfGroup = new Map<string, string>()
  const copyOf = new Map<string, string>()
  for (const m of current) {
    const group = groupOf.get(m.article.id)
    if (group === undefined) continue
    const leader = leaderOfGroup.get(group)
    if (leader === undefined) leaderOfGroup.set(group, m.article.id)
    else copyOf.set(m.article.id, leader)
  }
  const leaders = current.filter((m) => !copyOf.has(m.article.id))

  const sections: DigestSection[] = leaders.map((m) => buildSection(m, [...copyOf].filter(([, l]) => l === m.article.id).map(([c]) => c), options.details ?? 6))
  const storyCounts = termCounts(leaders.flatMap((m) => m.sents))

  const copyCounts = new Map<string, number>()
  for (const leader of copyOf.values()) copyCounts.set(leader, (copyCounts.get(leader) ?? 0) + 1)
  const first = headMember(leaders, copyCounts) ?? members[0]!
  const lines = chooseLines(first.article.id, first.article.body, first.sents, termCounts(first.sents), undefined, first.article.title)
  if (lines === undefined) throw new MatomeError('digest/no-sentences', `article ${first.article.id} has no sentence`)
  const { title, headline } = lines

  // the lead: the head article's first sentence (the latest development), then the context — how the
  // story began (the earliest article's first sentence) when the head is a later article, else its second
  const headSents = first.sents.filter((s) => s.kind === 'sentence')
  const origin = leaders[0]
  const context = origin !== undefined && origin !== first ? origin.sents.find((s) => s.kind === 'sentence') : undefined
  const leadPicks: { m: Member; s: SentenceView }[] = [
    ...headSents.slice(0, 1).map((s) => ({ m: first, s })),
    ...(context !== undefined ? [{ m: origin!, s: context }] : headSents.slice(1, 2).map((s) => ({ m: first, s }))),
  ]
  const lead = leadPicks.map(({ m, s }) => toBullet(m.article.id, m.article.body, s))
  const used = new Set(leadPicks.map(({ m, s }) => `${m.article.id}:${s.index}`))

  const latestDay = leaders.map((m) => dayNumber(m.article.publishedAt)).filter((d) => d !== undefined).reduce<number | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined)
  const dated = leaders.map((m) => datedSentences(m.article.id, m.doc, m.sents, m.article.publishedAt))
  const stale = new Map(leaders.map((m, i) => [m.article.id, supersededSentences(dated[i]!, latestDay)]))
  const outdated = new Map(leaders.map((m, i) => [m.article.id, outdatedSentences(dated[i]!, latestDay)]))
  const keyPoints = pickKeyPoints(
    leaders.map((m) => ({ id: m.article.id, body: m.article.body, sents: m.sents, day: dayNumber(m.article.publishedAt), order: m.order, stale: outdated.get(m.article.id) ?? new Set() })),
    storyCounts,
    used,
  )
  const positions = dedupePositions(leaders.flatMap((m) => findPositions(m.article.id, m.doc, m.sents)))
  const quotes = leaders.flatMap((m) => findQuotes(m.article.id, m.doc, m.sents)).slice(0, MAX_QUOTES)
  const numbers = keyNumbers(leaders.flatMap((m) => findNumbers(m.article.id, m.doc, m.sents, stale.get(m.article.id))), MAX_NUMBERS)
  const outlook = dropRedundant(leaders.flatMap((m) => findOutlook(m.article.id, m.article.body, m.sents.filter((x) => !outdated.get(m.article.id)?.has(x.index))))).slice(0, MAX_OUTLOOK)
  const timeline = dropRepeats(dropSuperseded(
    leaders
      .flatMap((_, rank) => dated[rank]!.map((d, i) => ({ e: d.event, rank, i })))
      .sort((a, b) => compareEvents(a.e.date, b.e.date) || a.rank - b.rank || a.i - b.i)
      .map((x) => x.e),
    latestDay,
  ))
  const spanDays = current.map((m) => dayNumber(m.article.publishedAt)).filter((d) => d !== undefined)
  const daysOutsideSpan = (m: Member): number => {
    const d = dayNumber(m.article.publishedAt)
    if (d === undefined || spanDays.length === 0) return 0
    const lo = Math.min(...spanDays)
    const hi = Math.max(...spanDays)
    return d < lo ? lo - d : d > hi ? d - hi : 0
  }
  const background: BackgroundItem[] = old.map((m) => backgroundItem(m, daysOutsideSpan(m)))

  const currentDays = current.map((m) => m.article.publishedAt).filter((d) => d !== undefined).sort(compareIso)
  const from = currentDays[0]
  const to = currentDays.at(-1)
  const resolve = createOutletResolver(options.outlets)
  const digest: Digest = {
    schemaVersion: 1,
    storyId: story.id,
    headline,
    title,
    subtitle: buildSubtitle(leaders.map((m) => ({ id: m.article.id, doc: m.doc, sents: m.sents })), `${title.text}\n${headline.text}`),
    lead,
    ...(from !== undefined && to !== undefined ? { span: { from: isoDay(from), to: isoDay(to) } } : {}),
    sections,
    timeline,
    positions,
    quotes,
    numbers,
    outlook,
    keyPoints,
    background,
    sources: buildSources(members.map((m) => m.article), copyOf, resolve),
  }
  assertDigestFaithful(digest, Object.fromEntries(members.map((m) => [m.article.id, m.article])))
  return digest
}

function buildSection(m: Member, copies: string[], maxDetails: number): DigestSection {
  const { article, sents } = m
  const counts = termCounts(sents)
  const heading = titleHeading(article.id, article.title) ?? chooseTitle(article.id, article.body, sents, counts)
  if (heading === undefined) throw new MatomeError('digest/no-sentences', `article ${article.id} has no sentence`)
  const picked = pickSentences(sents, counts, { count: 3 })
  const taken = new Set(picked.map((s) => s.index))
  const details = sents
    .filter((s) => s.kind === 'sentence' && !taken.has(s.index))
    .slice(0, maxDetails)
    .map((s) => toBullet(article.id, article.body, s))
  const section = {
    id: article.id,
    heading,
    bullets: picked.map((s) => toBullet(article.id, article.body, s)),
    details,
    copies,
    ...(article.publishedAt !== undefined ? { publishedAt: article.publishedAt } : {}),
    ...(article.source !== undefined ? { publisher: article.source } : {}),
    ...(article.url !== undefined ? { url: article.url } : {}),
  }
  return section
}

function backgroundItem(m: Member, daysOutside: number): BackgroundItem {
  const counts = termCounts(m.sents)
  const heading = titleHeading(m.article.id, m.article.title) ?? chooseTitle(m.article.id, m.article.body, m.sents, counts) ?? { text: '', cites: [] }
  return {
    id: m.article.id,
    publishedAt: m.article.publishedAt ?? '',
    heading,
    daysOutside,
    ...(m.article.source !== undefined ? { publisher: m.article.source } : {}),
    ...(m.article.url !== undefined ? { url: m.article.url } : {}),
  }
}

function dedupePositions(positions: readonly Position[]): Position[] {
  const seen = new Set<string>()
  return positions.filter((p) => {
    const key = `${p.actor}|${p.stance}|${p.what.text}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function dropRedundant(lines: readonly CitedText[]): CitedText[] {
  const out: { line: CitedText; terms: readonly string[] }[] = []
  for (const line of lines) {
    const terms = contentTerms({ text: line.text, tokens: [] })
    if (!out.some((o) => overlap(o.terms, terms) > MAX_OVERLAP)) out.push({ line, terms })
  }
  return out.map((o) => o.line)
}

/** Check the faithfulness rule on every text unit of a digest (throws `digest/unfaithful`). */
export function assertDigestFaithful(digest: Digest, bodies: SourceLookup): void {
  for (const [where, unit] of digestUnits(digest)) assertFaithful(unit, bodies, `digest ${digest.storyId} ${where}`)
}

/** Every cited text unit of a digest with a label saying where it is. */
export function digestUnits(digest: Digest): [string, CitedText][] {
  const out: [string, CitedText][] = [['headline', digest.headline], ['title', digest.title]]
  for (const p of digest.subtitle.parts) if (p.kind === 'source') out.push(['subtitle', p])
  digest.lead.forEach((u, i) => out.push([`lead ${i}`, u]))
  digest.sections.forEach((s, i) => {
    out.push([`section ${i} heading`, s.heading])
    s.bullets.forEach((u, j) => out.push([`section ${i} bullet ${j}`, u]))
    s.details.forEach((u, j) => out.push([`section ${i} detail ${j}`, u]))
  })
  digest.timeline.forEach((u, i) => out.push([`timeline ${i}`, u]))
  digest.positions.forEach((p, i) => out.push([`position ${i} what`, p.what], [`position ${i} sentence`, p.sentence]))
  digest.quotes.forEach((u, i) => out.push([`quote ${i}`, u]))
  digest.numbers.forEach((n, i) => out.push([`number ${i}`, { text: n.text, cites: [n.cite] }], [`number ${i} sentence`, n.sentence]))
  digest.outlook.forEach((u, i) => out.push([`outlook ${i}`, u]))
  digest.keyPoints.forEach((u, i) => out.push([`keyPoint ${i}`, u]))
  digest.background.forEach((b, i) => out.push([`background ${i}`, b.heading]))
  return out
}

/** Events by the first day of their date value (a week or month sorts at its start), then finer values first. */
function compareEvents(a: string, b: string): number {
  const sa = startDayOf(a)
  const sb = startDayOf(b)
  return sa < sb ? -1 : sa > sb ? 1 : a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)
}
