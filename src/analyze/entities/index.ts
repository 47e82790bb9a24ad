/**
 * @module analyze/entities
 * Stage `entities`: sentences + tokens → PERSON / ORGANIZATION / LOCATION mentions with a subtype,
 * a document-wide id and one canonical name per entity, and a `role` for titled people.
 * Requires `sentences`, `tokens`; provides `entities`. Rules run per sentence in the order below;
 * where candidates overlap the earlier rule wins (see README.md).
 */
import type { Entity, Token } from '../../core/doc.ts'
import type { AnalysisStage } from '../../core/stage.ts'
import type { Tokenizer } from '../tokens/tokenizer.ts'
import { resolveCandidates, type Candidate, type EntityRule, type RuleInput } from './candidate.ts'
import { DEFAULT_GAZETTEER, type Gazetteer } from './gazetteer.ts'
import { linkMentions } from './link-mentions.ts'
import { splitCountryCompounds } from './rules/split-country-compounds.ts'
import { findPlaceBeforeRuler } from './rules/find-place-before-ruler.ts'
import { matchTitledPerson } from './rules/match-titled-person.ts'
import { findSiniticPerson } from './rules/find-sinitic-person.ts'
import { findOrgBySuffix } from './rules/find-org-by-suffix.ts'
import { matchGazetteer } from './rules/match-gazetteer.ts'
import { mergePersonNames } from './rules/merge-person-names.ts'
import { mergeSurnameAsPlace } from './rules/merge-surname-as-place.ts'
import { findPlaceByPos } from './rules/find-place-by-pos.ts'
import { findOrgByPos } from './rules/find-org-by-pos.ts'
import { findLatinOrg } from './rules/find-latin-org.ts'
import { findForeignNames } from './rules/find-foreign-names.ts'
import { findOtherBySuffix } from './rules/find-other-by-suffix.ts'
import { findTitleOverPlace } from './rules/find-title-over-place.ts'
import { guessKatakanaPerson } from './rules/guess-katakana-person.ts'
import { findPersonByFrame } from './rules/find-person-by-frame.ts'
import { findDefinedPerson } from './rules/find-defined-person.ts'
import { findPlaceByContext } from './rules/find-place-by-context.ts'
import { findOrgByContext } from './rules/find-org-by-context.ts'
import { findHouseOrg } from './rules/find-house-org.ts'
import { findOrgByDescriptor } from './rules/find-org-by-descriptor.ts'
import { findClubOrg } from './rules/find-club-org.ts'
import { findOrgBeforeTitle } from './rules/find-org-before-title.ts'
import { findOrgUnit } from './rules/find-org-unit.ts'
import { findOrgAsThing } from './rules/find-org-as-thing.ts'
import { attachRoles } from './attach-roles.ts'
import { propagateMentions } from './propagate-mentions.ts'
import { applyTagger } from './model/apply-tagger.ts'
import type { TaggerModel } from './model/perceptron.ts'

export type { Candidate, EntityRule, RuleInput } from './candidate.ts'
export type { TaggerModel } from './model/perceptron.ts'
export { defaultTagger } from './model/default-tagger.ts'
export type { Gazetteer, GazetteerEntry, GazetteerExtension, GazetteerFile, KnownName } from './gazetteer.ts'
export { createGazetteer, DEFAULT_GAZETTEER } from './gazetteer.ts'
export { isSamePersonName } from './link-mentions.ts'

/** The entity rules; overlaps go to the lower tier, then to the longer span (see README.md). */
export const ENTITY_RULES: readonly EntityRule[] = [
  splitCountryCompounds,
  findPlaceBeforeRuler,
  matchTitledPerson,
  findSiniticPerson,
  findHouseOrg,
  findOrgByDescriptor,
  findClubOrg,
  findOrgBeforeTitle,
  findOrgAsThing,
  findForeignNames,
  mergeSurnameAsPlace,
  findOrgBySuffix,
  findOrgUnit,
  findOtherBySuffix,
  findTitleOverPlace,
  matchGazetteer,
  mergePersonNames,
  findDefinedPerson,
  findPlaceByPos,
  findOrgByPos,
  findLatinOrg,
  findPlaceByContext,
  findOrgByContext,
  guessKatakanaPerson,
  findPersonByFrame,
]

