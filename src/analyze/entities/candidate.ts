/**
 * @module analyze/entities/candidate
 * A candidate entity proposed by one rule, and the resolution of overlapping candidates:
 * earlier rules win; within one rule the longer span wins; then the earlier start.
 */
import type { EntityType, Token } from '../../core/doc.ts'
import type { Gazetteer } from './gazetteer.ts'

export type Candidate = {
  readonly start: number
  readonly end: number
  /** OTHER marks a span that is a name of another kind (an event, a facility): it blocks the
   * entities inside it (北海道博覧会 is not the place 北海道) and is dropped before linking */
  readonly type: EntityType | 'OTHER'
  readonly subtype?: string
  /** canonical name when the rule knows it (gazetteer, alias pair); else the surface */
  readonly canonical?: string
  readonly role?: string
  /** the rule that proposed it (for error analysis) */
  readonly rule: string
}

/** What a rule sees: one sentence's tokens over the whole document text. */
export type RuleInput = {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly gazetteer: Gazetteer
  /** the tokenizer, for rules that look words up in the dictionary (parts of ジョン・スミス) */
  readonly tokenize?: (text: string) => Token[]
}

/** One entity rule: proposes candidates for a sentence. Lower tiers win overlaps; inside a tier the longer span wins. */
export type EntityRule = {
  readonly name: string
  readonly tier: number
  readonly find: (input: RuleInput) => Candidate[]
}

/** Keep non-overlapping candidates: lower tier first, then longer, then earlier. Sorted by start. */
export function resolveCandidates(candidates: readonly Candidate[], tiers: ReadonlyMap<string, number>): Candidate[] {
  if (candidates.length === 0) return []
  const ordered = candidates.map((c) => ({ c, tier: tiers.get(c.rule) ?? 99 }))
  ordered.sort((a, b) => a.tier - b.tier || b.c.end - b.c.start - (a.c.end - a.c.start) || a.c.start - b.c.start)
  const kept: Candidate[] = []
  for (const { c } of ordered) {
    if (c.end <= c.start) continue
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue
    kept.push(c)
  }
  return kept.sort((a, b) => a.start - b.start)
}

/**
 * The same rule with its candidates computed once per input object (rules that other rules consult
 * — find-org-before-title reads find-org-by-suffix and find-org-by-pos — run once per sentence).
 * Rules are pure, so the result depends on the input alone; each call returns a fresh array.
 */
export function oncePerInput(rule: EntityRule): EntityRule {
  const seen = new WeakMap<RuleInput, readonly Candidate[]>()
  return {
    name: rule.name,
    tier: rule.tier,
    find(input) {
      let found = seen.get(input)
      if (found === undefined) {
        found = rule.find(input)
        seen.set(input, found)
      }
      return [...found]
    },
  }
}
