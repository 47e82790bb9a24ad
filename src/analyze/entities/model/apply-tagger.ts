/**
 * @module analyze/entities/model/apply-tagger
 * Runs the learned tagger over one sentence on top of the rules: the rules' resolved candidates
 * become features (`ruleHints`), the tagger decides the spans and types, and each decided span
 * takes the rule's subtype, canonical name and role where a rule proposed exactly that span.
 * Rule candidates that are not whole tokens (米 in 訪米, 日 and 米 in 日米) are kept where the tagger
 * put no span over them, since a token tagger cannot cut inside a token; locked candidates
 * (`isLocked`: `LOCKED_RULES`, countries, gazetteer places) are always kept. The tagger revises what the rules found — their spans, types and
 * boundaries — and drops what it rejects, but by default invents no span where no rule proposed
 * anything (`invent`): trained on 2,062 Wikipedia and web sentences, its inventions on news text
 * (URLs, 株式会社 alone, film titles) were mostly wrong.
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, RuleInput } from '../candidate.ts'
import type { Gazetteer } from '../gazetteer.ts'
import { NO_HINT, tokenFeatures, type RuleHint } from './features.ts'
import { decodeOver, type TaggerModel } from './perceptron.ts'
import { beginTag, isInside, tagsToSpans, tagType, type TaggedSpan } from './tags.ts'

/**
 * How much better (in score) the tagger's reading of a sentence must be than the rules' reading
 * before it replaces it; chosen by cross-validation (`npm run eval -- ner --margins=…`).
 */
export const DEFAULT_MARGIN = 30

/**
 * Rules whose candidates the tagger never overrules: they carry what the brief requires of news
 * text and the evaluation sets label differently or rarely (米 in トランプ米大統領, 日米 as two
 * countries, a name before its title such as ウィトコフ米中東担当特使).
 */
export const LOCKED_RULES: ReadonlySet<string> = new Set(['split-country-compounds', 'match-titled-person'])

/**
 * A candidate the tagger keeps as it is: from a locked rule, a country (韓国, 米国), or a place the
 * gazetteer knows (東京都 stays a place when it acts — 東京都は警報を出した — so that it links to
 * 東京都内; UD-GSD would call it an organisation there).
 */
function isLocked(c: Candidate): boolean {
  return LOCKED_RULES.has(c.rule) || (c.type === 'LOCATION' && (c.subtype === 'COUNTRY' || c.rule === 'match-gazetteer'))
}

/** The rule name of spans the tagger changed (a boundary or type no rule proposed exactly). */
export const TAGGER_RULE = 'entity-tagger'

/** Per token: the BIO tag, rule and subtype of the rule candidate over it. */
export function ruleHints(tokens: readonly Token[], candidates: readonly Candidate[]): RuleHint[] {
  const hints: RuleHint[] = tokens.map(() => NO_HINT)
  let c = 0
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!
    while (c < candidates.length && candidates[c]!.end <= tok.start) c++
    const cand = candidates[c]
    if (cand === undefined || cand.start >= tok.end) continue
    const begin = beginTag(cand.type)
    hints[i] = { tag: cand.start >= tok.start ? begin : begin + 1, rule: cand.rule, subtype: cand.subtype ?? '' }
  }
  return hints
}

/** Particles, auxiliaries, verbs and punctuation that no rule candidate covers: O without scoring (speed). */
const FUNCTION_POS = new Set(['助詞', '助動詞', '記号', '動詞', '副詞', '連体詞', '接続詞', 'フィラー'])

/** How far (in tokens) from every rule candidate a token may be and still be scored when the tagger does not invent. */
const REACH = 3

/**
 * Tokens left O without scoring: function words no rule candidate covers, and — when the tagger
 * only revises — tokens more than `REACH` tokens away from every candidate (no span it keeps can
 * reach them). Most of a news sentence is skipped this way.
 */
function unscored(tokens: readonly Token[], hints: readonly RuleHint[], invent: boolean): Uint8Array {
  const out = new Uint8Array(tokens.length)
  let last = -Infinity
  const near = new Uint8Array(tokens.length)
  for (let i = 0; i < tokens.length; i++) {
    if (hints[i]!.tag !== 0) last = i
    if (i - last <= REACH) near[i] = 1
  }
  last = Infinity
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (hints[i]!.tag !== 0) last = i
    if (last - i <= REACH) near[i] = 1
  }
  for (let i = 0; i < tokens.length; i++) {
    if (hints[i]!.tag !== 0) continue
    if ((!invent && near[i] === 0) || (FUNCTION_POS.has(tokens[i]!.partOfSpeech) && !/[・＝=]/u.test(tokens[i]!.surface))) out[i] = 1
  }
  return out
}