export type EntitiesOptions = {
  readonly gazetteer?: Gazetteer
  readonly rules?: readonly EntityRule[]
  /** looks words up in the dictionary (the stage passes `ctx.tokenizer`) */
  readonly tokenizer?: Tokenizer
  /**
   * the learned tagger that revises the rules' spans (`defaultTagger()` for the bundled model);
   * `null` or absent = the rules alone, the default since 2026-11-22 session 4, when the rules
   * alone scored higher on every set the tagger was not trained on (see README.md)
   */
  readonly tagger?: TaggerModel | null
  /** how much better the tagger's reading must score to replace the rules' (default `DEFAULT_MARGIN`) */
  readonly taggerMargin?: number
  /** let the tagger add spans where no rule proposed anything (default false) */
  readonly taggerInvents?: boolean
}

/** One sentence's rule candidates after overlap resolution (before the tagger, roles and propagation). */
export function findRuleCandidates(input: RuleInput, rules: readonly EntityRule[] = ENTITY_RULES): Candidate[] {
  let tiers = TIERS.get(rules)
  if (tiers === undefined) {
    tiers = new Map(rules.map((r) => [r.name, r.tier]))
    TIERS.set(rules, tiers)
  }
  const found: Candidate[] = []
  for (const rule of rules) for (const c of rule.find(input)) found.push(c)
  return resolveCandidates(found, tiers)
}

/** Rule name → tier, per rule list (built once). */
const TIERS = new WeakMap<readonly EntityRule[], ReadonlyMap<string, number>>()

/**
 * The resolved candidates of a text, per sentence, before linking (each names its rule; for
 * error analysis in eval/ner.ts).
 */
export function findEntityCandidates(
  text: string,
  sentences: readonly { start: number; end: number }[],
  tokens: readonly Token[],
  options: EntitiesOptions = {},
): Candidate[] {
  const gazetteer = options.gazetteer ?? DEFAULT_GAZETTEER
  const rules = options.rules ?? ENTITY_RULES
  const tagger = options.tagger ?? null
  const tokenizer = options.tokenizer
  const tokenize = tokenizer === undefined ? undefined : (part: string) => tokenizer.tokenize(part)
  const spans = sentences.length > 0 ? sentences : [{ start: 0, end: text.length }]
  const resolved: Candidate[] = []
  let t = 0
  for (const sent of spans) {
    while (t < tokens.length && tokens[t]!.end <= sent.start) t++
    let u = t
    while (u < tokens.length && tokens[u]!.start < sent.end) u++
    const input: RuleInput = tokenize === undefined ? { text, tokens: tokens.slice(t, u), gazetteer } : { text, tokens: tokens.slice(t, u), gazetteer, tokenize }
    const ruled = findRuleCandidates(input, rules)
    resolved.push(...attachRoles(tagger === null ? ruled : applyTagger(tagger, input, ruled, options.taggerMargin, options.taggerInvents), input))
    t = u
  }
  return propagateMentions(text, tokens, resolved)
}

/**
 * Find the entities of a text given its sentences and tokens (pure).
 * @example
 * const ents = findEntities(doc.text, doc.layers.sentences ?? [], doc.layers.tokens ?? [])
 */
export function findEntities(
  text: string,
  sentences: readonly { start: number; end: number }[],
  tokens: readonly Token[],
  options: EntitiesOptions = {},
): Entity[] {
  return linkMentions(text, findEntityCandidates(text, sentences, tokens, options))
}

/** Build an `entities` stage with a user gazetteer (see `createGazetteer`). */
export function createEntitiesStage(options: EntitiesOptions = {}): AnalysisStage<'entities'> {
  return {
    name: 'entities',
    requires: ['sentences', 'tokens'],
    run(doc, ctx) {
      return findEntities(doc.text, doc.layers.sentences ?? [], doc.layers.tokens ?? [], { tokenizer: ctx.tokenizer, ...options })
    },
  }
}

/** The `entities` stage with the built-in gazetteer. */
export const entities: AnalysisStage<'entities'> = createEntitiesStage()