function isTokenAligned(c: Candidate, starts: ReadonlySet<number>, ends: ReadonlySet<number>): boolean {
  return starts.has(c.start) && ends.has(c.end)
}

/** Two or more adjacent rule candidates of the span's type cover it exactly (日米, 米ロ: one country each). */
function tilesSpan(candidates: readonly Candidate[], span: TaggedSpan): boolean {
  if (candidates.length < 2) return false
  let at = span.start
  for (const c of candidates) {
    if (c.start !== at || c.type !== span.type) return false
    at = c.end
  }
  return at === span.end
}

function subtypeBySuffix(surface: string, suffixes: ReadonlyMap<string, string>): string | undefined {
  for (let n = Math.min(surface.length - 1, 6); n >= 1; n--) {
    const sub = suffixes.get(surface.slice(-n))
    if (sub !== undefined) return sub
  }
  return undefined
}

/** A candidate for a span the rules did not propose as such. */
function newCandidate(span: TaggedSpan, text: string, gazetteer: Gazetteer, overlapping: readonly Candidate[]): Candidate {
  const surface = text.slice(span.start, span.end)
  const known = gazetteer.names.get(surface)
  if (known !== undefined && known.type === span.type) return { ...span, subtype: known.subtype, canonical: known.canonical, rule: TAGGER_RULE }
  const sameType = overlapping.find((c) => c.type === span.type && c.subtype !== undefined)
  const subtype =
    span.type === 'ORGANIZATION' ? subtypeBySuffix(surface, gazetteer.orgSuffixes) : span.type === 'LOCATION' ? subtypeBySuffix(surface, gazetteer.placeSuffixes) : undefined
  const chosen = subtype ?? sameType?.subtype
  return chosen === undefined ? { ...span, rule: TAGGER_RULE } : { ...span, subtype: chosen, rule: TAGGER_RULE }
}

/**
 * The sentence's candidates as the tagger decides them (sorted by start, non-overlapping).
 * @example
 * const decided = applyTagger(model, input, resolveCandidates(ruleCandidates, tiers))
 */
export function applyTagger(model: TaggerModel, input: RuleInput, candidates: readonly Candidate[], margin = DEFAULT_MARGIN, invent = false): Candidate[] {
  const { tokens, text } = input
  if (tokens.length === 0 || (!invent && candidates.length === 0)) return [...candidates]
  const hints = ruleHints(tokens, candidates)
  const fallback = new Uint8Array(tokens.length)
  for (let i = 0; i < tokens.length; i++) {
    const t = hints[i]!.tag
    const continues = i > 0 && fallback[i - 1] !== 0 && tagType(fallback[i - 1]!) === tagType(t)
    fallback[i] = isInside(t) && !continues ? t - 1 : t
  }
  const outside = unscored(tokens, hints, invent)
  const tags = decodeOver(model, tokenFeatures(tokens, hints, outside), tokens.length, fallback, margin, outside)
  const spans = tagsToSpans(tokens, tags)
  const starts = new Set(tokens.map((t) => t.start))
  const ends = new Set(tokens.map((t) => t.end))
  const locked = candidates.filter(isLocked)
  const out: Candidate[] = [...locked]
  for (const span of spans) {
    if (locked.some((c) => c.start < span.end && span.start < c.end)) continue
    const overlapping = candidates.filter((c) => c.start < span.end && span.start < c.end)
    if (!invent && overlapping.length === 0) continue
    const exact = overlapping.find((c) => c.start === span.start && c.end === span.end && c.type === span.type)
    if (exact !== undefined) {
      out.push(exact)
      continue
    }
    const inner = overlapping.filter((c) => c.start >= span.start && c.end <= span.end && !isTokenAligned(c, starts, ends))
    if (inner.length > 0 || tilesSpan(overlapping, span)) {
      out.push(...(inner.length > 0 ? inner : overlapping))
      continue
    }
    out.push(newCandidate(span, text, input.gazetteer, overlapping))
  }
  for (const c of candidates) {
    if (isLocked(c) || isTokenAligned(c, starts, ends)) continue
    if (spans.some((s) => s.start < c.end && c.start < s.end)) continue
    out.push(c)
  }
  return out.sort((a, b) => a.start - b.start)
}
